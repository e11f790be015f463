//! `reader-cleanup [FILE | -] [--json] [--html OUT.html] [--url URL] [--explain]`
//!
//! Without FILE it runs on the bundled sample page. Bad input: one line on stderr, exit 2.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;

use reader_cleanup::{process, Options, Report, SAMPLE_PAGE};

const USAGE: &str =
    "usage: reader-cleanup [FILE | -] [--json] [--html OUT.html] [--url URL] [--explain]";

struct Args {
    file: Option<String>,
    json: bool,
    explain: bool,
    html: Option<String>,
    url: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        file: None,
        json: false,
        explain: false,
        html: None,
        url: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => a.json = true,
            "--explain" => a.explain = true,
            "--html" => a.html = Some(it.next().ok_or("--html needs a file name")?),
            "--url" => a.url = Some(it.next().ok_or("--url needs a URL")?),
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}; {USAGE}")),
            _ if a.file.is_some() => return Err(format!("more than one input file; {USAGE}")),
            _ => a.file = Some(arg),
        }
    }
    Ok(a)
}

fn read_input(file: &Option<String>) -> Result<Vec<u8>, String> {
    let bytes = match file.as_deref() {
        None => return Ok(SAMPLE_PAGE.as_bytes().to_vec()),
        Some("-") => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            b
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
    };
    if file.as_deref().is_some_and(|f| f.ends_with(".gz")) || bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot decompress the input: {e}"))?;
        return Ok(out);
    }
    Ok(bytes)
}

fn or_none(s: &Option<String>, missing: &str) -> String {
    s.clone().unwrap_or_else(|| missing.to_string())
}

/// The summary box and the removed blocks, for a person to read.
fn human(r: &Report, explain: bool) -> String {
    let mut out = String::new();
    let s = &r.summary;
    let d = &s.dateline;
    let _ = writeln!(out, "┌ {}", or_none(&s.title, "(no title found)"));
    let when = match (&d.date, &d.time) {
        (Some(date), Some(t)) => format!("{date} {t}"),
        (Some(date), None) => date.clone(),
        _ => "no date found".into(),
    };
    let _ = writeln!(
        out,
        "│ Dateline: {} — {} — {}",
        or_none(&d.place, "no place found"),
        when,
        or_none(&d.source, "no source found")
    );
    let _ = writeln!(out, "│ Parties:");
    for p in s.parties.iter().take(8) {
        let mentions = if p.mentions == 1 { "1 mention".to_string() } else { format!("{} mentions", p.mentions) };
        let role = p.role.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
        let _ = writeln!(out, "│   • {} ({}, {mentions}){role}", p.name, p.kind);
    }
    let _ = writeln!(out, "│ Key facts:");
    for f in &s.facts {
        let _ = writeln!(out, "│   • {f}");
    }
    if explain {
        match &r.article {
            Some(a) => {
                let _ = writeln!(out, "│ Article region: #{} <{}> {}", a.index, a.tag, a.path);
            }
            None => {
                let _ = writeln!(out, "│ Article region: none found");
            }
        }
    }
    let _ = writeln!(
        out,
        "└ Removed {} blocks ({} elements, {} characters of text):",
        r.removed.len(),
        r.stats.removed_elements,
        r.stats.removed_text_chars
    );
    for b in &r.removed {
        if explain {
            let _ = writeln!(
                out,
                "  #{} <{}> {}\n      why: {}\n      text: {}",
                b.index, b.tag, b.path, b.reason, b.text
            );
        } else {
            let _ = writeln!(
                out,
                "  #{} <{}> {} — {}",
                b.index,
                b.tag,
                b.reason,
                reader_cleanup::text::truncate(&b.text, 60)
            );
        }
    }
    out
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
fn emit(text: String) -> Result<(), String> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write to standard output: {e}"))
        }
        _ => Ok(()),
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let input = read_input(&args.file)?;
    let opts = Options {
        url: args.url.as_deref(),
        html: args.html.is_some(),
    };
    let out = process(&input, &opts)?;
    if let (Some(path), Some(html)) = (&args.html, &out.html) {
        std::fs::write(path, html).map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    if args.json {
        emit(serde_json::to_string(&out.report).map_err(|e| e.to_string())? + "\n")?;
    } else {
        emit(human(&out.report, args.explain))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reader-cleanup: {e}");
            ExitCode::from(2)
        }
    }
}
