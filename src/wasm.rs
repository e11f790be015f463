//! The WebAssembly boundary, all of it: one entry returning the same `Report` as the CLI's
//! `--json`, through serde-wasm-bindgen. Errors become a thrown JS `Error` with the message.

use wasm_bindgen::prelude::*;

/// Analyses a page (the content script's `document.documentElement.outerHTML`) and returns
/// the report: removed blocks by pre-order index, summary, stats.
#[wasm_bindgen]
pub fn clean(html: &str, url: Option<String>) -> Result<JsValue, JsError> {
    let opts = crate::Options { url: url.as_deref(), html: false };
    let outcome = crate::process(html.as_bytes(), &opts).map_err(|e| JsError::new(&e))?;
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    outcome.report.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

/// Cleans a page and returns the cleaned HTML (UTF-8), for callers that rewrite documents.
#[wasm_bindgen(js_name = cleanHtml)]
pub fn clean_html(html: &str, url: Option<String>) -> Result<String, JsError> {
    let opts = crate::Options { url: url.as_deref(), html: true };
    let outcome = crate::process(html.as_bytes(), &opts).map_err(|e| JsError::new(&e))?;
    String::from_utf8(outcome.html.unwrap_or_default()).map_err(|e| JsError::new(&e.to_string()))
}

use serde::Serialize;
