//! Pass 1: one streaming lol_html pass that builds the element table.
//!
//! lol_html has no look-ahead and no parent access, so this pass only records facts, one row
//! per element in document (pre-order) order; every content decision is made afterwards on the
//! table (see `judge`). The numbering matches `document.getElementsByTagName('*')` of the
//! parsed page: elements inside `<template>` are not counted (they live in a separate
//! fragment), and `<noscript>` content is raw text to lol_html, as to a browser with scripting.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, EndTag, TextChunk};
use lol_html::{doc_text, element, HtmlRewriter, Settings};

use crate::rules::{self, Kind};
use crate::text;

pub const NONE: u32 = u32::MAX;

/// The one output-sink type of every lol_html rewriter in the crate (the stream pass uses it
/// too). `HtmlRewriter` is generic over its sink: each distinct closure type would compile the
/// whole parser again (about 50 KB of .wasm each).
pub type Sink<'a> = Box<dyn FnMut(&[u8]) + 'a>;

/// Start tags that close an open `<p>` (HTML's "close a p element"), as a browser would.
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "ul",
];

/// Elements implicitly closed by a sibling start tag: (new tag, tags it closes, scope
/// boundaries where the search stops). Only matters for hand-written pages; a serialized DOM
/// (what the extension sends) always has explicit end tags.
const IMPLICIT_CLOSE: &[(&str, &[&str], &[&str])] = &[
    ("li", &["li"], &["ul", "ol", "menu"]),
    ("dt", &["dt", "dd"], &["dl"]),
    ("dd", &["dt", "dd"], &["dl"]),
    ("tr", &["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
    ("td", &["td", "th"], &["tr", "table"]),
    ("th", &["td", "th"], &["tr", "table"]),
    ("tbody", &["tbody", "thead", "tfoot", "tr", "td", "th"], &["table"]),
    ("thead", &["tbody", "thead", "tfoot", "tr", "td", "th"], &["table"]),
    ("tfoot", &["tbody", "thead", "tfoot", "tr", "td", "th"], &["table"]),
    ("option", &["option"], &["select", "datalist"]),
    ("optgroup", &["option", "optgroup"], &["select"]),
];

/// How many open elements an implicit close looks through (see `Builder::implicit_close`).
const IMPLICIT_CLOSE_REACH: usize = 256;

/// Phrasing elements that run on inside a line of text: their tags part no words ("<b>U</b>nited").
/// So do unknown elements without a hyphen, which HTML shows inline: a CMS's "<person>" and
/// "<location>" around names in a sentence, old "<tt>", "<nobr>". Every other tag (a block, a line
/// break, an image, a custom element such as "<bsp-list>", which sites build layout with) parts
/// the text around it.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "cite", "code", "del", "em", "font", "i", "ins", "kbd", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// Elements whose text is never page text.
const NON_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "iframe", "xmp", "noembed", "noframes",
    "svg", "math", "select", "option", "head", "title", "button", "object",
];

/// Attributes (besides class and id) whose values are split into tokens for the rules.
const TOKEN_ATTRS: &[&str] = &[
    "data-component", "data-module", "data-widget", "data-type", "data-testid", "data-test-id",
    "data-block", "data-section", "data-tracking", "data-analytics", "data-ad", "data-name",
    "data-role", "data-content-type", "data-ui", "data-qa", "data-vars-component",
];

pub mod flag {
    pub const HIDDEN: u16 = 1;
    pub const IN_LINK: u16 = 2;
    pub const JSON_LD: u16 = 4;
    pub const NON_TEXT: u16 = 8;
    pub const HEADING: u16 = 16;
    pub const IN_HEAD: u16 = 32;
    /// Never set by the scan: `judge` marks the elements of blocks it already removed when it
    /// judges the page again as it would look cleaned.
    pub const MASKED: u16 = 64;
    /// A link to a social network (`rules::is_social_link`).
    pub const SOCIAL_LINK: u16 = 128;
    /// A link that leads nowhere (no `href`, `#…` or `javascript:`): a script's button, an
    /// overlay that opens the photo it covers, never a teaser for another page.
    pub const DEAD_LINK: u16 = 256;
}

/// Tag names the element table holds without an allocation (HTML's and SVG's common ones);
/// other names (custom elements) are stored as they come.
const KNOWN_TAGS: &[&str] = &[
    "a", "abbr", "address", "amp-img", "area", "article", "aside", "audio", "b", "base", "bdi", "blockquote",
    "body", "br", "button", "canvas", "caption", "center", "circle", "cite", "clippath", "code", "col", "colgroup",
    "dd", "defs", "del", "details", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
    "figure", "font", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
    "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "line", "lineargradient",
    "link", "main", "mark", "math", "menu", "meta", "nav", "noscript", "object", "ol", "optgroup", "option",
    "p", "param", "path", "picture", "polygon", "polyline", "pre", "q", "rect", "s", "script", "section",
    "select", "small", "source", "span", "stop", "strong", "style", "sub", "summary", "sup", "svg", "symbol",
    "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
    "u", "ul", "use", "var", "video", "wbr", "dir", "xmp", "noembed", "noframes",
];

/// An element's lower-case tag name; a name of `KNOWN_TAGS` costs no allocation, so copying the
/// table (the judge's masked views) copies no tag. Known tags carry what the scan asks of every
/// element (`tag_bits`), answered once per name instead of by searching lists per element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tag {
    name: Cow<'static, str>,
    bits: u8,
}

/// What a tag is to the scan (every tag of these lists is a `KNOWN_TAGS` name: a unit test checks).
mod tag_bits {
    /// In `CLOSES_P`.
    pub const CLOSES_P: u8 = 1;
    /// In `NON_TEXT`.
    pub const NON_TEXT: u8 = 2;
    /// Opens a row of `IMPLICIT_CLOSE`.
    pub const IMPLICIT: u8 = 4;
    /// In `rules::PARAGRAPH_TAGS` (the judge asks of every element, in every pass).
    pub const PARAGRAPH: u8 = 8;
    /// In `INLINE`.
    pub const INLINE: u8 = 16;
}

impl Tag {
    pub fn new(name: String) -> Tag {
        // (bits as u32: the .wasm holds one hash table's code for `&str` keys and `u32` values)
        static KNOWN: std::sync::OnceLock<text::LookupMap<&'static str, u32>> = std::sync::OnceLock::new();
        let known = KNOWN.get_or_init(|| {
            KNOWN_TAGS
                .iter()
                .map(|&t| {
                    let bits = u8::from(CLOSES_P.contains(&t)) * tag_bits::CLOSES_P
                        | u8::from(NON_TEXT.contains(&t)) * tag_bits::NON_TEXT
                        | u8::from(IMPLICIT_CLOSE.iter().any(|r| r.0 == t)) * tag_bits::IMPLICIT
                        | u8::from(rules::PARAGRAPH_TAGS.contains(&t)) * tag_bits::PARAGRAPH
                        | u8::from(INLINE.contains(&t)) * tag_bits::INLINE;
                    (t, u32::from(bits))
                })
                .collect()
        });
        match known.get_key_value(name.as_str()) {
            Some((&k, &bits)) => Tag { name: Cow::Borrowed(k), bits: bits as u8 },
            None => {
                let bits = if name.contains('-') { 0 } else { tag_bits::INLINE };
                Tag { name: Cow::Owned(name), bits }
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    fn is(&self, bit: u8) -> bool {
        self.bits & bit != 0
    }

    /// Is it one of `rules::PARAGRAPH_TAGS`?
    pub fn is_paragraph(&self) -> bool {
        self.is(tag_bits::PARAGRAPH)
    }
}

impl PartialEq<&str> for Tag {
    fn eq(&self, other: &&str) -> bool {
        self.name == *other
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// One row of the element table. Its strings are shared (`Rc<str>`) or static, so copying a row
/// allocates nothing.
#[derive(Debug, Clone, Default)]
pub struct Node {
    pub tag: Tag,
    pub parent: u32,
    pub depth: u32,
    /// One past the index of the last descendant: the subtree is `index..end`.
    pub end: u32,
    /// class, id and data-* value tokens (see `text::name_tokens`): `Page::tokens`.
    pub words: (u32, u32),
    /// What those words say (`rules::class` bits) ...
    pub class: u16,
    /// ... and the block rule they match (`rules::token_kind`), both decided once here.
    pub kind: Option<Kind>,
    /// `role`, `aria-label`, `itemprop`: few elements have one, so they share one box.
    pub extra: Option<Rc<Extra>>,
    /// `src` of iframes, scripts and images, `action` of forms: vendors show here.
    pub src: Option<Rc<str>>,
    pub flags: u16,
    /// Characters of text directly inside this element, an ideograph or kana counting twice
    /// (`text::width`): the judge's lengths, in Latin letters.
    pub own_text: u32,
}

/// The attributes of `Node::extra`.
#[derive(Debug, Default)]
pub struct Extra {
    /// Lower-cased.
    pub role: Option<Box<str>>,
    pub label: Option<Box<str>>,
    /// Lower-cased.
    pub itemprop: Option<Box<str>>,
}

impl Node {
    pub fn role(&self) -> Option<&str> {
        self.extra.as_ref()?.role.as_deref()
    }

    pub fn label(&self) -> Option<&str> {
        self.extra.as_ref()?.label.as_deref()
    }

    pub fn itemprop(&self) -> Option<&str> {
        self.extra.as_ref()?.itemprop.as_deref()
    }

    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// Does one of its class/id words have a `rules::class` bit of `c`?
    pub fn is(&self, c: u16) -> bool {
        self.class & c != 0
    }
}

/// The class/id words of all elements, in one arena (see `text::name_tokens`).
#[derive(Debug, Default)]
pub struct Words {
    text: String,
    ends: Vec<u32>,
}

/// A text node: its parent element and its decoded, whitespace-folded text (`Page::run_text`,
/// a slice of one arena for all runs: no allocation per text node).
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub node: u32,
    start: u32,
    len: u32,
    /// Characters of the text.
    pub chars: u32,
    /// Share-bar counts of `text` (`rules::SocialCounts`), for runs of at most
    /// `SOCIAL_RUN_CHARS` characters (a share bar is short); zero for longer ones.
    pub social: rules::SocialCounts,
    /// Nothing parts it from the run before: no white space, no block boundary, only inline
    /// tags ("<span class=dropcap>Z</span>imbabwe", "<a>Reuters</a>, citing"). Joined text
    /// puts no space there (`Page::push_run`).
    pub glued: bool,
}

/// The longest run whose share-bar counts are taken (the judge's share-bar rule reads blocks of
/// at most this many characters).
pub const SOCIAL_RUN_CHARS: u32 = 200;

/// Longest button label the scan keeps, in bytes (`Page::buttons`): a label is a few words.
pub const BUTTON_LABEL_CHARS: usize = 140;

/// Everything pass 1 learns about a page.
#[derive(Debug, Default)]
pub struct Page {
    pub nodes: Vec<Node>,
    pub runs: Vec<Run>,
    /// The text of all runs, one after the other. Shared with the judge's masked views.
    pub texts: Rc<String>,
    /// Shared with the judge's masked views of the page.
    pub words: Rc<Words>,
    pub title: Option<String>,
    /// (lower-cased name/property/itemprop, content) of `<meta>` and `<link rel=canonical>`.
    pub metas: Vec<(String, String)>,
    pub json_ld: Vec<String>,
    /// `<time datetime>` values with the element that carries them.
    pub times: Vec<(u32, String)>,
    pub lang: Option<String>,
    /// Where each element stands in the page: the byte range from its start tag to its end
    /// (its end tag, or where the scan closed it implicitly), as lol_html reports positions.
    /// `rewrite` cuts removed elements out by these spans, so it needs no second parse.
    pub spans: Vec<(u32, u32)>,
    /// Start tags that declare the page's charset (`<meta charset>`, `<meta http-equiv=
    /// content-type>`): their byte range and the UTF-8 declaration that replaces them in the
    /// cleaned page, which is UTF-8 whatever the input was.
    pub charset_tags: Vec<(u32, u32, &'static str)>,
    /// The labels of `<button>` elements, in document order: `(element, text)`, each at most
    /// `BUTTON_LABEL_CHARS` long. A button's text is no page text (`NON_TEXT`), but a visitor
    /// reads it, and a label can be a promo of its own ("Open in the app").
    pub buttons: Vec<(u32, String)>,
}

impl Page {
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The page's language: `<html lang>`, else what its metadata declares (`og:locale`
    /// "fr_FR", Dublin Core, `Content-Language`), which many pages without `lang` carry.
    pub fn language(&self) -> Option<&str> {
        let declared = || ["og:locale", "dc.language", "content-language", "language"].into_iter().find_map(|k| self.meta(k));
        self.lang.as_deref().or_else(declared).map(str::trim).filter(|l| !l.is_empty())
    }

    /// The text of a run.
    pub fn run_text(&self, r: &Run) -> &str {
        &self.texts[r.start as usize..(r.start + r.len) as usize]
    }

    /// The class, id and data-* words of element `i`, in attribute order.
    pub fn tokens(&self, i: u32) -> text::Words<'_> {
        let (a, b) = self.nodes[i as usize].words;
        text::words(&self.words.text, &self.words.ends, a as usize, b as usize)
    }

    /// The label of the `<button>` element `i` (see `buttons`).
    pub fn button_label(&self, i: u32) -> Option<&str> {
        self.buttons.binary_search_by_key(&i, |b| b.0).ok().map(|k| self.buttons[k].1.as_str())
    }

    /// Element `i` and its ancestors, nearest first: the one walk up the tree that the rules
    /// take to find the link, heading or form a node is in.
    pub fn self_and_ancestors(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(Some(i), move |&a| Some(self.nodes[a as usize].parent).filter(|&p| p != NONE))
    }

    /// Is `a` an ancestor of `b` (or `b` itself)?
    pub fn contains(&self, a: u32, b: u32) -> bool {
        a <= b && b < self.nodes[a as usize].end
    }

    /// The text runs of the subtree of `i`, in order (hidden and non-text ones included).
    pub fn runs_in(&self, i: u32) -> impl Iterator<Item = &Run> {
        let end = self.nodes[i as usize].end;
        let start = self.runs.partition_point(|r| r.node < i);
        self.runs[start..].iter().take_while(move |r| r.node < end)
    }

    /// Text of the subtree of `i`, runs joined as `push_run` joins them.
    pub fn text_of(&self, i: u32) -> String {
        let mut out = String::new();
        for r in self.runs_in(i) {
            self.push_run(&mut out, r);
        }
        out
    }

    /// Appends a run's text to text joined from runs, after a space unless `out` is empty or the
    /// run is glued to the one before and they join without one (`text::joins_tight`).
    pub fn push_run(&self, out: &mut String, r: &Run) {
        let t = self.run_text(r);
        if !out.is_empty() && !(r.glued && text::joins_tight(out, t)) {
            out.push(' ');
        }
        out.push_str(t);
    }
}

/// Counts elements in document order the way the DOM does (`getElementsByTagName('*')`).
#[derive(Default)]
pub struct Order {
    next: u32,
    template_depth: u32,
}

impl Order {
    /// The index of this element (`tag`: its lower-case name), or `None` for elements the DOM
    /// does not list (inside `<template>`). Call once per start tag, in stream order.
    pub fn number(order: &Rc<RefCell<Order>>, el: &mut Element, tag: &str) -> Option<u32> {
        let mut o = order.borrow_mut();
        let is_template = tag == "template";
        let index = if o.template_depth > 0 {
            None
        } else {
            o.next += 1;
            Some(o.next - 1)
        };
        if is_template && el.can_have_content() {
            o.template_depth += 1;
            let order = order.clone();
            let _ = el.on_end_tag(Box::new(move |_| {
                let mut o = order.borrow_mut();
                o.template_depth = o.template_depth.saturating_sub(1);
                Ok(())
            }));
        }
        index
    }
}

/// An element's class, id and data-* words (`Node::words`) and what they say (`Node::class`,
/// `Node::kind`).
#[derive(Clone, Copy)]
struct WordFacts {
    words: (u32, u32),
    class: u16,
    kind: Option<Kind>,
}

/// `WordFacts` by class value, for elements with no other named attribute (see `on_element`).
type ClassMemo<'h> = text::LookupMap<&'h str, WordFacts>;

struct Builder {
    page: Page,
    words: Words,
    texts: String,
    stack: Vec<u32>,
    pending: String,
    title: String,
    /// The document's `<title>`: the first one (an `<svg>`'s own `<title>`s, "NBC News Logo",
    /// name icons, not the page).
    title_node: u32,
    /// The element the last end-tag handler closed, and where that end tag starts.
    last_closed: (u32, usize),
    /// Has white space or a block boundary come since the last run (`Run::glued`)?
    gap: bool,
}

impl Builder {
    /// The end-tag handler of element `index`, called with the end tag at `at`. lol_html calls
    /// the handlers of all the elements one end tag closes (`</div>` after an unclosed `<span>`),
    /// innermost first: when a second handler gets the same end tag, the element closed before
    /// was an inner one, and ends where the end tag starts.
    fn end_tag(&mut self, index: u32, at: std::ops::Range<usize>) {
        if !self.page.nodes[index as usize].tag.is(tag_bits::INLINE) {
            self.gap = true;
        }
        let (prev, prev_at) = self.last_closed;
        if prev_at == at.start && prev != NONE {
            self.page.spans[prev as usize].1 = at.start as u32;
        }
        if self.close(index, at.start, at.end) {
            self.last_closed = (index, at.start);
        }
    }

    /// Closes `upto` and the elements still open inside it, if `upto` is open; says whether it
    /// was. `upto` ends at byte `upto_end` (after its end tag), the ones inside at byte
    /// `inner_end` (where that end tag starts).
    fn close(&mut self, upto: u32, inner_end: usize, upto_end: usize) -> bool {
        // the stack holds open elements in document order, so it is sorted: O(log depth)
        if self.stack.binary_search(&upto).is_err() {
            return false;
        }
        let end = self.page.nodes.len() as u32;
        while let Some(top) = self.stack.pop() {
            self.page.nodes[top as usize].end = end;
            let at = if top == upto { upto_end } else { inner_end };
            self.page.spans[top as usize].1 = at as u32;
            if top == upto {
                break;
            }
        }
        true
    }

    /// Closes what the start tag `tag`, beginning at byte `at`, closes implicitly.
    fn implicit_close(&mut self, tag: &Tag, at: usize) {
        if tag.is(tag_bits::CLOSES_P) {
            if let Some(&top) = self.stack.last() {
                if self.page.nodes[top as usize].tag == "p" {
                    self.close(top, at, at);
                }
            }
        }
        if !tag.is(tag_bits::IMPLICIT) {
            return;
        }
        for (new, closes, scope) in IMPLICIT_CLOSE {
            if *tag != *new {
                continue;
            }
            // bounded like a browser's scope walk would rarely need: a 10k-deep stack of
            // <div>s must not make every <li> cost O(depth)
            let found = self.stack.iter().rev().take(IMPLICIT_CLOSE_REACH).copied().find(|&i| {
                let t = self.page.nodes[i as usize].tag.as_str();
                closes.contains(&t) || scope.contains(&t)
            });
            if let Some(i) = found {
                if closes.contains(&self.page.nodes[i as usize].tag.as_str()) {
                    self.close(i, at, at);
                }
            }
        }
    }

    /// Adds a text node inside non-text element `top` to the label of the button that holds it,
    /// if one does (a few levels up: "<button><span>Open in the app</span></button>"), through
    /// no other non-text element (an icon's `<svg>`), and the button is not itself inside one.
    fn button_text(&mut self, top: u32, raw: &str) {
        let nodes = &self.page.nodes;
        let (mut b, mut up) = (top, 0);
        while nodes[b as usize].tag != "button" {
            if nodes[b as usize].tag.is(tag_bits::NON_TEXT) {
                return;
            }
            b = nodes[b as usize].parent;
            up += 1;
            if b == NONE || up > 3 || !nodes[b as usize].has(flag::NON_TEXT) {
                return;
            }
        }
        let p = nodes[b as usize].parent;
        if p != NONE && nodes[p as usize].has(flag::NON_TEXT) {
            return;
        }
        let t = text::clean(raw);
        if t.is_empty() {
            return;
        }
        let buttons = &mut self.page.buttons;
        if buttons.last().is_none_or(|l| l.0 != b) {
            buttons.push((b, String::new()));
        }
        let label = &mut buttons.last_mut().expect("pushed").1;
        if label.len() + t.len() < BUTTON_LABEL_CHARS {
            if !label.is_empty() {
                label.push(' ');
            }
            label.push_str(&t);
        }
    }

    /// Takes one chunk of a text node; the node is handled at its last chunk. A node in one
    /// chunk (the usual case) is never copied, and white space between tags costs nothing.
    fn text_chunk(&mut self, chunk: &str, last: bool) {
        if !last {
            self.pending.push_str(chunk);
            return;
        }
        let joined;
        let raw = if self.pending.is_empty() {
            chunk
        } else {
            self.pending.push_str(chunk);
            joined = std::mem::take(&mut self.pending);
            joined.as_str()
        };
        let Some(&top) = self.stack.last() else { return };
        let node = &self.page.nodes[top as usize];
        if node.tag == "title" {
            if self.title_node == NONE {
                self.title_node = top;
            }
            if self.title_node == top {
                self.title.push_str(raw);
            }
            return;
        }
        if node.has(flag::JSON_LD) {
            self.page.json_ld.push(raw.to_string());
            return;
        }
        if node.has(flag::NON_TEXT) {
            self.button_text(top, raw);
            return;
        }
        if raw.bytes().all(|b| b.is_ascii_whitespace()) {
            self.gap = true;
            return;
        }
        let start = self.texts.len();
        text::clean_into(raw, &mut self.texts);
        let t = &self.texts[start..];
        if t.is_empty() {
            self.gap = true;
            return;
        }
        let glued = !self.gap && !text::blank_edge(raw, true);
        self.gap = text::blank_edge(raw, false);
        let chars = text::char_len(t);
        self.page.nodes[top as usize].own_text += if t.is_ascii() { chars } else { text::width(t, 2) };
        let social = if chars <= SOCIAL_RUN_CHARS { rules::SocialCounts::of(t) } else { rules::SocialCounts::default() };
        self.page.runs.push(Run { node: top, start: start as u32, len: t.len() as u32, chars, social, glued });
    }
}

/// Attribute names the scan reads besides `TOKEN_ATTRS`.
const READ_ATTRS: &[&str] = &[
    "class", "id", "role", "aria-label", "itemprop", "src", "data-src", "action", "href", "style", "hidden",
    "aria-hidden", "lang", "type", "property", "name", "http-equiv", "content", "rel", "datetime", "charset",
];

/// What replaces a charset declaration in the cleaned page (see `Page::charset_tags`).
const UTF8_META: &str = "<meta charset=\"utf-8\">";
const UTF8_HTTP_EQUIV: &str = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">";

/// The attributes of one start tag that the scan reads, found in one walk over the tag and read
/// in place: `Element::get_attribute` lower-cases and copies the name it is given on every call
/// and compares it with every attribute (some 25 lookups per element), and every name or value
/// lol_html hands out is a new `String`. Answers like it: the first attribute whose name equals
/// `name` ignoring ASCII case, its value as written (entities are decoded by `text::clean`).
struct Attrs<'e, 'i, 'h> {
    attrs: &'e [lol_html::html_content::Attribute<'i>],
    /// The page the scan reads: names and values are slices of it, at the positions lol_html
    /// reports.
    html: &'h str,
    /// For each name of `READ_ATTRS`, then of `TOKEN_ATTRS`: 1 + the attribute's position, or 0.
    at: [u16; READ_ATTRS.len() + TOKEN_ATTRS.len()],
}

/// The longest name of `READ_ATTRS` and `TOKEN_ATTRS` (a unit test checks).
const LONGEST_ATTR: usize = 19;

/// The slot of a name of `READ_ATTRS` in `Attrs::at`, found at compile time (`at!("role")`).
const fn slot(name: &str) -> usize {
    let mut i = 0;
    while i < READ_ATTRS.len() {
        let n = READ_ATTRS[i].as_bytes();
        let m = name.as_bytes();
        if n.len() == m.len() {
            let mut k = 0;
            while k < n.len() && n[k] == m[k] {
                k += 1;
            }
            if k == n.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a name of READ_ATTRS")
}

macro_rules! at {
    ($name:literal) => {
        const { slot($name) }
    };
}

impl<'e, 'i, 'h> Attrs<'e, 'i, 'h> {
    fn new(attrs: &'e [lol_html::html_content::Attribute<'i>], html: &'h str) -> Self {
        let mut at = [0u16; READ_ATTRS.len() + TOKEN_ATTRS.len()];
        let mut lower = [0u8; LONGEST_ATTR];
        for (k, a) in attrs.iter().enumerate().take(u16::MAX as usize - 1) {
            let name = match a.name_source_location().and_then(|r| html.get(r.bytes())) {
                Some(n) => Cow::Borrowed(n),
                None => Cow::Owned(a.name_preserve_case()),
            };
            let Some(buf) = lower.get_mut(..name.len()) else { continue };
            buf.copy_from_slice(name.as_bytes());
            buf.make_ascii_lowercase();
            let name = &*buf;
            let slot = READ_ATTRS.iter().position(|n| n.as_bytes() == name).or_else(|| {
                name.starts_with(b"data-").then(|| TOKEN_ATTRS.iter().position(|n| n.as_bytes() == name).map(|j| READ_ATTRS.len() + j)).flatten()
            });
            if let Some(j) = slot {
                if at[j] == 0 {
                    at[j] = k as u16 + 1;
                }
            }
        }
        Attrs { attrs, html, at }
    }

    fn get(&self, slot: usize) -> Option<Cow<'h, str>> {
        match self.at[slot] {
            0 => None,
            k => {
                let a = &self.attrs[k as usize - 1];
                Some(match a.value_source_location() {
                    Some(r) => self.html.get(r.bytes()).map_or_else(|| Cow::Owned(a.value()), Cow::Borrowed),
                    // written without a value (`<div hidden>`)
                    None => Cow::Owned(a.value()),
                })
            }
        }
    }

    fn has(&self, slot: usize) -> bool {
        self.at[slot] != 0
    }

    /// Has it one of `TOKEN_ATTRS`?
    fn has_token_attr(&self) -> bool {
        self.at[READ_ATTRS.len()..].iter().any(|&k| k != 0)
    }

    fn len(&self) -> usize {
        self.attrs.len()
    }
}

fn attr(el: &Attrs, slot: usize) -> Option<String> {
    el.get(slot).map(|v| text::clean(&v)).filter(|v| !v.is_empty())
}

// (here, after the `at!` macro it uses)
impl Builder {
    /// Adds the class, id and data-* words of an element to `words` and says what they say.
    fn word_facts(&mut self, attrs: &Attrs) -> WordFacts {
        let first_word = self.words.ends.len() as u32;
        let mut class_id = 0;
        for slot in [at!("class"), at!("id")] {
            if let Some(v) = attrs.get(slot) {
                if slot == at!("class") || !text::phrase_slug(&v) {
                    text::name_tokens(&v, &mut self.words.text, &mut self.words.ends);
                }
                class_id += 1;
            }
        }
        // the extra tokens only when there is more than class and id
        if attrs.len() > class_id {
            for slot in READ_ATTRS.len()..READ_ATTRS.len() + TOKEN_ATTRS.len() {
                if let Some(v) = attrs.get(slot) {
                    text::name_tokens(&v, &mut self.words.text, &mut self.words.ends);
                }
            }
        }
        let words = (first_word, self.words.ends.len() as u32);
        let mut facts = WordFacts { words, class: 0, kind: None };
        if words.0 < words.1 {
            let w = || text::words(&self.words.text, &self.words.ends, words.0 as usize, words.1 as usize);
            facts.class = w().fold(0, |c, t| c | rules::word_class(t));
            facts.kind = rules::token_kind(w()).map(|k| k.0);
        }
        facts
    }
}

fn on_element<'h>(b: &Rc<RefCell<Builder>>, order: &Rc<RefCell<Order>>, memo: &mut ClassMemo<'h>, html: &'h str, el: &mut Element) {
    let tag = Tag::new(el.tag_name());
    let Some(index) = Order::number(order, el, tag.as_str()) else { return };
    let attrs = Attrs::new(el.attributes(), html);
    let tag_at = el.source_location().bytes();
    let span = (tag_at.start as u32, tag_at.end as u32);
    let mut guard = b.borrow_mut();
    let s = &mut *guard;
    if !tag.is(tag_bits::INLINE) {
        s.gap = true;
    }
    s.implicit_close(&tag, tag_at.start);
    let parent = s.stack.last().copied().unwrap_or(NONE);
    let (depth, inherited) = match parent {
        NONE => (0, 0),
        p => {
            let pn = &s.page.nodes[p as usize];
            (pn.depth + 1, pn.flags & (flag::HIDDEN | flag::IN_LINK | flag::NON_TEXT | flag::IN_HEAD))
        }
    };
    // a page repeats its class values ("card", "col-md-4") hundreds of times: an element named by
    // its class alone shares the words and what they say with the first element of that class
    let facts = match attrs.get(at!("class")) {
        Some(Cow::Borrowed(c)) if !attrs.has(at!("id")) && !attrs.has_token_attr() => {
            *memo.entry(c).or_insert_with(|| s.word_facts(&attrs))
        }
        _ => s.word_facts(&attrs),
    };
    let mut node = Node { parent, depth, end: index + 1, flags: inherited, words: facts.words, class: facts.class, kind: facts.kind, ..Node::default() };
    let lower = |v: String| -> Box<str> { v.to_lowercase().into() };
    let extra = Extra {
        role: attr(&attrs, at!("role")).map(lower),
        label: attr(&attrs, at!("aria-label")).map(Box::from),
        itemprop: attr(&attrs, at!("itemprop")).map(lower),
    };
    if extra.role.is_some() || extra.label.is_some() || extra.itemprop.is_some() {
        node.extra = Some(Rc::new(extra));
    }
    node.src = match tag.as_str() {
        "iframe" | "script" | "img" => attr(&attrs, at!("src")).or_else(|| attr(&attrs, at!("data-src"))),
        "form" => attr(&attrs, at!("action")),
        _ => None,
    }
    .map(Rc::from);
    let style = attrs.get(at!("style")).unwrap_or_default().replace(' ', "").to_lowercase();
    if attrs.has(at!("hidden"))
        || node.is(rules::class::SCREEN_READER)
        || attrs.get(at!("aria-hidden")).as_deref() == Some("true")
        || style.contains("display:none")
        || style.contains("visibility:hidden")
    {
        node.flags |= flag::HIDDEN;
    }
    match tag.as_str() {
        "a" => {
            node.flags |= flag::IN_LINK;
            match attrs.get(at!("href")) {
                Some(h) if rules::is_social_link(&h) => node.flags |= flag::SOCIAL_LINK,
                Some(h) if !h.starts_with('#') && !h.get(..11).is_some_and(|p| p.eq_ignore_ascii_case("javascript:")) => {}
                _ => node.flags |= flag::DEAD_LINK,
            }
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => node.flags |= flag::HEADING,
        "head" => node.flags |= flag::IN_HEAD,
        "html" => {
            s.page.lang = attr(&attrs, at!("lang"));
        }
        "script" => {
            let ty = attrs.get(at!("type")).unwrap_or_default().to_lowercase();
            if ty.contains("ld+json") {
                node.flags |= flag::JSON_LD;
            }
        }
        "meta" => {
            let key = [at!("property"), at!("name"), at!("itemprop"), at!("http-equiv")].into_iter().find_map(|k| attr(&attrs, k));
            if let (Some(k), Some(v)) = (key, attr(&attrs, at!("content"))) {
                s.page.metas.push((k.to_lowercase(), v));
            }
            if attrs.has(at!("charset")) {
                s.page.charset_tags.push((span.0, span.1, UTF8_META));
            } else if attrs.get(at!("http-equiv")).is_some_and(|v| v.eq_ignore_ascii_case("content-type")) {
                s.page.charset_tags.push((span.0, span.1, UTF8_HTTP_EQUIV));
            }
        }
        "link" => {
            if attrs.get(at!("rel")).map(|r| r.eq_ignore_ascii_case("canonical")).unwrap_or(false) {
                if let Some(h) = attr(&attrs, at!("href")) {
                    s.page.metas.push(("canonical".into(), h));
                }
            }
        }
        "time" => {
            if let Some(d) = attr(&attrs, at!("datetime")) {
                s.page.times.push((index, d));
            }
        }
        _ => {}
    }
    if node.role() == Some("heading") {
        node.flags |= flag::HEADING;
    }
    if tag.is(tag_bits::NON_TEXT) {
        node.flags |= flag::NON_TEXT;
    }
    if let (Some(p), Some(c)) = (node.itemprop(), attr(&attrs, at!("content")).or_else(|| attr(&attrs, at!("datetime")))) {
        s.page.metas.push((format!("itemprop:{p}"), c));
    }
    node.tag = tag;
    s.page.nodes.push(node);
    s.page.spans.push(span);
    drop(attrs);
    if el.can_have_content() {
        s.stack.push(index);
        drop(guard);
        let b = b.clone();
        let _ = el.on_end_tag(Box::new(move |end: &mut EndTag| {
            b.borrow_mut().end_tag(index, end.source_location().bytes());
            Ok(())
        }));
    }
}

/// Builds the element table of a UTF-8 page.
pub fn scan(html: &str) -> Result<Page, String> {
    if u32::try_from(html.len()).is_err() {
        return Err("the page is larger than 4 GB".into());
    }
    let b = Rc::new(RefCell::new(Builder { page: Page::default(), words: Words::default(), texts: String::new(), stack: Vec::new(), pending: String::new(), title: String::new(), title_node: NONE, last_closed: (NONE, usize::MAX), gap: true }));
    let order = Rc::new(RefCell::new(Order::default()));
    {
        let (be, bt) = (b.clone(), b.clone());
        let mut memo = ClassMemo::default();
        let settings = Settings::new()
            .with_strict(false)
            .append_element_content_handler(element!("*", move |el: &mut Element| {
                on_element(&be, &order, &mut memo, html, el);
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
                bt.borrow_mut().text_chunk(t.as_str(), t.last_in_text_node());
                Ok(())
            }));
        let sink: Sink = Box::new(|_: &[u8]| {});
        let mut rw = HtmlRewriter::new(settings, sink);
        rw.write(html.as_bytes()).map_err(|e| format!("cannot parse the page: {e}"))?;
        rw.end().map_err(|e| format!("cannot parse the page: {e}"))?;
    }
    let mut s = Rc::try_unwrap(b).map_err(|_| "scan state still shared".to_string())?.into_inner();
    while let Some(&top) = s.stack.last() {
        s.close(top, html.len(), html.len());
    }
    s.page.words = Rc::new(std::mem::take(&mut s.words));
    s.page.texts = Rc::new(std::mem::take(&mut s.texts));
    let title = text::clean(&s.title);
    if !title.is_empty() {
        s.page.title = Some(title);
    }
    Ok(s.page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_elements_in_pre_order_with_parents() {
        let p = scan("<html><head><title>T &amp; U</title></head><body><div id=a><p>one<p>two</div><ul><li>x<li>y</ul><template><b>no</b></template><i>z</i></body></html>").unwrap();
        let tags: Vec<_> = p.nodes.iter().map(|n| n.tag.as_str()).collect();
        assert_eq!(tags, ["html", "head", "title", "body", "div", "p", "p", "ul", "li", "li", "template", "i"]);
        // the second <p> and <li> are siblings, not children, of the first
        assert_eq!(p.nodes[6].parent, 4);
        assert_eq!(p.nodes[9].parent, 7);
        assert_eq!(p.nodes[4].end, 7);
        assert_eq!(p.title.as_deref(), Some("T & U"));
        // an icon's <title> names the icon, not the page
        let q = scan("<html><head><title>Hold-up at SpaceX</title></head><body><svg><title>NBC News Logo</title></svg><p>x</p></body></html>").unwrap();
        assert_eq!(q.title.as_deref(), Some("Hold-up at SpaceX"));
        assert_eq!(p.text_of(4), "one two");
        assert_eq!(p.nodes[11].parent, 3);
    }

    #[test]
    fn attribute_names_fit_the_lower_case_buffer() {
        let longest = READ_ATTRS.iter().chain(TOKEN_ATTRS).map(|n| n.len()).max().unwrap();
        assert_eq!(longest, LONGEST_ATTR);
        // read in place, in any case, with entities left for `text::clean`
        let p = scan("<div CLASS='Related-Stories' Data-Module=\"promo&amp;x\" hidden>t</div>").unwrap();
        assert!(p.nodes[0].has(flag::HIDDEN));
        let words: Vec<_> = p.tokens(0).collect();
        assert!(words.contains(&"related") && words.contains(&"promo"), "{words:?}");
    }

    #[test]
    fn every_tag_the_scan_asks_about_is_known() {
        let asked = CLOSES_P.iter().chain(NON_TEXT).chain(IMPLICIT_CLOSE.iter().map(|r| &r.0)).chain(rules::PARAGRAPH_TAGS).chain(INLINE);
        for t in asked {
            assert!(KNOWN_TAGS.contains(t), "{t} is not in KNOWN_TAGS");
        }
        assert!(Tag::new("li".into()).is(tag_bits::IMPLICIT) && Tag::new("div".into()).is(tag_bits::CLOSES_P));
        assert!(Tag::new("noembed".into()).is(tag_bits::NON_TEXT) && !Tag::new("my-widget".into()).is(tag_bits::NON_TEXT));
    }

    #[test]
    fn button_labels_are_kept_apart_from_the_text() {
        let p = scan("<div><button class=b><span>Open in</span> the app</button><p>Story</p>\
                      <button><svg><text>icon</text></svg></button><svg><foreignObject><button>x</button></foreignObject></svg></div>").unwrap();
        let b = p.nodes.iter().position(|n| n.tag == "button").unwrap() as u32;
        assert_eq!(p.button_label(b), Some("Open in the app"));
        assert_eq!(p.buttons.len(), 1, "{:?}", p.buttons);
        // no page text comes from a button
        assert!(p.runs.iter().all(|r| p.run_text(r) == "Story"));
    }

    #[test]
    fn runs_parted_only_by_inline_tags_join_tight() {
        let p = scan(
            "<body><p><span class=dropcap>Z</span>imbabwe's leader met <a href=/r>Reuters</a>, \
             then <b>Apple</b>’s chief (<a href=/ap>AP</a>).</p>\
             <p><strong>Lupita Nyong</strong>'<strong>o</strong>'s dress went to l’<a href=/an>Assemblée</a>.</p>\
             <div><span>Lucas Nolan</span><time>22 Dec 2016</time></div><div>日本と<a href=/k>北朝鮮</a>の協議</div>\
             <p>one</p><p>two</p><p>a<br>b</p>\
             <p><person>Annie Lee Cooper</person>, a maid from <location>Selma</location>, voted.</p>\
             <section><bsp-card>one</bsp-card><bsp-card>two</bsp-card></section></body>",
        )
        .unwrap();
        let text = |tag: &str, k: usize| {
            let i = p.nodes.iter().enumerate().filter(|(_, n)| n.tag == tag).nth(k).unwrap().0;
            p.text_of(i as u32)
        };
        assert_eq!(text("p", 0), "Zimbabwe's leader met Reuters, then Apple’s chief (AP).");
        assert_eq!(text("p", 1), "Lupita Nyong'o's dress went to l’Assemblée.");
        // two words apart in the page's tags may be set apart by its style sheet
        assert_eq!(text("div", 0), "Lucas Nolan 22 Dec 2016");
        assert_eq!(text("div", 1), "日本と北朝鮮の協議");
        // blocks and line breaks part the text
        assert_eq!(text("body", 0).split("協議 ").nth(1).unwrap().split(" Annie").next(), Some("one two a b"));
        // an unknown element is inline; a custom element (with a hyphen) a block
        assert_eq!(text("p", 5), "Annie Lee Cooper, a maid from Selma, voted.");
        assert_eq!(text("section", 0), "one two");
    }

    #[test]
    fn void_and_self_closing_elements_have_no_children() {
        let p = scan("<div><img src=x><br><svg><path d='M0'/><circle/></svg><span>t</span></div>").unwrap();
        let span = p.nodes.iter().position(|n| n.tag == "span").unwrap();
        assert_eq!(p.nodes[span].parent, 0);
        let circle = p.nodes.iter().position(|n| n.tag == "circle").unwrap();
        assert_eq!(p.nodes[circle].parent, 3);
    }
}
