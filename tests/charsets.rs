//! Pages in legacy charsets (fixtures written by tests/fixtures/charsets/make.py) decode to the
//! right text and summary: title, date, a party, the related block removed, every paragraph
//! kept in the cleaned (UTF-8) page.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use reader_cleanup::{process, Options};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charsets")
}

fn expected() -> serde_json::Map<String, serde_json::Value> {
    let s = std::fs::read_to_string(dir().join("expected.json")).unwrap();
    serde_json::from_str::<serde_json::Value>(&s).unwrap().as_object().unwrap().clone()
}


fn check(name: &str, want: &serde_json::Value, with_party: bool) {
    let bytes = std::fs::read(dir().join(name)).unwrap();
    // the bytes really are not UTF-8 (except the BOM page): decoding is what is tested
    assert!(name.starts_with("utf-8") || std::str::from_utf8(&bytes).is_err(), "{name} is plain UTF-8");
    let out = process(&bytes, &Options { url: None, html: true }).unwrap_or_else(|e| panic!("{name}: {e}"));
    let s = &out.report.summary;
    assert_eq!(s.title.as_deref(), want["title"].as_str(), "{name}: title");
    assert_eq!(s.dateline.date.as_deref(), want["date"].as_str(), "{name}: date");
    let related = want["related"].as_str().unwrap();
    assert!(out.report.removed.iter().any(|r| r.text.starts_with(related)), "{name}: block \"{related}\" not removed: {:?}", out.report.removed);
    let html = String::from_utf8(out.html.unwrap()).expect("the cleaned page is UTF-8");
    assert!(!html.contains(related), "{name}: related block still in the cleaned page");
    for p in want["paragraphs"].as_array().unwrap() {
        assert!(html.contains(p.as_str().unwrap()), "{name}: paragraph lost or mis-decoded: {p}");
    }
    if with_party {
        let party = want["party"].as_str().unwrap();
        assert!(s.parties.iter().any(|p| p.name == party), "{name}: party {party} not in {:?}", s.parties.iter().map(|p| &p.name).collect::<Vec<_>>());
    }
}

#[test]
fn legacy_charsets_give_the_right_text_and_summary() {
    let exp = expected();
    assert!(exp.len() >= 8);
    for (name, want) in &exp {
        check(name, want, true);
    }
}

#[test]
fn utf16_is_refused_with_a_clear_error() {
    let bytes = std::fs::read(dir().join("utf-16le.html")).unwrap();
    let err = process(&bytes, &Options::default()).err().expect("UTF-16 must be refused");
    assert!(err.contains("UTF-16"), "{err}");
    // big-endian too
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("<p>x</p>".encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
    assert!(process(&be, &Options::default()).is_err());
}

#[test]
fn declaration_beyond_the_prescan_or_wrong_is_survived() {
    // undeclared non-UTF-8 bytes fall back to windows-1252, as browsers do
    let out = process(b"<title>caf\xe9</title><p>na\xefve text here</p>", &Options::default()).unwrap();
    assert_eq!(out.report.summary.title.as_deref(), Some("café"));
}
