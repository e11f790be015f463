//! The CLI's exit codes and input forms (CONTRACT.md): bad input gives one line on stderr and
//! exit code 2; .html.gz and `-` (standard input) work.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_reader-cleanup");

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reader-cleanup-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(b) = stdin {
        input.write_all(b).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn assert_bad_input(out: &Output, what: &str) {
    assert_eq!(out.status.code(), Some(2), "{what}: exit code");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{what}: one line on stderr, got {err:?}");
    assert!(err.starts_with("reader-cleanup: "), "{what}: {err:?}");
    assert!(out.stdout.is_empty(), "{what}: nothing on stdout");
}

const PAGE: &str = "<html><head><title>Talks in Beijing</title></head><body><article><p>BEIJING, March 30 (AFP) - Japan and North Korea held talks.</p></article></body></html>";

#[test]
fn bad_input_exits_2_with_one_line() {
    assert_bad_input(&run(&["/no/such/file.html", "--json"], None), "missing file");
    let bin = tmp("binary.html", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3, 0xff, 0]);
    assert_bad_input(&run(&[bin.to_str().unwrap(), "--json"], None), "binary");
    let empty = tmp("empty.html", b"");
    assert_bad_input(&run(&[empty.to_str().unwrap(), "--json"], None), "empty");
    let blank = tmp("blank.html", b"  \n\t ");
    assert_bad_input(&run(&[blank.to_str().unwrap()], None), "white space only");
    let no_tags = tmp("plain.html", b"just some words, no markup at all");
    assert_bad_input(&run(&[no_tags.to_str().unwrap()], None), "no tags");
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(PAGE.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    let u16 = tmp("utf16.html", &utf16);
    let out = run(&[u16.to_str().unwrap(), "--json"], None);
    assert_bad_input(&out, "UTF-16");
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-16"));
    let corrupt_gz = tmp("corrupt.html.gz", &[0x1f, 0x8b, 8, 0, 1, 2, 3]);
    assert_bad_input(&run(&[corrupt_gz.to_str().unwrap()], None), "corrupt gzip");
    assert_bad_input(&run(&["-", "--json"], Some(b"")), "empty stdin");
    assert_bad_input(&run(&["--no-such-option"], None), "unknown option");
}

#[test]
fn gzip_files_and_stdin_work() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE.as_bytes()).unwrap();
    let p = tmp("page.html.gz", &gz.finish().unwrap());
    for out in [run(&[p.to_str().unwrap(), "--json"], None), run(&["-", "--json"], Some(PAGE.as_bytes()))] {
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
        assert_eq!(v["summary"]["title"], "Talks in Beijing");
        assert!(v["stats"]["elements"].as_u64().unwrap() >= 5);
    }
}

#[test]
fn legacy_charset_file_and_html_output() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/charsets/shift_jis.html");
    let out_html = std::env::temp_dir().join(format!("reader-cleanup-cli-sjis-{}.html", std::process::id()));
    let out = run(&[src.to_str().unwrap(), "--json", "--html", out_html.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["title"], "日本と北朝鮮、北京で一年ぶりの公式協議");
    let html = std::fs::read_to_string(&out_html).expect("UTF-8 output");
    assert!(html.contains("charset=\"utf-8\""), "output declares UTF-8");
    assert!(html.contains("拉致問題の再調査"));
    let _ = std::fs::remove_file(out_html);
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    // `reader-cleanup | head -1`: the reading end of the pipe is closed before the CLI writes
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(BIN).stdout(writer).stderr(Stdio::piped()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status.code());
}
