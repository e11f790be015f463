//! Fuzzes the one public entry, `reader_cleanup::process`, with the cleaned HTML requested
//! (every stage runs). Any panic, overflow or abort is a bug; `Err` is a fine answer.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = reader_cleanup::Options { url: Some("https://example.org/2014/03/30/story"), html: true };
    if let Ok(out) = reader_cleanup::process(data, &opts) {
        // the report must be serialisable and its indexes in range
        for r in &out.report.removed {
            assert!((r.index as usize) < out.report.stats.elements);
        }
        let _ = serde_json::to_string(&out.report).unwrap();
    }
});
