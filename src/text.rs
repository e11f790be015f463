//! Small text utilities shared by every stage: whitespace folding, entity decoding,
//! word and sentence splitting. Kept free of regexes so the .wasm stays small.

/// Decodes HTML character references (lol_html hands text and attribute values over
/// as they stand in the source) and folds runs of white space into one space.
pub fn clean(raw: &str) -> String {
    let mut out = String::new();
    clean_into(raw, &mut out);
    out
}

/// `clean`, appended to `out`.
pub fn clean_into(raw: &str, out: &mut String) {
    if raw.contains('&') {
        fold_space_into(&crate::entities::decode(raw), out)
    } else {
        fold_space_into(raw, out)
    }
}

/// Punctuation that leans on the word before it ("<a>Reuters</a>, citing", "<a>Apple</a>’s").
const CLOSING: &[char] = &[',', '.', ';', ':', '!', '?', ')', ']', '}', '”', '’', '\'', '»', '%', '…', '、', '。', '，'];

/// Punctuation that leans on the word after it ("(<a>AP</a>)", "Seattle-<b>based</b>").
const OPENING: &[char] = &['(', '[', '{', '“', '‘', '«', '/', '-', '—', '–'];

/// Do two pieces of text that no white space parted in the page, only inline tags, read
/// without a space between them? When the second leans on punctuation, or the first opens
/// one, between CJK characters, after a drop cap ("Z" + "imbabwe") and after a word's
/// apostrophe ("Nyong'" + "o", "l’" + "Assemblée": a name or an elision set in two tags). Not
/// two words of Latin letters or digits: a style sheet may well set the pieces apart ("Lucas
/// Nolan" in one element, "22 Dec 2016" in the next).
pub fn joins_tight(before: &str, after: &str) -> bool {
    let (Some(p), Some(n)) = (before.chars().next_back(), after.chars().next()) else { return false };
    let prev = before.chars().rev().nth(1);
    let drop_cap = p.is_uppercase() && n.is_lowercase() && prev.is_none_or(|c| !c.is_alphanumeric());
    let elided = matches!(p, '\'' | '’') && n.is_alphabetic() && prev.is_some_and(char::is_alphabetic);
    CLOSING.contains(&n) || OPENING.contains(&p) || is_cjk(p) && is_cjk(n) || drop_cap || elided
}

/// Does raw page text (entities not yet decoded) start (`start`) or end with white space, as
/// `fold_space` counts it (a no-break space too, written as a character or an entity)?
pub fn blank_edge(raw: &str, start: bool) -> bool {
    const NBSP: [&str; 3] = ["&nbsp;", "&#160;", "&#xa0;"];
    if start {
        raw.starts_with(is_blank) || NBSP.iter().any(|e| raw.starts_with(e))
    } else {
        raw.ends_with(is_blank) || NBSP.iter().any(|e| raw.ends_with(e))
    }
}

/// White space as `fold_space` folds it: Unicode's, a no-break space among it, and the
/// zero-width space.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}'
}

/// Folds every run of white space (including no-break and zero-width spaces) into one ASCII
/// space, trims, and drops soft hyphens (U+00AD, `&shy;`: the hints for breaking a long word
/// that German sites and the Washington Post put in names, "Vladi\u{ad}mir", which show as
/// nothing on screen and would split a name in the summary). Copies the words between the
/// runs whole, not char by char.
pub fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_space_into(s, &mut out);
    out
}

/// `fold_space`, appended to `out`.
pub fn fold_space_into(s: &str, out: &mut String) {
    // most text is folded already (one ASCII space between words): then it is one copy
    if is_folded(s) {
        out.push_str(s);
        return;
    }
    let start = out.len();
    // soft hyphens are rare: the words are looked at for them only when the text has one
    let shy = s.contains(SOFT_HYPHEN);
    for word in s.split(is_blank) {
        if word.is_empty() || shy && word.trim_matches(SOFT_HYPHEN).is_empty() {
            continue;
        }
        if out.len() > start {
            out.push(' ');
        }
        if shy {
            out.extend(word.split(SOFT_HYPHEN));
        } else {
            out.push_str(word);
        }
    }
}

const SOFT_HYPHEN: char = '\u{ad}';

/// Is `s` as `fold_space` would leave it: no white space (`char::is_whitespace`, U+200B) but
/// single ASCII spaces between other characters, and no soft hyphen? A byte scan: the non-ASCII
/// white space is U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F and
/// U+3000.
fn is_folded(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' if prev_space => return false,
            b' ' => prev_space = true,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            0xc2 if matches!(b.get(i + 1), Some(0x85 | 0xa0 | 0xad)) => return false,
            0xe1 if b.get(i + 1..i + 3) == Some(&[0x9a, 0x80]) => return false,
            0xe2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x80..=0x8b | 0xa8 | 0xa9 | 0xaf] | [0x81, 0x9f])) => return false,
            0xe3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => return false,
            _ => prev_space = false,
        }
        i += 1;
    }
    true
}

/// Lower-cases and keeps letters and digits only, one space between words: the form in which
/// phrases are compared ("Most-Read stories!" → "most read stories").
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        // ASCII fast path (same result): rules compare many short phrases through here
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            gap = true;
        } else if c.is_ascii() || c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            gap = true;
        }
    }
    out
}

/// Characters, not bytes: the unit of every length in the element table.
pub fn char_len(s: &str) -> u32 {
    s.chars().count() as u32
}

/// The length of a text in characters, an ideograph or kana counting `cjk` times. CJK writes a
/// word in one or two characters where a Latin script spells it in five or six: for the judge
/// (`cjk` 2) a 15-character Chinese headline is as long as a 30-character English one.
pub fn width(s: &str, cjk: u32) -> u32 {
    s.chars().map(|c| if is_cjk(c) { cjk } else { 1 }).sum()
}

pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Is this a CJK ideograph or kana (scripts written without spaces between words)?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: WordList = crate::word_list![
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen",
    "rep", "rev", "mt", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "n",
    "a.m", "p.m", "ca", "approx", "etc", "fig", "hr", "hon", "pres", "min",
];

/// Splits a paragraph into sentences: after `.`, `!`, `?` (and their CJK forms) followed by a
/// space and an upper-case letter, a quote or a digit; not after known abbreviations, initials
/// ("N.Korea", "J. Smith") or inside decimals. The sentences are trimmed slices of `par`.
///
/// A byte scan: every sentence end is an ASCII byte or a CJK stop (`。` E3 80 82, `！` EF BC 81,
/// `？` EF BC 9F), and no byte of another character equals them; only the few ends are decoded.
pub fn sentences(par: &str) -> Vec<&str> {
    let b = par.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // inside CJK quotation brackets (「…！」, 『…』, （…）) a full stop ends no sentence of the
    // paragraph; where the brackets opened, so that a bracket left open stops counting
    let (mut depth, mut opened) = (0u32, 0usize);
    while i < b.len() {
        match b[i] {
            // the CJK brackets and full stops are three bytes each
            0xe3 | 0xef => match b.get(i..i + 3) {
                // 「 『 （
                Some([0xe3, 0x80, 0x8c | 0x8e] | [0xef, 0xbc, 0x88]) => {
                    depth += 1;
                    opened = i;
                    i += 3;
                    continue;
                }
                // 」 』 ）
                Some([0xe3, 0x80, 0x8d | 0x8f] | [0xef, 0xbc, 0x89]) => {
                    depth = depth.saturating_sub(1);
                    i += 3;
                    continue;
                }
                // 。 ！ ？
                Some([0xe3, 0x80, 0x82] | [0xef, 0xbc, 0x81 | 0x9f]) => {
                    if !(depth > 0 && i - opened <= QUOTE_BYTES) {
                        depth = 0;
                        push_sentence(&par[start..i + 3], &mut out);
                        start = i + 3;
                    }
                    i += 3;
                    continue;
                }
                _ => {}
            },
            c @ (b'.' | b'!' | b'?') => {
                // swallow closing quotes and brackets
                let rest = &par[i + 1..];
                let j = par.len() - rest.trim_start_matches(['"', '”', '’', '\'', ')', '»']).len();
                if b.get(j) == Some(&b' ') {
                    let starts_sentence = par[j + 1..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘' | '«' | '(') || n.is_ascii_digit() || is_cjk(n));
                    if starts_sentence && !(c == b'.' && is_abbreviation(&par[start..i])) {
                        push_sentence(&par[start..j], &mut out);
                        start = j + 1;
                        i = j + 1;
                        continue;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if start < par.len() {
        push_sentence(&par[start..], &mut out);
    }
    out
}

/// Longest quotation in CJK brackets (in bytes, three a character) read as one: past it, a
/// bracket is taken as left open.
const QUOTE_BYTES: usize = 300;

fn push_sentence<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// Is the last word of `before` an initial or a known abbreviation?
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    // a single letter is an initial
    let mut cs = w.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if c.to_lowercase().count() == 1 && c.is_alphabetic() {
            return true;
        }
    }
    w.len() <= 24 && with_lowercase(w, |l| crate::in_table!(ABBREVIATIONS, l))
}

/// Calls `f` with `s` lower-cased (as `str::to_lowercase`): for a short ASCII `s` on the stack,
/// without allocating.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    f(&lowercase_in(s, &mut buf))
}

/// `s` lower-cased, in `buf` when it is short ASCII. Not generic, so that each caller of
/// `with_lowercase` does not get a copy of it (16 copies, 5 KB of the .wasm).
#[inline(never)]
fn lowercase_in<'b>(s: &str, buf: &'b mut [u8; 32]) -> std::borrow::Cow<'b, str> {
    if s.len() <= buf.len() && s.is_ascii() {
        let l = &mut buf[..s.len()];
        l.copy_from_slice(s.as_bytes());
        l.make_ascii_lowercase();
        // ASCII stays ASCII
        std::borrow::Cow::Borrowed(std::str::from_utf8(l).unwrap_or_default())
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// Prefixes that introduce a byline, by language (the summary reads the writer after one; the
/// judge keeps a block that opens with one, a story's byline row).
pub const BY_PREFIXES: &[&str] = &[
    "by ", "by: ", "written by ", "words by ", "story by ", "reported by ", "posted by ", "par ", "von ",
    "por ", "por: ", "di ", "door ", "autor: ", "autor ", "autorka: ", "text: ", "texto: ", "auteur : ", "auteur: ",
    "作者：", "作者:", "文／", "文/", "記者：", "记者：", "автор: ", "un texte de ", "propos recueillis par ",
    "escrito por ",
];

/// The by-prefix `s` opens with ("By ", "par ", "作者："), in any case.
pub fn by_prefix(s: &str) -> Option<&'static str> {
    BY_PREFIXES.iter().copied().find(|p| starts_with_lowercase(s, p))
}

/// Does `s` lower-cased (as `str::to_lowercase`) start with `prefix`, a lower-case string
/// without Greek sigma (the one letter whose lower case depends on its neighbours)? Compares
/// char by char instead of lower-casing a copy of `s`.
pub fn starts_with_lowercase(s: &str, prefix: &str) -> bool {
    // ASCII lower-cases to ASCII, byte for byte: most prefixes differ in the first
    if let (Some(a), Some(p)) = (s.as_bytes().first(), prefix.as_bytes().first()) {
        if a.is_ascii() && a.to_ascii_lowercase() != *p {
            return false;
        }
    }
    if let Some(head) = s.as_bytes().get(..prefix.len()) {
        if head.is_ascii() {
            return head.eq_ignore_ascii_case(prefix.as_bytes());
        }
    }
    let mut lower = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// Splits a class or id value into lower-case word tokens: on non-alphanumerics, at
/// lower→upper case changes and between letters and digits
/// ("RelatedStories_2" → related, stories; "most-read" → most, read). The words are appended to
/// one arena, `text`, each ending at the offset pushed to `ends`: no allocation per word (a
/// page has tens of thousands).
pub fn name_tokens(value: &str, text: &mut String, ends: &mut Vec<u32>) {
    // a class that states a modifier ("with-follow-button", "has-share-bar", "no-ads") says what
    // the element holds or lacks, not what it is
    let modifier = |name: &str| {
        let b = name.as_bytes();
        ["with", "has", "no", "without"].iter().any(|m| b.len() > m.len() && matches!(b[m.len()], b'-' | b'_') && b[..m.len()].eq_ignore_ascii_case(m.as_bytes()))
    };
    // and a modifier inside a name ends its words: "leadArtWithZuesAds" is lead art, whatever it
    // holds; "article-with-ads" an article
    let modifier_word = |w: &str| matches!(w, "with" | "has" | "no" | "without");
    for name in value.split_whitespace().filter(|name| !modifier(name)) {
        let first = ends.len();
        // pushes the end of a word; false when the word is a modifier (taken back)
        let end_word = |text: &mut String, ends: &mut Vec<u32>| {
            let start = ends.last().map_or(0, |&e| e as usize);
            if ends.len() > first && modifier_word(&text[start..]) {
                text.truncate(start);
                return false;
            }
            ends.push(text.len() as u32);
            true
        };
        'pieces: for piece in name.split(|c: char| !c.is_alphanumeric()) {
            if is_hash(piece) {
                continue;
            }
            let mut prev: Option<char> = None;
            for c in piece.chars() {
                if let Some(p) = prev {
                    if ((p.is_lowercase() && c.is_uppercase()) || (p.is_alphabetic() != c.is_alphabetic())) && !end_word(text, ends) {
                        break 'pieces;
                    }
                }
                if c.is_ascii() {
                    text.push(c.to_ascii_lowercase());
                } else {
                    text.extend(c.to_lowercase());
                }
                prev = Some(c);
            }
            if prev.is_some() && !end_word(text, ends) {
                break 'pieces;
            }
        }
    }
}

/// Small words that join the words of a phrase. Component names do not use them; a heading's
/// anchor or a chart's slug does ("debt-as-a-share-of-gdp", "sharing-with-a-single-developer").
const SLUG_GLUE: &[&str] = &["a", "an", "the", "of", "as", "is", "are", "was", "in", "than", "at", "by", "and", "its", "how", "what", "why"];

/// Is an id the slug of a phrase (four words or more, two of them `SLUG_GLUE`)? Its words name
/// the text, not the element's job: "share" of "debt-as-a-share-of-gdp" is no share bar, "ad" of
/// "the-ad-industry-is-broken" no advert.
pub fn phrase_slug(id: &str) -> bool {
    let (mut words, mut glue) = (0, 0);
    for w in id.split(['-', '_']) {
        words += 1;
        glue += usize::from(SLUG_GLUE.iter().any(|g| g.eq_ignore_ascii_case(w)));
    }
    words >= 4 && glue >= 2
}

/// Is a piece of a class or id a hash or a GUID's part ("AD2AE740", "BF91609EFCE7"): eight hex
/// digits or more, letters and digits alternating at least three times? Its letters are not
/// words ("ad" of "AD2AE740" is no advert). An ad slot's name ("ad300250") alternates once.
fn is_hash(piece: &str) -> bool {
    let b = piece.as_bytes();
    if b.len() < 8 || !b.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    b.windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit()).count() >= 3
}

/// The words `name_tokens` wrote, `first..last` of them (indices into `ends`).
pub fn words<'a>(text: &'a str, ends: &'a [u32], first: usize, last: usize) -> Words<'a> {
    Words { text, ends: &ends[first..last], start: if first == 0 { 0 } else { ends[first - 1] } }
}

/// Iterator over words of a `name_tokens` arena.
#[derive(Clone)]
pub struct Words<'a> {
    text: &'a str,
    ends: &'a [u32],
    start: u32,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (&e, rest) = self.ends.split_first()?;
        let w = &self.text[self.start as usize..e as usize];
        self.start = e;
        self.ends = rest;
        Some(w)
    }
}

/// Truncates to at most `n` characters, on a char boundary, adding "…" when cut.
pub fn truncate(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// A word table kept as a readable list at the top of its module, stored as one string: the
/// words joined by `word_list!` with U+001F, a character no word has. As a `&[&str]` each word
/// cost 8 more bytes of pointer and length in the .wasm's data, which gzip barely shrinks
/// (issue #6).
#[derive(Clone, Copy)]
pub struct WordList(pub &'static str);

impl WordList {
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('\u{1f}')
    }
}

/// `word_list!["a", "b"]`: a `WordList` of these words.
#[macro_export]
macro_rules! word_list {
    ($($w:literal),* $(,)?) => {
        $crate::text::WordList(concat!($($w, "\u{1f}"),*))
    };
}

/// A word table as a hash set, built on first use: the summary asks its large tables (387 stop
/// words, 107 titles…) a few thousand times per page, and a linear search compares with every
/// row. (A map to nothing rather than a set: each key and value type of a hash table adds its
/// own copy of the table's code to the .wasm, and the tables of `&str` to `u32` are there anyway.)
pub struct WordSet(LookupMap<&'static str, u32>);

impl WordSet {
    pub fn new(words: WordList) -> WordSet {
        WordSet(words.iter().map(|w| (w, 0)).collect())
    }

    pub fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }
}

/// `in_table!`'s lookup: one function for every call site, where a `get_or_init` per site
/// instantiated `OnceLock`'s initialisation once each (26 copies, about 5 KB of .wasm).
pub fn in_word_set(set: &'static std::sync::OnceLock<WordSet>, table: WordList, w: &str) -> bool {
    set.get_or_init(|| WordSet::new(table)).contains(w)
}

/// `table.contains(&word)` for a `WordList` table, through a `WordSet` built once per call site.
#[macro_export]
macro_rules! in_table {
    ($table:expr, $word:expr) => {{
        static SET: std::sync::OnceLock<$crate::text::WordSet> = std::sync::OnceLock::new();
        $crate::text::in_word_set(&SET, $table, $word)
    }};
}

/// Hash maps and sets keyed by our own words and indices, hashed by `WordFx`, not SipHash (the
/// keys are our own tables and the page's words, not attacker-chosen). They are only looked
/// up, or read in a way their order cannot change (`summary::widen_article` breaks ties by
/// key), so no output depends on the hasher.
pub type LookupMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordFx>>;
pub type LookupSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<WordFx>>;

/// FxHash taking eight bytes a step (as rustc's now does), not one: the summary looks up tens
/// of thousands of words per page in its tables.
#[derive(Default, Clone, Copy)]
pub struct WordFx(u64);

impl WordFx {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for WordFx {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_initials_or_abbreviations() {
        let s = sentences("Japan, N.Korea hold talks. Mr. Abe said \"yes.\" The U.S. agreed on 3.5 points. Then 13 left.");
        assert_eq!(s, vec!["Japan, N.Korea hold talks.", "Mr. Abe said \"yes.\"", "The U.S. agreed on 3.5 points.", "Then 13 left."]);
        // a full stop inside CJK quotation brackets ends no sentence
        let s = sentences("展示は「すごい！」と話題になった。会期は来月まで。");
        assert_eq!(s, vec!["展示は「すごい！」と話題になった。", "会期は来月まで。"]);
    }

    /// The splitter as it was first written (a char table, a `String` per sentence): the
    /// reference for the byte scan.
    fn sentences_reference(par: &str) -> Vec<String> {
        let chars: Vec<(usize, char)> = par.char_indices().collect();
        let at = |k: usize| chars.get(k).map_or(par.len(), |c| c.0);
        let mut out = Vec::new();
        let push = |s: &str, out: &mut Vec<String>| {
            if !s.trim().is_empty() {
                out.push(s.trim().to_string())
            }
        };
        let (mut start, mut i) = (0, 0);
        let (mut depth, mut opened) = (0u32, 0usize);
        while i < chars.len() {
            let c = chars[i].1;
            if matches!(c, '「' | '『' | '（') {
                depth += 1;
                opened = at(i);
            } else if matches!(c, '」' | '』' | '）') {
                depth = depth.saturating_sub(1);
            } else if matches!(c, '。' | '！' | '？') {
                if !(depth > 0 && at(i) - opened <= QUOTE_BYTES) {
                    depth = 0;
                    push(&par[at(start)..at(i + 1)], &mut out);
                    start = i + 1;
                }
            } else if matches!(c, '.' | '!' | '?') {
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | '»') {
                    j += 1;
                }
                let next_is_space = j < chars.len() && chars[j].1 == ' ';
                let next_word = chars.get(j + 1).map(|c| c.1);
                let starts_sentence = next_word.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘' | '«' | '(') || n.is_ascii_digit() || is_cjk(n));
                if next_is_space && starts_sentence && !(c == '.' && is_abbreviation(&par[at(start)..at(i)])) {
                    push(&par[at(start)..at(j)], &mut out);
                    start = j + 1;
                    i = j;
                }
            }
            i += 1;
        }
        if start < chars.len() {
            push(&par[at(start)..], &mut out);
        }
        out
    }

    #[test]
    fn sentence_scan_matches_the_reference() {
        // every sequence of up to four pieces from a set of tricky ones, and some longer paragraphs
        let pieces = [
            "A", "b", ".", "!", "?", " ", "  ", "。", "！", "？", "\"", "”", "’", "'", ")", "»", "“", "(", "«", "3", "é", "É", "日",
            "Mr", "U.S", "etc", "x", "\u{a0}", "\u{2028}", "İ", "\u{212a}", "ß", "「", "」", "（", "）",
        ];
        let mut cases: Vec<String> = vec![
            "Japan, N.Korea hold talks. Mr. Abe said \"yes.\" The U.S. agreed on 3.5 points. Then 13 left.".into(),
            "東京。大阪！ 京都？ Done. \"Quote.\" (Aside.) «Fr.» Next… Ok.  Two  spaces. Fig. 3 shows. e.g. This.".into(),
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    cases.push(format!("{a}{b}{c}"));
                    for d in ["A", ".", " ", "。", "\""] {
                        cases.push(format!("{a}{b}{c}{d}"));
                        cases.push(format!("{d}{a}{b}{c}"));
                    }
                }
            }
        }
        for s in &cases {
            assert_eq!(sentences(s), sentences_reference(s), "{s:?}");
        }
    }

    #[test]
    fn lower_cases_like_to_lowercase() {
        let cases = ["", "ABC", "U.S", "Ünter", "İstanbul", "ΣΑΣ", "\u{212a}elvin", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA", "By Jane", "BY: X", "Par ", "İ", "i\u{307}x", "作者：王"];
        for s in cases {
            assert_eq!(with_lowercase(s, str::to_string), s.to_lowercase());
            for p in ["", "by ", "by: ", "i", "i\u{307}", "par ", "作者：", "kelvin", "abc"] {
                assert_eq!(starts_with_lowercase(s, p), s.to_lowercase().starts_with(p), "{s:?} {p:?}");
            }
        }
    }

    #[test]
    fn tokens_split_camel_case_and_separators() {
        let (mut text, mut ends) = (String::new(), Vec::new());
        name_tokens("RelatedStories_2 most-read", &mut text, &mut ends);
        name_tokens("Ünter shareholder", &mut text, &mut ends);
        assert_eq!(words(&text, &ends, 0, ends.len()).collect::<Vec<_>>(), ["related", "stories", "2", "most", "read", "ünter", "shareholder"]);
        assert_eq!(words(&text, &ends, 3, 5).collect::<Vec<_>>(), ["most", "read"]);
        // a GUID's hex parts are no words; an ad slot's size is
        let (mut text, mut ends) = (String::new(), Vec::new());
        name_tokens("navId-AD2AE740-D1A5-4EDB-9E47-BF91609EFCE7 ad300250 ad-728x90", &mut text, &mut ends);
        assert_eq!(words(&text, &ends, 0, ends.len()).collect::<Vec<_>>(), ["nav", "id", "d", "1", "a", "5", "4", "edb", "9", "e", "47", "ad", "300250", "ad", "728", "x", "90"]);
        // a modifier class says what the element holds, not what it is
        let (mut text, mut ends) = (String::new(), Vec::new());
        name_tokens("article-header with-follow-button-ctn has_share no-ads nohate", &mut text, &mut ends);
        assert_eq!(words(&text, &ends, 0, ends.len()).collect::<Vec<_>>(), ["article", "header", "nohate"]);
        // and one inside a name ends its words
        let (mut text, mut ends) = (String::new(), Vec::new());
        name_tokens("leadArtWithZuesAds__LeadArtWrapperFigure-sc-1gmzpqh-1 article-with-ads share", &mut text, &mut ends);
        assert_eq!(words(&text, &ends, 0, ends.len()).collect::<Vec<_>>(), ["lead", "art", "article", "share"]);
    }

    #[test]
    fn folded_text_is_recognised_exactly() {
        let spaces: Vec<char> = (0..0x3001u32).filter_map(char::from_u32).filter(|c| c.is_whitespace() || *c == '\u{200b}').collect();
        assert_eq!(spaces.len(), 26);
        let mut cases = vec!["".to_string(), "a".into(), "a b".into(), "a  b".into(), " a".into(), "a ".into(), "don’t “quote” — dash…".into(), "é ü ß 日本".into()];
        for c in &spaces {
            cases.push(format!("a{c}b"));
            cases.push(format!("{c}"));
        }
        for c in ["\u{2010}", "\u{200c}", "\u{2030}", "\u{2060}", "\u{1681}", "\u{3001}", "\u{00a1}", "\u{0086}"] {
            cases.push(format!("a{c}b"));
        }
        cases.extend(["Vladi\u{ad}mir Putin", "\u{ad}a \u{ad} b\u{ad}", "a \u{ad}", "\u{ad}"].map(String::from));
        for s in &cases {
            let slow: String = s.replace('\u{ad}', "").split(|c: char| c.is_whitespace() || c == '\u{200b}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
            assert_eq!(is_folded(s), slow == *s, "{s:?}");
            assert_eq!(fold_space(s), slow, "{s:?}");
        }
    }

    #[test]
    fn clean_decodes_entities_and_folds_space() {
        assert_eq!(clean("  a&amp;b \n&nbsp; c&#8217;s "), "a&b c\u{2019}s");
        assert_eq!(norm("Most-Read stories!"), "most read stories");
    }
}
