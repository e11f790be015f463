//! The streaming pass: selector-level removals on an HTML response as it arrives, before the
//! browser parses it (Firefox's `webRequest.filterResponseData`). lol_html has no look-ahead,
//! so only what a selector alone can tell is removed here: containers and iframes of the
//! recommendation-widget vendors in `rules`. The content-script pass does the rest.
//!
//! The same selector list serves Chrome's early stylesheet (`selectors()`), which hides these
//! blocks from `document_start` until the content script removes them.
//!
//! Errors never break the page: on any rewriting error lol_html flushes the input it holds
//! back as-is (graceful bail-out) and every later byte passes through untouched. A charset
//! lol_html cannot stream (UTF-16, ISO-2022-JP) passes through from the first byte.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use encoding_rs::Encoding;
use lol_html::html_content::Element;
use lol_html::{element, AsciiCompatibleEncoding, HtmlRewriter, MemorySettings, Settings};

use crate::rules::{self, Kind};

/// Vendor tokens that are not recommendation widgets (Disqus is a comment thread), or that are
/// too short to be safe as a substring of an id on any page.
const NOT_STREAMED: &[&str] = &["disqus"];
const MIN_TOKEN_CHARS: usize = 5;

/// Elements a vendor class/id selector may remove: widget containers, never structure
/// (`html`, `body`, `main`, `article`) that a page may tag with a vendor name.
const CONTAINER_TAGS: &[&str] = &["div", "section", "aside", "ul", "iframe"];

/// Memory the rewriter may use for a token it is still reading (a huge attribute, say);
/// beyond this the stream passes through untouched.
const MAX_MEMORY: usize = 8 << 20;

/// The selector list, derived from `rules`: for each widget-vendor token of `BLOCK_TOKENS`
/// (a class word, or part of an id) on a container element, and for each host of
/// `VENDOR_HOSTS`, an iframe loading from it. All case-insensitive, valid both for lol_html and
/// for a browser's CSS.
pub fn selectors() -> Vec<String> {
    let mut out = Vec::new();
    for (token, kind) in rules::BLOCK_TOKENS.iter() {
        if kind != Kind::Vendor || token.ends_with('*') || token.len() < MIN_TOKEN_CHARS || NOT_STREAMED.contains(&token) {
            continue;
        }
        for tag in CONTAINER_TAGS {
            out.push(format!("{tag}[class~=\"{token}\" i]"));
            out.push(format!("{tag}[id*=\"{token}\" i]"));
        }
    }
    for host in rules::VENDOR_HOSTS {
        if host.contains('/') {
            out.push(format!("iframe[src*=\"{host}\" i]"));
        } else {
            // a host, anchored at a label boundary and followed by a path: never
            // `content.adobe.com` for `content.ad`, never `notoutbrain.com`
            out.push(format!("iframe[src*=\"//{host}/\" i]"));
            out.push(format!("iframe[src*=\".{host}/\" i]"));
        }
    }
    out
}

/// The selectors as one CSS selector list (for a stylesheet or `querySelectorAll`).
pub fn selector_list() -> String {
    selectors().join(",")
}

type Sink = Box<dyn FnMut(&[u8])>;

/// A response rewriter fed chunk by chunk: each `write` returns the bytes that are ready,
/// `end` the rest. Output is in the input's charset.
pub struct StreamCleaner {
    rewriter: Option<HtmlRewriter<'static, Sink>>,
    out: Rc<RefCell<Vec<u8>>>,
    removed: Rc<Cell<u32>>,
    /// Why the stream passes through untouched, if it does.
    bailed: Option<String>,
    started: bool,
}

impl StreamCleaner {
    /// `charset`: the label from the response's Content-Type header, or empty when it has none
    /// (then UTF-8 until a `<meta charset>` says otherwise, as lol_html does).
    pub fn new(charset: &str) -> StreamCleaner {
        let out = Rc::new(RefCell::new(Vec::new()));
        let removed = Rc::new(Cell::new(0));
        let label = charset.trim().trim_matches('"');
        let encoding = if label.is_empty() {
            Ok(None)
        } else {
            match Encoding::for_label_no_replacement(label.as_bytes()).map(AsciiCompatibleEncoding::new) {
                Some(Some(enc)) => Ok(Some(enc)),
                Some(None) => Err(format!("charset {label} cannot be streamed")),
                None => Err(format!("unknown charset {label}")),
            }
        };
        let (rewriter, bailed) = match encoding {
            Ok(enc) => (Some(Self::rewriter(enc, &out, &removed)), None),
            Err(e) => (None, Some(e)),
        };
        StreamCleaner { rewriter, out, removed, bailed, started: false }
    }

    fn rewriter(
        encoding: Option<AsciiCompatibleEncoding>,
        out: &Rc<RefCell<Vec<u8>>>,
        removed: &Rc<Cell<u32>>,
    ) -> HtmlRewriter<'static, Sink> {
        let memory = MemorySettings::new()
            .with_max_allowed_memory_usage(MAX_MEMORY)
            .with_graceful_bail_out_on_memory_limit_exceeded(true);
        let settings = Settings::new()
            .with_strict(false)
            .with_memory_settings(memory)
            .with_graceful_bail_out_on_content_handler_error(true)
            // the HTTP header's charset wins over the page's meta tag, as in browsers
            .with_adjust_charset_on_meta_tag(encoding.is_none())
            .with_encoding(encoding.unwrap_or_else(AsciiCompatibleEncoding::utf_8));
        let count = Rc::clone(removed);
        let settings = settings.append_element_content_handler(element!(selector_list(), move |el: &mut Element| {
            if !el.removed() {
                el.remove();
                count.set(count.get() + 1);
            }
            Ok(())
        }));
        let sink_out = Rc::clone(out);
        let sink: Sink = Box::new(move |c: &[u8]| sink_out.borrow_mut().extend_from_slice(c));
        HtmlRewriter::new(settings, sink)
    }

    /// Feeds one chunk; returns the output that is ready (possibly empty).
    pub fn write(&mut self, chunk: &[u8]) -> Vec<u8> {
        if !self.started {
            self.started = true;
            // a UTF-16 byte order mark overrides any charset label: not streamable
            if chunk.starts_with(&[0xFF, 0xFE]) || chunk.starts_with(&[0xFE, 0xFF]) {
                self.bail("the page is UTF-16".into());
            }
        }
        match self.rewriter.as_mut() {
            None => {
                let mut ready = self.take();
                ready.extend_from_slice(chunk);
                ready
            }
            Some(rw) => {
                if let Err(e) = rw.write(chunk) {
                    // lol_html has flushed what it held back, untransformed
                    self.bail(format!("cannot rewrite the page: {e}"));
                }
                self.take()
            }
        }
    }

    /// Ends the stream; returns the last bytes.
    pub fn end(&mut self) -> Vec<u8> {
        if let Some(rw) = self.rewriter.take() {
            if let Err(e) = rw.end() {
                self.bailed.get_or_insert(format!("cannot rewrite the page: {e}"));
            }
        }
        self.take()
    }

    /// Elements removed so far.
    pub fn removed(&self) -> u32 {
        self.removed.get()
    }

    /// Why the stream is passing through untouched, if it is.
    pub fn bailed(&self) -> Option<&str> {
        self.bailed.as_deref()
    }

    fn bail(&mut self, why: String) {
        self.rewriter = None; // poisoned or never usable: everything from here passes through
        self.bailed.get_or_insert(why);
    }

    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut *self.out.borrow_mut())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(charset: &str, chunks: &[&[u8]]) -> (Vec<u8>, u32, Option<String>) {
        let mut s = StreamCleaner::new(charset);
        let mut out = Vec::new();
        for c in chunks {
            out.extend(s.write(c));
        }
        out.extend(s.end());
        (out, s.removed(), s.bailed().map(String::from))
    }

    const PAGE: &str = "<!DOCTYPE html><html class=\"taboola-on\"><head><title>t</title></head>\
        <body class=\"outbrain\"><article class=\"taboola\"><p>Story text.</p>\
        <div class=\"OUTBRAIN\" data-widget-id=\"AR_1\"><a href=\"/x\">Promoted</a></div>\
        <div id=\"taboola-below-article-thumbnails\"><div class=\"trc\">More</div></div>\
        <iframe src=\"https://widgets.outbrain.com/x.html\"></iframe>\
        <iframe src=\"https://content.adobe.com/x\"></iframe>\
        <div class=\"disqus\" id=\"disqus_thread\">Comments</div>\
        <p>End.</p></article></body></html>";

    #[test]
    fn selectors_come_from_the_vendor_rules_and_parse() {
        let list = selectors();
        assert!(list.contains(&"div[class~=\"outbrain\" i]".to_string()));
        assert!(list.contains(&"div[id*=\"taboola\" i]".to_string()));
        assert!(list.iter().any(|s| s.starts_with("iframe[src*=\"//outbrain.com/\"")));
        assert!(!list.iter().any(|s| s.contains("disqus\"") || s.contains("\"ob\"") || s.contains("\"mgid\" i] ")));
        for s in &list {
            s.parse::<lol_html::Selector>().unwrap_or_else(|e| panic!("{s}: {e}"));
        }
    }

    #[test]
    fn removes_vendor_widgets_and_keeps_structure_and_story() {
        let (out, n, bailed) = run("utf-8", &[PAGE.as_bytes()]);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(n, 3, "{out}");
        assert_eq!(bailed, None);
        for gone in ["Promoted", "taboola-below", "widgets.outbrain.com"] {
            assert!(!out.contains(gone), "{gone} still in {out}");
        }
        for kept in ["<html class=\"taboola-on\">", "<body class=\"outbrain\">", "<article class=\"taboola\">",
            "Story text.", "content.adobe.com", "disqus_thread", "End."] {
            assert!(out.contains(kept), "{kept} lost from {out}");
        }
    }

    #[test]
    fn every_chunk_boundary_gives_the_same_output() {
        let (whole, _, _) = run("", &[PAGE.as_bytes()]);
        let bytes = PAGE.as_bytes();
        for cut in 1..bytes.len() {
            let (split, n, _) = run("", &[&bytes[..cut], &bytes[cut..]]);
            assert_eq!(split, whole, "cut at {cut}");
            assert_eq!(n, 3);
        }
        let ones: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(run("", &ones).0, whole);
    }

    #[test]
    fn output_keeps_the_page_charset_from_the_header_or_the_meta_tag() {
        // "Zürich — café" in windows-1252 and in Shift_JIS ("東京"), bytes passed through as they are
        let latin = b"<html><head><meta charset=windows-1252></head><body><p>Z\xfcrich \x97 caf\xe9</p>\
            <div class=outbrain>x</div></body></html>";
        for cs in ["", "windows-1252", "ISO-8859-1"] {
            let (out, n, bailed) = run(cs, &[latin]);
            assert_eq!(n, 1);
            assert_eq!(bailed, None);
            assert!(out.windows(13).any(|w| w == b"Z\xfcrich \x97 caf\xe9"));
        }
        let sjis = b"<html><head><meta charset=\"Shift_JIS\"></head><body><p>\x93\x8c\x8b\x9e</p>\
            <div id=\"taboola-feed\"><p>\x93\x8c</p></div></body></html>";
        let (out, n, _) = run("shift_jis", &[&sjis[..60], &sjis[60..]]);
        assert_eq!(n, 1);
        assert!(out.windows(4).any(|w| w == b"\x93\x8c\x8b\x9e"));
        assert!(!out.windows(7).any(|w| w == b"taboola"));
    }

    #[test]
    fn charsets_that_cannot_stream_pass_through_untouched() {
        for (cs, page) in [
            ("utf-16le", &b"<\0d\0i\0v\0>\0"[..]),
            ("iso-2022-jp", b"<div class=outbrain>x</div>"),
            ("no-such-charset", b"<div class=outbrain>x</div>"),
            ("", b"\xff\xfe<\0d\0i\0v\0 \0c\0l\0a\0s\0s\0=\0o\0u\0t\0b\0r\0a\0i\0n\0>\0"),
        ] {
            let (out, n, bailed) = run(cs, &[&page[..3], &page[3..]]);
            assert_eq!(out, page, "{cs}");
            assert_eq!(n, 0);
            assert!(bailed.is_some());
        }
    }

    #[test]
    fn a_token_beyond_the_memory_limit_makes_the_rest_pass_through() {
        // a start tag the selectors must read whole: lol_html buffers it
        let mut page = b"<html><body><div class=outbrain>x</div><div title=\"".to_vec();
        page.extend(std::iter::repeat_n(b'a', MAX_MEMORY + 10));
        page.extend(b"\">after</div><div class=outbrain>y</div></body></html>");
        let chunks: Vec<&[u8]> = page.chunks(64 << 10).collect();
        let (out, n, bailed) = run("utf-8", &chunks);
        assert!(bailed.is_some());
        assert_eq!(n, 1);
        let prefix = b"<html><body><div class=outbrain>x</div>";
        assert_eq!(out.len(), page.len() - (prefix.len() - b"<html><body>".len()));
        assert!(out.ends_with(b"\">after</div><div class=outbrain>y</div></body></html>"));
    }
}
