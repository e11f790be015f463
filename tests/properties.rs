//! Property tests over generated pages (small case counts: the suite stays fast).
//!
//! Pages are generated as element trees with explicit end tags and no implicit closes, so the
//! generator knows the true document order (`getElementsByTagName('*')`) independently of
//! `scan`. Properties:
//! - the cleaned page is well-formed: re-scanning it works and gives exactly the input's
//!   elements minus the removed subtrees, in order;
//! - cleaning a cleaned page removes nothing more;
//! - the article region (and its ancestors) is never removed;
//! - every `removed[].index` points at an element with the reported tag.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use reader_cleanup::{process, scan, Options};

#[derive(Debug, Clone)]
enum Tree {
    Text(String),
    El { tag: &'static str, class: &'static str, kids: Vec<Tree> },
}

const TEXTS: &[&str] = &[
    "Recommended for you",
    "Related stories",
    "Most read",
    "Sign up for our newsletter",
    "Share on Facebook Twitter",
    "BEIJING, March 30 (AFP) - Japan and North Korea held their first formal talks in more than a year in Beijing on Sunday.",
    "Junichi Ihara, the Japanese Foreign Ministry director general, led the delegation, officials said.",
    "The two sides agreed to continue the talks on Monday, a spokesman for the ministry told reporters in Tokyo.",
    "Click here",
    "Photo gallery",
    "a < b & c > d",
];
const CLASSES: &[&str] = &["", "related", "promo", "story-body", "share-bar", "content", "most-read", "newsletter", "sidebar", "teaser"];

fn text() -> impl Strategy<Value = Tree> {
    prop::sample::select(TEXTS).prop_map(|t| Tree::Text(t.to_string()))
}

fn inline() -> impl Strategy<Value = Tree> {
    let leaf = text();
    leaf.prop_recursive(2, 6, 3, |inner| {
        (prop::sample::select(&["span", "b", "a"][..]), prop::sample::select(CLASSES), prop::collection::vec(inner, 0..3))
            .prop_map(|(tag, class, kids)| Tree::El { tag, class, kids: kids.into_iter().filter(|k| !matches!((tag, k), ("a", Tree::El { tag: "a", .. }))).collect() })
    })
}

fn block() -> impl Strategy<Value = Tree> {
    let leaf = prop_oneof![
        (prop::sample::select(&["p", "h2", "h3"][..]), prop::sample::select(CLASSES), prop::collection::vec(prop_oneof![3 => text(), 1 => inline()], 1..3))
            .prop_map(|(tag, class, kids)| Tree::El { tag, class, kids }),
        (prop::sample::select(CLASSES), prop::collection::vec(inline(), 1..4))
            .prop_map(|(class, items)| Tree::El { tag: "ul", class, kids: items.into_iter().map(|i| Tree::El { tag: "li", class: "", kids: vec![i] }).collect() }),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        (prop::sample::select(&["div", "section", "aside", "article", "nav"][..]), prop::sample::select(CLASSES), prop::collection::vec(inner, 1..5))
            .prop_map(|(tag, class, kids)| Tree::El { tag, class, kids })
    })
}

fn render(t: &Tree, html: &mut String, tags: &mut Vec<&'static str>) {
    match t {
        Tree::Text(s) => html.push_str(&s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")),
        Tree::El { tag, class, kids } => {
            tags.push(tag);
            html.push('<');
            html.push_str(tag);
            if !class.is_empty() {
                html.push_str(&format!(" class=\"{class}\""));
            }
            if *tag == "a" {
                html.push_str(" href=\"/story\"");
            }
            html.push('>');
            for k in kids {
                render(k, html, tags);
            }
            html.push_str(&format!("</{tag}>"));
        }
    }
}

const STORY: &[&str] = &[
    "BEIJING, March 30 (AFP) - Japan and North Korea held their first formal government-level talks in more than a year in Beijing on Sunday, officials from both sides said after the meeting ended.",
    "Junichi Ihara, the Japanese Foreign Ministry director general for Asian and Oceanian affairs, led the delegation and raised the question of Japanese citizens abducted in the 1970s and 1980s.",
    "The two sides agreed to continue the talks on Monday, a spokesman for the ministry told reporters in Tokyo, adding that no date had been set for a further round of negotiations.",
    "Pyongyang has been under pressure from its neighbours over its nuclear programme, and analysts said the meeting was a sign that both governments wanted to keep a channel open.",
];

/// A page as news pages are: blocks before, the story (paragraphs with blocks between them),
/// blocks after.
fn story_page() -> impl Strategy<Value = Vec<Tree>> {
    (prop::collection::vec(block(), 0..3), prop::collection::vec(prop::option::weighted(0.3, block()), 3..6), prop::collection::vec(block(), 0..4)).prop_map(
        |(before, between, after)| {
            let mut kids = Vec::new();
            for (i, extra) in between.into_iter().enumerate() {
                kids.push(Tree::El { tag: "p", class: "", kids: vec![Tree::Text(STORY[i % STORY.len()].to_string())] });
                kids.extend(extra);
            }
            let mut body = before;
            body.push(Tree::El { tag: "article", class: "story-body", kids });
            body.extend(after);
            body
        },
    )
}

fn page(body: &[Tree]) -> (String, Vec<&'static str>) {
    let mut html = String::from("<!DOCTYPE html><html><head><title>Japan, N.Korea hold talks</title></head><body>");
    let mut tags = vec!["html", "head", "title", "body"];
    for b in body {
        render(b, &mut html, &mut tags);
    }
    html.push_str("</body></html>");
    (html, tags)
}

fn opts() -> Options<'static> {
    Options { url: Some("https://example.org/2014/03/30/talks"), html: true }
}

fn check(body: &[Tree], idempotent: bool) -> Result<(), TestCaseError> {
        let (html, tags) = page(body);
        let out = process(html.as_bytes(), &opts()).unwrap();
        let r = &out.report;
        // the generator's order is the DOM's order, and scan agrees with it
        let input = scan::scan(&html).unwrap();
        prop_assert_eq!(input.nodes.iter().map(|n| n.tag.as_str()).collect::<Vec<_>>(), tags.clone());
        prop_assert_eq!(r.stats.elements, tags.len());
        let mut removed_set = vec![false; tags.len()];
        for x in &r.removed {
            // index → an element with the reported tag
            prop_assert!((x.index as usize) < tags.len());
            prop_assert_eq!(tags[x.index as usize], x.tag.as_str());
            prop_assert!(!matches!(x.tag.as_str(), "html" | "head" | "body"));
            // the article region and its ancestors are never removed
            if let Some(a) = &r.article {
                prop_assert!(!input.contains(x.index, a.index), "removed #{} holds the article #{}", x.index, a.index);
            }
            for i in x.index..input.nodes[x.index as usize].end {
                removed_set[i as usize] = true;
            }
        }
        // the cleaned page re-scans to exactly the elements that were not removed
        let cleaned = String::from_utf8(out.html.unwrap()).unwrap();
        let again = scan::scan(&cleaned).unwrap();
        let kept: Vec<&str> = tags.iter().zip(&removed_set).filter(|(_, r)| !**r).map(|(t, _)| *t).collect();
        prop_assert_eq!(again.nodes.iter().map(|n| n.tag.as_str()).collect::<Vec<_>>(), kept);
        // cleaning the cleaned page removes nothing more
        if idempotent {
            let second = process(cleaned.as_bytes(), &opts()).unwrap();
            prop_assert!(second.report.removed.is_empty(), "second pass removed {:?}", second.report.removed.iter().map(|x| (&x.tag, &x.reason)).collect::<Vec<_>>());
        }
        Ok(())
}

/// The normal suite runs a fixed sample (same pages every run: no flaky CI); the ignored tests
/// below explore with random seeds (`cargo test --release --test properties -- --ignored`).
fn fixed() -> ProptestConfig {
    ProptestConfig { cases: 64, max_shrink_iters: 200, rng_seed: RngSeed::Fixed(20140330), ..ProptestConfig::default() }
}

fn random() -> ProptestConfig {
    ProptestConfig { cases: 256, max_shrink_iters: 500, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(fixed())]

    #[test]
    fn news_pages_keep_structure_article_and_tags(body in story_page()) {
        check(&body, false)?;
    }

    /// Any soup of blocks, no clear story: all properties but idempotence.
    #[test]
    fn block_soup_keeps_structure_article_and_tags(body in prop::collection::vec(block(), 1..6)) {
        check(&body, false)?;
    }
}

proptest! {
    #![proptest_config(random())]

    #[test]
    #[ignore = "exploration with random seeds (256 cases)"]
    fn explore_news_pages(body in story_page()) {
        check(&body, false)?;
    }

    #[test]
    #[ignore = "exploration with random seeds (256 cases)"]
    fn explore_block_soup(body in prop::collection::vec(block(), 1..6)) {
        check(&body, false)?;
    }
}

/// Found by `explore_block_soup` against a judge in progress: on a page whose only text is
/// promo lines, the element picked as the article was itself removed (DESIGN: "never removes
/// the article container").
#[test]
fn article_pick_of_a_promo_only_page_is_not_removed() {
    let body = [Tree::El {
        tag: "div",
        class: "",
        kids: vec![
            Tree::El { tag: "p", class: "", kids: vec![Tree::Text("Sign up for our newsletter".into()), Tree::Text("Recommended for you".into())] },
            Tree::El { tag: "p", class: "content", kids: vec![Tree::Text("Recommended for you".into())] },
        ],
    }];
    check(&body, false).unwrap();
}

proptest! {
    #![proptest_config(random())]

    /// On a page with no clear story, removing a block can change the article pick; judge
    /// re-judges the page as it will look cleaned, so a second pass finds nothing more. Case
    /// that once failed: the only text in `<aside class="most-read"><ul><li><span>Sign up for
    /// our newsletter …</span></li><li>…</li></ul><p>…</p></aside>`.
    #[test]
    fn block_soup_cleans_once(body in prop::collection::vec(block(), 1..6)) {
        check(&body, true)?;
    }

    /// The same on pages with a clear story. Case that once failed: before the `<article>`,
    /// `<div class="story-body"><p class="content">Recommended for you</p><ul><li><span
    /// class="related">BEIJING, March 30 (AFP) - Japan and …</span></li></ul></div>`.
    #[test]
    fn news_pages_clean_once(body in story_page()) {
        check(&body, true)?;
    }
}
