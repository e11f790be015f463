//! Hostile and huge pages, generated here (not committed): each must complete without a panic
//! or a stack overflow, with a sane report. Nothing is asserted about time (these are not
//! benchmarks); each stays fast in `--release`.

#![cfg(not(target_arch = "wasm32"))]

use reader_cleanup::{process, Options};

const ARTICLE: &str = "<p>BEIJING, March 30 (AFP) - Japan and North Korea held their first formal talks in more than a year in Beijing on Sunday, officials said.</p>";

fn run(html: &[u8]) -> reader_cleanup::Outcome {
    let out = process(html, &Options { url: None, html: true }).expect("a page, not an error");
    for r in &out.report.removed {
        assert!((r.index as usize) < out.report.stats.elements);
    }
    out
}

#[test]
fn twenty_megabyte_page() {
    let mut html = String::from("<html><head><title>Big</title></head><body><article>");
    // a long story with a related block every 40 paragraphs (many thousands of blocks is
    // `many_removals` below, at a smaller size)
    let block = format!("{}<div class=\"related-stories\"><h3>Related stories</h3><ul><li><a href=\"/a\">Other story one here</a></li><li><a href=\"/b\">Other story two</a></li></ul></div>", ARTICLE.repeat(40));
    while html.len() < 20 << 20 {
        html.push_str(&block);
    }
    html.push_str("</article></body></html>");
    let out = run(html.as_bytes());
    assert!(out.report.stats.elements > 100_000);
    assert!(out.report.removed.len() > 1000);
    assert!(out.html.unwrap().len() > 1 << 20);
}

#[test]
fn two_hundred_thousand_elements() {
    let mut html = String::from("<html><body><div>");
    for i in 0..200_000 {
        html.push_str(if i % 2 == 0 { "<span>x</span>" } else { "<b></b>" });
    }
    html.push_str("</div></body></html>");
    let out = run(html.as_bytes());
    assert_eq!(out.report.stats.elements, 200_000 + 3); // + html, body, div
}

#[test]
fn nesting_ten_thousand_deep_closed_and_unclosed() {
    let depth = 10_000;
    let closed = format!("<html><body>{}{ARTICLE}{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
    let out = run(closed.as_bytes());
    assert!(out.report.stats.elements >= depth);
    let unclosed = format!("<html><body>{}{ARTICLE}", "<div><span>".repeat(depth));
    run(unclosed.as_bytes());
    // stray end tags at every depth
    let stray = format!("<body>{}{ARTICLE}{}", "<section><p>a".repeat(depth / 2), "</p></div></section></li>".repeat(depth));
    run(stray.as_bytes());
}

#[test]
fn one_megabyte_text_node() {
    let text = "word ".repeat(1 << 18);
    let html = format!("<html><body><article><p>{text}</p></article></body></html>");
    run(html.as_bytes());
    // one word without spaces or sentence ends, and a 1 MB attribute
    let html = format!("<p>{}</p><div class=\"{}\">x</div>", "a".repeat(1 << 20), "related ".repeat(1 << 17));
    run(html.as_bytes());
}

#[test]
fn malformed_markup() {
    let cases = [
        "<div <p </ <<>> &&#x; &#99999999; &#xD800; <p>text</p>",
        "<!-- never closed <p>hidden</p>",
        "<html><head><title>unterminated",
        "<script>document.write('<p>')</script><p>after</p>",
        "<table><td><li><tr><option><dd><dt>x</table></li>",
        "<p>a<p>b<div>c</p></p></p></div></div>",
        "<template><template><p>in</template>out</template><p>z",
        "<svg><foreignObject><p>x</p></foreignObject><math><mi>y</svg>",
        "<a href=\"x\"><a href=\"y\"><p>nested links</a></a>",
        "<![CDATA[ <p> ]]><p>x</p>",
        "<meta charset=\"utf-16\"><p>lying declaration</p>",
        "<meta charset=\"x-no-such-charset\"><p>unknown</p>",
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": [[[[[[</script><p>x</p>",
        "<time datetime=\"9999-99-99T99:99\">x</time><p>By </p>",
        "<noscript><div class=\"related\">x</div></noscript><p>y",
        "\u{feff}<p>BOM then text</p>",
        "<p>\u{0}\u{1}nulls in text after a head</p>",
    ];
    for c in cases {
        let _ = process(c.as_bytes(), &Options { url: Some("https://x/2014/03/30/a"), html: true });
    }
    // invalid UTF-8 with no declaration (decoded as windows-1252)
    let mut bytes = b"<p>caf\xe9 \xff\xfe".to_vec();
    bytes.extend_from_slice(ARTICLE.as_bytes());
    run(&bytes);
}

#[test]
fn many_headings_and_links() {
    // rules that look at headings and links run over every one of them
    let mut html = String::from("<html><body>");
    for i in 0..20_000 {
        html.push_str(&format!("<div class=\"mod-{i}\"><h3>Recommended for you {i}</h3><a href=\"/s/{i}\">Story {i}</a></div>"));
    }
    html.push_str(ARTICLE);
    run(html.as_bytes());
}

#[test]
fn many_removals() {
    // every other block is a promo: removals in the thousands
    let block = format!("{ARTICLE}<div class=\"related-stories\"><h3>Related stories</h3><ul><li><a href=\"/a\">Other story one</a></li></ul></div>");
    let html = format!("<html><body><article>{}</article></body></html>", block.repeat(5_000));
    let out = run(html.as_bytes());
    assert!(out.report.removed.len() >= 4_000);
}
