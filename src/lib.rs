//! reader-cleanup: removes promo and recommendation blocks from news pages and summarises the
//! article (dateline, parties, key facts), all on the device.
//!
//! The data flows through one module per stage:
//! `charset` (bytes → UTF-8) → `scan` (lol_html pass 1 → element table) → `judge` (article
//! region and removal set, rules in `rules`) → `rewrite` (cuts by the scan's spans) and `summary`.
//! `report` is the one serde type the CLI's `--json` and the WebAssembly boundary (`wasm`)
//! both return.

pub mod charset;
pub mod entities;
pub mod judge;
pub mod report;
pub mod rewrite;
pub mod rules;
pub mod scan;
pub mod stream;
pub mod summary;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use report::{Outcome, Removed, Report, Stats};

/// The seed article, as the 2014 portal page it came from: the CLI's demo page.
pub const SAMPLE_PAGE: &str = include_str!("../tests/fixtures/xinmsn-2014-03-30-japan-nk-talks.html");

/// Options of one run.
#[derive(Default, Clone)]
pub struct Options<'a> {
    /// The page's address (for dates in the URL).
    pub url: Option<&'a str>,
    /// Also produce the cleaned HTML (the extension only needs the report).
    pub html: bool,
}

/// The one public entry: analyses a page given as bytes in any ASCII-compatible charset.
/// On error nothing is returned but the error: the caller leaves the page as it was.
pub fn process(input: &[u8], opts: &Options) -> Result<Outcome, String> {
    let clock = report::Clock::start();
    check_input(input)?;
    let (html, _) = charset::decode(input)?;
    let page = scan::scan(&html)?;
    let verdict = judge::judge(&page);
    let summary = summary::summarise(&page, &verdict, opts.url);
    let cleaned = if opts.html {
        Some(rewrite::rewrite(&html, &page, verdict.removals.iter().map(|r| r.index))?.into_bytes())
    } else {
        None
    };
    let report = Report::new(&page, &verdict, summary, input.len(), clock.micros());
    Ok(Outcome { report, html: cleaned })
}

/// Rejects input that is not an HTML page: empty, binary, or without a single tag.
fn check_input(input: &[u8]) -> Result<(), String> {
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err("the input is empty".into());
    }
    let head = &input[..input.len().min(4096)];
    if head.starts_with(&[0x1f, 0x8b]) {
        return Err("the input is gzip-compressed; name the file .html.gz".into());
    }
    let is_utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    if !is_utf16 && head.contains(&0) {
        return Err("the input is binary, not HTML".into());
    }
    if !is_utf16 && !head.contains(&b'<') && !input.contains(&b'<') {
        return Err("the input has no HTML tags".into());
    }
    Ok(())
}
