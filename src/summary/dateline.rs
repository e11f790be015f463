//! Dateline: date (and time) of first publication, dateline place, and source (byline
//! names or agency). Structured data first, visible lines near the headline next, the URL
//! last; never a date from a removed block.

use super::gazetteer;
use super::ld::Ld;
use super::{Dateline, Text};
use crate::scan::Page;
use crate::text;

/// `<meta>` keys that carry the publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time", "itemprop:datepublished", "og:published_time", "og:article:published_time",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "date", "pubdate", "publishdate", "publish-date", "publication_date", "article.published",
    "cxenseparse:recs:publishtime", "datepublished", "article.created", "published", "created",
    "dc.date.created", "dcterms.issued", "og:pubdate", "pub_date", "sailthru.date.published",
    "bt:pubdate", "itemprop:datecreated",
];

/// `<meta>` keys that carry the author, best first. Dublin Core's creator is a statement about
/// the document; a plain `author` is often a template's site-wide value (the publisher).
const AUTHOR_METAS: &[&str] = &["dc.creator", "dc:creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "twitter:creator"];

/// Month names (lower case, stems allowed as prefixes of at least 3 letters) by language.
const MONTHS: crate::rules::PhraseTable<u8> = crate::phrase_table![
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
    // abbreviations (pt/es/fr/de/it/nl) not shared with English
    ("fev", 2), ("abr", 4), ("mai", 5), ("ago", 8), ("set", 9), ("out", 10), ("dez", 12), ("ene", 1), ("dic", 12),
    ("janv", 1), ("févr", 2), ("avr", 4), ("juil", 7), ("déc", 12), ("mär", 3), ("okt", 10), ("gen", 1), ("giu", 6), ("lug", 7), ("ott", 10),
    // ru (genitive)
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
];


/// Words that are not names in a byline.
const BYLINE_NOISE: &[&str] = &["staff", "reporter", "correspondent", "writer", "editor", "updated", "published", "posted", "and", "in", "on"];

/// The JSON text inside a `<script type="application/ld+json">`: without HTML comment and
/// CDATA wrappers (serialised DOMs keep them), cut to the outermost brackets.
fn ld_source(s: &str) -> &str {
    let mut s = s.trim();
    for (a, b) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
        s = s.trim_start_matches(a).trim_end_matches(b).trim();
    }
    let from = s.find(['{', '[']).unwrap_or(0);
    let to = s.rfind(['}', ']']).map(|i| i + 1).unwrap_or(s.len());
    if from < to {
        &s[from..to]
    } else {
        s
    }
}

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`.
pub fn json_ld(page: &Page) -> Vec<Ld> {
    fn flatten(v: Ld, out: &mut Vec<Ld>) {
        match v {
            Ld::Arr(a) => a.into_iter().for_each(|x| flatten(x, out)),
            mut o @ Ld::Obj(_) => {
                if let Some(g) = o.remove("@graph") {
                    flatten(g, out);
                }
                out.push(o);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in &page.json_ld {
        let src = ld_source(s);
        let parsed = serde_json::from_str::<Ld>(src).or_else(|_| {
            // raw line breaks and tabs inside strings are a common authoring error
            let fixed: String = src.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            serde_json::from_str::<Ld>(&fixed)
        });
        if let Ok(v) = parsed {
            flatten(v, &mut out);
        }
    }
    // article types first, each group in page order (a stable partition: no sort code for Ld)
    let (mut articles, rest): (Vec<Ld>, Vec<Ld>) = out.into_iter().partition(is_article);
    articles.extend(rest);
    articles
}

/// Is this JSON-LD object an article (NewsArticle, BlogPosting, Report, …)? Its `@type` is a
/// name or a list of names.
pub fn is_article(v: &Ld) -> bool {
    fn names_an_article(t: &Ld) -> bool {
        match t {
            Ld::Str(name) => {
                let name = name.to_lowercase();
                ["article", "posting", "report"].iter().any(|w| name.contains(w))
            }
            Ld::Arr(names) => names.iter().any(names_an_article),
            _ => false,
        }
    }
    v.get("@type").is_some_and(names_an_article)
}

/// A field of the first JSON-LD object that has it.
pub fn ld_field<'a>(v: &'a Ld, key: &str) -> Option<&'a Ld> {
    v.get(key).filter(|x| !x.is_null())
}

/// "2014-03-30T19:27:00+08:00" → ("2014-03-30", Some("19:27")); also "2014-03-30 19:27".
pub fn parse_iso(s: &str) -> Option<(String, Option<String>)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' || b[7] != b'-' {
        return parse_compact(s);
    }
    // `get`, not indexing: the bytes checked above are ASCII, the ones between may not be
    let (y, m, d) = (num(s.get(..4)?)?, num(s.get(5..7)?)?, num(s.get(8..10)?)?);
    let date = ymd(y, m, d)?;
    let clock = || {
        let (h, mi) = (num(s.get(11..13)?)?, num(s.get(14..16)?)?);
        (h < 24 && mi < 60).then(|| format!("{h:02}:{mi:02}"))
    };
    let time = (b.len() >= 16 && (b[10] == b'T' || b[10] == b' ') && b[13] == b':').then(clock).flatten();
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
    // month names in many languages, as a hash map built once (the first row of a name wins)
    static BY_NAME: std::sync::OnceLock<crate::text::LookupMap<&'static str, u32>> = std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = crate::text::LookupMap::default();
        for (n, k) in MONTHS.iter() {
            m.entry(n).or_insert(u32::from(k));
        }
        m
    });
    let w = word.trim_end_matches('.');
    if w.is_empty() || w.len() > 40 {
        return None;
    }
    text::with_lowercase(w, |l| by_name.get(l).copied())
}

/// Word-like pieces of a line (runs of letters and digits, slices of it) with the separator
/// that follows each.
fn pieces(line: &str) -> Vec<(&str, char)> {
    let mut out = Vec::new();
    // start of the current run of letters and digits
    let mut cur: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if c.is_alphanumeric() {
            cur.get_or_insert(i);
        } else if let Some(from) = cur.take() {
            out.push((&line[from..i], c));
        } else if let Some(last) = out.last_mut() {
            if last.1 == ' ' && c != ' ' {
                last.1 = c;
            }
        }
    }
    if let Some(from) = cur {
        out.push((&line[from..], ' '));
    }
    out
}

/// The first date (and time) written in a line of text, in the formats news pages use:
/// 03/30/2014 (US order for English pages), 30.03.2014, 2014-03-30, March 30, 2014,
/// 30 March 2014, 30. März 2014, 30 de marzo de 2014, 2014年3月30日.
pub fn parse_visible(line: &str, us_order: bool) -> Option<(String, Option<String>)> {
    // every form has a year in ASCII digits: most lines of prose and furniture have none, and
    // need not be cut into pieces
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
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
                } else if p[i + 2].0.len() == 4 || *sep == '/' && p[i + 2].0.len() == 2 {
                    // a year of two digits only with slashes ("3/09/15 8:00am", a blog's stamp)
                    let y = match c {
                        0..=69 => 2000 + c,
                        70..=99 => 1900 + c,
                        _ => c,
                    };
                    let (m, d) = if (us_order && *sep == '/' && a <= 12) || b > 12 { (a, b) } else { (b, a) };
                    found = ymd(y, m, d).map(|d| (d, i + 3));
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
                if p.get(j).is_some_and(|&(x, _)| x == "de" || x == "of") {
                    j += 1;
                }
                if let Some(m) = p.get(j).and_then(|(x, _)| month(x)) {
                    let mut k = j + 1;
                    if p.get(k).is_some_and(|&(x, _)| x == "de" || x == "del") {
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

fn time_after(p: &[(&str, char)], i: usize) -> Option<String> {
    for k in i..(i + 3).min(p.len()) {
        // "12h55" (pt, fr)
        if let Some((h, m)) = p[k].0.split_once('h') {
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) {
                if h < 24 && m < 60 && !h.to_string().is_empty() {
                    return Some(format!("{h:02}:{m:02}"));
                }
            }
        }
        if p[k].1 == ':' {
            let next = p.get(k + 1)?.0;
            let digits: String = next.chars().take_while(char::is_ascii_digit).collect();
            let suffix = next[digits.len()..].to_lowercase();
            let (h, m) = (p[k].0.parse::<u32>().ok()?, digits.parse::<u32>().ok()?);
            let pm = (suffix == "pm" || suffix.is_empty() && p.get(k + 2).is_some_and(|(x, _)| x.eq_ignore_ascii_case("pm"))) && h < 12;
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

/// A date from structured data, with whether its clock is UTC (or unstated), in which case the
/// day the page shows its readers may be one off.
#[derive(Debug, Clone, PartialEq)]
struct Stamp {
    date: String,
    time: Option<String>,
    utc: bool,
}

fn stamp(s: &str) -> Option<Stamp> {
    let s = s.trim();
    let (date, time) = parse_iso(s).or_else(|| parse_visible(s, true))?;
    let tail = s.get(10..).unwrap_or("");
    let offset = tail.rfind(['+', '-']).map(|i| &tail[i..]).filter(|o| o.len() >= 3 && o[1..].chars().take(2).all(|c| c.is_ascii_digit()));
    let utc = tail.ends_with('Z') || tail.contains("GMT") || tail.contains("UTC") || offset.map_or(true, |o| o[1..].trim_start_matches(['0', ':']).is_empty());
    Some(Stamp { date, time, utc })
}

/// Days since 1970-01-01 of an ISO date (civil calendar).
fn day_number(d: &str) -> Option<i64> {
    let (y, m, dd) = (d.get(..4)?.parse::<i64>().ok()?, d.get(5..7)?.parse::<i64>().ok()?, d.get(8..10)?.parse::<i64>().ok()?);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// Publication date candidates from structured data, best first: JSON-LD `datePublished`,
/// publication `<meta>`s, `<time>` elements near the article, JSON-LD `dateCreated`.
fn structured_dates(t: &Text, ld: &[Ld]) -> Vec<Stamp> {
    let mut out: Vec<Stamp> = Vec::new();
    let ld_dates = |key: &str| -> Vec<Stamp> {
        ld.iter().filter_map(|v| ld_field(v, key)).filter_map(|v| v.as_str().or_else(|| v.as_array()?.first()?.as_str())).filter_map(stamp).collect()
    };
    out.extend(ld_dates("datePublished"));
    for k in DATE_METAS {
        out.extend(t.page.metas.iter().filter(|(m, _)| m == k).filter_map(|(_, v)| stamp(v)));
    }
    let article_start = t.blocks.iter().find(|b| b.in_article).map(|b| b.node).unwrap_or(0);
    out.extend(
        t.page
            .times
            .iter()
            .filter(|(i, _)| *i + 200 >= article_start && !t.verdict.is_removed(t.page, *i))
            .filter_map(|(_, d)| stamp(d)),
    );
    out.extend(ld_dates("dateCreated"));
    out
}

/// The date as the page shows it near the headline (a short date line or a `<time>`'s text).
/// "Updated …" dates are not the publication date: the part of the line from such a word on is
/// ignored.
fn visible_date(top: &[&str], us_order: bool) -> Option<(String, Option<String>)> {
    top.iter().filter(|l| l.chars().count() < 200).find_map(|l| parse_visible(before_update(l), us_order))
}

/// Words that introduce a modification date, by language.
const UPDATE_WORDS: &[&str] = &[
    "updated", "update", "last modified", "modified", "mis à jour", "mise à jour", "aktualisiert",
    "aktualizováno", "aktualizace", "actualizado", "atualizado", "atualização", "aggiornato", "обновлено",
];

fn before_update(line: &str) -> &str {
    let lower = line.to_lowercase();
    let cut = UPDATE_WORDS.iter().filter_map(|w| lower.find(w)).min();
    // lower-casing can change byte lengths; fall back to the whole line then
    match cut {
        Some(i) if lower.len() == line.len() && line.is_char_boundary(i) => &line[..i],
        Some(_) => "",
        None => line,
    }
}

fn date(t: &Text, ld: &[Ld], top: &[&str], us_order: bool) -> Option<(String, Option<String>)> {
    let structured = structured_dates(t, ld);
    let visible = visible_date(top, us_order);
    if let Some((v, vt)) = &visible {
        // the page states its local day: prefer it when structured data gives the same moment
        // in UTC (one day off), or when one of several structured dates agrees with it
        if let Some(s) = structured.iter().find(|s| &s.date == v) {
            return Some((v.clone(), s.time.clone().or(vt.clone())));
        }
        if let Some(first) = structured.first() {
            let near = matches!((day_number(&first.date), day_number(v)), (Some(a), Some(b)) if (a - b).abs() == 1);
            if near && first.utc {
                return Some((v.clone(), vt.clone()));
            }
        }
    }
    if let Some(s) = structured.into_iter().next() {
        return Some((s.date, s.time));
    }
    let from_url = || t.url.or(t.page.meta("canonical")).or(t.page.meta("og:url")).and_then(url_date).map(|d| (d, None));
    let from_modified = || {
        ["article:modified_time", "og:updated_time", "itemprop:datemodified"].iter().find_map(|k| t.page.meta(k).and_then(parse_iso)).or_else(|| {
            ld.iter().find_map(|v| ld_field(v, "dateModified").and_then(Ld::as_str).and_then(parse_iso))
        })
    };
    // an "Updated …" line is the last visible resort ("Updated: 03/30/2014 19:27 | By AFP")
    let from_update_line = || top.iter().filter(|l| l.chars().count() < 200).find_map(|l| parse_visible(l, us_order));
    // a date that opens one of the story's first paragraphs (a line of furniture may come
    // first: "Reviewed by …"), before a modification date
    let from_lead = || t.prose().take(3).find_map(|b| date_lead(&b.text, us_order).map(|(d, _)| d).or_else(|| dateline_date(&b.text, us_order)));
    let (date, time) = visible.or_else(from_url).or_else(from_update_line).or_else(from_lead).or_else(from_modified)?;
    // a date without a time (from the URL, say) takes the time of a visible line of the same day
    let time = time.or_else(|| top.iter().filter_map(|l| parse_visible(l, us_order)).find(|(d, _)| *d == date).and_then(|(_, t)| t));
    Some((date, time))
}

/// Dashes after a date that opens the lead as its dateline ("Feb. 23, 2015 -- Life-threatening
/// peanut allergies …", "April 17, 2015 — …").
const LEAD_DASHES: &[&str] = &[" -- ", " — ", " – "];

/// A date that opens a paragraph as its dateline (`LEAD_DASHES`): the date (a line of at most
/// five words and 40 bytes before the dash that `parse_visible` reads) and the text after the
/// dash.
pub fn date_lead(par: &str, us_order: bool) -> Option<((String, Option<String>), &str)> {
    // most paragraphs hold none of the dashes in their first 40 bytes
    let head = par.get(..par.len().min(44)).unwrap_or(par);
    let (i, dash) = LEAD_DASHES.iter().filter_map(|d| head.find(d).map(|i| (i, d))).min()?;
    if i > 40 || par[..i].split_whitespace().count() > 5 {
        return None;
    }
    parse_visible(&par[..i], us_order).map(|d| (d, &par[i + dash.len()..]))
}

/// Names from a JSON-LD `author` (a string, an object or an array of either), cleaned. An
/// `Organization`'s name is taken whole: lower-case words belong to it ("Contributors to
/// Wikimedia projects") where in a person's byline they end the names.
fn ld_authors(v: &Ld) -> Vec<String> {
    match v {
        Ld::Str(s) => clean_byline(&text::clean(s)).into_iter().collect(),
        Ld::Arr(a) => a.iter().flat_map(ld_authors).collect(),
        Ld::Obj(_) => match v.get("name").and_then(Ld::as_str) {
            Some(n) if v.get("@type").and_then(Ld::as_str) == Some("Organization") => Some(text::clean(n)).filter(|n| !n.is_empty()).into_iter().collect(),
            _ => v.get("name").map(ld_authors).unwrap_or_default(),
        },
        _ => vec![],
    }
}

/// Words that end the names of a byline: dates, times, "Updated", "Follow"...
const BYLINE_STOP: crate::text::WordList = crate::word_list![
    "updated", "published", "posted", "follow", "last", "photo", "photos", "video", "email",
    "share", "tweet", "twitter", "facebook", "comments", "comment", "read", "am", "pm", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "mis", "publié", "le", "am", "aktualisiert", "veröffentlicht", "actualizado", "publicado",
    "atualizado", "aktualizováno", "před", "il", "o", "à", "at", "on", "um", "el", "em",
    "search", "become", "print", "more", "view", "see", "contact",
];

/// Lower-case words that may stand inside a list of names.
const NAME_JOINERS: crate::text::WordList = crate::word_list!["and", "&", "et", "und", "y", "e", "i", "a", "og", "en", "de", "da", "van", "von", "der", "den", "di", "du", "del", "la", "le", "dos", "bin", "al", "ben", "ter", "zu"];

/// Trailing role words of a byline ("Jane Doe, Staff Writer").
const BYLINE_ROLES: crate::text::WordList = crate::word_list![
    "staff", "writer", "reporter", "correspondent", "editor", "senior", "contributing", "special",
    "to", "the", "chief", "political", "foreign", "business", "sports", "news", "columnist",
    "contributor", "producer", "freelance", "associate", "deputy", "managing", "digital", "for",
];

/// Is this word part of a name: capitalised (or an initial), a joiner, or a "(…)" note?
fn name_word(w: &str, first: bool) -> bool {
    let core = w.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | ':' | '"' | '“' | '”' | '\''));
    let Some(c) = core.chars().next() else { return false };
    if core.chars().any(|c| c.is_ascii_digit()) || core.contains('@') || core.contains("://") {
        return false;
    }
    if month(core).is_some() && !first {
        return false;
    }
    if crate::in_table!(BYLINE_STOP, core.to_lowercase().as_str()) && !(c.is_uppercase() && !first && matches!(core.len(), 4 | 5)) {
        // "Updated", "Follow", "Monday": stop even when capitalised; a capitalised short word
        // after the first name word may be a surname ("Jane Read", "John Last")
        return false;
    }
    c.is_uppercase() || (!first && crate::in_table!(NAME_JOINERS, core)) || text::is_cjk(c)
}

/// Does a byline text open with a date ("October 14, 2009", "15.04.2019"), which no name does?
fn starts_with_date(s: &str) -> bool {
    s.split_whitespace().next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || month(w.trim_end_matches(',')).is_some())
}

/// The names at the start of a byline text: "Erin Cunningham March 18 at 3:57 PM" → "Erin
/// Cunningham"; "(avec …)" notes are kept whole; trailing joiners dropped.
fn leading_names(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut paren = 0i32;
    for w in s.split_whitespace() {
        if paren > 0 || w.starts_with('(') && !out.is_empty() {
            paren += w.matches('(').count() as i32 - w.matches(')').count() as i32;
            out.push(w);
            continue;
        }
        if w == "," || w == "&" {
            out.push(w);
            continue;
        }
        if !name_word(w, out.is_empty()) {
            if out.len() == 1 && starts_with_date(out[0]) && w.starts_with(|c: char| c.is_ascii_digit()) {
                // "April 15, 2019": a date, not a writer named April
                return String::new();
            }
            break;
        }
        out.push(w);
        if w.ends_with(['.', ';']) && w.trim_end_matches('.').chars().count() > 2 && !w.ends_with("..") {
            // "Smith." ends the names (not an initial "J.")
            break;
        }
    }
    while out.last().is_some_and(|w| crate::in_table!(NAME_JOINERS, w) || *w == "," || *w == "&") {
        out.pop();
    }
    out.join(" ").trim_end_matches([',', ';', ':']).to_string()
}

/// Title-cases shouted words ("JEFFREY GETTLEMAN" → "Jeffrey Gettleman"), keeping short
/// acronyms ("AFP", "BBC").
fn unshout(s: &str) -> String {
    let words: Vec<&str> = s.split(' ').collect();
    // letters of a shouted word (0 when any is lower case)
    let shouted = |w: &str| if w.chars().any(char::is_lowercase) { 0 } else { w.chars().filter(|c| c.is_alphabetic()).count() };
    let long = |k: usize| words.get(k).is_some_and(|w| shouted(w) > 4);
    // a name's word, not a role's ("TMZ STAFF")
    let name = |k: usize| long(k) && !BYLINE_NOISE.contains(&words[k].trim_end_matches(',').to_lowercase().as_str());
    // a short shouted word goes with a long one in the same name ("JOSH HASKELL", not "SMITH, AFP")
    let joined = |k: usize| !words[k].ends_with(',');
    let out: Vec<String> = (0..words.len())
        .map(|k| if long(k) || shouted(words[k]) >= 2 && (joined(k) && name(k + 1) || k > 0 && joined(k - 1) && name(k - 1)) { title_case(words[k]) } else { words[k].to_string() })
        .collect();
    out.join(" ")
}

/// Does a piece of a byline name a role ("Staff Writer", "BuzzFeed News Reporter", "Columnist")?
fn role_like(seg: &str) -> bool {
    seg.split_whitespace().any(|w| text::with_lowercase(w, |l| BYLINE_ROLES.iter().take(6).any(|r| r == l)) || w.len() >= 8 && w.ends_with("ist"))
}

/// The text of a byline element up to a piece that names a role: a name and a title in
/// separate elements ("<a>Mark Di Stefano</a><div>BuzzFeed News Reporter</div>") are no
/// comma-separated line.
fn byline_text(page: &Page, i: u32) -> String {
    let mut out = String::new();
    for r in page.runs_in(i) {
        let run = page.run_text(r);
        if role_like(run) && clean_byline(&out).is_some() {
            break;
        }
        page.push_run(&mut out, r);
    }
    out
}

/// A byline cleaned of prefixes, dates, roles and URLs; `None` when nothing name-like is left.
pub fn clean_byline(s: &str) -> Option<String> {
    let mut s = text::fold_space(s);
    loop {
        match text::by_prefix(&s) {
            Some(p) => s = s[p.len()..].trim_start().to_string(),
            None => break,
        }
    }
    // cut at separators that end the names; a date before one goes ("October 14, 2009 | Marc
    // Lifsher")
    for sep in [" | ", "|", " — ", " – ", " - ", " • ", "\n", " / "] {
        if let Some(pos) = s.find(sep) {
            if starts_with_date(&s) {
                s = s[pos + sep.len()..].trim_start().to_string();
            } else if pos > 0 {
                s.truncate(pos);
            }
        }
    }
    if s.contains("://") || s.starts_with('@') || s.starts_with("www.") {
        return None;
    }
    let names = leading_names(&s.replace(" ,", ","));
    // drop role segments after a comma ("Jane Doe, Senior Staff Writer, ACLU"), and the site's
    // name ("Keith Spera, NOLA.com", "Charles Q. Choi, Space.com Contributor")
    let mut segs: Vec<&str> = names.split(", ").collect();
    let site = |seg: &str| seg.split_whitespace().next().and_then(|w| w.rsplit_once('.')).is_some_and(|(d, tld)| !d.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    if let Some(k) = segs.iter().skip(1).position(|seg| role_like(seg) || site(seg)) {
        segs.truncate(k + 1);
    }
    let s = segs.join(", ").trim().trim_matches(|c: char| c == ',' || c == ':' || c == '.').trim().to_string();
    if s.is_empty() || s.chars().count() > 100 || s.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // (a by-word alone, its name in the next element: "By <a>…</a>")
    if words.iter().all(|w| BYLINE_NOISE.contains(&w.to_lowercase().as_str()) || crate::in_table!(BYLINE_ROLES, w.to_lowercase().as_str())) || text::BY_PREFIXES.contains(&format!("{} ", s.to_lowercase()).as_str()) {
        return None;
    }
    Some(unshout(&s))
}

/// An author's note under or above the story ("By Alex Heath, a deputy editor and author of
/// the … newsletter. He's covered the tech industry for …"): a block whose first sentence is a
/// byline (a by-prefix, then names ending at a comma or a full stop) is about the writer, not the
/// story, however long the note runs after it.
pub fn opens_with_byline(text: &str) -> bool {
    let Some(p) = text::by_prefix(text) else { return false };
    // the by-prefixes are ASCII or start with a CJK character, which has no case: `p.len()`
    // bytes of `text` are the prefix
    let Some(rest) = text.get(p.len()..) else { return false };
    let names = leading_names(rest);
    !names.is_empty() && rest.starts_with(&names) && rest[names.len()..].starts_with([',', '.']) && clean_byline(&text[..p.len() + names.len()]).is_some()
}

/// The byline in a line of segments ("Updated: … | By Agence France-Presse").
/// Also "2/26/2015 7:11 AM PST BY TMZ STAFF": "by" after a date in a short line.
pub fn clean_byline_line(line: &str) -> Option<String> {
    let seg = line.split(['|', '•']).find_map(|seg| {
        let seg = seg.trim();
        text::by_prefix(seg).and_then(|_| clean_byline(seg))
    });
    seg.or_else(|| {
        if line.chars().count() > 100 || parse_visible(line, true).is_none() {
            return None;
        }
        let lower = line.to_lowercase();
        let i = lower.find(" by ")?;
        (lower.len() == line.len()).then(|| clean_byline(&line[i + 1..])).flatten()
    })
}

/// The text of a byline element (`itemprop=author`, `class="byline"`…) between the headline and
/// the first paragraphs of the article; with `in_article`, an `itemprop=author` anywhere in the
/// article's element (a blog's "Jane Doe — 2013-09-29 — in Code" line under the story).
fn byline_element(t: &Text, in_article: bool) -> Option<String> {
    let h1 = t.blocks.iter().find(|b| t.page.nodes[b.node as usize].tag == "h1").map(|b| b.node);
    let third = t.prose().nth(2).map(|b| b.node).or_else(|| t.prose().last().map(|b| b.node))?;
    let (from, to) = match (in_article, t.verdict.article) {
        (false, _) => (h1.map(|h| h.saturating_sub(400)).unwrap_or(0), third),
        (true, Some(a)) => (a, t.page.nodes[a as usize].end),
        _ => return None,
    };
    let mut best: Option<(u32, String)> = None;
    for i in from..to.min(t.page.nodes.len() as u32) {
        let n = &t.page.nodes[i as usize];
        let by_token = n.is(crate::rules::class::BYLINE) && !in_article;
        let by_prop = n.itemprop().is_some_and(|p| p.split_whitespace().any(|p| p == "author" || p == "creator")) || n.tag == "address";
        if !(by_token || by_prop) || n.is(crate::rules::class::NOT_BYLINE) {
            continue;
        }
        if n.has(crate::scan::flag::HIDDEN) || n.has(crate::scan::flag::NON_TEXT) || t.verdict.is_removed(t.page, i) {
            continue;
        }
        let raw = byline_text(t.page, i);
        if raw.chars().count() > 160 {
            continue;
        }
        // a dateline place in a "signature" slot ("São Paulo") is no name
        if let Some(name) = clean_byline(&raw).filter(|n| !gazetteer::is_city(n)) {
            // an element before the headline counts only when there is none after it
            let after = h1.map_or(true, |h| i > h);
            match &best {
                Some((bi, _)) if h1.map_or(true, |h| *bi > h) || !after => {}
                _ => best = Some((i, name)),
            }
            if after {
                break;
            }
        }
    }
    best.map(|(_, n)| n)
}

/// An agency short form standing as a word in a line ("AFP 30 avril 2015", "(AP)").
fn agency_in(line: &str, long: bool) -> Option<String> {
    gazetteer::AGENCIES.iter().find_map(|(short, full)| {
        let tagged = line.contains(&format!("({short})")) || line.contains(&format!("({short} ")) || line.contains(&format!("— {short}"));
        let leading = line.split(|c: char| !c.is_alphanumeric() && c != '-').next() == Some(*short) && short.len() >= 3;
        (tagged || leading).then(|| if long || !leading { full.to_string() } else { short.to_string() })
    })
}

/// Chinese news agencies that open a wire lead, before its place ("新华社北京3月25日电").
const CJK_AGENCIES: &[&str] = &["新华社", "中新社", "中新网", "人民网", "央视新闻", "法新社", "路透社", "美联社", "共同社", "韩联社", "塔斯社"];

/// A Chinese wire lead, "新华社北京3月25日电（记者 …）" or "TNW中文站 10月14日报道 …": who
/// reports (an agency, a site) and, after a known agency, from where, before the day and the
/// word for a report (电, 报道, 讯).
fn cjk_lead(par: &str) -> Option<(&str, Option<&str>)> {
    let head = &par[..par.char_indices().nth(40).map_or(par.len(), |(i, _)| i)];
    let (before, after) = head.split_once('月')?;
    let who = before.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    let day = after.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix('日')?.trim_start();
    if !day.starts_with(['电', '报', '讯']) || !(2..=12).contains(&who.chars().count()) || !who.chars().any(text::is_cjk) {
        return None;
    }
    Some(match CJK_AGENCIES.iter().find_map(|a| Some((*a, who.strip_prefix(a)?))) {
        Some((agency, place)) => (agency, Some(place).filter(|p| !p.is_empty())),
        None => (who, None),
    })
}

/// Several names from one source (JSON-LD `author` array, repeated `<meta>`s) joined with "and".
fn joined(mut names: Vec<String>) -> Option<String> {
    names.dedup();
    (!names.is_empty()).then(|| names.join(" and "))
}

fn source(t: &Text, ld: &[Ld], top: &[&str], lead: Option<(&str, Option<&str>)>) -> Option<String> {
    // a visible "By …" segment near the headline is what the reader sees
    if let Some(b) = top.iter().find_map(|l| clean_byline_line(l)) {
        return Some(b);
    }
    if let Some(b) = byline_element(t, false) {
        return Some(b);
    }
    let from_ld = ld.iter().filter(|v| is_article(v)).find_map(|v| joined(ld_field(v, "author").map(ld_authors).unwrap_or_default()));
    // every `<meta>` of the first key that names someone: a paper's co-authors come as repeated
    // `DC.Creator`s; an RDFa `property` may list several keys ("dc:creator twitter:site_name")
    let from_meta = || {
        let keyed = |k: &str| joined(t.page.metas.iter().filter(|(m, _)| m.split(' ').any(|m| m == k)).filter_map(|(_, v)| clean_byline(v)).collect());
        AUTHOR_METAS.iter().find_map(|k| keyed(k)).or_else(|| {
            t.page.metas.iter().filter(|(k, _)| k.ends_with("author") || k.ends_with("author_name") || k.ends_with("creator")).find_map(|(_, v)| clean_byline(v))
        })
    };
    let from_agency = || {
        let meta_lines = top.iter().filter(|l| l.chars().count() < 100).find_map(|l| agency_in(l, false));
        meta_lines.or_else(|| t.prose().take(3).find_map(|b| agency_in(&b.text.chars().take(80).collect::<String>(), true)))
    };
    let from_cjk_lead = || lead.map(|(who, _)| who.to_string());
    from_ld.or_else(from_meta).or_else(|| byline_element(t, true)).or_else(from_agency).or_else(from_cjk_lead)
}

/// Words that open a lead in capitals without being a place.
const NOT_PLACES: crate::text::WordList = crate::word_list!["UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "PHOTOS", "VIDEO", "OPINION", "ANALYSIS", "LIVE", "EDITOR'S NOTE", "NOTE", "NEW", "ADVERTISEMENT", "EXKLUSIV", "URGENT", "FILE", "FILE PHOTO", "PHOTO", "PHOTOS"];

/// A label in capitals that opens a paragraph ("FILE - ", "UPDATE: ", "WATCH — "): the rest of
/// the paragraph after it. A label names nothing (no place, no party).
pub fn after_label(par: &str) -> Option<&str> {
    let cut = par.char_indices().take(20).find(|&(_, c)| matches!(c, ':' | '-' | '—' | '–')).map(|(i, _)| i)?;
    let label = par[..cut].trim();
    crate::in_table!(NOT_PLACES, label).then(|| par[cut..].trim_start_matches([':', '-', '—', '–', ' ']))
}

/// The place of a dateline prefix at the start of a paragraph: "BEIJING (AFP) —",
/// "TOKYO, March 30 (Reuters) -", "SEOUL, South Korea —", "CAIRO —", "Paris (AFP) -",
/// "HONOLULU -- ", "NEW YORK--Verizon", "NEW DELHI: ".
pub fn dateline_prefix(par: &str) -> Option<String> {
    // the first 90 characters
    let head = par.char_indices().nth(90).map_or(par, |(i, _)| &par[..i]);
    let cut = head.find([',', '(', '—', '–', ':']).into_iter().chain(head.find(" - ")).chain(head.find("--")).chain(head.find(". ")).chain(head.find(".-")).min()?;
    let cand = head[..cut].trim();
    // the spaced hyphen (" - ") is cut before its space
    let delim = head[cut..].trim_start().chars().next()?;
    let rest = head[cut..].trim_start_matches([',', '(', '—', '–', '-', ' ']);
    let words = cand.split_whitespace().count();
    let letters = || cand.chars().filter(|c| c.is_alphabetic());
    if letters().count() < 3 || words == 0 || words > 4 || crate::in_table!(NOT_PLACES, cand) {
        return None;
    }
    if cand.chars().any(|c| c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | ':' | '.')) {
        return None;
    }
    let shouted = letters().all(|c| c.is_uppercase());
    let capitalised = cand.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || crate::in_table!(NAME_JOINERS, w));
    // a full stop after the place, German and Spanish style ("Berlin. Die Regierung …",
    // "BUENOS AIRES.- El gobierno …"): only a known city, as a sentence may open with a word
    let named = || if shouted { title_case(cand) } else { cand.to_string() };
    if delim == '.' {
        return Some(named()).filter(|p| capitalised && gazetteer::is_city(p));
    }
    // a colon after a city in capitals, South Asian style ("NEW DELHI: The government …"); a
    // label in capitals ("UPDATE:", "WATCH:") is no city
    if delim == ':' {
        return Some(named()).filter(|p| shouted && gazetteer::is_city(p));
    }
    // what follows the place: an agency in brackets, a dash, or a region and a dash
    let agency_at = |s: &str| gazetteer::AGENCIES.iter().any(|(a, _)| s.starts_with(a)) || s.starts_with("AP)") || s.starts_with("dpa)");
    // or a date and then the agency: "São Paulo, 5 de maio (Reuters) -"
    let dated_agency = || delim == ',' && dateline_date_part(rest).is_some_and(|(date, after)| date.bytes().any(|b| b.is_ascii_digit()) && after.strip_prefix('(').is_some_and(agency_at));
    let agency_next = delim == '(' && agency_at(rest) || dated_agency();
    let dash_next = matches!(delim, '—' | '–' | '-');
    if shouted && (dash_next || delim == '(' || delim == ',') || capitalised && (agency_next || dash_next && gazetteer::is_city(cand)) {
        let mut place = named();
        if delim == ',' {
            // "SEOUL, South Korea —": keep a region written before the dash
            let region_end = rest.find(['—', '–', '(']).or_else(|| rest.find(" - "));
            if let Some(e) = region_end {
                let region = rest[..e].trim().trim_end_matches(',');
                let ok = !region.is_empty()
                    && region.split_whitespace().count() <= 3
                    && region.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) && month(w).is_none() && !w.chars().any(|c| c.is_ascii_digit()));
                if ok {
                    place = format!("{place}, {region}");
                }
            } else if !shouted {
                return None;
            }
        }
        return Some(place);
    }
    None
}

/// What follows the place of a dateline up to its agency or its dash ("5 mai 2015 " of "PARIS,
/// 5 mai 2015 (AFP) -"), when it is short enough to be a date, and the rest from that mark.
fn dateline_date_part(rest: &str) -> Option<(&str, &str)> {
    let end = rest.find(['(', '—', '–']).into_iter().chain(rest.find(" - ")).min()?;
    let part = &rest[..end];
    (part.len() <= 30 && part.split_whitespace().count() <= 5).then(|| (part, rest[end..].trim_start()))
}

/// The date a dateline gives between its place and its agency or dash ("PARIS, 5 mai 2015
/// (AFP) -", "NEW DELHI, May 5, 2015 (Reuters) -"): a date the story was filed.
pub fn dateline_date(par: &str, us_order: bool) -> Option<(String, Option<String>)> {
    dateline_prefix(par)?;
    let (_, rest) = par.split_once(',')?;
    let (date, _) = dateline_date_part(rest.trim_start())?;
    parse_visible(date, us_order)
}

/// Words for events whose place the lead states ("the two-day meeting in Beijing").
const EVENT_WORDS: crate::text::WordList = crate::word_list![
    "meeting", "meetings", "talks", "summit", "conference", "held", "visit", "ceremony", "rally",
    "protest", "protests", "attack", "attacks", "trial", "hearing", "negotiations", "election",
    "explosion", "blast", "clashes", "gathered", "convened", "réunion", "sommet", "rencontre",
    "treffen", "gipfel", "konferenz", "reunión", "cumbre", "reunião", "cúpula", "setkání", "summitu",
];

/// A known city after "<event word> in": where the lead says the story happens.
fn event_place(par: &str) -> Option<String> {
    let words: Vec<&str> = par.split_whitespace().collect();
    for i in 1..words.len().saturating_sub(1) {
        if !matches!(words[i], "in" | "à" | "en" | "em" | "v" | "ve" | "a") {
            continue;
        }
        let before = |k: usize| words.get(i.wrapping_sub(k)).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        if ![before(1), before(2)].iter().flatten().any(|w| crate::in_table!(EVENT_WORDS, w.as_str())) {
            continue;
        }
        for n in (1..=3).rev() {
            let Some(cand) = words.get(i + 1..i + 1 + n) else { continue };
            let cand = cand.join(" ");
            let cand = cand.trim_end_matches(|c: char| !c.is_alphanumeric());
            if gazetteer::is_city(cand) {
                return Some(cand.to_string());
            }
        }
    }
    None
}

/// The dateline prefix of the lead, a place line standing alone between the headline and the
/// lead ("São Paulo"), or a place in brackets in the byline line ("CNNMoney (New York)");
/// `None` rather than a guess.
fn place(t: &Text, top: &[&str], lead: Option<(&str, Option<&str>)>) -> Option<String> {
    if let Some(p) = t.prose().filter(|b| b.text.chars().count() >= 40).take(6).find_map(|b| dateline_prefix(&b.text)) {
        return Some(p);
    }
    if let Some(p) = lead.and_then(|l| l.1) {
        return Some(p.to_string());
    }
    if let Some(p) = t.prose().filter(|b| b.text.chars().count() >= 80).take(2).find_map(|b| event_place(&b.text)) {
        return Some(p);
    }
    let meta_lines = t.blocks.iter().filter(|b| b.in_article && b.meta_line).map(|b| b.text.as_str());
    for (k, l) in top.iter().copied().chain(meta_lines).enumerate() {
        let l = l.trim();
        if k < top.len() && l.split_whitespace().count() <= 3 && gazetteer::is_city(l) {
            return Some(l.to_string());
        }
        if l.chars().count() < 140 {
            if let Some((_, rest)) = l.split_once('(') {
                if let Some((inner, _)) = rest.split_once(')') {
                    if gazetteer::is_city(inner.trim()) {
                        return Some(inner.trim().to_string());
                    }
                }
            }
        }
    }
    None
}

/// "BEIJING" → "Beijing". The first letter is upper-cased only when it is ASCII (a shouted
/// dateline's first letter is upper case already): `char::to_uppercase` alone would link a
/// 12 KB case table into the .wasm.
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Longest byline or date block read for the date when it ends no sentence.
const DATE_BLOCK_CHARS: usize = 240;

/// Does the line end as a sentence does (not as a time does: "… at 3:58 a.m.")?
fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '”', '»']) && !line.ends_with(".m.")
}

pub fn dateline(t: &Text, ld: &[Ld]) -> Dateline {
    // the lines around the headline: from the first h1 (or the article's start) on, and date or
    // byline lines just above it; captions and paragraphs of prose are no date lines
    let start = t
        .blocks
        .iter()
        .position(|b| t.page.nodes[b.node as usize].tag == "h1")
        .or_else(|| t.blocks.iter().position(|b| b.in_article))
        .unwrap_or(0);
    let from = start.saturating_sub(3);
    // sixteen lines; for the date, sixteen not counting links: a header's list of tags
    // ("Filed to: money, shopping, …" as a dropdown of links) may stand between the headline
    // and the date, where a byline further down is no longer the story's
    let (mut top, mut date_lines) = (Vec::new(), Vec::new());
    let mut plain = 0;
    for (k, b) in t.blocks[from..].iter().enumerate() {
        plain += usize::from(!b.linky);
        if plain > 16 {
            break;
        }
        if (from + k >= start || b.meta_line) && (b.meta_line || !b.caption) && (!b.linky || b.text.len() < 80) {
            if k < 16 {
                top.push(b.text.as_str());
            }
            // (a longer line that ends no sentence is furniture too: a byline block of the
            // writer's name, mail and links, then "on December 29, 2014 at 2:48 PM")
            let chars = b.text.chars().count();
            if chars < 120 || chars < DATE_BLOCK_CHARS && !b.heading && !ends_sentence(&b.text) {
                date_lines.push(b.text.as_str());
            }
        }
    }
    let us_order = t.language.map(|l| l.starts_with("en")).unwrap_or(true);
    let (date, time) = match date(t, ld, &date_lines, us_order) {
        Some((d, tm)) => (Some(d), tm),
        None => (None, None),
    };
    // a Chinese wire lead names both (`cjk_lead`)
    let lead = t.prose().next().and_then(|b| cjk_lead(&b.text));
    Dateline { date, time, place: place(t, &top, lead), source: source(t, ld, &top, lead) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_articles_by_their_type_names() {
        let ld = |s: &str| serde_json::from_str::<Ld>(s).unwrap();
        assert!(is_article(&ld(r#"{"@type":"NewsArticle"}"#)) && is_article(&ld(r#"{"@type":["WebPage","BlogPosting"]}"#)));
        assert!(is_article(&ld(r#"{"@type":"Report"}"#)));
        assert!(!is_article(&ld(r#"{"@type":"WebPage","name":"An article"}"#)) && !is_article(&ld(r#"{"headline":"x"}"#)));
    }

    #[test]
    fn a_long_byline_block_gives_its_date() {
        // one block of the writer's name, mail and links, then the date and the update's
        let byline = "<div id=Byline><a href=/print>Print</a> By <a href=/staff/dm>Darcie Moran | dmoran@mlive.com</a><br>\
            <a href=https://twitter.com/dm>Follow on Twitter</a><br>on December 29, 2014 at 2:48 PM, updated <span>December 29, 2014 at 2:51 PM</span></div>";
        let body = "<p>Police released surveillance photos on Monday of a man suspected in the robbery of a bank branch last week, officials said.</p>";
        let page = crate::scan::scan(&format!("<h1>Police release surveillance photos</h1>{byline}{body}{body}")).unwrap();
        let v = crate::judge::judge(&page);
        let s = crate::summary::summarise(&page, &v, None);
        assert_eq!((s.dateline.date.as_deref(), s.dateline.time.as_deref()), (Some("2014-12-29"), Some("14:48")));
    }

    #[test]
    fn a_date_from_the_url_takes_the_time_of_the_same_day_shown_on_the_page() {
        let page = crate::scan::scan("<h1>T</h1><div>Updated: 03/30/2014 19:27 | By AFP</div><p>Body text of the story that is long enough to count as prose here.</p>").unwrap();
        let v = crate::judge::judge(&page);
        let s = crate::summary::summarise(&page, &v, Some("http://news.example/2014/03/30/story"));
        assert_eq!((s.dateline.date.as_deref(), s.dateline.time.as_deref()), (Some("2014-03-30"), Some("19:27")));
    }

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
        assert_eq!(parse_visible("3/09/15 8:00am", true).map(|x| x.0), Some("2015-03-09".into()));
        assert_eq!(parse_visible("09/03/15", false).map(|x| x.0), Some("2015-03-09".into()));
        assert_eq!(parse_visible("version 1.2.15", false), None);
        assert_eq!(v("no date here 2014"), None);
        assert_eq!(parse_iso("2014-03-30T19:27:00+08:00"), Some(("2014-03-30".into(), Some("19:27".into()))));
        // a character of several bytes where a digit should be: no date, no panic (found by cargo fuzz)
        assert_eq!(parse_iso("2014-03-\u{fffd}0"), None);
        assert_eq!(parse_iso("2014-03-30T19:2\u{e9}7"), Some(("2014-03-30".into(), None)));
        assert_eq!(url_date("https://x.com/news/2014/03/30/story"), Some("2014-03-30".into()));
    }

    #[test]
    fn reads_a_date_that_opens_the_lead() {
        let lead = date_lead("Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.", true);
        assert_eq!(lead, Some((("2015-02-23".into(), None), "Life-threatening peanut allergies have been on the rise.")));
        assert_eq!(date_lead("April 17, 2015 — Imagine being sick in the hospital.", true).map(|x| x.0 .0).as_deref(), Some("2015-04-17"));
        assert_eq!(date_lead("The talks -- held on March 3, 2015 -- ended.", true), None);
        assert_eq!(date_lead("Gunmen opened fire on visitors at the museum on Wednesday, March 18, 2015 — killing 19.", true), None);
        let body = "<p>Parents have been told for years to avoid giving foods containing peanuts to babies.</p>".repeat(3);
        let html = format!("<html><body><article><h1>Peanuts</h1><p>Reviewed by Jane Doe, MD</p><p>Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.</p>{body}</article></body></html>");
        let page = crate::scan::scan(&html).unwrap();
        let s = crate::summary::summarise(&page, &crate::judge::judge(&page), None);
        assert_eq!(s.dateline.date.as_deref(), Some("2015-02-23"));
        assert_eq!(s.facts[0], "Life-threatening peanut allergies have been on the rise in the past decade.");
    }

    #[test]
    fn a_list_of_tag_links_under_the_headline_does_not_hide_the_date() {
        let tags: String = (1..=16).map(|k| format!("<li><a href=/tag/{k}>topic {k}</a></li>")).collect();
        let body = "<p>Consumerism is an easy habit to fall into, and advertisers spend billions to keep you buying.</p>".repeat(3);
        let html = format!("<html lang=en-US><body><article><h1>Stop buying crap</h1><div>Filed to: <ul>{tags}</ul></div><span><a href=/p>3/09/15 8:00am</a></span>{body}</article></body></html>");
        let page = crate::scan::scan(&html).unwrap();
        let s = crate::summary::summarise(&page, &crate::judge::judge(&page), None);
        assert_eq!(s.dateline.date.as_deref(), Some("2015-03-09"));
    }

    #[test]
    fn cleans_bylines() {
        assert_eq!(clean_byline("By Agence France-Presse").as_deref(), Some("Agence France-Presse"));
        assert_eq!(clean_byline("By Jane Doe | Updated March 3, 2014").as_deref(), Some("Jane Doe"));
        // the site's name after the writer's
        assert_eq!(clean_byline("By Keith Spera, NOLA.com").as_deref(), Some("Keith Spera"));
        assert_eq!(clean_byline("Por: Redacción").as_deref(), Some("Redacción"));
        assert_eq!(clean_byline("Charles Q. Choi, Space.com Contributor").as_deref(), Some("Charles Q. Choi"));
        assert_eq!(clean_byline("https://www.facebook.com/someone"), None);
        assert_eq!(clean_byline("Staff"), None);
        assert_eq!(clean_byline("By"), None);
        assert_eq!(clean_byline("Elizabeth Gibney Search for this author in: PubMed").as_deref(), Some("Elizabeth Gibney"));
        assert_eq!(clean_byline("By Ben Walsh Become a fan").as_deref(), Some("Ben Walsh"));
        assert_eq!(clean_byline("By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham").as_deref(), Some("Erin Cunningham"));
        assert_eq!(clean_byline("Aleš Vávra před 2 hodinami").as_deref(), Some("Aleš Vávra"));
        assert_eq!(clean_byline("by Lucas Nolan 22 Dec 2016 651").as_deref(), Some("Lucas Nolan"));
        assert_eq!(clean_byline("By Daniel Kahn Gillmor , Senior Staff Technologist, ACLU Speech").as_deref(), Some("Daniel Kahn Gillmor"));
        assert_eq!(clean_byline("By JEFFREY GETTLEMAN").as_deref(), Some("Jeffrey Gettleman"));
        assert_eq!(clean_byline("By by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL").as_deref(), Some("Josh Haskell, David Caplan and Patrick Reevell"));
        assert_eq!(clean_byline("By JOHN SMITH, AFP").as_deref(), Some("John Smith, AFP"));
        assert_eq!(clean_byline("October 14, 2009 | Marc Lifsher").as_deref(), Some("Marc Lifsher"));
        assert_eq!(clean_byline("April 15, 2019 6:18am"), None);
        assert_eq!(clean_byline("April Ryan 6:18am").as_deref(), Some("April Ryan"));
        assert_eq!(clean_byline("Stella Kim, Jennifer Jett").as_deref(), Some("Stella Kim, Jennifer Jett"));
        assert_eq!(clean_byline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)").as_deref(), Some("Martin Untersinger (avec Damien Leloup et Morgane Tual)"));
        assert_eq!(clean_byline("Von Hans Müller und Eva Schmidt, 30. März 2014").as_deref(), Some("Hans Müller und Eva Schmidt"));
        assert_eq!(clean_byline("Written by Rob Ewaschuk").as_deref(), Some("Rob Ewaschuk"));
        assert_eq!(clean_byline("Un texte de Frédéric Zalac").as_deref(), Some("Frédéric Zalac"));
        assert_eq!(clean_byline("Joe Wee Monday, 4 May 2015").as_deref(), Some("Joe Wee"));
        let authors: Ld = serde_json::from_str(r#"[{"@type": "Organization", "name": "Contributors to Wikimedia projects"}, {"@type": "Person", "name": "By Jane Doe"}]"#).unwrap();
        assert_eq!(ld_authors(&authors), vec!["Contributors to Wikimedia projects", "Jane Doe"]);
        assert_eq!(clean_byline_line("2/26/2015 7:11 AM PST BY TMZ STAFF").as_deref(), Some("TMZ Staff"));
        assert_eq!(clean_byline_line("From Wikipedia, the free encyclopedia"), None);
        assert_eq!(agency_in("AFP 30 avril 2015 à 07:19", false).as_deref(), Some("AFP"));
        assert_eq!(agency_in("MOSCOW (AP) — An unmanned Russian cargo ship", true).as_deref(), Some("Associated Press"));
    }

    #[test]
    fn finds_bylines_in_metas_and_microdata() {
        let source = |html: &str| {
            let page = crate::scan::scan(html).unwrap();
            let v = crate::judge::judge(&page);
            crate::summary::summarise(&page, &v, None).dateline.source
        };
        let body = "<p>Body text of the story that is long enough to count as prose here, and more words to pass eighty.</p>".repeat(3);
        let metas = r#"<meta name="author" content="Site Team"><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">"#;
        assert_eq!(source(&format!("<head>{metas}</head><h1>T</h1>{body}")).as_deref(), Some("Kooman, F and Jong, Michiel"));
        let rdfa = r#"<meta name="author" content="Site Team"><meta property="dc:creator twitter:site_name" content="Creator Name">"#;
        assert_eq!(source(&format!("<head>{rdfa}</head><h1>T</h1>{body}")).as_deref(), Some("Creator Name"));
        let footer = r#"<aside><span itemprop="author">Jane Doe</span> — 2013-09-29</aside>"#;
        assert_eq!(source(&format!("<article><h2>T</h2>{body}{footer}</article>")).as_deref(), Some("Jane Doe"));
        let titled = r#"<div class="byline"><a href="/mds">Mark Di Stefano</a><div>BuzzFeed News Reporter</div></div>"#;
        assert_eq!(source(&format!("<h1>T</h1>{titled}{body}")).as_deref(), Some("Mark Di Stefano"));
        let place = r#"<div class="signature">São Paulo</div>"#;
        assert_eq!(source(&format!("<h1>T</h1>{place}{body}")), None);
    }

    #[test]
    fn finds_dateline_places() {
        let p = |s: &str| dateline_prefix(s);
        assert_eq!(p("BEIJING (AFP) - Japan and North Korea held talks.").as_deref(), Some("Beijing"));
        assert_eq!(p("TOKYO, March 30 (Reuters) - Japan said on Sunday.").as_deref(), Some("Tokyo"));
        assert_eq!(p("SEOUL, South Korea — A plan to impeach the president failed.").as_deref(), Some("Seoul, South Korea"));
        assert_eq!(p("CAIRO — Gunmen opened fire on visitors.").as_deref(), Some("Cairo"));
        assert_eq!(p("NEW YORK (CNNMoney) - Stocks fell.").as_deref(), Some("New York"));
        assert_eq!(p("Paris (AFP) - Le gouvernement a annoncé.").as_deref(), Some("Paris"));
        assert_eq!(p("EXCLUSIVE — The dress was stolen."), None);
        assert_eq!(p("ROMA - Il governo ha approvato una nuova legge.").as_deref(), Some("Roma"));
        assert_eq!(p("São Paulo, 5 de maio (Reuters) - O governo aprovou uma lei.").as_deref(), Some("São Paulo"));
        assert_eq!(p("Paris, le gouvernement (AFP) a annoncé une loi."), None);
        assert_eq!(p("Berlin. Die Bundesregierung hat am Mittwoch beschlossen.").as_deref(), Some("Berlin"));
        assert_eq!(p("BUENOS AIRES.- El gobierno anunció una nueva ley.").as_deref(), Some("Buenos Aires"));
        // two hyphens for the dash, spaced or not; a colon after a city in capitals
        assert_eq!(p("HONOLULU -- There's only one major candidate in the race.").as_deref(), Some("Honolulu"));
        assert_eq!(p("NEW YORK--Verizon is prepping a new app.").as_deref(), Some("New York"));
        assert_eq!(p("NEW DELHI: The Monsoon Session of Parliament opened.").as_deref(), Some("New Delhi"));
        // a city the gazetteer knows, with a dash
        assert_eq!(p("Glasgow — A nurse who returned from Sierra Leone was taken to hospital.").as_deref(), Some("Glasgow"));
        assert_eq!(p("UPDATE: The Monsoon Session of Parliament opened."), None);
        assert_eq!(p("BREAKING NEWS: The Monsoon Session of Parliament opened."), None);
        assert_eq!(p("New Delhi: The Monsoon Session of Parliament opened."), None);
        // a photo's caption is no dateline
        assert_eq!(p("FILE - Ghanaian nationals arrive at the airport in Accra."), None);
        assert_eq!(after_label("FILE - Ghanaian nationals arrive in Accra."), Some("Ghanaian nationals arrive in Accra."));
        assert_eq!(after_label("UPDATE: The talks resumed."), Some("The talks resumed."));
        assert_eq!(after_label("ACCRA - Ghanaian nationals arrive."), None);
        assert_eq!(p("Insgesamt. Die Bundesregierung hat am Mittwoch beschlossen."), None);
        assert_eq!(cjk_lead("新华社北京3月25日电（记者张三）国务院总理今天主持召开会议。"), Some(("新华社", Some("北京"))));
        assert_eq!(cjk_lead("TNW中文站 10月14日报道 谷歌在2014年收购的人工智能公司开发出一款计算机。"), Some(("TNW中文站", None)));
        assert_eq!(cjk_lead("今年3月5日，代表们在北京开会。"), None);
        let d = |s: &str| dateline_date(s, false).map(|d| d.0);
        assert_eq!(d("PARIS, 5 mai 2015 (AFP) - Les députés ont adopté la loi.").as_deref(), Some("2015-05-05"));
        assert_eq!(dateline_date("NEW DELHI, May 5, 2015 (Reuters) - India's parliament voted.", true).map(|d| d.0).as_deref(), Some("2015-05-05"));
        assert_eq!(d("TOKYO, March 30 (Reuters) - Japan said on Sunday."), None);
        assert_eq!(d("In 2015, the law was passed by 438 votes (AFP) - a record."), None);
        assert_eq!(p("Mr Mugabe, still seen by many as a hero, resisted."), None);
        assert_eq!(p("President Barack Obama has admitted that his failure."), None);
        assert_eq!(event_place("The two-day meeting in Beijing came after informal talks.").as_deref(), Some("Beijing"));
        assert_eq!(event_place("a seasonal overhaul at Fisherman's Terminal in Seattle, skipper Wade Bassi"), None);
    }

    #[test]
    fn reads_structured_dates_and_local_days() {
        assert_eq!(ld_source("\n <![CDATA[\n {\"a\": 1}\n ]]>"), "{\"a\": 1}");
        assert_eq!(ld_source("<!-- [{\"a\": 1}] -->"), "[{\"a\": 1}]");
        let z = stamp("2016-12-01T23:29:49.000Z").unwrap();
        assert!(z.utc && z.date == "2016-12-01");
        assert!(!stamp("2017-02-23T17:18:13-08:00").unwrap().utc);
        assert!(stamp("2017-11-16T14:15+0000").unwrap().utc);
        assert_eq!(stamp("Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)").map(|s| s.date), Some("2024-12-07".into()));
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("2016-03-01").unwrap() - day_number("2016-02-28").unwrap(), 2);
        assert_eq!(visible_date(&["By A. Writer Updated Jul 24, 2018, 2:15pm EDT"], true), None);
        assert_eq!(visible_date(&["16 November 2017 • 2:15pm"], false), Some(("2017-11-16".into(), Some("14:15".into()))));
        assert_eq!(parse_visible("21.dez.2018 às 12h55", false).map(|x| x.0), Some("2018-12-21".into()));
        assert_eq!(parse_visible("21.dez.2018 às 12h55", false).and_then(|x| x.1), Some("12:55".into()));
    }
}
