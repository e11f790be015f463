//! The WebAssembly entry point, run by `wasm-pack test` in node, headless Chromium and
//! headless Firefox (build.sh sets WASM_BINDGEN_USE_BROWSER for the browser runs).
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen_test::*;

fn report(html: &str) -> Value {
    let js = reader_cleanup::wasm::clean(html, Some("http://news.example/2014/03/30/story".into()))
        .unwrap_or_else(|_| panic!("clean() threw"));
    serde_wasm_bindgen::from_value(js).expect("the report is plain JSON data")
}

#[wasm_bindgen_test]
fn sample_page_report_has_the_contract_shape_and_the_seed_summary() {
    let r = report(reader_cleanup::SAMPLE_PAGE);
    let removed = r["removed"].as_array().unwrap();
    let texts: Vec<&str> = removed.iter().map(|b| b["text"].as_str().unwrap()).collect();
    for marker in ["Latest Photo Galleries on xinmsn", "facebook recommendations", "938 Live"] {
        assert!(texts.iter().any(|t| t.contains(marker)), "{marker} not removed: {texts:?}");
    }
    for b in removed {
        assert!(b["index"].as_u64().unwrap() < r["stats"]["elements"].as_u64().unwrap());
        assert!(!b["reason"].as_str().unwrap().is_empty());
    }
    let d = &r["summary"]["dateline"];
    assert_eq!(d["date"], "2014-03-30");
    assert_eq!(d["time"], "19:27");
    assert_eq!(d["place"], "Beijing");
    assert_eq!(d["source"], "Agence France-Presse");
    let names: Vec<&str> = r["summary"]["parties"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for n in ["Japan", "North Korea", "Junichi Ihara", "Song Il-Ho"] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    let facts = r["summary"]["facts"].as_array().unwrap();
    assert!((3..=5).contains(&facts.len()));
    assert!(r["stats"]["micros"].is_u64());
}

#[wasm_bindgen_test]
fn bad_input_throws_instead_of_returning_a_partial_report() {
    assert!(reader_cleanup::wasm::clean("", None).is_err());
    assert!(reader_cleanup::wasm::clean("\u{0}\u{0}\u{0}binary", None).is_err());
}

#[wasm_bindgen_test]
fn clean_html_drops_the_removed_blocks_and_keeps_the_story() {
    let html = reader_cleanup::wasm::clean_html(reader_cleanup::SAMPLE_PAGE, None).unwrap_or_else(|_| panic!("cleanHtml threw"));
    assert!(!html.contains("Latest Photo Galleries on xinmsn"));
    assert!(html.contains("North Korea on Sunday said it"));
}
