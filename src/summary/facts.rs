//! Key facts: 3-5 sentences of the article body that carry its news, ranked by position (a
//! slow decay from the lead: the news is told first, the rest of the story still counts), the
//! parties they name, numbers and dates. A sentence scores for the parties it names, numbers
//! and dates, for opening its paragraph and for the headline's words it repeats, and loses for quotes (and pieces of quotes),
//! questions, first and second person and page furniture; near-duplicates (and the headline)
//! are passed over. Captions, removed blocks and title-case lists never reach this stage.

use super::{Party, Prose, Text};
use crate::text;
use std::cell::OnceCell;

const MAX_FACTS: usize = 5;
const MIN_FACTS: usize = 3;

/// A paragraph's first sentence states its point; the ones after it elaborate, quote or give
/// colour. In any language and on any site a paragraph opener is about twice as likely to be a
/// key fact as a later sentence of its paragraph (dev labels: 21 % against 8 %), so it gains this
/// much (a third of the lead's edge over the tenth sentence).
const OPENER: f32 = 0.5;

/// How far down a dateline lead ("CAIRO — Gunmen opened fire…", "MOSCOW (AP) — …", "Feb. 23,
/// 2015 -- Life-threatening …") is looked for. Wire copy starts the story there: what stands above it (a photo caption set as a
/// paragraph, a video teaser, a summary deck) is not the lead, so positions count from the
/// dateline and the sentences above it rank as if they followed it.
const LEAD_SCAN: usize = 16;

/// The headline names what the story is about, so a sentence that repeats its words tells the
/// news (Edmundson's title feature): it gains this much times the share of the headline's words
/// (of four letters or more: not "the", "of", "à", "der") it uses. Half the paragraph opener's
/// edge at most: the position still decides between sentences on the subject. Dev labels, fact
/// recall: 0.533 without, 0.549 with any weight from 0.5 to 0.8 or a word floor of 3 to 6 letters.
const TITLE_WORDS: f32 = 0.5;

/// Words of the first and second person: opinion and address, not news.
const PERSONAL: &[&str] = &["i", "i'm", "i’m", "i've", "i’ve", "my", "me", "we", "we're", "we’re", "our", "us", "you", "your", "you're", "you’re"];

/// Openers of sentences that lean on the one before ("This", "It", "He", "However") or after
/// ("Here are some of the threats:"), or that address the reader ("Imagine being sick …"). Not
/// French "Mais" (but): in Portuguese it is "more", and opens facts ("Mais de 200 pessoas …").
const ANAPHORIC: &[&str] = &["it", "this", "that", "he", "she", "they", "these", "those", "his", "her", "their", "its", "but", "and", "so", "also", "however", "yet", "still", "nevertheless", "nonetheless", "here", "here's", "imagine", "cependant", "pero", "aber", "doch", "ale"];

/// The first letters of a table's words (lower-case ASCII), as a bit set.
const fn first_letters(table: &[&str]) -> u32 {
    let (mut set, mut k) = (0u32, 0);
    while k < table.len() {
        set |= 1 << (table[k].as_bytes()[0] - b'a');
        k += 1;
    }
    set
}

/// Is `w`, lower-cased, a word of the (short, lower-case) table, whose first letters are
/// `first`? Without lower-casing a copy of every word: the tables' words are short, and most
/// words do not start with one of their letters.
fn in_words(table: &[&str], first: u32, w: &str) -> bool {
    if w.is_ascii() {
        let c = w.as_bytes().first().map_or(b'0', u8::to_ascii_lowercase);
        c.is_ascii_lowercase() && first & (1 << (c - b'a')) != 0 && table.iter().any(|t| t.eq_ignore_ascii_case(w))
    } else {
        w.len() <= 16 && table.contains(&w.to_lowercase().as_str())
    }
}

/// First or second person: a word of `PERSONAL`, but not an acronym in capitals ("US" is the
/// country, not "us") and not a lower-case "i" (the English pronoun is always "I"; "i" is
/// "and" in Czech and "the" in Italian).
fn personal(w: &str) -> bool {
    const FIRST: u32 = first_letters(PERSONAL);
    let acronym = w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase());
    !acronym && w != "i" && in_words(PERSONAL, FIRST, w)
}

/// Characters that open no sentence of the story: a piece cut off the one before (", there are
/// two solutions …", a closing quote in CJK text "”卢宇说，…"), a footnote ("^ In 2015, …"), a
/// list bullet ("+ Added …").
const FRAGMENT_OPENERS: &[char] = &[',', ';', ':', ')', ']', '”', '»', '」', '』', '^', '*', '+', '•', '·', '|'];

/// A sentence wholly in brackets ("(EDIT: removed the link …)"): an aside to the reader. A
/// bracket that closes early opens a dateline ("(CNN) — …") and is no aside.
fn aside(s: &str) -> bool {
    s.starts_with(['(', '[']) && s.trim_end_matches('.').ends_with([')', ']']) && s.find([')', ']']).is_some_and(|i| i + 2 >= s.trim_end_matches('.').len())
}

/// A sentence cut at the first number of a list that follows it ("The rankings were as
/// follows: 1."): the splitter took the list's "1." for a sentence end, and the sentence says
/// nothing without the list.
fn opens_a_list(s: &str) -> bool {
    let body = s.strip_suffix('.').unwrap_or(s);
    let (head, last) = body.rsplit_once(' ').unwrap_or(("", body));
    (1..=2).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_digit()) && head.ends_with(':')
}

/// Does the sentence end like a sentence (not a caption or a label)?
fn complete(s: &str) -> bool {
    s.ends_with(['.', '!', '"', '”', '’', '»', ')', '。', '！']) && !s.ends_with("...") && !s.ends_with('…')
}

fn score(s: &str, parties: &[Party]) -> f32 {
    // length in characters, and how many are CJK
    let (len, cjk) = if s.is_ascii() { (s.len(), 0) } else { s.chars().fold((0, 0), |(n, k), c| (n + 1, k + usize::from(text::is_cjk(c)))) };
    let cjk = cjk > len / 3;
    let (lo, hi) = if cjk { (15, 200) } else { (40, 400) };
    if !(lo..=hi).contains(&len) || !complete(s) || s.ends_with('?') || s.starts_with(|c: char| c.is_lowercase() || FRAGMENT_OPENERS.contains(&c)) || aside(s) || opens_a_list(s) {
        return -1.0;
    }
    let mut sc = 1.0;
    let names = parties
        .iter()
        .take(8)
        .filter(|p| {
            let key = p.name.split_whitespace().last().unwrap_or(&p.name);
            s.contains(key)
        })
        .count();
    sc += (names.min(3) as f32) * 0.3;
    if s.bytes().any(|b| b.is_ascii_digit()) {
        sc += 0.4;
    }
    let (quoted, odd) = quotes(s);
    // a quote, or a piece of one the sentence splitter cut (an odd number of quotation marks:
    // `She added: “They never…` or `…its limits," he said.`): someone's words, not the news
    if s.starts_with(['"', '“', '«', '„', '\'', '‘', '—', '-']) || odd {
        sc -= 1.0;
    }
    let mut words = s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    const ANAPHORIC_FIRST: u32 = first_letters(ANAPHORIC);
    if words.clone().any(personal) {
        sc -= 0.5;
    }
    if words.next().is_some_and(|w| in_words(ANAPHORIC, ANAPHORIC_FIRST, w)) {
        sc -= 0.3;
    }
    if s.ends_with(':') || s.contains("Click") || s.contains("click here") || s.contains("Read more") {
        sc -= 1.0;
    }
    if len < 70 {
        sc -= 0.3;
    }
    if quoted > 0.5 {
        sc -= 0.3;
    }
    sc
}

/// Share of the characters that stand inside quotation marks, and whether the double quotation
/// marks are odd in number (the sentence is a piece of a longer quote). „…“ and «…» count as
/// pairs like “…”.
fn quotes(s: &str) -> (f32, bool) {
    let (mut inside, mut n, mut q, mut marks) = (false, 0usize, 0usize, 0usize);
    for c in s.chars() {
        n += 1;
        match c {
            '“' | '«' | '„' => inside = true,
            '”' | '»' => inside = false,
            '"' => inside = !inside,
            _ if inside => q += 1,
            _ => {}
        }
        marks += usize::from(matches!(c, '"' | '“' | '”' | '„' | '«' | '»'));
    }
    (q as f32 / n.max(1) as f32, marks % 2 == 1)
}

/// Share of the words of `a` also in `b`, of the shorter's word count; both in `text::norm`
/// form (computed once per sentence by the caller).
fn overlap(a: &str, b: &str) -> f32 {
    let wb: Vec<&str> = b.split(' ').collect();
    let (mut words, mut common) = (0, 0);
    for w in a.split(' ') {
        words += 1;
        common += usize::from(wb.contains(&w));
    }
    common as f32 / (words.min(wb.len()).max(1) as f32)
}

/// The share of `words` (lower-case words in `text::norm` form, at most 64 counted) that the
/// sentence uses, compared as `text::norm` would compare them but without a normalised copy of
/// each sentence: its words are the runs of letters and digits, lower-cased.
fn repeated_share(words: &[&str], sentence: &str) -> f32 {
    if words.is_empty() {
        return 0.0;
    }
    let mut found = 0u64;
    for run in sentence.split(|c: char| !c.is_alphanumeric()).filter(|r| !r.is_empty()) {
        for (k, w) in words.iter().enumerate().take(64) {
            let same = if w.is_ascii() { run.eq_ignore_ascii_case(w) } else { run.chars().flat_map(char::to_lowercase).eq(w.chars()) };
            if same {
                found |= 1 << k;
            }
        }
    }
    found.count_ones() as f32 / words.len() as f32
}

/// The position in `v` of the highest score, the earlier sentence on a tie.
fn best(v: &[(f32, &(usize, &str, f32))]) -> Option<usize> {
    (0..v.len()).max_by(|&a, &b| v[a].0.total_cmp(&v[b].0).then(v[b].1 .0.cmp(&v[a].1 .0)))
}

/// The sentence after the dash that ends its dateline prefix ("LONDON — ", "BEIJING (AFP) - ").
fn after_dateline(s: &str) -> &str {
    // the first of the separators that ends within 60 characters
    let cut = [" — ", " – ", " -- ", "--", " - ", "— ", ") -", ") —", ".- ", ": "]
        .iter()
        .filter_map(|sep| s.find(sep).map(|i| (i, sep.len())))
        .filter(|&(i, _)| s[..i].chars().count() < 60)
        .min();
    cut.map_or(s, |(i, len)| s[i + len..].trim_start_matches(['-', '—', '–', ' ']))
}

/// Most characters of a box on the writer (`facts`): a name, a few lines of biography.
const AUTHOR_NOTE_CHARS: u32 = 1000;

pub fn facts(t: &Text, prose: &[Prose], parties: &[Party]) -> Vec<String> {
    let mut cands: Vec<(usize, &str, f32)> = Vec::new();
    // the sentence that opens with a dateline, where the story starts
    let mut lead: Option<usize> = None;
    // a note on the writer in a small box named for the author ("authorPopup": "Markus Balser
    // kam 2001 zur Süddeutschen Zeitung") is about the writer, not the story
    let on_writer = |b: &super::Block| {
        t.page.self_and_ancestors(b.node).any(|a| t.page.nodes[a as usize].is(crate::rules::class::BYLINE) && t.verdict.sums[a as usize].text <= AUTHOR_NOTE_CHARS)
    };
    for p in prose.iter().filter(|p| !p.title_like && !p.block.heading) {
        // (it keeps its places in the story's order, as the distance from the lead counts)
        let writer = on_writer(p.block);
        for (k, &s) in p.sentences.iter().enumerate() {
            let pos = cands.len();
            // the sentence without its dateline: a place ("CAIRO — …") or a date ("Feb. 23, 2015 -- …")
            let undated = if pos < LEAD_SCAN && lead.is_none() {
                match super::dateline::dateline_prefix(s) {
                    Some(_) => Some(after_dateline(s)),
                    None => super::dateline::date_lead(s, true).map(|(_, rest)| rest),
                }
            } else {
                None
            };
            let s = match undated {
                Some(rest) => {
                    lead = Some(pos);
                    rest
                }
                None => s,
            };
            let mut sc = if writer { -1.0 } else { score(s, parties) };
            if k == 0 && sc > 0.0 {
                sc += OPENER;
            }
            cands.push((pos, s, sc));
        }
    }
    let lead = lead.unwrap_or(0);
    // the distance from the lead; what stands above it ranks as if it followed it
    let from_lead = |pos: usize| if pos >= lead { pos - lead } else { pos + lead };
    // the sentences in `text::norm` form, each computed when first compared (`cands[k].0 == k`)
    let norms: Vec<OnceCell<String>> = cands.iter().map(|_| OnceCell::new()).collect();
    let norm = |c: &(usize, &str, f32)| norms[c.0].get_or_init(|| text::norm(c.1)).as_str();
    let title = t.title.as_deref().map(text::norm);
    let headline: Vec<&str> = title.as_deref().map_or_else(Vec::new, |h| h.split(' ').filter(|w| w.chars().count() >= 4).collect());
    let on_subject = |c: &(usize, &str, f32)| repeated_share(&headline, c.1);
    let dup = |picked: &[&(usize, &str, f32)], c: &(usize, &str, f32)| {
        picked.iter().any(|p| overlap(norm(p), norm(c)) > 0.7) || title.as_deref().is_some_and(|h| overlap(h, norm(c)) > 0.9)
    };
    // the news is told first: a slow decay with the position in the article
    let decay = |c: &(usize, &str, f32)| 3.0 / (1.0 + from_lead(c.0) as f32 * 0.05);
    // Sentences are taken best first. The headline's words add TITLE_WORDS at most, so they are
    // looked for only in a sentence that could still outrank the best one waiting: the top few
    // of a page's hundreds of sentences (searching them all took 9 % of the summary's time).
    let mut rest: Vec<(f32, &(usize, &str, f32))> = cands.iter().filter(|c| c.2 > 0.0).map(|c| (c.2 + decay(c), c)).collect();
    let mut waiting: Vec<(f32, &(usize, &str, f32))> = Vec::new();
    let mut picked: Vec<&(usize, &str, f32)> = Vec::new();
    while picked.len() < MAX_FACTS {
        // admit, best first, every sentence that could still outrank the best one waiting
        while let Some(r) = best(&rest) {
            if best(&waiting).is_some_and(|w| waiting[w].0 > rest[r].0 + TITLE_WORDS + 1e-4) {
                break;
            }
            let (_, c) = rest.swap_remove(r);
            waiting.push((c.2 + TITLE_WORDS * on_subject(c) + decay(c), c));
        }
        let Some(k) = best(&waiting) else { break };
        let (_, c) = waiting.swap_remove(k);
        if !dup(&picked, c) {
            picked.push(c);
        }
    }
    // a short article: any sentence of the body rather than fewer than three facts
    if picked.len() < MIN_FACTS {
        for c in cands.iter().filter(|c| c.1.chars().count() >= 20) {
            if picked.len() == MIN_FACTS {
                break;
            }
            if !picked.iter().any(|p| p.0 == c.0) && !dup(&picked, c) {
                picked.push(c);
            }
        }
    }
    // in the article's order (five at most: an insertion sort, not a sort's code in the .wasm)
    for i in 1..picked.len() {
        let mut j = i;
        while j > 0 && picked[j - 1].0 > picked[j].0 {
            picked.swap(j - 1, j);
            j -= 1;
        }
    }
    picked.into_iter().map(|c| c.1.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(name: &str) -> Party {
        Party { name: name.into(), kind: "country", mentions: 3, role: None }
    }

    #[test]
    fn scores_news_over_quotes_questions_and_address() {
        let ps = [party("Japan"), party("North Korea")];
        let news = score("Japan and North Korea on Sunday held the first formal talks in more than a year.", &ps);
        let quote = score("\"We would like to make efforts so as to make progress towards solving those issues.\"", &ps);
        let question = score("So what does this mean for Japan and North Korea in the years to come?", &ps);
        let you = score("It's a game you can play on your phone with just one hand, so what's not to love about it.", &ps);
        let caption = score("Hori Parata at his farm, the place where he was born and grew up", &ps);
        assert!(news > quote && news > you && quote < 1.0);
        assert!(question < 0.0 && caption < 0.0);
        let however = score("However, Japan said relations with North Korea had improved during the talks in Beijing on Sunday.", &ps);
        assert!(however < score("Japan said relations with North Korea had improved during the talks in Beijing on Sunday.", &ps));
        let here = score("Here are the threats to Japan and North Korea that the ministry identified in its 2015 report.", &ps);
        assert!(here < score("The threats to Japan and North Korea were identified by the ministry in its 2015 report.", &ps));
        assert_eq!(after_dateline("BEIJING (AFP) - Japan and North Korea held talks."), "Japan and North Korea held talks.");
        assert_eq!(after_dateline("BUENOS AIRES.- El gobierno anunció una ley."), "El gobierno anunció una ley.");
        assert_eq!(after_dateline("LONDON — After nearly 20 years, the US will lift sanctions."), "After nearly 20 years, the US will lift sanctions.");
        assert_eq!(after_dateline("HONOLULU -- There's only one candidate."), "There's only one candidate.");
        assert_eq!(after_dateline("NEW YORK--Verizon is prepping a new app."), "Verizon is prepping a new app.");
        // the first separator: "NEW DELHI:" before a dash in the sentence
        assert_eq!(after_dateline("NEW DELHI: The session — a long one — opened."), "The session — a long one — opened.");
        let n = text::norm;
        let head = n("Népal: Obama's visit to the U.S. Senate");
        let words: Vec<&str> = head.split(' ').filter(|w| w.chars().count() >= 4).collect();
        assert_eq!(words, ["népal", "obama", "visit", "senate"]);
        assert_eq!(repeated_share(&words, "NÉPAL and the senate welcomed Obama’s decision."), 0.75);
        assert_eq!(repeated_share(&words, "The visitors left."), 0.0);
        assert!(overlap(&n("Japan and North Korea held talks."), &n("Japan and North Korea held talks on Sunday.")) > 0.7);
        assert_eq!(overlap(&n("a b c d"), &n("b d e")), 2.0 / 3.0);
    }

    #[test]
    fn a_sentence_that_repeats_the_headline_is_picked_over_one_above_it() {
        let filler = ["Rescue teams worked through the night as rain turned to sleet over the valley.", "Shops stayed shut while crews cleared the roads leading down from the hills.", "Several schools told parents to keep their children at home until the weekend.", "Power was cut to hundreds of homes when cables came down under the weight of ash.", "Officials asked people living near the slopes to wear masks when they went outside.", "Farmers moved their cattle to higher ground as the river began to rise after dark."];
        let subject = "Flights stayed grounded because the volcanic eruption closed airports across the northern region.";
        let body: String = filler.iter().chain([&subject]).map(|p| format!("<p>{p}</p>")).collect();
        let html = format!("<html><head><title>Volcanic eruption closes airports across northern region</title></head><body><article><h1>Volcanic eruption closes airports across northern region</h1>{body}</article></body></html>");
        let facts = crate::summary::summary_of(&html).facts;
        assert_eq!(facts.len(), 5);
        assert!(facts.iter().any(|f| f == subject), "{facts:?}");
        assert!(!facts.iter().any(|f| f == filler[5]), "{facts:?}");
    }

    #[test]
    fn fragments_footnotes_bullets_and_asides_are_no_facts() {
        let ps = [party("Japan")];
        assert!(score(", there are two solutions to the equation and they are both real numbers.", &ps) < 0.0);
        assert!(score("^ In 2015, 55% of adults aged 15 years and over reported knowledge of the language.", &ps) < 0.0);
        assert!(score("+ Added granite, andesite and diorite stone blocks, with smooth versions of each.", &ps) < 0.0);
        assert!(score("”卢宇说，“在国外学习生活了将近10年，我愈发感觉到祖国这些年发生的变化。", &ps) < 0.0);
        assert!(score("(EDIT: removed the link to the post, because they got what they wanted in the end.)", &ps) < 0.0);
        assert!(score("The overall rankings of the countries were as follows: 1.", &ps) < 0.0);
        assert!(score("Japan ranks last of the ten wealthy countries on one count: poverty, at 17.", &ps) > 0.0);
        assert!(score("(CNN) The report found that Japan ranks last among ten wealthy countries on poverty.", &ps) > 0.0);
        assert!(score("Japan (and its neighbours) ranks last among ten wealthy countries on poverty (2015).", &ps) > 0.0);
    }

    #[test]
    fn acronyms_and_foreign_i_are_not_first_person_and_quote_pieces_lose() {
        let ps = [party("Obama")];
        let us = score("Hours after the interview, a gunman opened fire at a cinema in the US state of Louisiana.", &ps);
        let we = score("Hours after the interview, we saw a gunman open fire at a cinema in the state of Louisiana.", &ps);
        assert!(us > we);
        assert!(!personal("US") && !personal("i") && personal("I") && personal("we") && personal("Our"));
        let piece = score("She added: “They never stood a chance of saving her, not with the drug in her system.", &ps);
        let whole = score("She added that they never stood a chance of saving her, not with the drug in her system.", &ps);
        assert!(piece < whole - 0.5);
        assert!(!quotes("Er sagte: „Wir bleiben hier“, und ging mit seinen Leuten nach Hause.").1);
    }
}
