//! Judge: pure functions over the element table. Finds the article region first, then the
//! promo blocks to remove, each with its reason. It never removes the article region, an
//! ancestor of it, or a block that holds article paragraphs.

use crate::rules::{self, Kind};
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
    pub fn is_removed(&self, page: &Page, i: u32) -> bool {
        self.removals.iter().any(|r| page.contains(r.index, i))
    }
}

fn sums(page: &Page) -> Vec<Sums> {
    let n = page.nodes.len();
    let mut s = vec![Sums::default(); n];
    for i in (0..n).rev() {
        let node = &page.nodes[i];
        let visible = !node.has(flag::HIDDEN) && !node.has(flag::NON_TEXT);
        let own = if visible { node.own_text } else { 0 };
        let mut cur = s[i];
        cur.text += own;
        if node.has(flag::IN_LINK) {
            cur.link += own;
        }
        match node.tag.as_str() {
            "a" => cur.links += 1,
            "img" | "picture" | "video" => cur.images += 1,
            _ => {}
        }
        if rules::PARAGRAPH_TAGS.contains(&node.tag.as_str()) && visible && !node.has(flag::IN_LINK) {
            // prose is the text of the paragraph that is not link text
            let prose = cur.text.saturating_sub(cur.link);
            if prose >= 60 {
                cur.paragraphs += 1;
                cur.prose = cur.prose.max(prose);
            }
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

/// Readability-style scoring: every paragraph gives points to its parent and half to its
/// grandparent; the best-scoring element is the article region. `article`, `main` and
/// `itemprop=articleBody` elements that hold most of that text win over a narrower pick.
fn find_article(page: &Page, sums: &[Sums]) -> Option<u32> {
    let mut score = vec![0f32; page.nodes.len()];
    for (i, n) in page.nodes.iter().enumerate() {
        let s = sums[i];
        if !rules::PARAGRAPH_TAGS.contains(&n.tag.as_str()) && !(n.tag == "div" && n.own_text >= 100) {
            continue;
        }
        if n.has(flag::HIDDEN) || n.has(flag::IN_LINK) || n.parent == NONE {
            continue;
        }
        let prose = s.text.saturating_sub(s.link);
        if prose < 40 || s.link * 2 > s.text {
            continue;
        }
        let text = page.text_of(i as u32);
        let commas = text.matches([',', '，', '、']).count() as f32;
        let points = 1.0 + commas + (prose as f32 / 100.0).min(3.0);
        let parent = n.parent as usize;
        score[parent] += points;
        let gp = page.nodes[parent].parent;
        if gp != NONE {
            score[gp as usize] += points / 2.0;
        }
    }
    let best = (0..score.len()).max_by(|&a, &b| score[a].total_cmp(&score[b]))?;
    if score[best] <= 0.0 {
        return None;
    }
    let mut best = best as u32;
    // an enclosing semantic article container that is not much larger wins
    let mut a = page.nodes[best as usize].parent;
    while a != NONE {
        let n = &page.nodes[a as usize];
        let semantic = n.tag == "article"
            || n.itemprop.as_deref() == Some("articlebody")
            || n.role.as_deref() == Some("article");
        if semantic && sums[a as usize].prose <= sums[best as usize].prose * 3 / 2 + 200 {
            best = a;
        }
        a = n.parent;
    }
    Some(best)
}

/// Is this element (or an ancestor) a region that stays whatever it holds?
fn in_kept_region(page: &Page, i: u32) -> bool {
    let mut a = i;
    while a != NONE {
        let n = &page.nodes[a as usize];
        if (rules::KEEP_TAGS.contains(&n.tag.as_str()) && !matches!(n.tag.as_str(), "html" | "body" | "main" | "article" | "form"))
            || n.role.as_deref().map(|r| rules::KEEP_ROLES.contains(&r) && r != "main" && r != "article").unwrap_or(false)
            || n.tokens.iter().any(|t| rules::KEEP_TOKENS.contains(&t.as_str()))
        {
            return true;
        }
        a = n.parent;
    }
    false
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

/// The first heading-like element inside `i` (a heading, or a short label-like element
/// that carries the block's first text), with its text.
fn block_heading(page: &Page, i: u32) -> Option<(u32, String)> {
    let end = page.nodes[i as usize].end;
    let start = page.runs.partition_point(|r| r.node < i);
    let run = page.runs.get(start).filter(|r| r.node < end)?;
    // climb from the run's element to the nearest heading below `i`
    let mut a = run.node;
    while a != NONE && a >= i {
        if page.nodes[a as usize].has(flag::HEADING) {
            return Some((a, page.text_of(a)));
        }
        a = page.nodes[a as usize].parent;
    }
    None
}

/// Grows a block from its heading: up through ancestors whose first text is this heading,
/// until the block has content of its own, then through wrappers that add no text.
fn grow_from_heading(page: &Page, sums: &[Sums], h: u32, article: Option<u32>) -> u32 {
    let mut b = h;
    let heading_len = sums[h as usize].text;
    loop {
        let p = page.nodes[b as usize].parent;
        if p == NONE || matches!(page.nodes[p as usize].tag.as_str(), "body" | "html") || holds_article(page, sums, article, p) {
            break;
        }
        let has_content = sums[b as usize].text > heading_len + 20 || sums[b as usize].images > 0;
        let first_is_heading = block_heading(page, p).map(|(x, _)| x) == Some(h);
        if has_content {
            if sums[p as usize].text == sums[b as usize].text && first_is_heading {
                b = p;
                continue;
            }
            break;
        }
        if !first_is_heading {
            break;
        }
        b = p;
    }
    b
}

/// Is `i` a list or container of at least three teaser cards: children that each hold a
/// link with an image or a headline-length link text, and little running text?
fn teaser_list(page: &Page, sums: &[Sums], i: u32) -> bool {
    let n = &page.nodes[i as usize];
    if !matches!(n.tag.as_str(), "ul" | "ol" | "div" | "section" | "aside") {
        return false;
    }
    let s = sums[i as usize];
    if s.links < 3 {
        return false;
    }
    let mut cards = 0;
    let mut others = 0;
    let mut c = i + 1;
    while c < n.end {
        let child = &page.nodes[c as usize];
        let cs = sums[c as usize];
        if cs.text > 0 || cs.images > 0 {
            let headline_link = cs.link >= 25 && cs.links <= 3;
            let is_card = cs.links >= 1 && (cs.images >= 1 || headline_link) && cs.text <= 320 && cs.paragraphs <= 2;
            if is_card {
                cards += 1;
            } else {
                others += 1;
            }
        }
        c = child.end;
    }
    cards >= 3 && others <= cards / 3
}

fn vendor(page: &Page, i: u32) -> Option<&'static str> {
    let end = page.nodes[i as usize].end;
    (i..end).find_map(|j| {
        let n = &page.nodes[j as usize];
        let src = n.src.as_deref()?;
        if n.tag == "a" {
            return None;
        }
        rules::VENDOR_HOSTS.iter().find(|h| src.contains(*h)).copied()
    })
}

pub fn judge(page: &Page) -> Verdict {
    let sums = sums(page);
    let article = find_article(page, &sums);
    let mut removals: Vec<Removal> = Vec::new();
    let mut i = 0u32;
    let n = page.nodes.len() as u32;
    while i < n {
        let node = &page.nodes[i as usize];
        let s = sums[i as usize];
        if node.has(flag::IN_HEAD) || node.has(flag::NON_TEXT) || matches!(node.tag.as_str(), "html" | "body" | "head" | "main" | "article") {
            i += 1;
            continue;
        }
        if holds_article(page, &sums, article, i) {
            i += 1;
            continue;
        }
        let inside_article = article.map(|a| page.contains(a, i)).unwrap_or(false);
        let kept = in_kept_region(page, i);
        let mut found: Option<(u32, Kind, String)> = None;
        // class/id tokens
        if !kept && (s.text > 0 || s.images > 0) {
            if let Some((kind, token)) = rules::token_kind(&node.tokens) {
                // inside the story only blocks that are mostly links or short
                if !inside_article || s.link * 2 >= s.text || s.text < 200 {
                    found = Some((i, kind, format!("class/id token \"{token}\"")));
                }
            }
        }
        // widget vendors
        if found.is_none() && !kept && matches!(node.tag.as_str(), "div" | "section" | "aside" | "iframe" | "ul") {
            if let Some(host) = vendor(page, i) {
                if s.text < 2000 {
                    found = Some((i, Kind::Vendor, format!("widget vendor {host}")));
                }
            }
        }
        // heading phrases
        if found.is_none() && node.has(flag::HEADING) && !kept {
            let label = page.text_of(i);
            if let Some((kind, phrase)) = rules::heading_kind(&label) {
                let b = grow_from_heading(page, &sums, i, article);
                if !holds_article(page, &sums, article, b) {
                    found = Some((b, kind, format!("{} heading \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(&label, 60))));
                }
            }
        }
        // aria-label of a region
        if found.is_none() && !kept {
            if let Some(label) = node.label.as_deref() {
                if let Some((kind, phrase)) = rules::heading_kind(label) {
                    found = Some((i, kind, format!("{} label \"{}\" (matches \"{phrase}\")", kind.name(), crate::text::truncate(label, 60))));
                }
            }
        }
        // structure: teaser cards outside the story
        if found.is_none() && !kept && !inside_article && teaser_list(page, &sums, i) {
            // take the wrappers that add nothing to the list
            let mut b = i;
            loop {
                let p = page.nodes[b as usize].parent;
                if p == NONE || sums[p as usize].text != s.text || holds_article(page, &sums, article, p) || matches!(page.nodes[p as usize].tag.as_str(), "body" | "html") {
                    break;
                }
                b = p;
            }
            found = Some((b, Kind::Teasers, format!("list of {} teaser links", s.links)));
        }
        match found {
            Some((b, kind, reason)) if !holds_article(page, &sums, article, b) => {
                // a block grown from a heading may start above `i`: drop removals inside it
                removals.retain(|r| !page.contains(b, r.index));
                if !removals.iter().any(|r| page.contains(r.index, b)) {
                    removals.push(Removal { index: b, kind, reason });
                }
                i = page.nodes[b as usize].end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    removals.sort_by_key(|r| r.index);
    Verdict { sums, article, removals }
}
