//! Key facts: 3-5 sentences of the article body that carry its news, ranked by position,
//! the parties they name, numbers and dates; quotes and near-duplicates are passed over.

use super::{Party, Text};
use crate::text;

const MAX_FACTS: usize = 5;

fn score(s: &str, pos: usize, parties: &[Party]) -> f32 {
    let len = s.chars().count();
    if !(40..=400).contains(&len) {
        return -1.0;
    }
    let mut sc = 3.0 / (1.0 + pos as f32 * 0.25);
    let top: Vec<&Party> = parties.iter().take(6).collect();
    sc += top.iter().filter(|p| s.contains(p.name.split_whitespace().last().unwrap_or(&p.name))).count() as f32 * 0.6;
    if s.chars().any(|c| c.is_ascii_digit()) {
        sc += 0.4;
    }
    let quote_start = s.starts_with(['"', '“', '«', '„', '\'']);
    if quote_start {
        sc -= 1.5;
    }
    if s.ends_with('?') || s.ends_with(':') {
        sc -= 1.0;
    }
    sc
}

fn overlap(a: &str, b: &str) -> f32 {
    let wa: Vec<String> = text::norm(a).split(' ').map(str::to_string).collect();
    let wb: Vec<String> = text::norm(b).split(' ').map(str::to_string).collect();
    let common = wa.iter().filter(|w| wb.contains(w)).count() as f32;
    common / (wa.len().min(wb.len()).max(1) as f32)
}

pub fn facts(t: &Text, parties: &[Party]) -> Vec<String> {
    let mut cands: Vec<(usize, String, f32)> = Vec::new();
    for (pos, s) in t.prose().flat_map(|b| text::sentences(&b.text)).enumerate() {
        let sc = score(&s, pos, parties);
        if sc > 0.0 {
            cands.push((pos, s, sc));
        }
    }
    let mut ranked: Vec<&(usize, String, f32)> = cands.iter().collect();
    ranked.sort_by(|a, b| b.2.total_cmp(&a.2));
    let mut picked: Vec<&(usize, String, f32)> = Vec::new();
    for c in ranked {
        if picked.len() == MAX_FACTS {
            break;
        }
        let dup = picked.iter().any(|p| overlap(&p.1, &c.1) > 0.7)
            || t.title.as_deref().is_some_and(|h| overlap(h, &c.1) > 0.9);
        if !dup {
            picked.push(c);
        }
    }
    picked.sort_by_key(|c| c.0);
    picked.into_iter().map(|c| c.1.clone()).collect()
}
