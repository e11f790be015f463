//! Replays the inputs the fuzzer found interesting (`tests/fixtures/fuzz/`, kept from
//! `cargo fuzz cmin`, smallest first) through the public entry: no panic, and when a report
//! comes back its indexes are in range and it serialises. See README "Fuzzing".

#![cfg(not(target_arch = "wasm32"))]

use reader_cleanup::{process, Options};

#[test]
fn fuzz_inputs_replay_without_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let opts = Options { url: Some("https://example.org/2014/03/30/story"), html: true };
        let out = std::panic::catch_unwind(|| process(&data, &opts)).unwrap_or_else(|_| panic!("panic on {}", path.display()));
        if let Ok(out) = out {
            for r in &out.report.removed {
                assert!((r.index as usize) < out.report.stats.elements, "{}", path.display());
            }
            serde_json::to_string(&out.report).unwrap();
        }
        n += 1;
    }
    assert!(n >= 50, "only {n} fuzz fixtures");
}
