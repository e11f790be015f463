//! Dateline: date (and time) of first publication, dateline place, and source (byline
//! names or agency). Structured data first, visible lines near the headline next, the URL
//! last; never a date from a removed block.

use serde_json::Value;

use super::gazetteer;
use super::{Dateline, Text};
use crate::scan::Page;
use crate::text;

/// `<meta>` keys that carry the publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time", "itemprop:datepublished", "og:published_time", "og:article:published_time",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "date", "pubdate", "publishdate", "publish-date", "publication_date", "article.published",
    "cxenseparse:recs:publishtime", "datepublished", "article:modified_time",
];

/// `<meta>` keys that carry the author.
const AUTHOR_METAS: &[&str] = &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"];

/// Month names (lower case, stems allowed as prefixes of at least 3 letters) by language.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // fr
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
    // de
    ("januar", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
    // es
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    // pt
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("dezembro", 12),
    // it
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7), ("settembre", 9), ("ottobre", 10), ("dicembre", 12),
    // cs (nominative and genitive)
    ("leden", 1), ("ledna", 1), ("únor", 2), ("února", 2), ("březen", 3), ("března", 3), ("duben", 4), ("dubna", 4), ("květen", 5), ("května", 5), ("červen", 6), ("června", 6), ("červenec", 7), ("července", 7), ("srpen", 8), ("srpna", 8), ("září", 9), ("říjen", 10), ("října", 10), ("listopad", 11), ("listopadu", 11), ("prosinec", 12), ("prosince", 12),
    // ru (genitive)
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
];

/// Prefixes that introduce a byline, by language.
const BY_PREFIXES: &[&str] = &["by ", "par ", "von ", "por ", "di ", "door ", "autor: ", "text: ", "from "];

/// Words that are not names in a byline.
const BYLINE_NOISE: &[&str] = &["staff", "reporter", "correspondent", "writer", "editor", "updated", "published", "posted", "and", "in", "on"];

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`.
pub fn json_ld(page: &Page) -> Vec<Value> {
    fn flatten(v: Value, out: &mut Vec<Value>) {
        match v {
            Value::Array(a) => a.into_iter().for_each(|x| flatten(x, out)),
            Value::Object(mut o) => {
                if let Some(g) = o.remove("@graph") {
                    flatten(g, out);
                }
                out.push(Value::Object(o));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in &page.json_ld {
        let s = s.trim().trim_start_matches("<!--").trim_end_matches("-->");
        if let Ok(v) = serde_json::from_str::<Value>(s) {
            flatten(v, &mut out);
        }
    }
    // article types first
    out.sort_by_key(|v| {
        let t = v.get("@type").map(|t| t.to_string().to_lowercase()).unwrap_or_default();
        !(t.contains("article") || t.contains("posting") || t.contains("report"))
    });
    out
}

/// A field of the first JSON-LD object that has it.
pub fn ld_field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|x| !x.is_null())
}

/// "2014-03-30T19:27:00+08:00" → ("2014-03-30", Some("19:27")); also "2014-03-30 19:27".
pub fn parse_iso(s: &str) -> Option<(String, Option<String>)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' || b[7] != b'-' {
        return parse_compact(s);
    }
    let (y, m, d) = (num(&s[..4])?, num(&s[5..7])?, num(&s[8..10])?);
    let date = ymd(y, m, d)?;
    let time = if b.len() >= 16 && (b[10] == b'T' || b[10] == b' ') && b[13] == b':' {
        let (h, mi) = (num(&s[11..13])?, num(&s[14..16])?);
        (h < 24 && mi < 60).then(|| format!("{h:02}:{mi:02}"))
    } else {
        None
    };
    Some((date, time))
}

/// "20140330" and "20140330T192700".
fn parse_compact(s: &str) -> Option<(String, Option<String>)> {
    let d: String = s.chars().take_while(char::is_ascii_digit).collect();
    if d.len() != 8 {
        return None;
    }
    Some((ymd(num(&d[..4])?, num(&d[4..6])?, num(&d[6..8])?)?, None))
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

/// Word-like pieces of a line with the separator that follows each.
fn pieces(line: &str) -> Vec<(String, char)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in line.chars() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push((std::mem::take(&mut cur), c));
            } else if let Some(last) = out.last_mut() {
                if last.1 == ' ' && c != ' ' {
                    last.1 = c;
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push((cur, ' '));
    }
    out
}

/// The first date (and time) written in a line of text, in the formats news pages use:
/// 03/30/2014 (US order for English pages), 30.03.2014, 2014-03-30, March 30, 2014,
/// 30 March 2014, 30. März 2014, 30 de marzo de 2014, 2014年3月30日.
pub fn parse_visible(line: &str, us_order: bool) -> Option<(String, Option<String>)> {
    if let Some(d) = parse_cjk(line) {
        return Some((d, None));
    }
    let p = pieces(line);
    let n = |i: usize| p.get(i).and_then(|(w, _)| w.parse::<u32>().ok());
    for i in 0..p.len() {
        let (w, sep) = &p[i];
        let mut found: Option<(String, usize)> = None;
        if let (Some(a), Some(b), Some(c)) = (n(i), n(i + 1), n(i + 2)) {
            let sep2 = p[i + 1].1;
            if matches!(sep, '/' | '.' | '-') && *sep == sep2 {
                if w.len() == 4 {
                    found = ymd(a, b, c).map(|d| (d, i + 3));
                } else if p[i + 2].0.len() == 4 {
                    let (m, d) = if (us_order && *sep == '/' && a <= 12) || b > 12 { (a, b) } else { (b, a) };
                    found = ymd(c, m, d).map(|d| (d, i + 3));
                }
            }
        }
        if found.is_none() {
            if let Some(m) = month(w) {
                // Month DD, YYYY
                if let (Some(d), Some(y)) = (n(i + 1), n(i + 2)) {
                    found = ymd(y, m, d).map(|x| (x, i + 3));
                }
            } else if let Some(d) = n(i) {
                // DD Month YYYY, DD. Month YYYY, DD de Month de YYYY
                let mut j = i + 1;
                if p.get(j).is_some_and(|(x, _)| x == "de" || x == "of") {
                    j += 1;
                }
                if let Some(m) = p.get(j).and_then(|(x, _)| month(x)) {
                    let mut k = j + 1;
                    if p.get(k).is_some_and(|(x, _)| x == "de" || x == "del") {
                        k += 1;
                    }
                    if let Some(y) = n(k) {
                        found = ymd(y, m, d).map(|x| (x, k + 1));
                    }
                }
            }
        }
        if let Some((date, next)) = found {
            return Some((date, time_after(&p, next)));
        }
    }
    None
}

fn time_after(p: &[(String, char)], i: usize) -> Option<String> {
    for k in i..(i + 3).min(p.len()) {
        if p[k].1 == ':' {
            let (h, m) = (p[k].0.parse::<u32>().ok()?, p.get(k + 1)?.0.parse::<u32>().ok()?);
            let pm = p.get(k + 2).is_some_and(|(x, _)| x.eq_ignore_ascii_case("pm")) && h < 12;
            let h = if pm { h + 12 } else { h };
            return (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"));
        }
    }
    None
}

fn parse_cjk(line: &str) -> Option<String> {
    let y_pos = line.find('年')?;
    let y: String = line[..y_pos].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    let rest = &line[y_pos + '年'.len_utf8()..];
    let (m, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    ymd(num(&y)?, num(m.trim())?, num(d.trim())?)
}

/// Dates in the URL path: /2014/03/30/ or /20140330/.
fn url_date(url: &str) -> Option<String> {
    let path = url.split("://").nth(1).unwrap_or(url);
    let parts: Vec<&str> = path.split(['/', '-', '_']).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2 {
            if let (Some(y), Some(m), Some(d)) = (num(w[0]), num(w[1]), num(w[2])) {
                if let Some(x) = ymd(y, m, d) {
                    return Some(x);
                }
            }
        }
    }
    parts.iter().find_map(|p| if p.len() == 8 { parse_compact(p).map(|x| x.0) } else { None })
}

fn date(t: &Text, ld: &[Value], top: &[&str], us_order: bool) -> Option<(String, Option<String>)> {
    let from_ld = ld.iter().find_map(|v| ld_field(v, "datePublished").or_else(|| ld_field(v, "dateCreated")).and_then(Value::as_str).and_then(parse_iso));
    let from_meta = || DATE_METAS.iter().find_map(|k| t.page.meta(k).and_then(parse_iso));
    let from_time = || {
        let article_start = t.blocks.iter().find(|b| b.in_article).map(|b| b.node).unwrap_or(0);
        t.page
            .times
            .iter()
            .filter(|(i, _)| t.blocks.iter().any(|b| t.page.contains(b.node, *i) || b.node <= *i) && *i + 200 >= article_start)
            .find_map(|(_, d)| parse_iso(d))
    };
    let from_text = || top.iter().find_map(|l| parse_visible(l, us_order));
    let from_url = || t.url.or(t.page.meta("canonical")).or(t.page.meta("og:url")).and_then(url_date).map(|d| (d, None));
    from_ld.or_else(from_meta).or_else(from_time).or_else(from_text).or_else(from_url)
}

/// Names from a JSON-LD `author` (a string, an object or an array of either).
fn ld_authors(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![text::clean(s)],
        Value::Array(a) => a.iter().flat_map(ld_authors).collect(),
        Value::Object(o) => o.get("name").map(ld_authors).unwrap_or_default(),
        _ => vec![],
    }
}

/// A byline cleaned of prefixes, dates, roles and URLs; `None` when nothing name-like is left.
pub fn clean_byline(s: &str) -> Option<String> {
    let mut s = text::fold_space(s);
    let lower = s.to_lowercase();
    if let Some(p) = BY_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
        s = s[p.len()..].to_string();
    }
    // cut at separators that end the names
    for sep in [" | ", "|", " — ", " – ", " - ", "\n", " Updated", " Published", " Posted", " on ", ", updated"] {
        if let Some(pos) = s.find(sep) {
            if pos > 0 {
                s.truncate(pos);
            }
        }
    }
    let s = s.trim().trim_matches(|c: char| c == ',' || c == ':' || c == '.').trim().to_string();
    if s.is_empty() || s.contains("://") || s.starts_with('@') || s.chars().count() > 100 || parse_visible(&s, true).is_some() {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.iter().all(|w| BYLINE_NOISE.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    s.chars().next().filter(|c| c.is_uppercase()).map(|_| s)
}

/// The byline in a line of segments ("Updated: … | By Agence France-Presse").
pub fn clean_byline_line(line: &str) -> Option<String> {
    line.split('|').find_map(|seg| {
        let seg = seg.trim();
        let lower = seg.to_lowercase();
        BY_PREFIXES.iter().any(|p| lower.starts_with(p)).then(|| clean_byline(seg)).flatten()
    })
}

fn source(t: &Text, ld: &[Value], top: &[&str]) -> Option<String> {
    // a visible "By …" segment near the headline is what the reader sees
    if let Some(b) = top.iter().find_map(|l| clean_byline_line(l)) {
        return Some(b);
    }
    let from_ld = ld.iter().find_map(|v| {
        let names: Vec<String> = ld_field(v, "author").map(ld_authors).unwrap_or_default().into_iter().filter_map(|n| clean_byline(&n)).collect();
        (!names.is_empty()).then(|| names.join(" and "))
    });
    let from_meta = || AUTHOR_METAS.iter().find_map(|k| t.page.meta(k).and_then(clean_byline));
    let from_agency = || {
        let lead = t.prose().next()?;
        gazetteer::AGENCIES.iter().find(|(short, _)| lead.text.contains(&format!("({short})"))).map(|(_, long)| long.to_string())
    };
    from_ld.or_else(from_meta).or_else(from_agency)
}

/// The dateline prefix of the lead ("BEIJING (AFP) —", "TOKYO, March 30 (Reuters) -",
/// "SEOUL, South Korea —"), else a known city the lead says the story happens in.
fn place(t: &Text) -> Option<String> {
    let lead: Vec<&str> = t.prose().take(3).map(|b| b.text.as_str()).collect();
    let first = lead.first()?;
    let head: String = first.chars().take(60).collect();
    let cut = head.find([',', '(', '—', '–', ':']).or_else(|| head.find(" - "));
    if let Some(cut) = cut {
        let cand = head[..cut].trim();
        let letters: Vec<char> = cand.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && cand.split_whitespace().count() <= 4 {
            return Some(title_case(cand));
        }
    }
    // "in Beijing", "à Paris": a gazetteer city after a locative preposition in the lead
    for par in lead.iter().take(2) {
        let words: Vec<&str> = par.split_whitespace().collect();
        for w in words.windows(2) {
            if matches!(w[0].to_lowercase().as_str(), "in" | "à" | "en" | "in," | "v" | "ve" | "em" | "a") {
                let name = w[1].trim_matches(|c: char| !c.is_alphanumeric());
                if gazetteer::is_city(name) {
                    return Some(name.to_string());
                }
            }
        }
    }
    None
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn dateline(t: &Text, ld: &[Value]) -> Dateline {
    // the lines around the headline: from the first h1 (or the article's start) on
    let start = t
        .blocks
        .iter()
        .position(|b| t.page.nodes[b.node as usize].tag == "h1")
        .or_else(|| t.blocks.iter().position(|b| b.in_article))
        .unwrap_or(0);
    let top: Vec<&str> = t.blocks[start..].iter().take(12).filter(|b| !b.linky || b.text.len() < 80).map(|b| b.text.as_str()).collect();
    let us_order = t.page.lang.as_deref().map(|l| l.starts_with("en")).unwrap_or(true);
    let (date, time) = match date(t, ld, &top, us_order) {
        Some((d, tm)) => (Some(d), tm),
        None => (None, None),
    };
    Dateline { date, time, place: place(t), source: source(t, ld, &top) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_visible_dates_in_many_forms() {
        let v = |s: &str| parse_visible(s, true);
        assert_eq!(v("Updated: 03/30/2014 19:27 | By Agence France-Presse"), Some(("2014-03-30".into(), Some("19:27".into()))));
        assert_eq!(v("March 30, 2014 7:27 pm"), Some(("2014-03-30".into(), Some("19:27".into()))));
        assert_eq!(v("30. März 2014").map(|x| x.0), Some("2014-03-30".into()));
        assert_eq!(v("30 de marzo de 2014").map(|x| x.0), Some("2014-03-30".into()));
        assert_eq!(v("1. listopadu 2021 12:40").map(|x| x.0), Some("2021-11-01".into()));
        assert_eq!(v("2014年3月30日").map(|x| x.0), Some("2014-03-30".into()));
        assert_eq!(parse_visible("30/03/2014", false).map(|x| x.0), Some("2014-03-30".into()));
        assert_eq!(v("no date here 2014"), None);
        assert_eq!(parse_iso("2014-03-30T19:27:00+08:00"), Some(("2014-03-30".into(), Some("19:27".into()))));
        assert_eq!(url_date("https://x.com/news/2014/03/30/story"), Some("2014-03-30".into()));
    }

    #[test]
    fn cleans_bylines() {
        assert_eq!(clean_byline("By Agence France-Presse").as_deref(), Some("Agence France-Presse"));
        assert_eq!(clean_byline("By Jane Doe | Updated March 3, 2014").as_deref(), Some("Jane Doe"));
        assert_eq!(clean_byline("https://www.facebook.com/someone"), None);
        assert_eq!(clean_byline("Staff"), None);
    }
}
