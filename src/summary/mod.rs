//! Summary: the story's dateline, parties and key facts, computed from the article text that
//! judge found, never from removed blocks, captions or page chrome.

pub mod dateline;
pub mod facts;
pub mod gazetteer;
pub mod ld;
pub mod parties;

use serde::Serialize;

use crate::judge::{Sums, Verdict};
use crate::rules;
use crate::scan::{flag, Page, NONE};
use ld::Ld;

#[derive(Serialize, Debug, Default, Clone, PartialEq)]
pub struct Dateline {
    pub date: Option<String>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub source: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Party {
    pub name: String,
    pub kind: &'static str,
    pub mentions: u32,
    pub role: Option<String>,
}

#[derive(Serialize, Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub title: Option<String>,
    pub dateline: Dateline,
    pub parties: Vec<Party>,
    pub facts: Vec<String>,
}

/// Elements whose text forms one block of text (a line on screen).
const BLOCK_TAGS: crate::text::WordList = crate::word_list![
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "figcaption",
    "figure", "section", "article", "header", "footer", "dd", "dt", "pre", "address", "aside",
    "main", "ul", "ol", "table", "tr", "form", "nav", "body", "caption",
];

/// The commonest short words of the languages whose pages often declare none, to tell them
/// apart: words of one language only (not "de", "que", "a"), all lower case.
const LANGUAGE_WORDS: &[(&str, &[&str])] = &[
    ("en", &["the", "and", "of", "to", "is", "that", "with", "for", "was"]),
    ("es", &["el", "los", "las", "del", "por", "una", "con", "como", "fue"]),
    ("fr", &["le", "les", "des", "et", "est", "une", "dans", "pour", "du"]),
    ("de", &["der", "die", "und", "das", "den", "nicht", "ist", "mit", "von"]),
    ("pt", &["os", "não", "uma", "com", "do", "da", "em", "foi", "são"]),
    ("it", &["il", "che", "della", "per", "non", "sono", "gli", "nel", "è"]),
];

/// The language of a text, by which language's `LANGUAGE_WORDS` its first 400 words use most
/// (six times at least: three sentences).
fn guess_language<'b>(blocks: impl Iterator<Item = &'b Block>) -> Option<&'static str> {
    let mut hits = [0u32; LANGUAGE_WORDS.len()];
    for w in blocks.flat_map(|b| b.text.split_whitespace()).take(400) {
        for (k, (_, words)) in LANGUAGE_WORDS.iter().enumerate() {
            hits[k] += u32::from(words.contains(&w));
        }
    }
    let (best, &n) = hits.iter().enumerate().max_by_key(|&(_, n)| n)?;
    (n >= 6).then_some(LANGUAGE_WORDS[best].0)
}

/// A block of visible text in document order.
#[derive(Debug, Clone)]
pub struct Block {
    pub node: u32,
    pub text: String,
    /// Inside the article region.
    pub in_article: bool,
    pub heading: bool,
    /// A caption or credit: not article prose.
    pub caption: bool,
    /// Mostly link text.
    pub linky: bool,
    /// A short date or byline line ("Updated: 03/30/2014 | By AFP"): page furniture.
    pub meta_line: bool,
}

/// What the summary stages read: the page's text blocks (removed ones left out) and where
/// the article's are.
pub struct Text<'a> {
    pub page: &'a Page,
    pub verdict: &'a Verdict,
    pub blocks: Vec<Block>,
    pub title: Option<String>,
    pub url: Option<&'a str>,
    /// The page's language as it declares it, or else as its article's words say
    /// (`guess_language`): worked out once, for dateline and parties.
    pub language: Option<&'a str>,
}

impl Text<'_> {

    /// Article prose: blocks inside the article that are neither headings, captions nor link
    /// lists. Falls back to every long block when no article was found.
    pub fn prose(&self) -> impl Iterator<Item = &Block> {
        self.prose_and_decks().filter(|b| !b.heading)
    }

    /// `prose`, and the decks among the article's headings: a subtitle written as a sentence
    /// ("Snopes fact checker and staff writer David Emery posted to Twitter…"), which often
    /// gives a person's full name where the story then says "Emery". Not the headline (`<h1>`),
    /// nor a title in title case ("The Hidden Heroines of Chaos"), nor a short subheading.
    fn prose_and_decks(&self) -> impl Iterator<Item = &Block> {
        let any_article = self.blocks.iter().any(|b| b.in_article);
        self.blocks.iter().filter(move |b| {
            let deck = || b.in_article && self.page.nodes[b.node as usize].tag != "h1" && b.text.split_whitespace().nth(DECK_WORDS - 1).is_some() && !parties::title_like(&b.text);
            (b.in_article || (!any_article && long_block(&b.text))) && (!b.heading || deck()) && !b.caption && !b.linky && !b.meta_line
        })
    }
}

/// Fewest words of a deck (`Text::prose_and_decks`): a sentence, not a section's title.
const DECK_WORDS: usize = 8;

/// A block of article prose (`Text::prose`) with what both parties and facts read of it,
/// worked out once: whether it is a title-case list (`parties::title_like`) and, when not, its
/// sentences. A deck (a heading, `Text::prose_and_decks`) names parties but states no key fact:
/// it restates the story in a headline's words.
pub struct Prose<'a> {
    pub block: &'a Block,
    pub title_like: bool,
    pub sentences: Vec<&'a str>,
}

impl Text<'_> {
    /// The prose blocks and decks and their sentences (`story_sentences`).
    pub fn prose_sentences(&self) -> Vec<Prose<'_>> {
        self.prose_and_decks()
            .map(|block| {
                let title_like = parties::title_like(&block.text);
                let sentences = if title_like { Vec::new() } else { story_sentences(&block.text) };
                Prose { block, title_like, sentences }
            })
            .collect()
    }
}

/// Openers of a photo caption set as a sentence of the story ("Pictured: …", French "Sur cette
/// photo …", Chinese "图为…", "pictured is"): it describes a picture, not the news, and names
/// whoever stands in it, so it is neither a fact nor a mention of a party. Lower case.
const CAPTION_OPENERS: &[&str] = &[
    "pictured:", "pictured above", "photo:", "photograph:", "file photo:", "sur cette photo",
    "sur la photo", "en esta foto", "en esta imagen", "en la imagen", "na foto", "nesta foto",
    "na imagem", "auf dem bild", "图为", "圖為", "写真は",
];

/// Words for a picture that make "In this …" a caption, within its next six words ("In this
/// photo dated Tuesday, Nov. 29, 2016 …", "In this Nov. 29, 2016 file photo, …", "In this image
/// made from video …": wire captions). Lower case; a word starting with one counts ("photos").
const PICTURE_WORDS: &[&str] = &["photo", "image", "picture", "handout", "screenshot", "screen grab"];

/// Phrases of a picture credit in brackets at the end of a sentence ("… the agency said.(Oleg
/// Urusov/ Roscosmos Press Service photo via AP)"): a credit goes with a caption, so the
/// sentence is one, however much it reads like the story. Lower case.
const PICTURE_CREDITS: &[&str] = &["photo via ", "ap photo", "photo courtesy", "image courtesy", "photo credit", "(photo:", "(photo by", "(foto:", "getty images)"];

/// Is the sentence a photo caption (`CAPTION_OPENERS`, `PICTURE_WORDS`, `PICTURE_CREDITS`)?
fn caption_sentence(s: &str) -> bool {
    use crate::text::starts_with_lowercase as starts;
    // credits are short; most sentences hold no bracket at all
    let credit = s.rfind('(').is_some_and(|open| s.len() - open <= 160 && crate::text::with_lowercase(&s[open..], |l| PICTURE_CREDITS.iter().any(|p| l.contains(p))));
    credit || CAPTION_OPENERS.iter().any(|p| starts(s, p)) || starts(s, "in this ") && s.split_whitespace().skip(2).take(6).any(|w| PICTURE_WORDS.iter().any(|p| starts(w, p)))
}

/// The sentences of a block of story text (`text::sentences`) but its photo captions
/// (`caption_sentence`): what both parties and facts read.
pub fn story_sentences(text: &str) -> Vec<&str> {
    let mut out = crate::text::sentences(text);
    out.retain(|s| !caption_sentence(s));
    out
}

/// Long enough to be prose when no article region was found: 80 characters, where a CJK
/// character counts for three (it carries about a word).
fn long_block(text: &str) -> bool {
    crate::text::width(text, 3) >= 80
}

fn nearest_block(page: &Page, i: u32) -> u32 {
    page.self_and_ancestors(i).find(|&a| crate::in_table!(BLOCK_TAGS, page.nodes[a as usize].tag.as_str())).unwrap_or(0)
}

/// Is the text at `i` a caption: inside `figure`/`figcaption`, under a caption-like class,
/// or in a small container around an image that holds no paragraph of its own?
fn is_caption(page: &Page, sums: &[Sums], i: u32, stop: u32) -> bool {
    page.self_and_ancestors(i).take_while(|&a| a != stop).enumerate().any(|(level, a)| {
        let n = &page.nodes[a as usize];
        if matches!(n.tag.as_str(), "figcaption" | "figure" | "caption") || n.is(rules::class::CAPTION) {
            return true;
        }
        let s = sums[a as usize];
        level <= 3 && s.images >= 1 && s.text <= 400 && s.paragraphs == 0 && n.tag != "p"
    })
}

pub fn blocks(page: &Page, verdict: &Verdict) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut captions: Vec<String> = Vec::new();
    for run in &page.runs {
        let n = &page.nodes[run.node as usize];
        if n.has(flag::HIDDEN) || n.has(flag::NON_TEXT) || n.has(flag::IN_HEAD) || verdict.is_removed(page, run.node) {
            continue;
        }
        if rules::is_screen_reader_note(page.run_text(run)) {
            continue;
        }
        let b = nearest_block(page, run.node);
        let link = n.has(flag::IN_LINK);
        let caption = is_caption(page, &verdict.sums, run.node, verdict.article.unwrap_or(NONE));
        if out.last().map_or(true, |last| last.node != b) {
            let in_article = verdict.article.is_some_and(|a| page.contains(a, b));
            // (a deck by its class is a heading's subtitle: `Text::prose_and_decks`)
            let heading = page.self_and_ancestors(b).any(|h| page.nodes[h as usize].has(flag::HEADING) || page.nodes[h as usize].is(rules::class::DECK));
            out.push(Block { node: b, text: String::new(), in_article, heading, caption, linky: link, meta_line: false });
            captions.push(String::new());
        }
        let (Some(last), Some(cap)) = (out.last_mut(), captions.last_mut()) else { continue };
        // a credit or caption inside a paragraph ("© Provided by …") is left out of its text
        let caption = caption && page.nodes[b as usize].tag == "p";
        let into = if caption { cap } else { &mut last.text };
        page.push_run(into, run);
        if !caption && page.nodes[b as usize].tag == "p" {
            last.caption = false;
        }
        if !link {
            last.linky = false;
        }
    }
    for (b, cap) in out.iter_mut().zip(captions) {
        if b.text.is_empty() {
            b.text = cap;
        }
    }
    for b in &mut out {
        // folded already: runs are folded and joined by one space or none
        debug_assert_eq!(b.text, crate::text::fold_space(&b.text));
        // the word count matters up to 17
        let words = b.text.split_whitespace().take(17).count();
        // (a line ending in a time, "… at 3:58 a.m.", ends no sentence)
        let sentence = b.text.ends_with('.') && !b.text.ends_with(".m.");
        let dated = words <= 16 && !(words > 6 && sentence) && dateline::parse_visible(&b.text, true).is_some();
        b.meta_line = b.text.chars().count() < 140 && (dated || dateline::clean_byline_line(&b.text).is_some()) || dateline::opens_with_byline(&b.text);
    }
    // a deck set as a paragraph: the lines between the headline and a byline or date line
    // just under it ("Tax cuts … could make it harder to respond to future recessions." above
    // "By Nelson D. Schwartz"). It restates the story in a headline's words: a heading's deck
    // (`Text::prose_and_decks`), read for parties but giving no fact
    let h1 = out.iter().position(|b| page.nodes[b.node as usize].tag == "h1").unwrap_or(out.len());
    if let Some(m) = out.iter().skip(h1 + 1).take(3).position(|b| b.meta_line) {
        for b in &mut out[h1 + 1..h1 + 1 + m] {
            b.heading |= !b.caption && !b.linky;
        }
    }
    widen_article(page, &mut out);
    out
}

/// Sentence-like prose: what the story is made of.
fn prose_like(b: &Block) -> bool {
    !b.heading && !b.caption && !b.linky && !b.meta_line && b.text.chars().count() >= 60 && (b.text.contains(". ") || b.text.ends_with(['.', '!', '?', '"', '”', '»', ':']))
}

/// When the article region judge found holds little of the page's prose (a sidebar, half of a
/// split story), the container with the most prose (its paragraphs scored on their parent and,
/// halved, their grandparent) is taken as the story as well.
fn widen_article(page: &Page, blocks: &mut [Block]) {
    // (in quarters of a character, by element: a column of the node table, not a hash map)
    let mut score = vec![0u32; page.nodes.len()];
    for b in blocks.iter().filter(|b| prose_like(b)) {
        let c = b.text.chars().count() as u32;
        for (n, share) in page.self_and_ancestors(b.node).skip(1).zip([4, 2, 1]) {
            score[n as usize] += c * share;
        }
    }
    // paragraphs between the headline and the article region are its lead (a split story)
    let h1 = blocks.iter().position(|b| page.nodes[b.node as usize].tag == "h1");
    let first_in = blocks.iter().position(|b| b.in_article);
    if let (Some(h), Some(f)) = (h1, first_in) {
        if h < f {
            for b in blocks[h + 1..f].iter_mut() {
                if prose_like(b) && b.text.chars().count() >= 80 {
                    b.in_article = true;
                }
            }
        }
    }
    // the highest score, the first element among equals
    let Some((root, _)) = score.iter().enumerate().filter(|(_, &v)| v > 0).max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0))) else { return };
    let root = root as u32;
    let chars = |f: &dyn Fn(&Block) -> bool| blocks.iter().filter(|b| prose_like(b) && f(b)).map(|b| b.text.chars().count()).sum::<usize>();
    let in_root = chars(&|b| page.contains(root, b.node));
    let in_article = chars(&|b| b.in_article);
    if (in_article as f32) < 0.6 * in_root as f32 {
        for b in blocks.iter_mut() {
            if page.contains(root, b.node) {
                b.in_article = true;
            }
        }
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Separators between a headline and a site name in `<title>`: " | ", " - ", " \\ ", " / ",
/// " > ", " » ".
const TITLE_SEPS: &[char] = &['|', '-', '\\', '/', '>', '»'];

/// The `<title>` cleaned of its site name, as Readability does it: the part before the last
/// separator (or after the first when that leaves under three words), the part after a colon
/// unless a heading repeats the whole title, the only `<h1>` for a title too short or long.
fn document_title(page: &Page, blocks: &[Block]) -> Option<String> {
    let orig = page.title.as_deref()?.trim().to_string();
    let sep_at = |t: &str, set: &[char]| -> Vec<usize> {
        let c: Vec<(usize, char)> = t.char_indices().collect();
        (1..c.len().saturating_sub(1)).filter(|&k| c[k - 1].1 == ' ' && c[k + 1].1 == ' ' && set.contains(&c[k].1)).map(|k| c[k].0).collect()
    };
    let seps = sep_at(&orig, TITLE_SEPS);
    let mut hierarchical = false;
    let mut cur = orig.clone();
    if let Some(&last) = seps.last() {
        hierarchical = !sep_at(&orig, &['\\', '/', '>', '»']).is_empty();
        cur = orig[..last].to_string();
        if words(&cur) < 3 {
            if let Some(first) = orig.find(TITLE_SEPS) {
                cur = orig[first + 1..].to_string();
            }
        }
    } else if orig.contains(": ") {
        let headings: Vec<&str> = blocks.iter().filter(|b| matches!(page.nodes[b.node as usize].tag.as_str(), "h1" | "h2")).map(|b| b.text.trim()).collect();
        if !headings.contains(&orig.as_str()) {
            let (first, last) = (orig.find(':').unwrap_or(0), orig.rfind(':').unwrap_or(0));
            cur = orig[last + 1..].to_string();
            if words(&cur) < 3 {
                cur = orig[first + 1..].to_string();
            } else if words(&orig[..first]) > 5 {
                cur = orig.clone();
            }
        }
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let h1s: Vec<&Block> = blocks.iter().filter(|b| page.nodes[b.node as usize].tag == "h1").collect();
        if h1s.len() == 1 {
            cur = h1s[0].text.clone();
        }
    }
    let mut cur = crate::text::fold_space(&cur);
    let plain_words = words(&orig.replace(TITLE_SEPS, " ").replace("  ", " "));
    if words(&cur) <= 4 && (!hierarchical || words(&cur) != plain_words.saturating_sub(1)) {
        cur = orig;
    }
    Some(cur)
}

/// Share of `b`'s word tokens also in `a` (Readability's text similarity).
fn similarity(a: &str, b: &str) -> f32 {
    let ta: Vec<String> = crate::text::norm(a).split(' ').map(str::to_string).collect();
    let tb: Vec<String> = crate::text::norm(b).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    if tb.is_empty() {
        return 0.0;
    }
    let uniq: Vec<&String> = tb.iter().filter(|w| !ta.contains(w)).collect();
    let len = |v: &[&String]| v.iter().map(|w| w.chars().count() + 1).sum::<usize>() as f32;
    let all: Vec<&String> = tb.iter().collect();
    1.0 - len(&uniq) / len(&all).max(1.0)
}

/// The headline: an article's JSON-LD name or headline, the title metas, then the document
/// title cleaned of its site name (the order Readability uses).
fn title(page: &Page, blocks: &[Block], ld: &[Ld]) -> Option<String> {
    let doc = document_title(page, blocks);
    let text_of = |v: &Ld, k: &str| dateline::ld_field(v, k).and_then(|x| x.as_str()).map(crate::text::clean).filter(|x| !x.is_empty());
    let from_ld = ld.iter().filter(|v| dateline::is_article(v)).find_map(|v| match (text_of(v, "name"), text_of(v, "headline")) {
        (Some(name), Some(headline)) if name != headline => {
            let d = doc.as_deref().unwrap_or("");
            let (n, h) = (similarity(&name, d) > 0.75, similarity(&headline, d) > 0.75);
            Some(if h && !n { headline } else { name })
        }
        (Some(name), _) => Some(name),
        (None, h) => h,
    });
    let metas = [
        "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title",
    ];
    let meta = || metas.iter().find_map(|k| page.meta(k)).map(crate::text::clean).filter(|t| !t.is_empty());
    // a page without a <title> (a fragment, a feed item saved as a page): its one <h1>
    let h1 = || {
        let mut h1s = blocks.iter().filter(|b| page.nodes[b.node as usize].tag == "h1");
        match (h1s.next(), h1s.next()) {
            (Some(b), None) if page.title.is_none() => Some(b.text.clone()),
            _ => None,
        }
    };
    from_ld.or_else(meta).or(doc).or_else(h1).filter(|t| !t.is_empty())
}

pub fn summarise(page: &Page, verdict: &Verdict, url: Option<&str>) -> Summary {
    let blocks = blocks(page, verdict);
    let ld = dateline::json_ld(page);
    let title = title(page, &blocks, &ld);
    let mut text = Text { page, verdict, blocks, title, url, language: page.language() };
    if text.language.is_none() {
        text.language = guess_language(text.prose());
    }
    let dateline = dateline::dateline(&text, &ld);
    let prose = text.prose_sentences();
    let parties = parties::parties(&text, &prose, dateline.source.as_deref());
    let facts = facts::facts(&text, &prose, &parties);
    Summary { title: text.title.clone(), dateline, parties, facts }
}

/// The summary of a page, for the tests of every stage of the summary.
#[cfg(test)]
pub(crate) fn summary_of(html: &str) -> Summary {
    let page = crate::scan::scan(html).unwrap();
    summarise(&page, &crate::judge::judge(&page), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deck_between_the_headline_and_the_byline_names_parties_but_gives_no_fact() {
        let body = "<p>Debt held by the public will reach $21 trillion next year, the Congressional Budget Office said on Tuesday.</p>\
            <p>Interest on that debt will pass $390 billion, nearly half as much again as in 2017, according to the budget office.</p>\
            <p>Within a decade more than $900 billion in interest payments will be due each year, outpacing military spending.</p>";
        let deck = "<p>Tax cuts and higher rates could make it harder for Mark Warner's colleagues to respond to future recessions.</p>";
        let html = |byline: &str| format!("<html><head><title>Interest on the debt</title></head><body><article><h1>Interest on the debt</h1>{deck}{byline}{body}</article></body></html>");
        let s = summary_of(&html("<p>By Nelson D. Schwartz</p>"));
        assert!(s.facts.iter().all(|f| !f.starts_with("Tax cuts")), "{:?}", s.facts);
        assert!(s.parties.iter().any(|p| p.name == "Mark Warner"), "{:?}", s.parties);
        // with no byline under it, the paragraph is the story's lead
        let s = summary_of(&html(""));
        assert!(s.facts.iter().any(|f| f.starts_with("Tax cuts")), "{:?}", s.facts);
        // unless its class says it is the deck
        let s = summary_of(&html("").replace("<p>Tax cuts", "<p class=dek>Tax cuts"));
        assert!(s.facts.iter().all(|f| !f.starts_with("Tax cuts")), "{:?}", s.facts);
        assert!(s.parties.iter().any(|p| p.name == "Mark Warner"), "{:?}", s.parties);
    }

    #[test]
    fn a_note_on_the_writer_gives_no_fact() {
        let body = "<p>Debt held by the public will reach $21 trillion next year, the Congressional Budget Office said on Tuesday.</p>\
            <p>Interest on that debt will pass $390 billion, nearly half as much again as in 2017, according to the budget office.</p>\
            <p>Within a decade more than $900 billion in interest payments will be due each year, outpacing military spending.</p>\
            <p>Lawmakers in both parties said on Wednesday that the figures would shape the budget talks due to start in March.</p>\
            <p>The Treasury Department plans to sell more long-term bonds this year to lock in lower rates, officials said.</p>";
        let note = "<div class=authorPopup><div class=name>Nelson Schwartz</div><p>Nelson Schwartz joined the paper in 2001 and has covered the economy since 2016, after 12 years in Munich.</p></div>";
        let s = summary_of(&format!("<html><head><title>Interest on the debt</title></head><body><article><h1>Interest on the debt</h1>{note}{body}</article></body></html>"));
        assert!(s.facts.len() >= 3 && s.facts.iter().all(|f| !f.contains("joined the paper")), "{:?}", s.facts);
    }

    #[test]
    fn a_story_in_a_script_without_capitals_gives_its_facts() {
        // Arabic has no capitals: its sentences are no title-case lists
        let html = "<html lang=ar><head><title>معارضون يسيطرون على مخازن للصواريخ</title></head><body><article><h1>معارضون يسيطرون على مخازن للصواريخ</h1>\
            <p>وقال المرصد السوري لحقوق الإنسان إن مقاتلين من عدة كتائب سيطروا على ثلاثة مخازن للأسلحة في منطقة القلمون بريف دمشق.</p>\
            <p>وبحسب المرصد فقد اغتنم مقاتلو الكتائب أسلحة مضادة للدروع وصواريخ أرض أرض وذخائر أخرى من المخازن.</p>\
            <p>وفي محافظة الحسكة أفاد المرصد عن اشتباكات دارت بعد منتصف ليل الجمعة في محيط بلدة تل حلف قرب مدينة رأس العين.</p></article></body></html>";
        let s = summary_of(html);
        assert_eq!(s.facts.len(), 3, "{:?}", s.facts);
    }

    #[test]
    fn headline_from_metadata_then_document_title() {
        let t = |head: &str, body: &str| summary_of(&format!("<html><head>{head}</head><body>{body}</body></html>")).title;
        assert_eq!(t("<title>Mugabe is under house arrest | The Telegraph</title>", "<h1>Lorem</h1>").as_deref(), Some("Mugabe is under house arrest"));
        assert_eq!(t("<title>Site: A long enough headline about talks</title>", "<h1>Lorem</h1>").as_deref(), Some("A long enough headline about talks"));
        assert_eq!(t("<title>Short</title><meta property=\"og:title\" content=\"Japan, N.Korea hold talks\">", "").as_deref(), Some("Japan, N.Korea hold talks"));
        assert_eq!(t("<title>Test</title>", "<h1>The only headline here</h1>").as_deref(), Some("Test"));
        assert_eq!(t("", "<h1>The only headline here</h1>").as_deref(), Some("The only headline here"));
        assert_eq!(t("", "<h1>One headline</h1><h1>Another one</h1>"), None);
        let ld = r#"<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"From JSON-LD"}]]></script>"#;
        assert_eq!(t(&format!("<title>Other - Site</title>{ld}"), "").as_deref(), Some("From JSON-LD"));
    }

    #[test]
    fn an_author_note_is_no_fact() {
        let note = "By Alex Heath, a deputy editor and author of the Command Line newsletter. He has covered the tech industry for over a decade at The Information and other outlets.";
        assert!(note.chars().count() > 140 && dateline::opens_with_byline(note));
        assert!(!dateline::opens_with_byline("By Tuesday, the ministry had counted more than 400 complaints about the new rules."));
        assert!(!dateline::opens_with_byline("Di Maio ha detto che il governo non cadrà."));
        let story = "<p>The ministry said on Monday that the new rules on data retention will take effect in May next year.</p>".repeat(4);
        let s = summary_of(&format!("<html><body><article><h1>Head</h1><p>{note}</p>{story}</article></body></html>"));
        assert!(s.facts.iter().all(|f| !f.contains("newsletter") && !f.contains("covered")), "{:?}", s.facts);
        assert!(s.parties.iter().all(|p| p.name != "Command Line" && p.name != "The Information"), "{:?}", s.parties);
        // a date line ending in a time ("… at 3:58 a.m.") is page furniture, not a sentence
        let dates = "<p>PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m.</p>";
        let s = summary_of(&format!("<html><body><article><h1>Head</h1>{dates}{story}</article></body></html>"));
        assert!(s.facts.iter().all(|f| !f.contains("PUBLISHED")), "{:?}", s.facts);
    }

    #[test]
    fn photo_captions_set_as_sentences_are_left_out() {
        let par = "In this photo dated Tuesday, Nov. 29, 2016 the rocket is installed on a launch pad in Baikonur, Kazakhstan. In this city, the launch was watched by thousands. He spoke (briefly) to reporters. The ship broke up, the agency said.(Oleg Urusov/ Press Service photo via AP)";
        assert_eq!(story_sentences(par), ["In this city, the launch was watched by thousands.", "He spoke (briefly) to reporters."]);
        assert_eq!(story_sentences("图为马素湘在悉尼的近影。在采访中，我们了解到不少学子。"), ["在采访中，我们了解到不少学子。"]);
        assert_eq!(story_sentences("Pictured: the minister at the summit. The talks ended."), ["The talks ended."]);
    }

    #[test]
    fn screen_reader_notes_are_left_out_of_sentences() {
        let html = "<html><body><article><h1>Head</h1><p>The company <a href=/x title='Opens a new window'>said<span class=icon>Opens a new window </span></a> that the new products answer a rising demand for video.</p>\
             <p>Second paragraph of the story with enough words to count as prose here.</p></article></body></html>";
        let page = crate::scan::scan(html).unwrap();
        let b = blocks(&page, &crate::judge::judge(&page));
        let p = b.iter().find(|b| b.text.contains("company")).unwrap();
        assert_eq!(p.text, "The company said that the new products answer a rising demand for video.");
        assert!(rules::is_screen_reader_note("(opens in a new tab)") && !rules::is_screen_reader_note("Opens a new window onto the sea"));
    }

    #[test]
    fn caption_credits_are_left_out_of_paragraphs() {
        let html = "<html><body><article><h1>Head</h1><p><span class=\"caption\">© Provided by Agency</span> Nintendo and Apple shocked the world this year by announcing a game for phones.</p><p>Second paragraph of the story with enough words to count as prose here.</p></article></body></html>";
        let page = crate::scan::scan(html).unwrap();
        let verdict = crate::judge::judge(&page);
        let b = blocks(&page, &verdict);
        let p = b.iter().find(|b| b.text.contains("Nintendo")).unwrap();
        assert!(!p.text.contains("Provided") && !p.caption);
    }
}
