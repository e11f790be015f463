//! Judge: pure functions over the element table. Finds the article region first, then the
//! promo blocks to remove, each with its reason. It never removes the article region, an
//! ancestor of it, or a block that holds article paragraphs.

use crate::rules::{self, class, Kind};
use crate::scan::{flag, Page, NONE};

/// Subtree sums, computed bottom-up once.
#[derive(Clone, Copy, Default, Debug)]
pub struct Sums {
    /// Characters of visible text.
    pub text: u32,
    /// Characters of text inside links.
    pub link: u32,
    /// Characters of prose: text of paragraph elements, outside links.
    pub prose: u32,
    pub links: u32,
    pub images: u32,
    pub paragraphs: u32,
}

pub struct Removal {
    pub index: u32,
    pub kind: Kind,
    pub reason: String,
}

pub struct Verdict {
    pub sums: Vec<Sums>,
    /// The element that holds the story's text, if one was found.
    pub article: Option<u32>,
    pub removals: Vec<Removal>,
}

impl Verdict {
    /// Is element `i` inside a removed block? `removals` is sorted and disjoint, so only the
    /// last removal that starts at or before `i` can hold it: a binary search, not a scan.
    pub fn is_removed(&self, page: &Page, i: u32) -> bool {
        let at = self.removals.partition_point(|r| r.index <= i);
        at > 0 && page.contains(self.removals[at - 1].index, i)
    }
}

/// Characters of text standing directly in a block (no `<p>`, lines between `<br>`s) that count
/// as one paragraph of prose.
const BARE_PROSE_CHARS: u32 = 200;

fn sums(page: &Page) -> Vec<Sums> {
    let n = page.nodes.len();
    let mut s = vec![Sums::default(); n];
    // the <br> children of each element, up to two (children come after their parent)
    let mut breaks = vec![0u8; n];
    for i in (0..n).rev() {
        let node = &page.nodes[i];
        if node.tag == "br" && node.parent != NONE {
            let b = &mut breaks[node.parent as usize];
            *b = (*b + 1).min(2);
        }
        let visible = !node.has(flag::HIDDEN) && !node.has(flag::NON_TEXT);
        let own = if visible { node.own_text } else { 0 };
        let mut cur = s[i];
        cur.text += own;
        if node.has(flag::IN_LINK) {
            cur.link += own;
        }
        // links and images inside non-text elements (svg, buttons, removed blocks) do not count
        match node.tag.as_str() {
            "a" if !node.has(flag::NON_TEXT) => cur.links += 1,
            "img" | "picture" | "video" if !node.has(flag::NON_TEXT) => cur.images += 1,
            _ => {}
        }
        if node.tag.is_paragraph() && visible && !node.has(flag::IN_LINK) {
            // prose is the text of the paragraph that is not link text
            let prose = cur.text.saturating_sub(cur.link);
            if prose >= 60 {
                cur.paragraphs += 1;
                cur.prose = cur.prose.max(prose);
            }
        } else if visible && own >= BARE_PROSE_CHARS && breaks[i] == 2 && matches!(node.tag.as_str(), "div" | "section" | "article" | "main" | "font" | "center") {
            // a story written as text between <br>s, with no <p>: its own text is its paragraphs
            // (a paragraph for every BARE_PROSE_CHARS); a caption or a bio, one run and a
            // break at most, is no story
            cur.paragraphs += own / BARE_PROSE_CHARS;
            cur.prose = cur.prose.max(own);
        }
        s[i] = cur;
        if node.parent != NONE {
            let p = &mut s[node.parent as usize];
            p.text += cur.text;
            p.link += cur.link;
            p.links += cur.links;
            p.images += cur.images;
            p.paragraphs += cur.paragraphs;
            p.prose += cur.prose;
        }
    }
    s
}

/// For every element: is it inside a side region (an `aside`, a complementary role or a region
/// whose class/id reads like a sidebar, comments or promo box)? Paragraphs there do not vote
/// for the article region. Class names only count on regions holding less than half the page
/// (a site-wide wrapper may well be called `ad-portal`). One top-down pass.
fn unlikely_regions(page: &Page, sums: &[Sums]) -> Vec<bool> {
    let page_text = sums.first().map(|s| s.text).unwrap_or(0);
    let mut inside = vec![false; page.nodes.len()];
    // whether a parent is a side region, decided once per parent, not once per child
    let mut side_of: Vec<Option<bool>> = vec![None; page.nodes.len()];
    for i in 0..page.nodes.len() {
        let p = page.nodes[i].parent;
        if p == NONE {
            continue;
        }
        let n = &page.nodes[p as usize];
        if matches!(n.tag.as_str(), "body" | "html") {
            continue;
        }
        let side = *side_of[p as usize].get_or_insert_with(|| {
            n.tag == "aside"
                || n.role() == Some("complementary")
                || (sums[p as usize].text * 2 < page_text
                    && n.is(class::UNLIKELY))
        });
        inside[i] = inside[p as usize] || side;
    }
    inside
}

/// Readability-style scoring: every paragraph gives points to its parent and half to its
/// grandparent; a candidate's score is scaled by its share of non-link text (a list of links
/// with short summaries is not a story); the best-scoring element is the article region.
/// `article`, `main` and `itemprop=articleBody` elements that hold most of that text win over
/// a narrower pick.
fn find_article(page: &Page, sums: &[Sums]) -> Option<u32> {
    let mut score = vec![0f32; page.nodes.len()];
    let unlikely = unlikely_regions(page, sums);
    for (i, n) in page.nodes.iter().enumerate() {
        let s = sums[i];
        if !n.tag.is_paragraph() && !(n.tag == "div" && n.own_text >= 100) {
            continue;
        }
        if n.has(flag::HIDDEN) || n.has(flag::IN_LINK) || n.parent == NONE {
            continue;
        }
        let prose = s.text.saturating_sub(s.link);
        if prose < 40 || s.link * 2 > s.text {
            continue;
        }
        // a list item with a link is a teaser card or a menu entry, not a story paragraph
        if n.tag == "li" && s.links > 0 {
            continue;
        }
        if unlikely[i] {
            continue;
        }
        // commas of `page.text_of(i)`, counted in place (the runs are joined by spaces)
        let commas = page.runs_in(i as u32).map(|r| page.run_text(r).matches([',', '，', '、']).count()).sum::<usize>() as f32;
        let points = 1.0 + commas + (prose as f32 / 100.0).min(3.0);
        let parent = n.parent as usize;
        score[parent] += points;
        let gp = page.nodes[parent].parent;
        if gp != NONE {
            score[gp as usize] += points / 2.0;
        }
    }
    for (i, sc) in score.iter_mut().enumerate() {
        let s = sums[i];
        if *sc > 0.0 && s.text > 0 {
            *sc *= 1.0 - s.link as f32 / s.text as f32;
        }
    }
    let best = (0..score.len()).max_by(|&a, &b| score[a].total_cmp(&score[b]))?;
    if score[best] <= 0.0 {
        return None;
    }
    // an enclosing semantic article container that is not much larger wins
    let best = page.self_and_ancestors(best as u32).skip(1).fold(best as u32, |best, a| {
        let n = &page.nodes[a as usize];
        let semantic = n.tag == "article"
            || n.itemprop() == Some("articlebody")
            || n.role() == Some("article");
        if semantic && sums[a as usize].prose <= sums[best as usize].prose * 3 / 2 + 200 {
            a
        } else {
            best
        }
    });
    Some(best)
}

/// Is the page built around one story? A region picked from a page of teasers (a section
/// front, a product page) is itself mostly links or a list of cards; then structure rules that
/// remove "teasers beside the story" have no story to stand beside and stay off.
fn is_story(page: &Page, sums: &[Sums], article: Option<u32>) -> bool {
    let Some(a) = article else { return false };
    let s = sums[a as usize];
    // the links of a side column inside the article element are not the story's ("Les +
    // populaires" and a video carousel in an <aside> of the <article>)
    let (mut text, mut link) = (s.text, s.link);
    let mut j = a + 1;
    while j < page.nodes[a as usize].end {
        if is_side_column(page, sums, j) {
            text = text.saturating_sub(sums[j as usize].text);
            link = link.saturating_sub(sums[j as usize].link);
            j = page.nodes[j as usize].end;
        } else {
            j += 1;
        }
    }
    s.prose >= 400 && link * 3 < text && !teaser_list(page, sums, a)
}

/// Does `i` lie at page level, outside any article, aside, main or section? A `<header>`,
/// `<footer>` or `<nav>` there is the site's banner, footer or navigation; inside a story or a
/// column it is that part's title bar or a strip of links (HTML gives the banner and
/// contentinfo meaning only at page level).
fn page_level(page: &Page, i: u32) -> bool {
    !page.self_and_ancestors(i).skip(1).any(|a| matches!(page.nodes[a as usize].tag.as_str(), "article" | "aside" | "main" | "section"))
}

/// Is `i` itself a region that stays whatever it holds: the site's navigation, the page's
/// header or footer, a menu, breadcrumbs, comments, references? `level`: is `i` at page level
/// (see `page_level`).
fn is_kept_root_at(page: &Page, i: u32, level: bool) -> bool {
    let n = &page.nodes[i as usize];
    if matches!(n.tag.as_str(), "nav" | "header" | "footer") && level {
        return true;
    }
    n.role().is_some_and(|r| rules::KEEP_ROLES.contains(&r) && r != "main" && r != "article")
        || n.is(class::KEEP)
        || (level && n.is(class::NAV))
}

fn is_kept_root(page: &Page, i: u32) -> bool {
    is_kept_root_at(page, i, page_level(page, i))
}

/// Is `i` the site's navigation, banner or footer itself, by tag or role (not merely an item
/// whose class says `nav-item`)? Widgets may be taken out of these, never the region.
fn is_structural_root(page: &Page, i: u32) -> bool {
    let n = &page.nodes[i as usize];
    (matches!(n.tag.as_str(), "nav" | "header" | "footer") && page_level(page, i))
        || n.role().is_some_and(|r| rules::KEEP_ROLES.contains(&r) && r != "main" && r != "article")
}

/// For every element: is it (or an ancestor below `<body>`) a region that stays whatever it
/// holds? Classes of `<html>` and `<body>` describe the page ("comments-on", "has-nav"), not a
/// region, and neither do classes of wrappers around the story. One top-down pass.
fn kept_regions(page: &Page, article: Option<u32>) -> Vec<bool> {
    let n = page.nodes.len();
    let mut level = vec![true; n];
    let mut kept = vec![false; n];
    for i in 0..n {
        let p = page.nodes[i].parent;
        if p != NONE {
            level[i] = level[p as usize] && !matches!(page.nodes[p as usize].tag.as_str(), "article" | "aside" | "main" | "section");
        }
        if matches!(page.nodes[i].tag.as_str(), "html" | "body") {
            continue;
        }
        // a wrapper around the story is layout, whatever its class ("nav-drawer" around the page)
        let wraps_story = article.is_some_and(|a| page.contains(i as u32, a));
        let root = !wraps_story && is_kept_root_at(page, i as u32, level[i]);
        kept[i] = root || (p != NONE && kept[p as usize]);
    }
    kept
}

/// Would removing `i` lose article text? True for the article region and its ancestors, and
/// for any block inside the article that carries real paragraphs of prose.
fn holds_article(page: &Page, sums: &[Sums], article: Option<u32>, i: u32) -> bool {
    let Some(a) = article else {
        // no article found: never remove a block with several paragraphs of prose
        return sums[i as usize].paragraphs >= 3;
    };
    if page.contains(i, a) {
        return true;
    }
    if page.contains(a, i) {
        let s = sums[i as usize];
        // a teaser box inside the story is link text or a few words; a paragraph is prose
        return s.prose >= 200 && s.link * 2 < s.text;
    }
    false
}

/// Is `i` a part of a paragraph of prose (a span of a sentence, a link in it)? Removing it would
/// cut the sentence: a paragraph goes whole or not at all.
fn in_paragraph(page: &Page, sums: &[Sums], i: u32) -> bool {
    // a block inside a list item ("<li><button>Email</button><div><form>…") is none of its sentences
    if matches!(page.nodes[i as usize].tag.as_str(), "div" | "form" | "section" | "aside" | "table" | "ul" | "ol" | "figure" | "fieldset" | "nav") {
        return false;
    }
    page.self_and_ancestors(i).skip(1).any(|a| {
        let n = &page.nodes[a as usize];
        let s = sums[a as usize];
        // a paragraph: 60 characters of prose, mostly not links (a byline box of links is not)
        n.tag.is_paragraph() && !n.has(flag::IN_LINK) && s.text.saturating_sub(s.link) >= 60 && s.link * 2 < s.text
    })
}

/// Is this block running prose (several paragraphs, few links) wherever it sits? The article
/// finder can pick one section of a long document; the other sections are still text to keep,
/// even when an id made from their title contains a word like "sharing".
fn prose_heavy(s: Sums) -> bool {
    s.paragraphs >= 3 && s.prose >= 300 && s.link * 4 < s.text
}

/// The element holding the first visible text run inside `i`.
fn first_text_node(page: &Page, i: u32) -> Option<u32> {
    page.runs_in(i).find(|r| !page.nodes[r.node as usize].has(flag::HIDDEN) && !page.nodes[r.node as usize].has(flag::NON_TEXT)).map(|r| r.node)
}

/// Is `i` a block title that is not an `<h1>`–`<h6>`: a short span/div/p, free of links or
/// one link as a whole, that carries the first text of its parent
/// ("<div class=widget-title>Around the web</div>")?
fn is_label(page: &Page, sums: &[Sums], i: u32) -> bool {
    let n = &page.nodes[i as usize];
    let s = sums[i as usize];
    if !rules::LABEL_TAGS.contains(&n.tag.as_str()) || n.has(flag::IN_LINK) || n.has(flag::HIDDEN) || n.parent == NONE {
        return false;
    }
    // a linked title ("The most popular ›") is one link holding all the text
    let linked_title = s.links == 1 && s.link == s.text && n.tag != "p";
    if s.text < 2 || s.text > rules::LABEL_MAX_CHARS || (s.link > 0 && !linked_title) || s.paragraphs > 0 {
        return false;
    }
    // a wrapper around a real heading leaves the title to the heading
    if (i + 1..n.end).any(|j| page.nodes[j as usize].has(flag::HEADING) && !page.nodes[j as usize].has(flag::MASKED)) {
        return false;
    }
    // the first text of its box, or a line of the story that leads into what follows ("More
    // from AllBusiness.com:" over a list of links)
    first_text_node(page, n.parent).is_some_and(|f| page.contains(i, f)) || page.runs_in(i).last().is_some_and(|r| page.run_text(r).trim_end().ends_with(':'))
}

/// Where a block grown upwards from an element stops: never into the article region or its
/// ancestors, a region that stays (navigation, page header or footer), or the page's `body`,
/// `html` or `main`.
fn stops_growth(page: &Page, sums: &[Sums], article: Option<u32>, p: u32) -> bool {
    matches!(page.nodes[p as usize].tag.as_str(), "body" | "html" | "main") || holds_article(page, sums, article, p) || is_kept_root(page, p)
}

/// Grows a block from its heading or label `h`: up through ancestors whose first text is this
/// heading, until the block has content of its own, then through wrappers that add no text.
/// It never grows into the article region, its ancestors, or a region that stays (navigation,
/// page header or footer).
fn grow_from_heading(page: &Page, sums: &[Sums], h: u32, article: Option<u32>) -> u32 {
    let mut b = h;
    let heading_len = sums[h as usize].text;
    // `b` is always the child of `p` on the way up from `h`
    for p in page.self_and_ancestors(h).skip(1) {
        if stops_growth(page, sums, article, p) {
            break;
        }
        let has_content = sums[b as usize].text > heading_len + 20 || sums[b as usize].images > 0;
        let first_is_heading = first_text_node(page, p).is_some_and(|f| page.contains(h, f));
        if has_content {
            if sums[p as usize].text == sums[b as usize].text && first_is_heading {
                b = p;
                continue;
            }
            break;
        }
        // never over a page's or a story's own title: a "Supported by" label opens the story's
        // header, whose <h1> follows it
        if !first_is_heading || adds_h1(page, p, b) {
            break;
        }
        b = p;
    }
    b
}

/// Does `p` hold an `<h1>` outside its descendant `b` (`b == p`: anywhere below `p`)? A block
/// that does is the page's or the story's header, never a promo box or line.
fn adds_h1(page: &Page, p: u32, b: u32) -> bool {
    let h1_in = |r: std::ops::Range<u32>| r.into_iter().any(|j| page.nodes[j as usize].tag == "h1" && !page.nodes[j as usize].has(flag::MASKED));
    if b == p {
        return h1_in(p + 1..page.nodes[p as usize].end);
    }
    h1_in(p + 1..b) || h1_in(page.nodes[b as usize].end..page.nodes[p as usize].end)
}

/// Does the block `b`, grown from the title `h`, look like what its title announces? A list of
/// stories ("Related", "Most read") is mostly links or cards after its title, or still empty
/// (filled by script); a widget ("Newsletter", "Follow us") is short. Neither is running prose.
fn block_fits(sums: &[Sums], vendors: &[Option<&'static str>], b: u32, h: u32, kind: Kind) -> bool {
    let s = sums[b as usize];
    if prose_heavy(s) {
        return false;
    }
    let rest = s.text.saturating_sub(sums[h as usize].text);
    if kind.is_widget() {
        return s.text <= 600 && s.prose < 300;
    }
    rest <= 20 || s.link * 3 >= rest || (s.links >= 3 && s.images >= 2 && s.prose < 600) || vendors[b as usize].is_some()
}

/// The block that the promo title `h` (a heading or a label) of `kind` stands over: grown from
/// the title (`grow_from_heading`), when it holds no article text and looks like what its title
/// announces (`block_fits`); with, for a bare title of a list kind, the run of lists after it
/// (`list_after_heading`).
fn titled_block(page: &Page, sums: &[Sums], vendors: &[Option<&'static str>], article: Option<u32>, h: u32, kind: Kind) -> Option<(u32, Option<(u32, u32)>)> {
    let b = grow_from_heading(page, sums, h, article);
    if holds_article(page, sums, article, b) || !block_fits(sums, vendors, b, h, kind) {
        return None;
    }
    let bare = sums[b as usize].text == sums[h as usize].text && sums[b as usize].images == 0 && !kind.is_widget();
    Some((b, if bare { list_after_heading(page, sums, article, b) } else { None }))
}

/// Does `p` hold its descendant `b` and, besides it, only a title in front of it: a heading (or
/// a wrapper of one) or a label, short and with one link at most, that is `p`'s first text?
fn titled_by(page: &Page, sums: &[Sums], p: u32, b: u32) -> bool {
    let Some(f) = first_text_node(page, p) else { return false };
    if page.contains(b, f) {
        return false;
    }
    // the child of `p` that holds the first text
    let Some(t) = page.self_and_ancestors(f).find(|&t| page.nodes[t as usize].parent == p) else { return false };
    let (st, sp, sb) = (sums[t as usize], sums[p as usize], sums[b as usize]);
    let n = &page.nodes[t as usize];
    let title = (t..n.end).any(|j| page.nodes[j as usize].has(flag::HEADING) && !page.nodes[j as usize].has(flag::MASKED))
        || is_label(page, sums, t);
    title
        && st.text <= rules::LABEL_MAX_CHARS
        && st.links <= 1
        && t < b
        && sp.text == sb.text + st.text
        && sp.images == sb.images + st.images
        && sp.links == sb.links + st.links
}

/// Characters of a link to a story by its headline (a topic or a section is shorter).
const HEADLINE_LINK_CHARS: u32 = 25;

/// Longest story card with an excerpt (`story_cards`): a headline, two or three lines of
/// summary, a date.
const EXCERPT_CARD_CHARS: u32 = 600;

/// Is `i` a list of story cards with excerpts ("Related" posts under a story: a linked headline,
/// a summary, a date, for each of two stories or more), under one title at most, or a wrapper of
/// such a list? The summaries are prose to the other tests, which would keep the list as story
/// text; a card opens with its headline link, which a story's own paragraphs or sections do not.
/// Only asked of blocks that a promo class or title names.
fn story_cards(page: &Page, sums: &[Sums], i: u32) -> bool {
    let (mut list, mut depth) = (i, 0);
    'down: loop {
        let end = page.nodes[list as usize].end;
        let (mut cards, mut others, mut titled) = (0u32, 0u32, false);
        let mut only: Option<u32> = None;
        let mut c = list + 1;
        while c < end {
            let n = &page.nodes[c as usize];
            let s = sums[c as usize];
            if s.text > 0 {
                let first = first_text_node(page, c);
                if !titled && cards + others == 0 && s.links == 0 && s.text <= rules::LABEL_MAX_CHARS {
                    // the list's title
                    titled = true;
                } else if first.is_some_and(|f| page.nodes[f as usize].has(flag::IN_LINK) && headline_link(page, sums, c, f))
                    && s.text <= EXCERPT_CARD_CHARS
                    && s.paragraphs <= 2
                {
                    cards += 1;
                } else {
                    others += 1;
                    only = Some(c);
                    if others > cards + 2 {
                        return false;
                    }
                }
            }
            c = n.end;
        }
        if cards >= 2 && others * 3 <= cards {
            return true;
        }
        // a wrapper: its one block (after a title) may be the list
        match only {
            Some(o) if cards == 0 && others == 1 && depth < 2 => {
                list = o;
                depth += 1;
                continue 'down;
            }
            _ => return false,
        }
    }
}

/// Is the text node `f`, inside `card`, in a link of headline length?
fn headline_link(page: &Page, sums: &[Sums], card: u32, f: u32) -> bool {
    let link = page.self_and_ancestors(f).take_while(|&a| a >= card).find(|&a| page.nodes[a as usize].tag == "a");
    link.is_some_and(|a| sums[a as usize].text >= HEADLINE_LINK_CHARS)
}

/// Is `i` a list or container of at least three teaser cards: children that each hold a
/// link with an image or a headline-length link text, and little running text?
fn teaser_list(page: &Page, sums: &[Sums], i: u32) -> bool {
    teaser_cards(page, sums, i, 3, false)
}

/// `teaser_list` with a given least number of cards. `pictured`: every card is a picture and a
/// headline-length link, and nothing else is there (a ribbon of stories in a `<nav>`, which a
/// menu of sections never looks like).
fn teaser_cards(page: &Page, sums: &[Sums], i: u32, min_cards: u32, pictured: bool) -> bool {
    let n = &page.nodes[i as usize];
    if !matches!(n.tag.as_str(), "ul" | "ol" | "div" | "section" | "aside") {
        return false;
    }
    let s = sums[i as usize];
    if s.links < min_cards {
        return false;
    }
    let mut cards = 0;
    let mut others = 0;
    let mut c = i + 1;
    while c < n.end {
        let child = &page.nodes[c as usize];
        let cs = sums[c as usize];
        if cs.text > 0 || cs.images > 0 {
            let headline_link = cs.link >= HEADLINE_LINK_CHARS && cs.links <= 3;
            let is_card = if pictured {
                cs.images >= 1 && headline_link && cs.text <= cs.link + 40
            } else {
                // (a photo with its caption and a credit link is no card: a card's words are links)
                let captioned = || cs.link * 2 < cs.text && child.end - c <= CARD_ELEMENTS && (c..child.end).any(|j| page.nodes[j as usize].tag == "figcaption");
                cs.links >= 1 && (cs.images >= 1 && !captioned() || headline_link)
            } && cs.text <= 320
                && cs.paragraphs <= 2;
            if is_card {
                cards += 1;
            } else {
                others += 1;
            }
        }
        c = child.end;
    }
    cards >= min_cards && others <= if pictured { 0 } else { cards / 3 }
}

/// Is `i` inside a side column (aside, complementary role, sidebar/rail class) below the article
/// element (`NONE`: anywhere)? Sites often put the rail inside `<article>`; its lists are not
/// the story.
#[cfg(test)]
fn in_side_column(page: &Page, sums: &[Sums], i: u32, article: u32) -> bool {
    let body = |a: u32| matches!(page.nodes[a as usize].tag.as_str(), "body" | "html");
    let side = |a: u32| is_side_column(page, sums, a);
    // the walk stops at `<body>`/`<html>` (not a side column) or at the first side column
    page.self_and_ancestors(i).take_while(|&a| a != article).find(|&a| body(a) || side(a)).is_some_and(|a| !body(a))
}

/// `in_side_column` for every element at once: the nearest ancestor-or-self that decides the
/// walk (a side column, or `<body>`/`<html>` where it stops), and whether it is a side column.
/// One top-down pass; each query is then O(1).
struct SideColumns {
    decider: Vec<u32>,
    side: Vec<bool>,
}

/// A side column: an aside, a complementary region, or an element named for a sidebar that does
/// not hold the story's paragraphs ("l-sidebar-fixed" names the layout around the main column).
fn is_side_column(page: &Page, sums: &[Sums], i: u32) -> bool {
    let n = &page.nodes[i as usize];
    n.tag == "aside" || n.role() == Some("complementary") || n.is(class::SIDEBAR) && sums[i as usize].paragraphs < SIDE_COLUMN_PARAGRAPHS
}

/// Paragraphs of prose that make an element named for a sidebar the story's column.
const SIDE_COLUMN_PARAGRAPHS: u32 = 3;

impl SideColumns {
    fn new(page: &Page, sums: &[Sums]) -> SideColumns {
        let n = page.nodes.len();
        let mut decider = vec![NONE; n];
        let mut side = vec![false; n];
        for i in 0..n {
            let node = &page.nodes[i];
            if matches!(node.tag.as_str(), "body" | "html") {
                decider[i] = i as u32;
            } else if is_side_column(page, sums, i as u32) {
                decider[i] = i as u32;
                side[i] = true;
            } else if node.parent != NONE {
                decider[i] = decider[node.parent as usize];
                side[i] = side[node.parent as usize];
            }
        }
        SideColumns { decider, side }
    }

    /// Same answer as `in_side_column(page, sums, i, article)`: the walk up from `i` meets the
    /// deciding ancestor before it meets `article`.
    fn test(&self, page: &Page, i: u32, article: u32) -> bool {
        let d = self.decider[i as usize];
        if d == NONE || !self.side[i as usize] {
            return false;
        }
        // the walk stops early (false) when `article` lies on the path from `i` up to `d`
        article == NONE || !(page.contains(article, i) && page.contains(d, article))
    }
}

/// For every element: the first recommendation-widget vendor host loaded inside it (iframe or
/// script `src`, form `action`; links do not count). One bottom-up pass.
fn vendors(page: &Page) -> Vec<Option<&'static str>> {
    let mut found: Vec<Option<&'static str>> = vec![None; page.nodes.len()];
    for i in (0..page.nodes.len()).rev() {
        let n = &page.nodes[i];
        if n.has(flag::MASKED) {
            found[i] = None;
            continue;
        }
        let own = n
            .src
            .as_deref()
            .filter(|_| n.tag != "a")
            .and_then(|src| rules::VENDOR_HOSTS.iter().find(|h| src.contains(*h)).copied());
        // children were visited first, the earliest last: it wins, and the element's own wins
        found[i] = own.or(found[i]);
        if n.parent != NONE && found[i].is_some() {
            found[n.parent as usize] = found[i];
        }
    }
    found
}

/// Does a hidden element hold text (a banner or pop-up that a script shows later)?
fn has_hidden_text(page: &Page, i: u32) -> bool {
    page.runs_in(i).any(|r| !page.nodes[r.node as usize].has(flag::NON_TEXT))
}

/// The story's headline: the first `<h1>` that the document's `<title>` repeats (`title_repeats`: "Terremoto
/// 'sacudió' el bolsillo … - Infobae"). An `<h1>` elsewhere may title a box of its own (a sign-up
/// form's "Receive our tips", a "Next article" teaser).
fn headline(page: &Page) -> Option<u32> {
    (0..page.nodes.len() as u32).find(|&j| {
        let n = &page.nodes[j as usize];
        n.tag == "h1" && !n.has(flag::MASKED) && {
            let h = crate::text::norm(&page.text_of(j));
            h.len() >= 10 && title_repeats(page, &h)
        }
    })
}

/// Is `h` a heading left over from a block an earlier pass removed ("DW recommends" over a list
/// that went as teasers): short, and the siblings after it, up to the next heading, all removed
/// or empty, one removed at least? Never the headline (`<h1>`), never a heading with nothing after it.
fn orphan_heading(page: &Page, sums: &[Sums], h: u32) -> bool {
    let n = &page.nodes[h as usize];
    if !n.has(flag::HEADING) || n.tag == "h1" || n.parent == NONE || sums[h as usize].text > rules::LABEL_MAX_CHARS {
        return false;
    }
    let (mut j, end, mut removed) = (n.end, page.nodes[n.parent as usize].end, false);
    while j < end {
        let m = &page.nodes[j as usize];
        if m.has(flag::HEADING) {
            break;
        }
        if m.has(flag::MASKED) {
            removed = true;
        } else if sums[j as usize].text > 0 || sums[j as usize].images > 0 {
            // after the removed block, what is no prose is not the heading's ("Audios and videos
            // on the topic" over a removed video, then the story's date and author)
            return removed && sums[j as usize].paragraphs == 0;
        }
        j = m.end.max(j + 1);
    }
    removed
}

/// Most characters of a comments frame (`comments_frame`): a title, a call to log in, a few
/// lines of house rules. A policy of a page or more is prose.
const COMMENTS_FRAME_CHARS: u32 = 700;

/// Fewest characters of a comment inside a comments region: a tab's label ("All Comments 5") or
/// a count is shorter.
const COMMENT_CHARS: u32 = 40;

/// Is the comments region `i` only a frame: the outermost element named so, holding no comment
/// (an entry named so with a comment's words, in a list or an `<article>`, or signed by an
/// author: "<li class=\"comment even depth-1\">", "<div class=comment><cite class=author>") and
/// no `<time>` (a story's "date-and-comments" line, a comment's own)? A policy note or a call to
/// log in is signed by no one. A block that opens with a byline ("By PHILLIP RAWLS 10/ 5/11",
/// a story's byline row named "comments_datetime" for the count it shows) or holds a writer's
/// name (an element named "author", "firma") is no frame either.
fn comments_frame(page: &Page, sums: &[Sums], i: u32) -> bool {
    let byline = page.runs_in(i).find(|r| !page.nodes[r.node as usize].has(flag::NON_TEXT)).is_some_and(|r| {
        let t = page.run_text(r);
        crate::text::by_prefix(t).is_some_and(|p| t.get(p.len()..).and_then(|rest| rest.trim_start().chars().next()).is_some_and(char::is_uppercase))
    });
    if byline {
        return false;
    }
    let inner = (i + 1..page.nodes[i as usize].end).any(|j| {
        let n = &page.nodes[j as usize];
        // (a tab, "All Comments 5", is no comment)
        let signed = || matches!(n.tag.as_str(), "li" | "article") || (j + 1..n.end).any(|k| page.nodes[k as usize].is(class::BYLINE));
        // the story's byline row named for its comments link ("firma_comentarios": the writer,
        // the date, a link to the comments) holds the writer's name
        let writer = || n.is(class::BYLINE) && !n.is(class::NOT_BYLINE) && sums[j as usize].text > 0;
        n.tag == "time" || writer() || n.is(class::COMMENTS) && n.tag != "form" && sums[j as usize].text >= COMMENT_CHARS && signed()
    });
    !inner && !page.self_and_ancestors(i).skip(1).any(|a| page.nodes[a as usize].is(class::COMMENTS))
}

/// Fewest characters of prose (text outside links) of a story's paragraph whose class words
/// name the story's text (`prose_tokens`): a sentence or two.
const PROSE_PARAGRAPH_CHARS: u32 = 120;

/// The promo words (`rules::token_kind`) that two paragraphs of prose or more inside the article
/// region carry: there they name the story's text, whatever they say elsewhere.
fn prose_tokens(page: &Page, sums: &[Sums], article: Option<u32>) -> Vec<String> {
    let Some(a) = article else { return Vec::new() };
    // each word with the number of paragraphs carrying it
    let mut seen: Vec<(String, u32)> = Vec::new();
    for j in a + 1..page.nodes[a as usize].end {
        let n = &page.nodes[j as usize];
        let sj = sums[j as usize];
        if n.kind.is_some() && n.tag == "p" && sj.prose >= PROSE_PARAGRAPH_CHARS && sj.link * 4 < sj.text {
            if let Some((_, t)) = rules::token_kind(page.tokens(j)) {
                match seen.iter_mut().find(|(w, _)| *w == t) {
                    Some((_, k)) => *k += 1,
                    None => seen.push((t, 1)),
                }
            }
        }
    }
    // a box's one paragraph (a share panel's copy of the lead) is no story's
    seen.into_iter().filter(|&(_, k)| k >= 2).map(|(w, _)| w).collect()
}

/// Does the subtree of `i` hold a button with a label (`Page::buttons`, sorted by element)?
fn has_button_label(page: &Page, i: u32) -> bool {
    let first = page.buttons.partition_point(|b| b.0 <= i);
    page.buttons.get(first).is_some_and(|b| b.0 < page.nodes[i as usize].end)
}

/// What the token rule says about an element.
enum TokenVerdict {
    /// No promo token, or a token that does not apply here.
    Pass,
    /// A promo block to remove.
    Remove(Kind, String),
    /// A promo-named box too large to go as a whole (it may be content): it stays, and so do its
    /// parts, so that a box is never picked at line by line (cleaning a cleaned page would
    /// then find the shrunken box small enough and remove it after all).
    Spare,
}

/// Is `i` a menu entry or a heading named after its own text ("<li class=menu-ad-ops-certification><a>Ad
/// Ops Certification</a>", "<li class=nav-newsletters><a>Newsletters</a>")? Menus built by a
/// CMS name their entries by a slug of the title, and headings their anchors: the words say
/// where the link goes or what the section is called, not what the element is.
fn named_by_its_text(page: &Page, s: Sums, i: u32) -> bool {
    if s.text == 0 || s.text > 60 {
        return false;
    }
    // an entry of a list (a menu), not a button standing alone ("Subscribe", "Open in app")
    let n = &page.nodes[i as usize];
    let entry = s.links == 1 && s.link == s.text && (n.tag == "li" || n.tag == "a" && n.parent != NONE && page.nodes[n.parent as usize].tag == "li");
    // or a heading with an anchor made of its words ("<h2><span class=mw-headline
    // id=Eich_CEO_promotion_controversy>")
    let heading = s.links == 0 && (n.has(flag::HEADING) || n.parent != NONE && page.nodes[n.parent as usize].has(flag::HEADING));
    if !(entry || heading) {
        return false;
    }
    let text = crate::text::norm(&page.text_of(i));
    let words: Vec<&str> = text.split(' ').collect();
    let tokens: Vec<&str> = page.tokens(i).collect();
    tokens.windows(words.len()).any(|w| w == words.as_slice())
}

/// Most characters of a byline row that also holds share buttons (a name, a date, the buttons'
/// words).
const BYLINE_ROW_CHARS: u32 = 300;

/// The class/id token rule: the element's own class, id or data-* words name a promo block.
/// Inside the story only short or link-dense blocks go; in regions that stay (navigation, page
/// header and footer, menus) only self-contained widgets go (a sign-up box, a share bar), never
/// the region itself; hidden widgets go too (pop-ups and banners shown by script).
fn token_rule(page: &Page, sums: &[Sums], side: &SideColumns, i: u32, kept: bool, article: Option<u32>, headline: Option<u32>, prose_tokens: &[String]) -> TokenVerdict {
    let node = &page.nodes[i as usize];
    let s = sums[i as usize];
    let Some(kind) = node.kind else { return TokenVerdict::Pass };
    if named_by_its_text(page, s, i) {
        return TokenVerdict::Pass;
    }
    // a share-named element that is a part of the story, whose buttons inside go on their own:
    // a byline row ("ShareByline", "share-byline-timestamp": the author and the date; the word
    // "byline" itself, as an author's box of contact links, "author-social", is a share bar), a
    // row holding the writer's name linked to the writer's page ("authorAndShareInline" >
    // "a.Author-authorName"; a link to the writer's account on a network is a contact link), a
    // captioned picture ("contenedor_fotonoticia_compartir": the photo, its caption, the
    // buttons). One look through a small subtree: a row of that much text has few elements
    if kind == Kind::Social {
        let small = s.text <= BYLINE_ROW_CHARS && node.end - i <= SOCIAL_LINKS_ELEMENTS;
        let story_part = |j: u32| {
            let n = &page.nodes[j as usize];
            let author_link = n.tag == "a" && n.is(class::BYLINE) && !n.is(class::NOT_BYLINE) && !n.has(flag::SOCIAL_LINK);
            let caption = s.images > 0 && (n.tag == "figcaption" || n.is(class::CAPTION)) && sums[j as usize].text > 0 && !n.has(flag::IN_LINK);
            // the story's date ("<time itemprop=datePublished>", "p.article-date")
            let date = sums[j as usize].text > 0 && (n.tag == "time" || n.is(class::DATE));
            author_link || caption || date
        };
        if page.tokens(i).any(|t| t == "byline") || small && (i + 1..node.end).any(story_part) {
            return TokenVerdict::Pass;
        }
    }
    let widget = kind.is_widget();
    // a list of stories links to them: text beside the story's headline under a "teaser" class
    // that links nowhere is the story's deck ("article-item__teaser-text")
    if !widget && s.links == 0 && headline.is_some_and(|h| page.nodes[h as usize].parent == node.parent) {
        return TokenVerdict::Pass;
    }
    // (a share bar of buttons shows their labels, which the rules do not read as text)
    let visible = s.text > 0 || s.images > 0 || kind == Kind::Social && has_button_label(page, i);
    if !visible && !(widget && has_hidden_text(page, i)) {
        return TokenVerdict::Pass;
    }
    if kept {
        if !widget || is_structural_root(page, i) {
            return TokenVerdict::Pass;
        }
        if s.text >= 400 {
            return TokenVerdict::Spare;
        }
    }
    if prose_heavy(s) {
        return TokenVerdict::Pass;
    }
    if let Some(a) = article.filter(|&a| page.contains(a, i)) {
        // a word the story's own paragraphs carry names its text ("<p class=paywall>" on every
        // paragraph): its short paragraphs and subheadings stay too
        if !prose_tokens.is_empty() && rules::token_kind(page.tokens(i)).is_some_and(|(_, t)| prose_tokens.contains(&t)) {
            return TokenVerdict::Pass;
        }
        // in the story's flow a box goes when it is short (a sign-up prompt, a "Related:" line);
        // in a side column inside the article element a widget may be a little larger
        let short = match (widget, side.test(page, i, a)) {
            (true, true) => 500,
            (true, false) => 300,
            _ => 200,
        };
        if !(s.link * 2 >= s.text || s.text < short || story_cards(page, sums, i)) {
            return TokenVerdict::Spare;
        }
    }
    // a block that holds the story's headline is its header, whatever its class says of a
    // button in it ("article-header with-follow-button-ctn")
    if headline.is_some_and(|h| page.contains(i, h)) {
        return TokenVerdict::Pass;
    }
    let token = rules::token_kind(page.tokens(i)).map(|k| k.1).unwrap_or_default();
    TokenVerdict::Remove(kind, format!("class/id token \"{token}\""))
}

/// The text of `i` (hidden parts included, runs joined as `Page::text_of` joins them) if it has at most `max`
/// characters: stops reading as soon as it is longer, so that wrappers around long hidden
/// content cost nothing.
fn short_text(page: &Page, i: u32, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    for r in page.runs_in(i) {
        chars += r.chars as usize + usize::from(!out.is_empty() && !r.glued);
        if chars > max {
            return None;
        }
        page.push_run(&mut out, r);
    }
    Some(out)
}

/// Tags that can hold a share bar or a one-line promo.
const SMALL_BLOCK_TAGS: &[&str] = &["div", "section", "aside", "ul", "ol", "p", "span", "li", "nav", "header", "footer", "strong", "small"];

/// A share or follow bar recognised by its words ("Facebook Twitter Google+ Email"), visible
/// or hidden, whatever its classes.
fn social_bar_rule(page: &Page, sums: &[Sums], i: u32) -> Option<(Kind, String)> {
    let n = &page.nodes[i as usize];
    let s = sums[i as usize];
    // the runs' share-bar counts are taken up to this length
    let max = crate::scan::SOCIAL_RUN_CHARS;
    if !(SMALL_BLOCK_TAGS.contains(&n.tag.as_str()) || is_lone_link(page, i)) || s.text > max || s.paragraphs > 0 {
        return None;
    }
    // the runs' counts first (hidden text included, like `short_text`); the text only for the
    // reason of a bar found
    let (mut chars, mut counts) = (0u32, rules::SocialCounts::default());
    for (k, r) in page.runs_in(i).enumerate() {
        chars += r.chars + u32::from(k > 0);
        if chars > max {
            return None;
        }
        counts += r.social;
    }
    let by_words = counts.is_social_bar();
    if !by_words && !links_to_networks(page, s, counts, i) {
        return None;
    }
    let text = short_text(page, i, max as usize)?;
    let what = if by_words { "share bar" } else { "links to social networks" };
    Some((Kind::Social, format!("{what} \"{}\"", crate::text::truncate(&text, 50))))
}

/// Most characters of text a sign-up box may have (its title, a line of what it sends, the
/// form's labels and button); in the story's flow, less.
const SIGNUP_BOX_CHARS: u32 = 400;
const SIGNUP_BOX_CHARS_IN_STORY: u32 = 250;

/// The box of a newsletter form (`rules::is_signup_action`): the form and the wrappers around
/// it that add no more than a title and a short line ("Our best stories, in your inbox"), never
/// a paragraph of prose. None when the form itself holds more than a sign-up box does.
fn signup_box(page: &Page, sums: &[Sums], article: Option<u32>, form: u32) -> Option<u32> {
    let max = |i: u32| if article.is_some_and(|a| page.contains(a, i)) { SIGNUP_BOX_CHARS_IN_STORY } else { SIGNUP_BOX_CHARS };
    if sums[form as usize].text > max(form) || sums[form as usize].paragraphs > 0 {
        return None;
    }
    let mut b = form;
    // `b` is always the child of `p` on the way up; a wrapper that adds a paragraph of prose
    // holds more than the box
    for p in page.self_and_ancestors(form).skip(1) {
        let (sp, sb) = (sums[p as usize], sums[b as usize]);
        if sp.text > max(p) || sp.paragraphs > sb.paragraphs || stops_growth(page, sums, article, p) {
            break;
        }
        b = p;
    }
    Some(b)
}

/// Most elements a bar known by its links may hold (a few links and their icons): its subtree
/// is walked to count them.
const SOCIAL_LINKS_ELEMENTS: u32 = 100;

/// Most characters of text a bar known by its links may have outside them: a title
/// ("Connect", "BREITBART CONNECT").
const SOCIAL_LINKS_TITLE_CHARS: u32 = 20;

/// A follow or share bar known by where its links go (`flag::SOCIAL_LINK`), for the bars whose
/// words do not say it: icons with no text, links that name the site ("ACLU on Facebook"). Two
/// or more links, three in four of them to networks, with no words or a network's name, and
/// little text besides theirs; or one link alone whose words open with a follow verb ("Follow
/// @erinmcunningham", "Retweet this article!"). Never a post the story quotes (an embedded
/// tweet, a `blockquote`, links to its network too) nor a picture with share icons on it.
fn links_to_networks(page: &Page, s: Sums, words: rules::SocialCounts, i: u32) -> bool {
    let end = page.nodes[i as usize].end;
    if s.links == 0 || end - i > SOCIAL_LINKS_ELEMENTS {
        return false;
    }
    let mut social = 0;
    for k in i..end {
        let n = &page.nodes[k as usize];
        if n.has(flag::NON_TEXT) {
            continue;
        }
        social += u32::from(n.has(flag::SOCIAL_LINK));
        // a picture outside the links is the story's (its share buttons sit on it), not an icon
        let in_link = || page.self_and_ancestors(k).take_while(|&a| a >= i).any(|a| page.nodes[a as usize].tag == "a");
        if n.tag == "blockquote" || matches!(n.tag.as_str(), "img" | "picture" | "video") && !in_link() {
            return false;
        }
    }
    if social * 4 < s.links * 3 || page.self_and_ancestors(i).any(|a| page.nodes[a as usize].tag == "blockquote") {
        return false;
    }
    if social >= 2 {
        // and the links are icons or name a network: links with words of their own that name
        // none are the story's ("see <a>his post</a> and <a>hers</a>")
        // (a title, not a byline: "By Michael Hingston" beside the share icons is the story's)
        return s.text.saturating_sub(s.link) <= SOCIAL_LINKS_TITLE_CHARS
            && (s.link == 0 || words.networks > 0)
            && crate::text::by_prefix(&page.text_of(i)).is_none();
    }
    s.text == s.link && s.text <= 40 && rules::opens_with_follow_verb(&page.text_of(i))
}

/// A link standing alone, not inside a sentence: its parent has no text of its own.
fn is_lone_link(page: &Page, i: u32) -> bool {
    let n = &page.nodes[i as usize];
    n.tag == "a" && n.parent != NONE && page.nodes[n.parent as usize].own_text == 0
}

/// A one-line promo: a short block whose text opens with (or, outside the story, contains) a
/// widget phrase: "Sign up for our newsletter", "Like us on Facebook to see similar stories".
fn callout_rule(page: &Page, sums: &[Sums], i: u32, inside_article: bool) -> Option<(Kind, String)> {
    let n = &page.nodes[i as usize];
    let s = sums[i as usize];
    // a line, not a menu: at most two links
    if s.text < 10 || s.text > 140 || s.links > 2 || n.has(flag::HIDDEN) {
        return None;
    }
    // a link counts as a line only when it stands alone, never inside a sentence of a paragraph
    if !SMALL_BLOCK_TAGS.contains(&n.tag.as_str()) && !is_lone_link(page, i) {
        return None;
    }
    if !rules::may_be_callout(page.runs_in(i).map(|r| page.run_text(r)), !inside_article) {
        return None;
    }
    let text = page.text_of(i);
    let (kind, phrase) = rules::callout_kind(&text, !inside_article).or_else(|| {
        // a line to follow the site by its name, or to get its app
        if rules::follow_line(&text) {
            Some((Kind::Social, "follow … on (network)"))
        } else {
            rules::app_line(&text).then_some((Kind::Promo, "get … app"))
        }
    })?;
    // "Sponsored by [logo]" over the story's headline is a label of the header, not its line
    if adds_h1(page, i, i) {
        return None;
    }
    Some((kind, format!("{} line \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(&text, 60))))
}

/// Characters of a one-link line at most (its label and its link's text).
const LEAD_IN_LINE_CHARS: u32 = 200;

/// Arrows and bullets that point at a link in place of a label (">>> <a>…</a>", "» <a>…</a>").
const LEAD_IN_MARKS: &[char] = &['>', '»', '→', '▶', '►', '▸'];

/// A line in the story's flow that is a label, a colon and one link to another story: "READ
/// MORE: <a>Ford to expand testing</a>", "(MORE: <a>13 best tweets</a>)", "Lire aussi : <a>…</a>".
/// The label is a list's heading phrase (`rules::heading_kind`: related, recommended, most
/// read, galleries) or one of `LEAD_IN_LABELS`; the link holds the rest of the line, and reads
/// as a headline (three words at least), so "Photo: <a>AP</a>" (a credit) stays. A note of the
/// article's own (`role=note`: an encyclopedia's "See also: <a>…</a>" under a section heading)
/// stays too.
fn lead_in_rule(page: &Page, sums: &[Sums], i: u32) -> Option<(Kind, String)> {
    let n = &page.nodes[i as usize];
    let s = sums[i as usize];
    if s.links != 1 || s.text > LEAD_IN_LINE_CHARS || s.link == 0 || n.has(flag::HIDDEN) || !matches!(n.tag.as_str(), "p" | "div" | "li" | "span") || n.role() == Some("note") {
        return None;
    }
    let text = page.text_of(i);
    let whole = text.trim();
    let line = whole.trim_start_matches(['(', '[']).trim_end_matches([')', ']', '.']);
    let labelled = || {
        let (label, rest) = line.split_once(':')?;
        let label = crate::text::norm(label);
        if label.is_empty() || label.split(' ').count() > rules::LEAD_IN_LABEL_WORDS {
            return None;
        }
        let kind = if rules::LEAD_IN_LABELS.contains(&label.as_str()) {
            Kind::Related
        } else {
            rules::heading_kind(&label).map(|k| k.0).filter(|k| !k.is_widget())?
        };
        Some((kind, rest))
    };
    // or no label but arrows (">>> <a>…</a>") or brackets ("(<a>…</a>)") around the one link,
    // a headline of four words or more that opens with no one-word label ("(Artist: Fireborn
    // Form)" credits a picture)
    let marked = || {
        let rest = line.trim_start_matches(LEAD_IN_MARKS).trim_start();
        let bracketed = whole.starts_with(['(', '[']) && whole.ends_with([')', ']']);
        let credit = rest.split_once(':').is_some_and(|(label, _)| !label.trim().contains(' '));
        ((bracketed || rest.len() < line.len()) && !credit && rest.split_whitespace().nth(3).is_some()).then_some((Kind::Related, rest))
    };
    let (kind, rest) = labelled().or_else(marked)?;
    // the link is the rest of the line, and a headline
    let rest = rest.trim();
    let rest_chars = rest.chars().count() as u32;
    if rest.split_whitespace().count() < 3 || s.link * 10 < rest_chars * 8 {
        return None;
    }
    Some((kind, format!("{} line \"{}\" (a label and one link)", kind.name(), crate::text::truncate(&text, 60))))
}

/// A button whose label is a promo line ("Open in the app", "Sign up for our newsletter"): the
/// rules do not read buttons as page text (their labels are no story words), but a visitor sees
/// the label. Not in a form, whose button it would break.
fn button_rule(page: &Page, i: u32) -> Option<(Kind, String)> {
    let n = &page.nodes[i as usize];
    if n.tag != "button" || n.has(flag::HIDDEN) || n.has(flag::IN_HEAD) {
        return None;
    }
    let text = page.button_label(i)?;
    if !rules::may_be_callout(std::iter::once(text), false) {
        return None;
    }
    // a line that opens with a widget phrase, or a label that is one of several words ("Open in
    // the app"; a lone "Subscribe" or "Share" may be a site's own control)
    let label = || rules::heading_kind(text).filter(|(k, p)| k.is_widget() && p.contains(' '));
    let (kind, phrase) = rules::callout_kind(text, false).or_else(label)?;
    if page.self_and_ancestors(i).any(|a| page.nodes[a as usize].tag == "form") {
        return None;
    }
    Some((kind, format!("{} button \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(text, 60))))
}

/// Most elements of a card looked through for a photo's caption (`teaser_cards`,
/// `inline_card_rule`): a card has few; the bound keeps nested wrappers from a walk each.
const CARD_ELEMENTS: u32 = 100;

/// Longest inline teaser card with a summary (`inline_card_rule`).
const INLINE_EXCERPT_CARD_CHARS: u32 = 400;

/// An inline teaser card in the story's flow: a box between the story's paragraphs whose whole
/// text is one headline-length link to another story (or under one empty link that covers the
/// box), or that opens with such a link in a
/// heading and adds a line of summary ("How to Defeat the Urge to Binge Shop / It seems
/// contradictory, but… Read more"). The page's paragraphs are `<p>`; a card is a
/// `div`/`aside`/`figure`, not a sentence with a link, and a section of the story opens with its
/// title, not with a link.
fn inline_card_rule(page: &Page, sums: &[Sums], i: u32) -> Option<(Kind, String)> {
    let n = &page.nodes[i as usize];
    let s = sums[i as usize];
    if !matches!(n.tag.as_str(), "div" | "aside" | "figure" | "section") || s.text < 30 {
        return None;
    }
    // (or a headline under one empty link laid over the whole card: "u-faux-block-link__overlay")
    let link_only = s.links == 1 && (s.link == s.text || s.link == 0) && s.text <= 200 && s.paragraphs == 0;
    let with_summary = || {
        s.text <= INLINE_EXCERPT_CARD_CHARS
            && s.text >= s.link + 30
            && s.paragraphs <= 1
            && s.link * 3 >= s.text
            && s.links <= 6
            && opens_with_linked_headline(page, sums, i)
    };
    let summary = !link_only && with_summary();
    if !link_only && !summary {
        return None;
    }
    // it sits among the story's paragraphs
    let parent = n.parent;
    if parent == NONE || sums[parent as usize].paragraphs < 3 {
        return None;
    }
    let text = page.text_of(i);
    if crate::text::word_count(&text) < 5 {
        return None;
    }
    // a link to nowhere over a photo opens the photo: the text beside it is its caption (a
    // card has few elements; a larger box is looked through no further)
    let small = n.end - i <= CARD_ELEMENTS;
    if link_only && small && (i..n.end).any(|j| page.nodes[j as usize].has(flag::DEAD_LINK)) && (i..n.end).any(|j| page.nodes[j as usize].tag == "img") {
        return None;
    }
    // a linked photo with its caption is story material (a card with a summary under a linked
    // heading may still have a thumbnail in a box named "img-border")
    let photo = (i..n.end).any(|j| {
        let d = &page.nodes[j as usize];
        !d.has(flag::MASKED) && (matches!(d.tag.as_str(), "figure" | "figcaption" | "picture") || !summary && d.is(class::PHOTO))
    });
    if photo {
        return None;
    }
    Some((Kind::Related, format!("inline teaser card \"{}\"", crate::text::truncate(&text, 60))))
}

/// Does the block `i` open with a headline-length link inside a heading (`<h4><a>…</a></h4>`)?
fn opens_with_linked_headline(page: &Page, sums: &[Sums], i: u32) -> bool {
    let Some(f) = first_text_node(page, i) else { return false };
    if !page.nodes[f as usize].has(flag::IN_LINK) || !headline_link(page, sums, i, f) {
        return false;
    }
    // (an `<h1>` is a page's or a story's own title)
    let heading = page.self_and_ancestors(f).take_while(|&a| a > i).find(|&a| page.nodes[a as usize].has(flag::HEADING));
    heading.is_some_and(|a| page.nodes[a as usize].tag != "h1")
}

/// Is a heading the story's own headline, which may well contain a promo phrase ("Senate passes
/// bill sponsored by Warren", "Recommended doses cut")? Three words or more that the document's
/// `<title>` repeats.
fn is_headline(page: &Page, heading: &str) -> bool {
    let h = crate::text::norm(heading);
    h.split(' ').count() >= 3 && title_repeats(page, &h)
}

/// Does the document's `<title>` repeat `h` (already `text::norm`ed)? The story's headline is
/// written there too, before or after the site's name.
fn title_repeats(page: &Page, h: &str) -> bool {
    page.title.as_deref().is_some_and(|t| crate::text::norm(t).contains(h))
}

/// The siblings after a promo heading `h` that cannot grow into a block of its own (it sits
/// straight in the story or a column beside other content: `<h3>Related</h3><ul>…</ul>`): the
/// run of link lists and teaser cards up to the next heading, as `(first, end)` element
/// indexes; `None` when the run is empty or holds anything else (prose, a form, a heading
/// inside).
fn list_after_heading(page: &Page, sums: &[Sums], article: Option<u32>, h: u32) -> Option<(u32, u32)> {
    let parent = page.nodes[h as usize].parent;
    if parent == NONE {
        return None;
    }
    let stop = page.nodes[parent as usize].end;
    let (first, mut c) = (page.nodes[h as usize].end, page.nodes[h as usize].end);
    // links in the run, and their characters
    let (mut links, mut chars) = (0, 0);
    while c < stop {
        let n = &page.nodes[c as usize];
        let s = sums[c as usize];
        if n.has(flag::HEADING) || is_label(page, sums, c) {
            break;
        }
        if s.text > 0 || s.images > 0 {
            let linky = s.links >= 1 && s.link * 3 >= s.text * 2 && s.paragraphs <= s.links;
            let has_heading = (c + 1..n.end).any(|j| page.nodes[j as usize].has(flag::HEADING));
            let plain_list = linky && !has_heading && !prose_heavy(s) && !holds_article(page, sums, article, c);
            if !(plain_list || story_cards(page, sums, c)) || matches!(n.tag.as_str(), "form" | "nav") {
                break;
            }
        }
        links += s.links;
        chars += s.link;
        c = n.end;
    }
    // the run must hold a list of stories: two links or more, headline-length on average (a
    // reference work's "See also" lists topics of a word or two, which are part of the text)
    (links >= 2 && chars >= links * HEADLINE_LINK_CHARS).then_some((first, c))
}

/// Judges a page. Pass 1 decides on the page as it stands; since it walks outside-in, a block
/// can be judged while it still holds an inner block that is removed later (a "Recommended"
/// box that does not look like a list while it holds a teaser with a long summary). So the
/// page is judged again as it would look cleaned (removed blocks masked), until nothing new
/// goes: cleaning the cleaned page removes nothing more. Each pass protects the story region
/// it finds itself (removing promo blocks hardly moves it); the report keeps the first pass's
/// region (unless a later pass removed it, on a page without a clear story) and the page's own
/// sums.
pub fn judge(page: &Page) -> Verdict {
    let first = judge_pass(page);
    let article = first.article;
    let mut removals = first.removals;
    let mut last_article = article;
    for _ in 0..3 {
        if removals.is_empty() {
            break;
        }
        let view = masked(page, &removals);
        let pass = judge_pass(&view);
        last_article = pass.article;
        let next = pass.removals;
        if next.is_empty() {
            break;
        }
        // a block that went empty is taken whole: drop the earlier removals inside it
        // `next` is sorted and disjoint: only the last block starting at or before `r` can hold it
        removals.retain(|r| {
            let at = next.partition_point(|x| x.index <= r.index);
            !(at > 0 && page.contains(next[at - 1].index, r.index))
        });
        removals.extend(next);
        removals.sort_by_key(|r| r.index);
    }
    // on a page without a story a later pass may take the first pick; report the last pick then
    let article = match article {
        Some(a) if removals.iter().any(|r| page.contains(r.index, a)) => last_article,
        a => a,
    };
    Verdict { sums: first.sums, article, removals }
}

/// The page as it looks with `removals` gone: their elements stay in the table (the numbering
/// must not move) but are marked non-text and hidden, and their text runs are dropped.
fn masked(page: &Page, removals: &[Removal]) -> Page {
    let mut nodes = page.nodes.clone();
    for r in removals {
        for n in &mut nodes[r.index as usize..page.nodes[r.index as usize].end as usize] {
            n.flags |= flag::NON_TEXT | flag::HIDDEN | flag::MASKED;
        }
    }
    let runs = page.runs.iter().filter(|run| !nodes[run.node as usize].has(flag::NON_TEXT)).copied().collect();
    Page { nodes, runs, words: page.words.clone(), texts: page.texts.clone(), lang: page.lang.clone(), title: page.title.clone(), ..Page::default() }
}

/// One pass of the rules over the page as given.
fn judge_pass(page: &Page) -> Verdict {
    let sums = sums(page);
    let article = find_article(page, &sums);
    let kept_flags = kept_regions(page, article);
    let vendors = vendors(page);
    let story = is_story(page, &sums, article);
    let side = SideColumns::new(page, &sums);
    let headline = headline(page);
    let prose_tokens = prose_tokens(page, &sums, article);
    let mut removals: Vec<Removal> = Vec::new();
    let mut i = 0u32;
    let n = page.nodes.len() as u32;
    while i < n {
        let node = &page.nodes[i as usize];
        let s = sums[i as usize];
        let button = button_rule(page, i);
        if button.is_none() && (node.has(flag::IN_HEAD) || node.has(flag::NON_TEXT) || matches!(node.tag.as_str(), "html" | "body" | "head" | "main" | "article")) {
            i += 1;
            continue;
        }
        if holds_article(page, &sums, article, i) {
            // a promo-named box inside the story that holds prose stays whole (see `Spare`)
            let inside = article.is_some_and(|a| a != i && page.contains(a, i));
            if inside && !prose_heavy(s) && node.kind.is_some() {
                i = node.end.max(i + 1);
            } else {
                i += 1;
            }
            continue;
        }
        let inside_article = article.map(|a| page.contains(a, i)).unwrap_or(false);
        let kept = kept_flags[i as usize];
        let mut found: Option<(u32, Kind, String)> = button.map(|(kind, reason)| (i, kind, reason));
        // the frame of a comments thread that a script fills: no readers' words in it yet
        if found.is_none() && node.is(class::COMMENTS) && !node.tag.is_paragraph() && s.text <= COMMENTS_FRAME_CHARS && s.prose < 400 && (s.text > 0 || s.images > 0) && comments_frame(page, &sums, i) {
            found = Some((i, Kind::Promo, "comments' frame without comments".to_string()));
        }
        // class/id tokens
        match token_rule(page, &sums, &side, i, kept, article, headline, &prose_tokens) {
            TokenVerdict::Remove(kind, reason) => found = Some((i, kind, reason)),
            TokenVerdict::Spare => {
                i = node.end.max(i + 1);
                continue;
            }
            TokenVerdict::Pass => {}
        }
        // widget vendors
        if found.is_none() && !kept && matches!(node.tag.as_str(), "div" | "section" | "aside" | "iframe" | "ul") {
            if let Some(host) = vendors[i as usize] {
                if s.text < 2000 {
                    found = Some((i, Kind::Vendor, format!("widget vendor {host}")));
                }
            }
        }
        // sign-up forms by where they post
        if found.is_none() && node.tag == "form" {
            if let Some(action) = node.src.as_deref().filter(|a| rules::is_signup_action(a)) {
                if let Some(b) = signup_box(page, &sums, article, i) {
                    found = Some((b, Kind::Newsletter, format!("sign-up form posting to {}", crate::text::truncate(action, 60))));
                }
            }
        }
        let is_title = node.has(flag::HEADING) || is_label(page, &sums, i);
        let mut list_after: Option<(u32, u32)> = None;
        // a title whose class names a list of stories ("<h2 class=related-title>") stands over
        // the list, like a title whose words do: the list goes with it, not the title alone. Not
        // a widget's label: "<span class=ad-label>Supported by</span>" opens the story's header,
        // and a linked title is a promo of its own ("<div class=promo><a>Donate now</a></div>")
        if let Some((t, kind, _)) = found.as_mut().filter(|f| is_title && s.links == 0 && !f.1.is_widget()) {
            if let Some((b, after)) = titled_block(page, &sums, &vendors, article, i, *kind) {
                (*t, list_after) = (b, after);
            }
        }
        // heading phrases, on real headings and on title-like labels (never the story's own
        // headline: "Senate passes bill sponsored by Warren")
        if found.is_none() && is_title {
            let label = page.text_of(i);
            if let Some((kind, phrase)) = rules::heading_kind(&label).filter(|_| !is_headline(page, &label)) {
                if !kept || kind.is_widget() {
                    if let Some((b, after)) = titled_block(page, &sums, &vendors, article, i, kind) {
                        let what = if node.has(flag::HEADING) { "heading" } else { "label" };
                        found = Some((b, kind, format!("{} {what} \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(&label, 60))));
                        list_after = after;
                    }
                }
            }
        }
        // the title of a block an earlier pass removed, left standing over nothing
        if found.is_none() && !kept && orphan_heading(page, &sums, i) {
            found = Some((i, Kind::Teasers, format!("heading over a removed block \"{}\"", crate::text::truncate(&page.text_of(i), 60))));
        }
        // a dialog box beside the story: a sign-in, pay or feedback pop-up the page opens
        // over itself (a photo viewer's copy of the captions too; the story keeps its own)
        if found.is_none() && !kept && !inside_article && matches!(node.role(), Some("dialog" | "alertdialog")) {
            found = Some((i, Kind::Promo, "dialog box beside the story".to_string()));
        }
        // aria-label of a region
        if found.is_none() && !kept {
            if let Some(label) = node.label() {
                if let Some((kind, phrase)) = rules::heading_kind(label) {
                    if !prose_heavy(s) && (!inside_article || s.link * 2 >= s.text || s.text < 200) {
                        found = Some((i, kind, format!("{} label \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(label, 60))));
                    }
                }
            }
        }
        // share bars by their words, one-line promos, inline teaser cards
        if found.is_none() && !(kept && is_structural_root(page, i)) {
            if let Some((kind, reason)) = social_bar_rule(page, &sums, i)
                .or_else(|| callout_rule(page, &sums, i, inside_article))
                .or_else(|| if inside_article { lead_in_rule(page, &sums, i) } else { None })
                .or_else(|| if kept { None } else { inline_card_rule(page, &sums, i) })
            {
                found = Some((i, kind, reason));
            }
        }
        // structure: teaser cards beside the story (or in a side column inside its element)
        let beside_story = story && (!inside_article || article.is_some_and(|a| side.test(page, i, a)));
        // in a side column two cards make a list ("TV clips": two videos)
        let min_cards = if side.test(page, i, NONE) { 2 } else { 3 };
        // (in a region that stays, only a ribbon of pictured stories, never the region itself)
        let cards = || {
            if kept {
                teaser_cards(page, &sums, i, 3, true) && !is_structural_root(page, i)
            } else {
                teaser_cards(page, &sums, i, min_cards, false)
            }
        };
        if found.is_none() && beside_story && cards() {
            // take the wrappers that add nothing to the list, and one that adds only the list's
            // title ("<section><h2>Today on the site</h2><ul>…</ul></section>")
            let (mut b, mut titled) = (i, false);
            // `b` is always the child of `p` on the way up from `i`
            for p in page.self_and_ancestors(i).skip(1) {
                if stops_growth(page, &sums, article, p) {
                    break;
                }
                if sums[p as usize].text != sums[b as usize].text {
                    if titled || !titled_by(page, &sums, p, b) {
                        break;
                    }
                    titled = true;
                }
                b = p;
            }
            let with = if titled { " under its title" } else { "" };
            found = Some((b, Kind::Teasers, format!("list of {} teaser links{with}", s.links)));
        }
        match found {
            Some((b, kind, reason)) if !holds_article(page, &sums, article, b) && !in_paragraph(page, &sums, b) => {
                // a block grown from a heading may start above `i`: drop removals inside it.
                // `removals` stays sorted and disjoint, and every removal so far ends at or
                // before `i` (the walk jumps past each), so the ones inside `b` are a suffix and
                // only the last one left could contain `b`: O(1) amortised, not O(removals)
                while removals.last().is_some_and(|r| page.contains(b, r.index)) {
                    removals.pop();
                }
                debug_assert!(!removals.iter().any(|r| page.contains(b, r.index)));
                if !removals.last().is_some_and(|r| page.contains(r.index, b)) {
                    // the list a bare heading announces, when the two share no wrapper of their own
                    removals.push(Removal { index: b, kind, reason });
                    if let Some((mut c, end)) = list_after {
                        let list_reason = format!("the list after the {}", removals[removals.len() - 1].reason);
                        while c < end {
                            let s = sums[c as usize];
                            if s.text > 0 || s.images > 0 {
                                removals.push(Removal { index: c, kind, reason: list_reason.clone() });
                            }
                            c = page.nodes[c as usize].end;
                        }
                    }
                }
                i = list_after.map_or(page.nodes[b as usize].end, |(_, end)| end).max(i + 1);
            }
            _ => i += 1,
        }
    }
    removals.sort_by_key(|r| r.index);
    Verdict { sums, article, removals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::scan;

    /// The story used by every snippet: four paragraphs of prose.
    const STORY: &str = "<article class=story><h1>Talks resume in Beijing</h1>\
        <p>Japan and North Korea held their first formal talks in more than a year on Sunday, officials in Tokyo said, after months of informal contacts.</p>\
        <p>The two-day meeting in Beijing came after diplomats met on the sidelines of a Red Cross conference in Shenyang earlier this month, Kyodo reported.</p>\
        <p>North Korea admitted more than a decade ago that it had kidnapped 13 Japanese in the 1970s and 1980s to train its spies, the agency said.</p>\
        <p>The talks are expected to cover missiles, nuclear programmes and the fate of the abductees, a ministry spokesman told reporters on Sunday.</p>";

    /// `STORY`'s four paragraphs without its opening tag and headline, for snippets that set the
    /// story's header themselves.
    fn story_paragraphs() -> &'static str {
        &STORY["<article class=story><h1>Talks resume in Beijing</h1>".len()..]
    }

    /// A list of two other stories' headlines.
    const TWO_HEADLINES: &str = "<ul><li><a href=/a>Tokyo and Seoul agree to resume their defence talks</a></li>\
        <li><a href=/b>China warns of consequences over the missile launches</a></li></ul>";

    fn page(body: &str) -> String {
        format!("<html><head><title>t</title></head><body>{body}</body></html>")
    }

    /// The visible text left after the removals, runs joined by spaces.
    fn cleaned(html: &str) -> (String, Verdict) {
        let p = scan(html).unwrap();
        let v = judge(&p);
        let kept: Vec<&str> = p
            .runs
            .iter()
            .filter(|r| !p.nodes[r.node as usize].has(flag::NON_TEXT) && !v.is_removed(&p, r.node))
            .map(|r| p.run_text(r))
            .collect();
        (kept.join(" "), v)
    }

    fn assert_story_kept(text: &str) {
        for s in ["first formal talks", "Red Cross conference", "kidnapped 13 Japanese", "fate of the abductees"] {
            assert!(text.contains(s), "story text lost: {s}\n{text}");
        }
    }

    #[test]
    fn related_heading_block_beside_the_story_goes() {
        let html = page(&format!(
            "{STORY}</article><aside><h3>Related stories</h3><ul>\
             <li><a href=/a>Abe meets Obama in Washington</a></li>\
             <li><a href=/b>North Korea fires two missiles into sea</a></li>\
             <li><a href=/c>Red Cross talks end without a deal</a></li></ul></aside>"
        ));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Related stories") && !text.contains("Abe meets Obama"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.contains("related heading")));
        assert_story_kept(&text);
    }

    #[test]
    fn title_labels_that_are_not_headings_count() {
        let html = page(&format!(
            "{STORY}</article><div class=widget><div class=widget-title>Around the web</div>\
             <a href=/x>You won't believe these ten photos</a><a href=/y>Doctors hate this one trick</a></div>"
        ));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Around the web") && !text.contains("Doctors hate"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn navigation_and_footer_stay_but_their_widgets_go() {
        let html = page(&format!(
            "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li><li><a href=/asia>Asia</a></li></ul></nav></header>\
             {STORY}</article>\
             <footer><ul><li><a href=/about>About us</a></li><li><a href=/contact>Contact</a></li></ul>\
             <div class=newsletter-signup><p>Get the morning briefing in your inbox</p><form><input name=email></form></div></footer>"
        ));
        let (text, _) = cleaned(&html);
        for s in ["Home", "World", "Asia", "About us", "Contact"] {
            assert!(text.contains(s), "navigation lost: {s}");
        }
        assert!(!text.contains("morning briefing"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn the_headline_is_never_a_promo_heading() {
        let html = format!(
            "<html><head><title>Senate passes bill sponsored by Warren - The Daily</title></head><body>\
             <article><div class=hed><h1>Senate passes bill sponsored by Warren</h1><span>By Jane Doe</span></div>{}</article></body></html>",
            story_paragraphs()
        );
        let (text, v) = cleaned(&html);
        assert!(text.contains("Senate passes bill sponsored by Warren") && text.contains("Jane Doe"), "{text}");
        assert_story_kept(&text);
        assert!(v.removals.is_empty(), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        // the same heading in a teaser box beside the story is still a sponsor's box
        let html = page(&format!("{STORY}</article><aside><h3>Sponsored by Acme</h3><p>Save on your next mortgage</p></aside>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Save on your next mortgage"), "{text}");
    }

    #[test]
    fn a_bare_promo_heading_takes_the_list_after_it() {
        let list = TWO_HEADLINES;
        let html = page(&format!("{STORY}<h3>Related stories</h3>{list}<p>Copyright 2014 The Daily</p></article>"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Related stories") && !text.contains("Tokyo and Seoul") && !text.contains("China warns"), "{text}");
        assert!(text.contains("Copyright 2014"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("the list after the related heading")));
        assert_story_kept(&text);
        // a reference work's "See also": topics of a word or two are part of the text
        let topics = "<ul><li><a href=/a>Korean Peninsula</a></li><li><a href=/b>Six-party talks</a></li><li><a href=/c>Abductions</a></li></ul>";
        let (text, _) = cleaned(&page(&format!("{STORY}<h2>See also</h2>{topics}</article>")));
        assert!(text.contains("Korean Peninsula") && text.contains("Six-party talks"), "{text}");
        // prose after the heading stops the run
        let html = page(&format!("{STORY}<h3>Related</h3><p>The talks follow a decade of frozen contacts between the two countries, officials said.</p>{list}</article>"));
        let (text, _) = cleaned(&html);
        assert!(text.contains("a decade of frozen contacts"), "{text}");
    }

    #[test]
    fn the_story_header_stays_whatever_its_class_says() {
        // the header holds the headline the document's title repeats; its class names a button
        // in it twice, as a modifier ("with-…") and as a plain class ("follow-button-ctn")
        let rest = story_paragraphs();
        for class in ["article-header with-follow-button-ctn", "article-header follow-button-ctn"] {
            let html = format!("<html><head><title>Talks resume in Beijing - The Daily</title></head><body><article class=story><div class=\"{class}\"><h1>Talks resume in Beijing</h1><p>Officials meet after a year</p><button>Follow</button></div>{rest}</article></body></html>");
            let (text, _) = cleaned(&html);
            assert!(text.contains("Talks resume in Beijing") && text.contains("Officials meet after a year"), "{class}: {text}");
            assert_story_kept(&text);
        }
        // a deck under a "teaser" class beside the headline links nowhere: it is the story's
        let html = format!("<html><head><title>Talks resume in Beijing - The Daily</title></head><body><article class=story><header><h1>Talks resume in Beijing</h1><div class=article-item__teaser-text>Officials meet after a year of silence.</div></header>{rest}</article></body></html>");
        let (text, _) = cleaned(&html);
        assert!(text.contains("Officials meet after a year of silence"), "{text}");
        // an <h1> the title does not repeat may title a box of its own
        let html = format!("<html><head><title>Talks resume in Beijing - The Daily</title></head><body>{STORY}</article><aside class=optin-form><h1>Receive our tips</h1><p>Learn about the talks every week.</p></aside></body></html>");
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Receive our tips"), "{text}");
    }

    #[test]
    fn a_byline_row_with_share_buttons_keeps_the_byline() {
        let buttons = "<ul class=share-list><li><a href=https://www.facebook.com/sharer.php>Facebook</a></li><li><a href=https://twitter.com/intent/tweet>Twitter</a></li></ul>";
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1><div class=ShareByline><p>By Jane Doe</p><p>December 16, 2016, 4:19 PM</p>{buttons}</div>{}</article>", story_paragraphs()));
        let (text, _) = cleaned(&html);
        assert!(text.contains("By Jane Doe") && text.contains("December 16, 2016"), "{text}");
        assert_story_kept(&text);
        // a share bar alone still goes
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1><div class=share-bar><p>Share this story</p>{buttons}</div>{}</article>", story_paragraphs()));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Share this story") && !text.contains("Facebook"), "{text}");
        // a row named for the author and the share buttons, holding the writer's linked name
        let row = "<div class=ArticleHeader-authorAndShareInline><div class=Author-authorInfo><a href=/tom-profile class=Author-authorName>Tom DiChristopher</a>\
            <a href=https://twitter.com/tdichristopher class=Author-authorTwitter>@tdichristopher</a></div></div>";
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1>{row}{}</article>", story_paragraphs()));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Tom DiChristopher"), "{text}");
        // the writer and the date in a box named for the author's contact links: the date
        // keeps it ("Andrew Ramsey, Melbourne Cricket Ground / 30 December 2014")
        for date in ["<p class=article-date>30 December 2014</p>", "<time datetime=2014-12-30>30 December 2014</time>"] {
            let row = format!("<div class=author-social><p>Andrew Ramsey, Melbourne Cricket Ground</p>{date}<ul><li class=icon-default><i class=fa-facebook></i></li></ul></div>");
            let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1>{row}{}</article>", story_paragraphs()));
            let (text, _) = cleaned(&html);
            assert!(text.contains("Andrew Ramsey") && text.contains("30 December 2014"), "{text}");
        }
        // a byline beside share icons that say nothing is no bar's title
        let icons = "<a href=https://www.facebook.com/sharer.php><i class=icon-fb></i></a><a href=https://twitter.com/intent/tweet><i class=icon-tw></i></a>";
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1><div class=kit><span>By Jane Doe</span>{icons}</div>{}</article>", story_paragraphs()));
        let (text, _) = cleaned(&html);
        assert!(text.contains("By Jane Doe"), "{text}");
        // the writer's contact links alone are a share bar
        let html = page(&format!("{STORY}</article><div class=author-social><a href=https://twitter.com/jd class=author-twitter>Twitter</a> <a href=https://www.facebook.com/jd class=author-facebook>Facebook</a></div>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Twitter") && !text.contains("Facebook"), "{text}");
    }

    #[test]
    fn a_lead_in_line_of_the_story_takes_its_list() {
        // "More from …:" as a paragraph of the story, over a list of other stories
        let list = "<ul><li><a href=/a>The gift of a bright business idea for the new year</a></li>\
            <li><a href=/b>Be prepared for a roller coaster ride: five predictions</a></li></ul>";
        let (text, _) = cleaned(&page(&format!("{STORY}<p>More from AllBusiness.com:</p>{list}</article>")));
        assert!(!text.contains("More from AllBusiness") && !text.contains("roller coaster"), "{text}");
        assert_story_kept(&text);
        // a line of the story that names no promo keeps its list
        let (text, _) = cleaned(&page(&format!("{STORY}<p>The ministry published two reports:</p>{list}</article>")));
        assert!(text.contains("two reports") && text.contains("roller coaster"), "{text}");
    }

    #[test]
    fn a_heading_named_by_its_class_takes_its_list() {
        // the title's words name nothing; its class does ("<h2 class=related-title>")
        let card = |n: u32| format!("<div class=item><a href=/s{n}><span class=t>Story number {n} about the talks</span> <span>A summary of the story, which says what it is about.</span></a></div>");
        let cards: String = (1..=3).map(card).collect();
        let html = page(&format!("{STORY}<div class=box><h2 class=related-title>Coverage</h2><div class=items>{cards}</div></div></article>"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Coverage") && !text.contains("Story number"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason == "class/id token \"related\""));
        assert_story_kept(&text);
        // a widget's label stays a label: the block under it is not the widget
        let html = page(&format!("<article class=story><header><span class=ad-label>Supported by</span><h1>Talks resume in Beijing</h1><p class=byline>By Jane Doe</p></header>{}", story_paragraphs()));
        let (text, _) = cleaned(&format!("{html}</article>"));
        assert!(text.contains("Talks resume in Beijing") && text.contains("Jane Doe"), "{text}");
    }

    #[test]
    fn a_teaser_list_goes_with_its_title() {
        // the title's words name no promo: the list under it says what it is
        let card = |n: u32| format!("<li><a href=/s{n}><img src=/t{n}.jpg>Story number {n} about the talks in Beijing</a></li>");
        let list: String = (1..=4).map(card).collect();
        let html = page(&format!("{STORY}</article><section class=box><div class=head><h2>Today on the Daily</h2></div><ul>{list}</ul></section><p>Copyright 2014 The Daily</p>"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Today on the Daily") && !text.contains("Story number"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.ends_with("under its title")));
        assert!(text.contains("Copyright 2014"), "{text}");
        assert_story_kept(&text);
        // a wrapper that holds more than a title stays
        let html = page(&format!("{STORY}</article><section class=box><h2>Today on the Daily</h2><p>Our editors pick the stories of the day for you.</p><ul>{list}</ul></section>"));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Today on the Daily") && !text.contains("Story number"), "{text}");
    }

    #[test]
    fn a_promo_button_goes_but_not_a_form_s_or_a_lone_word() {
        let html = page(&format!(
            "{STORY}</article><div class=banner><button type=button>Open in the app</button></div>\
             <form action=/s><input name=email><button>Sign up for our newsletter</button></form>\
             <div class=tools><button>Subscribe</button></div>"
        ));
        let p = scan(&html).unwrap();
        let v = judge(&p);
        let buttons: Vec<u32> = (0..p.nodes.len() as u32).filter(|&i| p.nodes[i as usize].tag == "button").collect();
        let gone = |i: u32| v.is_removed(&p, i);
        assert!(gone(buttons[0]), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert!(v.removals.iter().any(|r| r.reason.starts_with("promo button \"Open in the app\"")));
        // a form's own button, and a one-word control, stay
        assert!(!gone(buttons[1]) && !gone(buttons[2]));
    }

    #[test]
    fn story_cards_with_excerpts_under_a_promo_title_go() {
        let card = |n: u32| {
            format!(
                "<div class=post><h4><a href=/s{n}>Story number {n} about the talks in Beijing</a></h4>\
                 <p>A summary of story {n}: what the diplomats said, where they met and what comes next for the talks.</p><p>March {n}, 2014</p></div>"
            )
        };
        let cards: String = (1..=3).map(card).collect();
        // under a promo heading in the story's flow (the summaries are prose to the other tests)
        let html = page(&format!("{STORY}<div class=box><h3>Related</h3><div class=items>{cards}</div></div></article>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Story number") && !text.contains("A summary of story"), "{text}");
        assert_story_kept(&text);
        // under a promo class, with short summaries outside paragraphs
        let short: String = (1..=3).map(|n| format!("<div><a href=/s{n}>Story number {n} about the talks in Beijing</a> <span>What the diplomats said at the talks in Beijing this week.</span></div>")).collect();
        let (text, _) = cleaned(&page(&format!("{STORY}<div class=related-box>{short}</div></article>")));
        assert!(!text.contains("Story number"), "{text}");
        assert_story_kept(&text);
        // the story's own sections open with their titles, not with links
        let sections: String = (1..=3)
            .map(|n| format!("<div class=item><h4>Point number {n} of the agreement</h4><p>The diplomats said point {n} would be settled at the next round of talks in Shenyang.</p></div>"))
            .collect();
        let (text, _) = cleaned(&page(&format!("{STORY}<h3>Recommended steps</h3><div class=points>{sections}</div></article>")));
        assert!(text.contains("Point number 2") && text.contains("would be settled"), "{text}");
    }

    #[test]
    fn an_inline_card_with_a_summary_goes() {
        let rest = story_paragraphs();
        let card = "<aside class=inset><div><a href=/s><img src=/t.jpg></a></div><h6><a href=/s>How the abductions shaped a generation of diplomacy</a></h6>\
                    <p><span>Four decades on, the families still wait for word of their relatives.</span> <a href=/s>Read more</a></p></aside>";
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1>{}{card}{}</article>", &rest[..rest.len() / 2], &rest[rest.len() / 2..]));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("How the abductions shaped") && !text.contains("Four decades on"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("inline teaser card")));
        assert_story_kept(&text);
        // a card under one empty link laid over it
        let card = "<aside class=element-rich-link><div class=rich-link><h1 class=rich-link__title>Governor orders the evacuation of the protest camp</h1>\
                    <div class=rich-link__more>Read more</div><a class=u-faux-block-link__overlay href=/s></a></div></aside>";
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1>{}{card}{}</article>", &rest[..rest.len() / 2], &rest[rest.len() / 2..]));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Governor orders"), "{text}");
        assert_story_kept(&text);
        // a box of the story that opens with its own (unlinked) title stays, and so does a
        // linked page title in an <h1>
        for bx in [
            "<aside class=box><h6>What the abductions did to a generation of diplomats</h6><p>Four decades on, the families still wait for word. <a href=/s>Read more</a></p></aside>",
            "<div class=header><h1><a href=/>Evolve: shared mutable history in Mercurial</a></h1><p>A guide for users of the extension.</p></div>",
            // a photo under a link to nowhere (it opens the photo larger) and its caption
            "<div class=picBox><a class=overlayLink href=#><img src=/p.jpg></a><p>Tahir Della helped organize the new initiative</p></div>",
        ] {
            let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1>{}{bx}{}</article>", &rest[..rest.len() / 2], &rest[rest.len() / 2..]));
            let (text, v) = cleaned(&html);
            assert!(v.removals.is_empty(), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
            assert_story_kept(&text);
        }
    }

    #[test]
    fn a_title_never_grows_over_the_story_headline() {
        // a widget label that opens the story's header takes its own box, not the header
        let rest = story_paragraphs();
        let html = page(&format!(
            "<article class=story><header><div class=sponsor><span>Sponsored by</span></div><h1>Talks resume in Beijing</h1><p class=byline>By Jane Doe</p></header>{rest}</article>"
        ));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Sponsored by"), "{text}");
        assert!(text.contains("Talks resume in Beijing") && text.contains("Jane Doe"), "{text}");
        assert!(v.removals.iter().all(|r| p_tag(&html, r.index) != "header"));
        assert_story_kept(&text);
    }

    #[test]
    fn a_ribbon_of_pictured_stories_goes_from_the_navigation() {
        let card = |n: u32| format!("<li><a href=/s{n}><img src=/t{n}.jpg><h2>Story number {n} about the talks between the two countries</h2></a></li>");
        let ribbon: String = (1..=4).map(card).collect();
        let html = page(&format!(
            "<header><nav><ul class=menu><li><a href=/>Home</a></li><li><a href=/world>World</a></li><li><a href=/asia>Asia</a></li></ul>\
             <ol class=ribbon>{ribbon}</ol></nav></header>{STORY}</article>"
        ));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Story number"), "{text}");
        for s in ["Home", "World", "Asia"] {
            assert!(text.contains(s), "navigation lost: {s}");
        }
        assert!(v.removals.iter().all(|r| p_tag(&html, r.index) != "nav"));
        assert_story_kept(&text);
        // section links with icons are a menu, not stories
        let icons: String = ["World", "Asia", "Sport", "Culture"].iter().map(|s| format!("<li><a href=/{s}><img src=/{s}.svg>{s}</a></li>")).collect();
        let (text, _) = cleaned(&page(&format!("<header><nav><ul>{icons}</ul></nav></header>{STORY}</article>")));
        assert!(text.contains("Sport") && text.contains("Culture"), "{text}");
    }

    fn p_tag(html: &str, i: u32) -> String {
        scan(html).unwrap().nodes[i as usize].tag.as_str().to_string()
    }

    #[test]
    fn menu_entries_named_after_their_page_stay() {
        let html = page(&format!(
            "<header><nav><ul class=menu><li class=menu-ad-ops-certification><a href=/c>Ad Ops Certification</a></li>\
             <li class=menu-newsletters><a href=/n>Newsletters</a></li>\
             <li><a id=navId-AD2AE740-D1A5-4EDB-9E47-BF91609EFCE7 href=/o>Opinion</a></li></ul></nav></header>{STORY}</article>\
             <div class=sidebar><li class=ad-slot><a href=/x>Buy one now</a></li><div class=newsletter><a href=/s>Newsletter</a></div></div>"
        ));
        let (text, _) = cleaned(&html);
        for s in ["Ad Ops Certification", "Newsletters", "Opinion"] {
            assert!(text.contains(s), "menu entry lost: {s}\n{text}");
        }
        // an entry whose class says what it is, and a button standing alone, still go
        assert!(!text.contains("Buy one now") && !text.contains("Newsletter "), "{text}");
        assert!(!text.ends_with("Newsletter"), "{text}");
        assert_story_kept(&text);
        // a section heading whose anchor is made of its words
        let html = page(&format!(
            "{STORY}<h2><span class=mw-headline id=Eich_CEO_promotion_controversy>Eich CEO promotion controversy</span></h2>\
             <p>The appointment drew protests from staff and users, and the chief executive resigned within days of taking the post.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Eich CEO promotion controversy"), "{text}");
    }

    #[test]
    fn boxes_named_for_promotions_or_similar_stories_go() {
        let html = page(&format!(
            "{STORY}</article><div class=LivePromotion><a href=/live>ABC News Live</a> 24/7 coverage of breaking news and live events</div>\
             <ul class=similarLinks><li class=similarListItem><a href=/a>WestJet sends layoff notices to 1,700 pilots</a></li></ul>\
             <div class=crosspromo>Also on the network: <a href=/f>First Look</a></div>"
        ));
        let (text, _) = cleaned(&html);
        for gone in ["ABC News Live", "WestJet", "First Look"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert_story_kept(&text);
    }

    #[test]
    fn a_list_of_chinese_headlines_is_a_teaser_list() {
        // fifteen ideographs say as much as thirty Latin letters: these links are headlines
        let story = "<article><h1>教育部发布留学数据</h1>\
            <p>教育部今天发布数据显示，二零一六年中国出国留学人员总数为五十四万四千五百人，比上年增长百分之三点九七，继续保持世界最大留学生生源国地位。</p>\
            <p>数据显示，二零一六年各类留学回国人员总数为四十三万二千五百人，比上年增长百分之三点九七，其中获得硕士和博士学位的人数增加明显。</p>\
            <p>教育部有关负责人表示，留学回国人员已经成为推动经济社会发展的重要力量，今后将继续完善相关政策，为留学人员回国工作创造条件。</p>\
            <p>据介绍，近年来出国留学和回国工作的人数均呈现稳步增长态势，留学回国人员的就业领域也不断拓宽，在科研、教育和创业方面表现突出。</p></article>";
        let list = "<ul><li><a href=/a>国家开放大学年度十大新闻权威发布</a></li><li><a href=/b>江苏最大规模作弊案二十七人获刑</a></li>\
            <li><a href=/c>教育部：中国教育对外交流走上快车道</a></li><li><a href=/d>四万九千名大学生获得国家奖学金</a></li></ul>";
        let (text, v) = cleaned(&page(&format!("{story}{list}")));
        assert!(!text.contains("江苏最大规模作弊案"), "{text}");
        assert!(text.contains("继续保持世界最大留学生生源国地位"), "{text}");
        assert_eq!(v.removals.len(), 1);
    }

    #[test]
    fn share_bar_is_known_by_its_words() {
        let html = page(&format!(
            "{STORY}<ul class=tools><li><a href=/f>Facebook</a></li><li><a href=/t>Twitter</a></li><li><a href=/m>Email</a></li></ul></article>"
        ));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Facebook"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("share bar")));
        assert_story_kept(&text);
        // a share bar of buttons: their labels are no page text, the bar is still one
        let html = page(&format!(
            "{STORY}<div class=share-tools aria-label=\"Share tools\"><ul><li><button data-share-facebook=1><b>Facebook</b></button></li>\
             <li><button data-share-twitter=1><b>Twitter</b></button></li></ul></div></article>"
        ));
        let (_, v) = cleaned(&html);
        assert!(v.removals.iter().any(|r| r.reason.contains("\"share\"")), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        // a photo and its caption in a box named for the share buttons beside them: the photo
        // and caption stay, the buttons (named so in Spanish) go
        let html = page(&format!(
            "<article><h1>Talks resume in Beijing</h1><div class=contenedor_fotonoticia_compartir><div class=foto><img src=/p.jpg>\
             <p class=figcaption>Diplomats arrive at the embassy in Beijing. / JANE DOE</p></div>\
             <div class=modulo_compartir><a href=https://www.facebook.com/sharer.php>Recomendar en Facebook</a> <a href=https://twitter.com/intent/tweet>Twittear</a></div></div>{}",
            story_paragraphs()
        ));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Diplomats arrive at the embassy"), "{text}");
        assert!(!text.contains("Twittear"), "{text}");
    }

    #[test]
    fn an_id_that_is_a_phrase_names_no_block() {
        // a chart's id made from its title: "share" there is a word of the title, not a share bar
        let chart = "<section id=debt-as-a-share-of-gdp><h3>Debt as a percentage of gross domestic product</h3>\
             <p>Debt held by the public tends to increase during recessions and wars, the budget office said.</p></section>";
        let html = page(&format!("{STORY}{chart}<div id=share-tools><a href=/f>Post</a></div></article>"));
        let (text, v) = cleaned(&html);
        assert!(text.contains("tends to increase during recessions"), "{text}");
        assert!(!text.contains("Post"), "{text}");
        assert_eq!(v.removals.len(), 1, "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert_story_kept(&text);
    }

    #[test]
    fn follow_bars_are_known_by_where_their_links_go() {
        // icons with no words under a title, links that name the site, a lone follow button
        let icons = "<div class=sww><p>BREITBART CONNECT</p><div><a href=https://www.facebook.com/b class=fb></a>\
             <a href=https://twitter.com/b class=tw></a><a href=//www.youtube.com/b class=yt></a></div></div>";
        let named = "<ul><li><a href=https://www.facebook.com/aclu>ACLU on Facebook</a></li><li><a href=https://twitter.com/aclu>ACLU on Twitter</a></li></ul>";
        let html = page(&format!(
            "{STORY}<span class=sig><a href=https://twitter.com/@erinmcunningham>Follow @erinmcunningham</a></span></article>{icons}{named}"
        ));
        let (text, v) = cleaned(&html);
        for s in ["BREITBART CONNECT", "ACLU on Facebook", "Follow @erinmcunningham"] {
            assert!(!text.contains(s), "kept: {s}\n{text}");
        }
        assert_eq!(v.removals.iter().filter(|r| r.reason.starts_with("links to social networks")).count(), 3);
        assert_story_kept(&text);
    }

    #[test]
    fn links_to_networks_in_the_story_stay_when_they_are_its_content() {
        // a quoted tweet, the story's picture with its share icons, a sentence that links to two posts
        let tweet = "<div class=embed><blockquote class=twitter-tweet>Talks today <a href=https://twitter.com/kim/status/1/photo/1>pic.twitter.com/x</a> \
             — Kim <a href=https://twitter.com/kim/status/1>March 30, 2014</a></blockquote></div>";
        let picture = "<div class=article-image><img src=/talks.jpg alt='Delegates in Beijing'>\
             <div class=sharing><a href=https://www.facebook.com/sharer.php?u=x></a><a href=https://twitter.com/share?u=x></a></div></div>";
        let sentence = "<p>See <a href=https://twitter.com/a/status/1>his post</a> and <a href=https://www.facebook.com/b/posts/2>hers</a>.</p>";
        let html = page(&format!("{picture}{STORY}{tweet}{sentence}</article>"));
        let (text, v) = cleaned(&html);
        assert!(text.contains("Talks today") && text.contains("March 30, 2014"), "{text}");
        assert!(text.contains("his post") && text.contains("hers"), "{text}");
        let p = scan(&html).unwrap();
        let img = p.nodes.iter().position(|n| n.tag == "img").unwrap() as u32;
        assert!(!v.is_removed(&p, img), "the story's picture was removed");
        // its share icons are a bar of their own
        assert!(v.removals.iter().any(|r| p.nodes[r.index as usize].tag == "div" && p.nodes[r.index as usize + 1].tag == "a"));
        assert_story_kept(&text);
    }

    #[test]
    fn sign_up_boxes_are_known_by_where_their_form_posts() {
        // class names that say nothing, a title that is no promo phrase
        let signup = "<div class=css-1x2q><h3>The Morning Briefing</h3><p>Our best stories, every weekday, in your inbox.</p>\
             <form action='https://example.us1.list-manage.com/subscribe/post?u=1'><input type=email name=EMAIL><button>Count me in</button></form></div>";
        let search = "<div class=css-9z><form action=/search><label>Search the archive</label><input name=q></form></div>";
        let html = page(&format!("{STORY}</article>{signup}{search}"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Morning Briefing") && !text.contains("every weekday"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("sign-up form posting to")));
        assert!(text.contains("Search the archive"), "{text}");
        assert_story_kept(&text);
        // in the story, the box goes and the paragraph beside it stays
        let html = page(&format!("{STORY}<div><p>The talks resume next week in Beijing, the ministry said on Monday evening in a statement.</p>{signup}</div></article>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Morning Briefing") && text.contains("resume next week"), "{text}");
    }

    #[test]
    fn a_site_s_shop_and_games_boxes_go_but_not_a_shopping_story_s_sections() {
        let deal = |n: u32| format!("<li><a href=/deal{n}><img src=/d{n}.jpg alt=''>Memory foam pillow, set number {n}</a></li>");
        let deals: String = (1..=3).map(deal).collect();
        let games = "<div class=right-rail><div class=intro><h4>Our Online Games</h4><p>Play right from this page</p></div><ul><li><a href=/g1>Sudoku</a></li><li><a href=/g2>Crossword</a></li></ul></div>";
        let html = page(&format!("{STORY}</article><div class=box><h3>Popular Deals on The Shop</h3><ul>{deals}</ul></div>{games}"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Popular Deals") && !text.contains("pillow"), "{text}");
        assert!(!text.contains("Online Games"), "{text}");
        assert_story_kept(&text);
        // a shopping story's own section of links to what it recommends
        let html = page(&format!("{STORY}<h2>The best deals on pillows</h2><ul>{deals}</ul></article>"));
        let (text, _) = cleaned(&html);
        assert!(text.contains("The best deals on pillows") && text.contains("set number 2"), "{text}");
    }

    #[test]
    fn a_line_to_the_live_blog_goes_but_not_a_sentence_about_it() {
        let html = page(&format!(
            "{STORY}<p><strong>Revivez <a href=/live>le direct du vote à l’Assemblée avec vos questions.</a></strong></p>\
             <p>Les journalistes ont suivi le direct du vote depuis la tribune de la presse, mardi soir.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Revivez"), "{text}");
        assert!(text.contains("ont suivi le direct du vote"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn follow_and_app_lines_go_but_not_sentences_about_networks_or_apps() {
        let html = page(&format!(
            "{STORY}<p>Follow The Daily News on Facebook and Twitter.</p><p>Like The Daily on Facebook for the latest in Asian news.</p>\
             <p>Get the latest Asia news and live updates. Download the Daily app.</p>\
             <p>Like many users on Facebook, officials in Tokyo posted the statement on Sunday.</p>\
             <p>Travellers can download the new app to check the flights.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        for gone in ["Follow The Daily News", "Like The Daily on Facebook", "Download the Daily app"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        for kept in ["Like many users on Facebook", "download the new app to check"] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        assert_story_kept(&text);
    }

    #[test]
    fn inline_promo_line_goes_but_not_a_story_paragraph() {
        let html = page(&format!(
            "{STORY}<p><strong>Sign up for our newsletter</strong> to get the day's top stories.</p>\
             <p>Officials said they would follow us on the question of compensation, a diplomat added on Sunday.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Sign up for our newsletter"), "{text}");
        assert!(text.contains("follow us on the question of compensation"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn a_label_and_one_link_to_another_story_goes_but_not_a_credit_or_a_note() {
        let html = page(&format!(
            "{STORY}<div data-shortcode=x><p><strong>READ MORE: <a href=/a>Tokyo and Seoul agree to resume their defence talks</a></strong></p></div>\
             <p>(<strong>MORE: </strong><a href=/b>China warns of consequences over the missile launches</a>)</p>\
             <p><em>Lire aussi :</em> <a href=/c>Les critiques de la CNIL contre le projet de loi</a></p>\
             <p>[Read: <a href=/g>Why the abductions still shape the talks</a>]</p>\
             <p>&gt;&gt;&gt; <a href=/h>Oscars 2016 : George Clooney réagit à son tour</a></p>\
             <p>(<a href=/i>Flight 8501: What we know so far about the disappearance</a>)</p>\
             <p>Photo: <a href=/d>AP</a></p>\
             <p>(<a href=/j><em>Artist: Fireborn Form for the Galactic Archive</em></a>)</p>\
             <div role=note>See also: <a href=/e>History of the abduction issue</a></div>\
             <p>Related talks: the ministry said <a href=/f>a statement</a> would follow on Monday after the meeting ended.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        for gone in ["READ MORE", "resume their defence talks", "MORE:", "China warns", "Lire aussi", "critiques de la CNIL", "still shape", "Clooney", "Flight 8501"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        for kept in ["Photo: AP", "Artist: Fireborn Form for the Galactic Archive", "See also: History of the abduction issue", "a statement would follow on Monday"] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        assert_story_kept(&text);
    }

    #[test]
    fn cookie_banners_go_but_not_an_embed_waiting_for_consent() {
        for banner in [
            "<div class=cookie-notice><div class=wrap>We're using cookies to improve your experience. <a href=/cookie-policy>Find out more.</a></div></div>",
            "<div class=m-privacy-consent><p>We use cookies and other tracking technologies to improve your browsing experience on our site, show personalised content and targeted ads, and analyse site traffic.</p><button>I Accept</button></div>",
        ] {
            let (text, _) = cleaned(&page(&format!("{banner}{STORY}</article>")));
            assert!(!text.contains("cookies"), "{text}");
            assert_story_kept(&text);
        }
        let embed = "<div class=consent-wrapper><blockquote>The delegations arrived at the hotel this morning, and the talks begin at noon.</blockquote></div>";
        let (text, _) = cleaned(&page(&format!("{STORY}{embed}</article>")));
        assert!(text.contains("talks begin at noon"), "{text}");
    }

    #[test]
    fn text_for_screen_readers_only_does_not_hide_a_list() {
        // a side column inside the article element; each headline doubled for screen readers
        let item = |n: u32| format!("<li><h3 class=sr-only>Story number {n} about the talks in Beijing this week</h3><div class=item><a href=/s{n}>Story number {n} about the talks in Beijing this week</a></div></li>");
        let items: String = (1..=5).map(item).collect();
        let html = page(&format!("{STORY}<aside class=article-sidebar><div class=most-popular-container>Most Popular<ul>{items}</ul></div></aside></article>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Story number"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn a_dialog_box_beside_the_story_goes_but_not_in_it() {
        let dialog = "<div class=modal role=dialog><h4>Ad free access</h4><p>Buy now, pay later. Already a subscriber? Log in here.</p></div>";
        let (text, v) = cleaned(&page(&format!("{STORY}</article>{dialog}")));
        assert!(!text.contains("Ad free access"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("dialog box")));
        assert_story_kept(&text);
        let (text, _) = cleaned(&page(&format!("<article class=story><h1>Talks resume in Beijing</h1><div role=dialog>{}</div></article>", story_paragraphs())));
        assert_story_kept(&text);
    }

    #[test]
    fn hidden_subscription_banner_goes() {
        let html = page(&format!(
            "{STORY}</article><div class=subscription-banner style='display:none'><p>Every story for just 99 cents a week</p></div>"
        ));
        let (text, v) = cleaned(&html);
        assert!(v.removals.iter().any(|r| r.kind == Kind::Subscribe), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert_story_kept(&text);
    }

    #[test]
    fn comment_section_stays() {
        let html = page(&format!(
            "{STORY}</article><section id=comments><h3>Comments</h3><div class=comment><cite class=comment-author>Jane Doe</cite><p>Good to see them talking again, and about time.</p></div>\
             <div class=comment-share><a href=/f>Facebook</a> <a href=/t>Twitter</a></div></section>"
        ));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Good to see them talking again"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn the_comments_teaser_goes_but_not_the_thread() {
        let teaser = "<div><a href=#comments class=comments-bar>View Comments</a></div><div class=comments-container>\
             <div>You must be logged in to leave a comment. <a href=/login>Log in</a> or <a href=/join>create an account</a>.</div></div>";
        let html = page(&format!("{STORY}{teaser}</article>"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("View Comments") && !text.contains("logged in"), "{text}");
        assert_eq!(v.removals.len(), 2, "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert_story_kept(&text);
        // in the languages of the table too
        for line in ["Kommentare lesen (12 Beiträge)", "Voir les commentaires (3)"] {
            let (text, _) = cleaned(&page(&format!("{STORY}<div><a href=#comments>{line}</a></div></article>")));
            assert!(!text.contains(line), "{line}: {text}");
        }
        let thread = "<section id=comments><h3>Comments</h3><ol><li class=comment><cite>Jane Doe</cite><p>I view comments like these with care: the talks have failed before.</p></li></ol></section>";
        let (text, _) = cleaned(&page(&format!("{STORY}</article>{thread}")));
        assert!(text.contains("I view comments like these"), "{text}");
        // the frame of a thread a script fills (a title, the house rules, no comment) goes
        for frame in [
            "<section id=comments><h3>Comments</h3><p>Keep it civil: we reserve the right to remove comments.</p></section>",
            "<div class=disqus_wrapper><div id=disqus_thread><p>Comments are moderated before they appear.</p></div></div>",
        ] {
            let (text, v) = cleaned(&page(&format!("{STORY}</article>{frame}")));
            assert!(!text.contains("Comments") && !text.contains("moderated") && !text.contains("civil"), "{frame}: {text}");
            assert!(v.removals.iter().any(|r| r.reason.starts_with("comments' frame")));
            assert_story_kept(&text);
        }
        // a byline row named for the comment count it shows is the story's
        let row = "<div class=comments_datetime><p><span>By PHILLIP RAWLS</span> 10/ 5/11 09:19 PM ET</p></div>";
        let (text, _) = cleaned(&page(&format!("<article><h1>Talks resume in Beijing</h1>{row}{}", story_paragraphs())));
        assert!(text.contains("By PHILLIP RAWLS"), "{text}");
        // and one that holds the writer's name, in any language
        let row = "<div class=firma_comentarios><span class=firma><a href=/autor/mrs rel=author>María R. Sahuquillo</a></span> Madrid 27 OCT 2012 <a href=#comentarios>Comentar</a></div>";
        let (text, _) = cleaned(&page(&format!("<article><h1>Talks resume in Beijing</h1>{row}{}", story_paragraphs())));
        assert!(text.contains("María R. Sahuquillo"), "{text}");
    }

    #[test]
    fn a_form_inside_a_list_item_is_no_part_of_a_sentence() {
        // a rail's menu of ways to follow the site: the sign-up form sits in a list item whose
        // text reads like a paragraph, yet the form is a block of its own
        let rail = "<section class=rail><ul><li class=email><button>Email</button><div class=content><form class=subscribe>\
                    <fieldset><legend>Email Address</legend><input name=email><input type=submit value=Go></fieldset>\
                    <p>Get top stories and blog posts emailed to me each day, with the morning briefing.</p></form></div></li></ul></section>";
        let (text, _) = cleaned(&page(&format!("{STORY}</article>{rail}")));
        assert!(!text.contains("emailed to me"), "{text}");
        assert_story_kept(&text);
        // a link inside a paragraph still goes with it or not at all
        let html = page(&format!("{STORY}<p>The ministry said the talks would resume, <a class=promo href=/s>as we reported</a> last week, after a break of a year.</p></article>"));
        let (text, _) = cleaned(&html);
        assert!(text.contains("as we reported"), "{text}");
    }

    #[test]
    fn a_heading_left_over_a_removed_block_goes() {
        let list = TWO_HEADLINES;
        let html = page(&format!("{STORY}</article><div class=col><h4>Coverage</h4><div class=related-links>{list}</div><h4>Contact</h4><p>Write to the desk at 1 Main St.</p></div>"));
        let (text, v) = cleaned(&html);
        assert!(!text.contains("Coverage") && !text.contains("Tokyo and Seoul"), "{text}");
        assert!(v.removals.iter().any(|r| r.reason.starts_with("heading over a removed block")), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert!(text.contains("Contact") && text.contains("Write to the desk"), "{text}");
        assert_story_kept(&text);
        // a subheading of the story over an advert and then its prose stays
        let html = page(&format!("{STORY}<h3>What comes next</h3><div class=ad-slot>Advertisement</div><p>Both sides will meet again in the spring, the ministry said.</p></article>"));
        let (text, _) = cleaned(&html);
        assert!(text.contains("What comes next") && !text.contains("Advertisement"), "{text}");
        // over a removed block, then the story's date and author: no prose of its own after it
        let html = page(&format!("{STORY}</article><div class=col><h4>Coverage</h4><div class=related-links>{list}</div><ul><li>Date 19.01.2020</li><li>Author Ben Knight</li></ul></div>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Coverage") && text.contains("Ben Knight"), "{text}");
    }

    #[test]
    fn boxes_named_by_the_audit_phrases_go() {
        // titles seen on news sites outside the corpus, each over the kind of box it names
        let list = TWO_HEADLINES;
        for (title, body) in [
            ("Also on the web", list),
            ("Must Read Stories", list),
            ("Explore further", list),
            ("SmartAsset Paid Partner", list),
            ("Get Our Free Newsletter", "<form action=/signup><input name=email><button>Sign up</button></form>"),
            ("To Post Comments Sign In", "<a href=/login>Sign in</a>"),
            ("Send us a tip", "<p>Email tips@example.com</p>"),
            ("Abo-Angebote", "<p>Den SPIEGEL lesen und Vorteile sichern!</p><a href=/abo>Jetzt Abo sichern</a>"),
            ("About the Author", "<p>Jane Doe writes about East Asia for The Daily.</p>"),
            ("Reuse this content", "<a href=/syndication>Licensing</a>"),
            ("Sign up or login to join the discussions!", "<a href=/login>Log in</a>"),
            ("We noticed you're using an ad blocker", "<p>Advertising helps fund our journalism.</p>"),
            ("You are using an outdated browser", "<p>Please upgrade to read the site.</p>"),
            ("The biggest stories of the day delivered to your inbox", "<form action=/signup><input name=email><button>Sign up</button></form>"),
            ("Receive daily updates directly in your inbox", "<a href=/subscribe>Subscribe here</a>"),
            ("BW Mall - Sponsored Links", "<a href=/buy>Buy a link now!</a>"),
            ("Hot on The Daily:", list),
            ("Story Tools", "<ul><li><a href=/email>e-mail this story</a></li><li><a href=/print>print this story</a></li></ul>"),
            ("Will you support The Daily's explanatory journalism?", "<p>Readers' contributions keep it free.</p>"),
            ("Support independent journalism", "<a href=/donate>Donate</a>"),
            ("We use cookies to improve our service for you.", "<a href=/privacy>More information</a>"),
        ] {
            let html = page(&format!("{STORY}</article><div class=box><h4>{title}</h4>{body}</div><p>Copyright 2014 The Daily</p>"));
            let (text, _) = cleaned(&html);
            assert!(!text.contains(title), "{title}: {text}");
            assert!(text.contains("Copyright 2014"), "{text}");
            assert_story_kept(&text);
        }
        // the writer's biography named by its class
        let html = page(&format!("{STORY}</article><section class=article-author><div class=author-bio><a href=/jd>Jane Doe</a><p>Jane covers East Asia for The Daily from Seoul.</p></div></section>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Jane covers East Asia"), "{text}");
    }

    #[test]
    fn story_text_is_never_removed_even_under_a_promo_class() {
        // a site that calls its story container "share-content": the story stays
        let html = page(
            "<div class=share-content><p>Japan and North Korea held their first formal talks in more than a year on Sunday, officials in Tokyo said, after months of informal contacts.</p>\
             <p>The two-day meeting in Beijing came after diplomats met on the sidelines of a Red Cross conference in Shenyang earlier this month, Kyodo reported.</p>\
             <p>North Korea admitted more than a decade ago that it had kidnapped 13 Japanese in the 1970s and 1980s to train its spies, the agency said.</p>\
             <p>The talks are expected to cover missiles, nuclear programmes and the fate of the abductees, a ministry spokesman told reporters on Sunday.</p></div>",
        );
        let (text, v) = cleaned(&html);
        assert!(v.removals.is_empty(), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert_story_kept(&text);
        // a site that marks every paragraph of the story "paywall": its short ones and its
        // subheadings stay; a real sign-up box still goes
        let html = page(
            "<article><h1>Talks resume in Beijing</h1><div class=body>\
             <p class=paywall>Japan and North Korea held their first formal talks in more than a year on Sunday, officials in Tokyo said, after months of informal contacts.</p>\
             <p class=paywall>Diplomats were relieved.</p><div class=\"paywall heading\">A history of talks</div>\
             <p class=paywall>The two-day meeting in Beijing came after diplomats met on the sidelines of a Red Cross conference in Shenyang earlier this month, Kyodo reported.</p>\
             <p class=paywall>North Korea admitted more than a decade ago that it had kidnapped 13 Japanese in the 1970s and 1980s to train its spies, the agency said.</p>\
             <p class=paywall>The talks are expected to cover missiles, nuclear programmes and the fate of the abductees, a ministry spokesman told reporters on Sunday.</p>\
             <div class=newsletter-signup>Get the morning briefing <a href=/s>Sign up</a></div></div></article>",
        );
        let (text, _) = cleaned(&html);
        assert!(text.contains("Diplomats were relieved.") && text.contains("A history of talks"), "{text}");
        assert!(!text.contains("morning briefing"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn a_story_written_between_breaks_is_a_story() {
        // no <p>: the story's lines stand between <br>s; the list beside it is a teaser list
        let story = "<div class=post_body>Japan and North Korea held their first formal talks in more than a year on Sunday, officials in Tokyo said, after months of informal contacts between the two governments.<br><br>\
            The two-day meeting in Beijing came after diplomats met on the sidelines of a Red Cross conference in Shenyang earlier this month, Kyodo news agency reported on Sunday.<br><br>\
            North Korea admitted more than a decade ago that it had kidnapped 13 Japanese in the 1970s and 1980s to train its spies in the language and customs of Japan.<br><br>\
            The talks are expected to cover missiles, nuclear programmes and the fate of the abductees, a ministry spokesman told reporters in Tokyo on Sunday.</div>";
        let list = "<div class=box><ul><li><a href=/a>Tokyo and Seoul agree to resume their defence talks</a></li>\
            <li><a href=/b>China warns of consequences over the missile launches</a></li>\
            <li><a href=/c>Markets fall in Asia as the yen climbs against the dollar</a></li></ul></div>";
        let (text, _) = cleaned(&page(&format!("<div class=main><div class=post><h1>Talks resume in Beijing</h1>{story}</div>{list}</div>")));
        assert!(!text.contains("Tokyo and Seoul agree"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn prose_sections_outside_the_picked_region_stay() {
        // documentation: two long sections; the id of one reads "sharing-with-a-team"
        let para = "<p>Publishing and non-publishing repositories differ in how they treat draft changesets, which matters when you pass them around.</p>";
        let html = page(&format!(
            "<div class=section id=getting-started>{p}{p}{p}{p}{p}</div><div class=section id=sharing-with-a-team>{p}{p}{p}</div>",
            p = para
        ));
        let (_, v) = cleaned(&html);
        assert!(v.removals.is_empty(), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
    }

    #[test]
    fn section_fronts_keep_their_teaser_lists() {
        // no story on the page: lists of cards are the page
        let card = |n: u32| format!("<li><a href=/s{n}><img src=/i{n}.jpg>Story number {n} about the talks in Beijing</a></li>");
        let list: String = (0..6).map(card).collect();
        let html = page(&format!("<main><ol>{list}</ol><ol>{list}</ol></main>"));
        let (_, v) = cleaned(&html);
        assert!(v.removals.iter().all(|r| r.kind != Kind::Teasers));
    }

    #[test]
    fn a_side_column_inside_the_article_leaves_it_a_story() {
        // the article element holds a rail of links longer than the story's own text: the page
        // is still one story, and the teaser list under it goes
        let link = |n: u32| format!("<li><a href=/v{n}>Video number {n}: what the diplomats said after the talks</a></li>");
        let rail: String = (1..=12).map(link).collect();
        let card = |n: u32| format!("<li><a href=/s{n}><img src=/i{n}.jpg>Story number {n} about the talks in Beijing</a></li>");
        let cards: String = (1..=4).map(card).collect();
        let html = page(&format!("{STORY}<aside><ul>{rail}</ul></aside></article><ul>{cards}</ul>"));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("Story number"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn a_box_is_judged_as_it_will_look_cleaned() {
        // pass 1 takes the promo line; the box around it, a "Recommended for you" label over
        // links, then fits its title and goes too: cleaning again removes nothing
        let html = page(&format!(
            "<div class=box><p>Recommended for you</p><ul><li><a href=/a>Japan and North Korea hold talks in Beijing</a></li></ul>\
             <div class=promo>Our journalism needs your support: become a member today and read without limits, on every device, wherever you are this year.</div></div>{STORY}</article>"
        ));
        let p = scan(&html).unwrap();
        let v = judge(&p);
        let again = crate::rewrite::rewrite(&html, &p, v.removals.iter().map(|r| r.index)).unwrap();
        let (text, second) = cleaned(&again);
        assert!(second.removals.is_empty(), "{:?}", second.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert!(!text.contains("Recommended for you"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn a_span_of_a_sentence_is_never_cut_out() {
        let html = page(&format!(
            "{STORY}<p>The ministry said <span class=related>the talks would resume in Shenyang next month</span>, and that the Red Cross would attend.</p></article>"
        ));
        let (text, _) = cleaned(&html);
        assert!(text.contains("the talks would resume in Shenyang next month"), "{text}");
    }

    #[test]
    fn captioned_photos_are_no_teaser_cards() {
        // photos of the story, each with its caption and a credit link, in a box by the story
        let grid = "<div class=gallery-sidebar>\
            <div class=item><figure><img src=/a.jpg><figcaption>The delegations met in a hotel near the station in the morning.</figcaption><cite>Image: <a href=/p/1>Jo Lee</a></cite></figure></div>\
            <div class=item><figure><img src=/b.jpg><figcaption>The Japanese delegation left the hotel in the evening.</figcaption><cite>Image: <a href=/p/2>Jo Lee</a></cite></figure></div></div>";
        let (text, v) = cleaned(&page(&format!("{STORY}{grid}</article>")));
        assert!(v.removals.is_empty(), "{:?}", v.removals.iter().map(|r| &r.reason).collect::<Vec<_>>());
        assert!(text.contains("left the hotel in the evening"), "{text}");
        // a list in the story's column, in a layout named for the sidebar beside it: no side
        // column (where two links would make a teaser list)
        let html = page(&format!("<article class=story><h1>Talks resume in Beijing</h1><div class=l-sidebar-fixed><div class=main>{}{TWO_HEADLINES}</div></div></article>", story_paragraphs()));
        let (text, _) = cleaned(&html);
        assert!(text.contains("Tokyo and Seoul agree"), "{text}");
        assert_story_kept(&text);
    }

    #[test]
    fn side_column_table_answers_like_the_walk() {
        let html = page(&format!(
            "<div class=rail><aside><ul><li><a href=/a>x</a></li></ul></aside></div>{STORY}<div class=sidebar><p>y</p>\
             <section role=complementary><p>z</p></section></div><div class=with-sidebar>{}</div></article><aside><p>w</p></aside>",
            story_paragraphs()
        ));
        let p = scan(&html).unwrap();
        let sums = sums(&p);
        let side = SideColumns::new(&p, &sums);
        let n = p.nodes.len() as u32;
        for i in 0..n {
            for a in (0..n).chain([NONE]) {
                assert_eq!(side.test(&p, i, a), in_side_column(&p, &sums, i, a), "i={i} article={a}");
            }
        }
    }

    #[test]
    fn widget_vendor_box_goes() {
        let html = page(&format!(
            "{STORY}</article><div class=OUTBRAIN data-widget-id=AR_1><a href=/x>Promoted: ten tricks</a></div>"
        ));
        let (text, _) = cleaned(&html);
        assert!(!text.contains("ten tricks"));
        assert_story_kept(&text);
    }
}
