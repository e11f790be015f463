//! The report: one serde type for the CLI's `--json` and the WebAssembly entry point, in the
//! shape of CONTRACT.md (fields may be added, never renamed or removed).

use serde::Serialize;

use crate::judge::Verdict;
use crate::scan::{flag, Page};
use crate::summary::Summary;
use crate::text;

#[derive(Serialize, Debug, Clone)]
pub struct Removed {
    /// Position in document order (`document.getElementsByTagName('*')`).
    pub index: u32,
    pub tag: String,
    pub reason: String,
    /// The block's first 120 characters of text.
    pub text: String,
    /// A short selector path, for people (`div.c2 > div.mod`).
    pub path: String,
}

#[derive(Serialize, Debug, Clone)]
pub struct Stats {
    pub bytes: usize,
    pub elements: usize,
    pub removed_elements: usize,
    pub removed_text_chars: u32,
    pub micros: u64,
}

/// Where judge found the story's text (an addition to the contract: lets the extension place
/// the summary box and a person check the pick).
#[derive(Serialize, Debug, Clone)]
pub struct Article {
    pub index: u32,
    pub tag: String,
    pub path: String,
}

#[derive(Serialize, Debug, Clone)]
pub struct Report {
    pub removed: Vec<Removed>,
    pub article: Option<Article>,
    pub summary: Summary,
    pub stats: Stats,
}

/// The report and, when asked for, the cleaned page (UTF-8).
pub struct Outcome {
    pub report: Report,
    pub html: Option<Vec<u8>>,
}

fn selector(page: &Page, i: u32) -> String {
    let n = &page.nodes[i as usize];
    let mut s = n.tag.to_string();
    // class/id words as they were split; enough for a person to find the block
    for t in page.tokens(i).take(2) {
        s.push('.');
        s.push_str(t);
    }
    s
}

fn path(page: &Page, i: u32) -> String {
    let mut parts = vec![selector(page, i)];
    let ancestors = page.self_and_ancestors(i).skip(1).filter(|&a| !matches!(page.nodes[a as usize].tag.as_str(), "html" | "body"));
    parts.extend(ancestors.take(2).map(|a| selector(page, a)));
    parts.reverse();
    parts.join(" > ")
}

impl Report {
    pub fn new(page: &Page, v: &Verdict, summary: Summary, bytes: usize, micros: u64) -> Report {
        let removed: Vec<Removed> = v
            .removals
            .iter()
            .map(|r| Removed {
                index: r.index,
                tag: page.nodes[r.index as usize].tag.to_string(),
                reason: r.reason.clone(),
                text: text::truncate(&page.text_of(r.index), 120),
                path: path(page, r.index),
            })
            .collect();
        let stats = Stats {
            bytes,
            elements: page.nodes.len(),
            removed_elements: v.removals.iter().map(|r| (page.nodes[r.index as usize].end - r.index) as usize).sum(),
            // the visible text's characters (the judge's sums count an ideograph twice)
            removed_text_chars: v.removals.iter().flat_map(|r| page.runs_in(r.index)).filter(|run| !page.nodes[run.node as usize].has(flag::HIDDEN)).map(|run| run.chars).sum(),
            micros,
        };
        let article = v.article.map(|i| Article { index: i, tag: page.nodes[i as usize].tag.to_string(), path: path(page, i) });
        Report { removed, article, summary, stats }
    }
}

/// Wall-clock timing that works natively and in WebAssembly (where `Instant` panics).
pub struct Clock(f64);

impl Clock {
    pub fn start() -> Clock {
        Clock(now_ms())
    }
    pub fn micros(&self) -> u64 {
        ((now_ms() - self.0) * 1000.0).max(0.0) as u64
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    js_sys::Date::now()
}
