//! The `ubo-fanboy` peer baseline: the element-hiding rules of EasyList, Fanboy's Annoyance and
//! Fanboy's Social applied to a page the way uBlock Origin applies them, so that
//! `./build.sh eval` can score it side by side with reader-cleanup on the same pages.
//!
//! Why it exists: uBO with these lists is the tool our users would otherwise run. Its misses
//! and its overreach on the 130 test pages say where our rules stand, and the blocks it
//! removes that we keep are where generic class tokens worth a rule may be found (mined by
//! hand, never copied: the lists are GPL / CC BY-SA and are not shipped in the extension).
//!
//! What it applies, as uBO does:
//! - generic rules (`##sel`) on every page, unless the page's domain has a `$generichide` /
//!   `$elemhide` exception;
//! - domain rules (`a.com,~b.a.com##sel`, `name.*##sel`) on the page's domain, taken from its
//!   canonical link or `og:url` (or `--url`);
//! - exceptions (`a.com#@#sel`, `#@#sel`) take a selector off again.
//!
//! What it does not: procedural and scriptlet filters (`#?#`, `#$#`, `##+js(…)`, `##^…`) and
//! selectors lol_html cannot match (`:has()`, sibling combinators, …); they are counted in
//! `--stats`. Matched elements are removed, where uBO hides them: the page's text is the same.
//!
//! It speaks the CLI's contract as far as eval.py reads it:
//! `ubo_fanboy PAGE --json --html OUT [--url URL]`, with the lists read at run time from
//! `$EASYLIST_DIR` (default `../shared/corpora/easylist` beside the crate).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{doc_text, element, ElementContentHandlers, HtmlRewriter, Selector, Settings};

const LISTS: [&str; 3] = ["easylist.txt", "fanboy-annoyance.txt", "fanboy-social.txt"];

/// One element-hiding rule: where it applies and what it selects.
struct Rule {
    /// Domains it is limited to (empty: every domain but `not_on`).
    on: Vec<String>,
    not_on: Vec<String>,
    selector: String,
    exception: bool,
}

impl Rule {
    fn generic(&self) -> bool {
        self.on.is_empty()
    }

    fn applies_to(&self, host: &str) -> bool {
        (self.on.is_empty() || self.on.iter().any(|d| domain_match(host, d))) && !self.not_on.iter().any(|d| domain_match(host, d))
    }
}

/// `host` is `d` or a subdomain of it; `name.*` matches any public suffix after `name`.
fn domain_match(host: &str, d: &str) -> bool {
    if let Some(name) = d.strip_suffix(".*") {
        return host.match_indices(name).any(|(i, _)| (i == 0 || host[..i].ends_with('.')) && host[i + name.len()..].starts_with('.'));
    }
    reader_cleanup::rules::on_domain(host, d)
}

#[derive(Default)]
struct Lists {
    rules: Vec<Rule>,
    /// Domains whose `$generichide` / `$elemhide` exceptions turn generic rules off.
    generichide: Vec<String>,
    /// Lines skipped, by kind, for `--stats`.
    skipped_procedural: usize,
}

fn parse_lists(dir: &str) -> Result<Lists, String> {
    let mut lists = Lists::default();
    for name in LISTS {
        let path = format!("{dir}/{name}");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('!') || line.starts_with('[') {
                continue;
            }
            parse_line(line, &mut lists);
        }
    }
    Ok(lists)
}

fn parse_line(line: &str, lists: &mut Lists) {
    let (domains, rest) = line.split_at(line.find('#').unwrap_or(line.len()));
    let (exception, selector) = if let Some(s) = rest.strip_prefix("##") {
        (false, s)
    } else if let Some(s) = rest.strip_prefix("#@#") {
        (true, s)
    } else if rest.starts_with("#?#") || rest.starts_with("#$#") || rest.starts_with("#@?#") || rest.starts_with("#@$#") || rest.starts_with("#%#") {
        lists.skipped_procedural += 1;
        return;
    } else {
        // a network rule; only its generichide exceptions matter here
        if line.starts_with("@@") {
            if let Some((pattern, options)) = line.split_once('$') {
                if options.split(',').any(|o| matches!(o, "generichide" | "ghide" | "elemhide" | "ehide")) {
                    let host = pattern.trim_start_matches("@@").trim_start_matches("||");
                    let host = host.split(['^', '/']).next().unwrap_or("");
                    if !host.is_empty() && !host.contains('*') {
                        lists.generichide.push(host.to_string());
                    }
                }
            }
        }
        return;
    };
    if selector.starts_with("+js(") || selector.starts_with('^') {
        lists.skipped_procedural += 1;
        return;
    }
    let (mut on, mut not_on) = (Vec::new(), Vec::new());
    for d in domains.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        match d.strip_prefix('~') {
            Some(n) => not_on.push(n.to_ascii_lowercase()),
            None => on.push(d.to_ascii_lowercase()),
        }
    }
    lists.rules.push(Rule { on, not_on, selector: selector.to_string(), exception });
}

/// A selector that is one class or one id: matched from hash sets, as uBO's "lowly generic"
/// filters are, instead of by one lol_html handler each.
fn simple(selector: &str) -> Option<(char, &str)> {
    let kind = selector.chars().next().filter(|c| matches!(c, '.' | '#'))?;
    let name = &selector[1..];
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')).then_some((kind, name))
}

/// The page's address: its canonical link, else its `og:url`.
fn page_url(html: &str) -> Option<String> {
    let found: Rc<RefCell<(Option<String>, Option<String>)>> = Rc::default();
    let (a, b) = (found.clone(), found.clone());
    let settings = Settings::new()
        .append_element_content_handler(element!("link[rel=canonical][href]", move |el: &mut Element| {
            a.borrow_mut().0.get_or_insert_with(|| el.get_attribute("href").unwrap_or_default());
            Ok(())
        }))
        .append_element_content_handler(element!("meta[property='og:url'][content]", move |el: &mut Element| {
            b.borrow_mut().1.get_or_insert_with(|| el.get_attribute("content").unwrap_or_default());
            Ok(())
        }));
    let mut rw = HtmlRewriter::new(settings, |_: &[u8]| {});
    rw.write(html.as_bytes()).ok()?;
    rw.end().ok()?;
    let (canonical, og) = found.take();
    canonical.or(og).filter(|u| u.contains("://"))
}

/// The host of the page's address (an address given without a scheme is its host and path).
fn host_of(url: &str) -> String {
    let host = reader_cleanup::rules::link_host(url).unwrap_or_else(|| url.split(['/', '?', '#', ':']).next().unwrap_or(""));
    host.to_ascii_lowercase()
}

struct Applied {
    ids: HashSet<String>,
    classes: HashSet<String>,
    complex: Vec<(Selector, String)>,
    unsupported: usize,
}

fn rules_for(lists: &Lists, host: &str) -> Applied {
    let generichide = lists.generichide.iter().any(|d| domain_match(host, d));
    let excepted: HashSet<&str> = lists.rules.iter().filter(|r| r.exception && r.applies_to(host)).map(|r| r.selector.as_str()).collect();
    let mut applied = Applied { ids: HashSet::new(), classes: HashSet::new(), complex: Vec::new(), unsupported: 0 };
    let mut seen = HashSet::new();
    for r in lists.rules.iter().filter(|r| !r.exception && r.applies_to(host)) {
        if (generichide && r.generic()) || excepted.contains(r.selector.as_str()) || !seen.insert(r.selector.as_str()) {
            continue;
        }
        match simple(&r.selector) {
            Some(('#', name)) => drop(applied.ids.insert(name.to_string())),
            Some((_, name)) => drop(applied.classes.insert(name.to_string())),
            None => match r.selector.parse::<Selector>() {
                Ok(s) => applied.complex.push((s, r.selector.clone())),
                Err(_) => applied.unsupported += 1,
            },
        }
    }
    applied
}

/// What was removed: the rule that matched and the start of the element's text.
#[derive(Default)]
struct Removal {
    rule: String,
    text: String,
    open: bool,
}

type Log = Rc<RefCell<Vec<Removal>>>;

/// Removes `el` for `rule`, unless it is inside an element already removed, and logs it; its
/// text is collected until its end tag (for `--explain`).
fn remove(el: &mut Element, rule: &str, log: &Log) {
    if el.removed() {
        return;
    }
    el.remove();
    let mut l = log.borrow_mut();
    let at = l.len();
    let open = el.can_have_content() && el.on_end_tag(Box::new({
        let log = log.clone();
        move |_| {
            log.borrow_mut()[at].open = false;
            Ok(())
        }
    })).is_ok();
    l.push(Removal { rule: rule.to_string(), text: String::new(), open });
}

fn clean(html: &str, applied: Applied) -> Result<(String, Vec<Removal>), String> {
    let log: Log = Rc::default();
    let (ids, classes) = (applied.ids, applied.classes);
    let (l, t) = (log.clone(), log.clone());
    let mut settings = Settings::new()
        .append_element_content_handler(element!("*", move |el: &mut Element| {
            let id = el.get_attribute("id").filter(|id| ids.contains(id.trim()));
            let class = el.get_attribute("class").and_then(|c| c.split_ascii_whitespace().find(|c| classes.contains(*c)).map(str::to_string));
            if let Some(rule) = id.map(|id| format!("#{id}")).or(class.map(|c| format!(".{c}"))) {
                remove(el, &rule, &l);
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(move |chunk: &mut TextChunk| {
            // the text goes to the outermost removed element still open
            if let Some(r) = t.borrow_mut().iter_mut().find(|r| r.open) {
                if r.text.len() < 200 {
                    r.text.push_str(chunk.as_str());
                }
            }
            Ok(())
        }));
    for (selector, source) in applied.complex {
        let l = log.clone();
        settings = settings.append_element_content_handler((
            Cow::Owned(selector),
            ElementContentHandlers::default().element(move |el: &mut Element| {
                remove(el, &source, &l);
                Ok(())
            }),
        ));
    }
    let mut out = Vec::with_capacity(html.len());
    let mut rw = HtmlRewriter::new(settings, |c: &[u8]| out.extend_from_slice(c));
    rw.write(html.as_bytes()).map_err(|e| e.to_string())?;
    rw.end().map_err(|e| e.to_string())?;
    let removals = log.take();
    Ok((String::from_utf8(out).map_err(|e| e.to_string())?, removals))
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let page = args.first().filter(|a| !a.starts_with("--")).ok_or("usage: ubo_fanboy PAGE [--json] [--html OUT] [--url URL] [--stats] [--explain]")?;
    let dir = std::env::var("EASYLIST_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/easylist").to_string());
    let lists = parse_lists(&dir)?;
    let bytes = std::fs::read(page).map_err(|e| format!("cannot read {page}: {e}"))?;
    let (html, _) = reader_cleanup::charset::decode(&bytes)?;
    let url = flag("--url").or_else(|| page_url(&html)).unwrap_or_default();
    let host = host_of(&url);
    let applied = rules_for(&lists, &host);
    let (complex, unsupported) = (applied.complex.len(), applied.unsupported);
    let (cleaned, removals) = clean(&html, applied)?;
    let removed = removals.len();
    if let Some(out) = flag("--html") {
        std::fs::write(&out, &cleaned).map_err(|e| format!("cannot write {out}: {e}"))?;
    }
    if args.iter().any(|a| a == "--stats") {
        eprintln!("host {host:?}: {complex} complex selectors, {unsupported} lol_html cannot match, {} procedural skipped; {removed} elements removed", lists.skipped_procedural);
    }
    if args.iter().any(|a| a == "--explain") {
        for r in &removals {
            let text: String = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
            eprintln!("{}", serde_json::json!({"rule": r.rule, "text": text}));
        }
    }
    if args.iter().any(|a| a == "--json") {
        println!("{}", serde_json::json!({"removed_elements": removed, "host": host, "summary": {}}));
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("ubo_fanboy: {e}");
        std::process::exit(2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(text: &str) -> Lists {
        let mut l = Lists::default();
        text.lines().for_each(|line| parse_line(line, &mut l));
        l
    }

    #[test]
    fn domains_match_as_ubo_matches_them() {
        assert!(domain_match("www.nytimes.com", "nytimes.com"));
        assert!(domain_match("nytimes.com", "nytimes.com"));
        assert!(!domain_match("notnytimes.com", "nytimes.com"));
        assert!(domain_match("www.lemonde.fr", "lemonde.*"));
        assert!(!domain_match("www.lemondeo.fr", "lemonde.*"));
        assert_eq!(host_of("https://WWW.BBC.com:443/news?x"), "www.bbc.com");
    }

    #[test]
    fn generic_domain_and_exception_rules() {
        let l = lists("##.promo\n##div[id^=\"taboola-\"]\nexample.com##.side\nexample.com#@#.promo\n~example.com##.banner\n@@||quiet.org^$generichide\nexample.com##+js(nowebrtc)\nexample.com#?#div:-abp-has(.x)");
        let a = rules_for(&l, "www.example.com");
        assert!(a.classes.contains("side") && !a.classes.contains("promo") && !a.classes.contains("banner"));
        assert_eq!(a.complex.len(), 1);
        let b = rules_for(&l, "other.net");
        assert!(b.classes.contains("promo") && b.classes.contains("banner") && !b.classes.contains("side"));
        let q = rules_for(&l, "quiet.org");
        assert!(q.classes.is_empty() && q.complex.is_empty());
        assert_eq!(l.skipped_procedural, 2);
    }

    #[test]
    fn matched_elements_are_removed_and_logged() {
        let l = lists("##.promo\n##div[id^=\"taboola-\"]\n###share");
        let html = "<body><p>Story</p><div class='x promo'><p>Buy</p></div><div id=taboola-1>Ads</div><ul id=share><li>F</li></ul></body>";
        let (out, log) = clean(html, rules_for(&l, "a.com")).unwrap();
        assert_eq!(out, "<body><p>Story</p></body>");
        let rules: Vec<_> = log.iter().map(|r| (r.rule.as_str(), r.text.as_str())).collect();
        assert_eq!(rules, [(".promo", "Buy"), ("div[id^=\"taboola-\"]", "Ads"), ("#share", "F")]);
    }
}
