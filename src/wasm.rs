//! The WebAssembly boundary, all of it: one entry returning the same `Report` as the CLI's
//! `--json` (the same JSON, parsed by the browser's `JSON.parse`), plus the streaming cleaner of
//! Firefox's response filter. Errors become a thrown JS `Error` with the message.

use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of Rust's default dlmalloc, a little smaller for the same
/// speed (issue #6, `benches/chromium.mjs --compare`).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The core's one entry, its error as a JS `Error`.
fn process(html: &str, url: Option<String>, want_html: bool) -> Result<crate::Outcome, JsError> {
    let opts = crate::Options { url: url.as_deref(), html: want_html };
    crate::process(html.as_bytes(), &opts).map_err(|e| JsError::new(&e))
}

/// Analyses a page (the content script's `document.documentElement.outerHTML`) and returns
/// the report: removed blocks by pre-order index, summary, stats.
#[wasm_bindgen]
pub fn clean(html: &str, url: Option<String>) -> Result<JsValue, JsError> {
    let outcome = process(html, url, false)?;
    // one string across the boundary and one JSON.parse, not a JS call per field; serde_json is
    // in the module anyway (JSON-LD), serde-wasm-bindgen then is not
    let json = serde_json::to_string(&outcome.report).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the report is not JSON"))
}

/// Cleans a page and returns the cleaned HTML (UTF-8), for callers that rewrite documents.
#[wasm_bindgen(js_name = cleanHtml)]
pub fn clean_html(html: &str, url: Option<String>) -> Result<String, JsError> {
    let outcome = process(html, url, true)?;
    String::from_utf8(outcome.html.unwrap_or_default()).map_err(|e| JsError::new(&e.to_string()))
}

/// The selector-level promo blocks (`stream::selectors`) as one CSS selector list: the build
/// writes it into the early stylesheet of the content script.
#[wasm_bindgen(js_name = promoSelectors)]
pub fn promo_selectors() -> String {
    crate::stream::selector_list()
}

/// A response body rewriter for `webRequest.filterResponseData`: `new StreamCleaner(charset)`,
/// then `write(bytes)` per chunk and `end()`, each returning the bytes to pass on. It never
/// throws: on any error the rest of the stream passes through untouched (`bailed` says why).
#[wasm_bindgen]
pub struct StreamCleaner(crate::stream::StreamCleaner);

#[wasm_bindgen]
impl StreamCleaner {
    /// `charset`: the Content-Type header's charset label, or "" when it names none.
    #[wasm_bindgen(constructor)]
    pub fn new(charset: &str) -> StreamCleaner {
        StreamCleaner(crate::stream::StreamCleaner::new(charset))
    }

    pub fn write(&mut self, chunk: &[u8]) -> Vec<u8> {
        self.0.write(chunk)
    }

    pub fn end(&mut self) -> Vec<u8> {
        self.0.end()
    }

    /// Elements removed so far.
    #[wasm_bindgen(getter)]
    pub fn removed(&self) -> u32 {
        self.0.removed()
    }

    /// Why the stream passes through untouched, or undefined.
    #[wasm_bindgen(getter)]
    pub fn bailed(&self) -> Option<String> {
        self.0.bailed().map(String::from)
    }
}
