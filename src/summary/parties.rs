//! Parties: the people, countries, organisations and groups a story is about, ranked by
//! importance (mentions, the headline, the lead), with aliases merged and roles taken from
//! titles and appositions. Capitalisation patterns plus the gazetteers; no model.

use super::gazetteer;
use super::{Party, Text};

/// Words that start sentences or sit capitalised in headlines without naming anyone.
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "to", "of", "for", "from", "by",
    "with", "as", "after", "before", "since", "when", "while", "this", "that", "these", "those",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
    "there", "here", "what", "who", "why", "how", "where", "which", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "some", "many", "most", "more", "all", "no",
    "not", "yes", "also", "earlier", "later", "last", "first", "new", "now", "then", "still",
    "so", "yet", "even", "just", "only", "once", "both", "each", "every", "other", "such", "our",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "updated", "read", "photo", "video", "image", "click", "watch",
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "il", "elle", "der", "die", "das",
    "ein", "eine", "und", "el", "los", "las", "en", "y", "o", "um", "uma", "os", "as", "je",
    "se", "na", "v", "ve", "s", "z", "a", "ale", "to", "mr", "mrs", "ms", "dr", "formal", "talks",
];

/// Titles before a name: taken as the role, not part of the name.
const TITLES: &[&str] = &[
    "President", "Prime", "Minister", "Vice", "Chancellor", "Secretary", "Senator", "Sen.",
    "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Dr.", "Dr",
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "General", "Gen.", "Judge", "Justice", "Coach",
    "Chairman", "Chief", "Executive", "Director", "Ambassador", "Foreign", "Defence", "Defense",
    "Finance", "Interior", "Premier", "Rep.", "Representative", "Speaker", "Leader", "CEO",
    "Officer", "Sir", "Lord", "Lady", "Emperor", "Sheikh", "Bishop", "Cardinal", "Captain",
    "Manager", "Professor", "Prof.", "Deputy", "Former", "Acting", "Supreme", "Commander",
];

/// Last words of organisation names.
const ORG_WORDS: &[&str] = &[
    "Ministry", "Party", "Council", "Agency", "Bank", "Inc", "Inc.", "Corp", "Corp.", "Ltd",
    "University", "Committee", "Association", "Federation", "Club", "United", "FC", "Commission",
    "Court", "Department", "Office", "Group", "Organization", "Organisation", "Company", "Times",
    "News", "Post", "Force", "Army", "Navy", "Police", "Parliament", "Congress", "Senate",
    "Institute", "Foundation", "Union", "League", "Bureau", "Service", "Network", "Corporation",
    "Authority", "Board", "Airlines", "Motors", "Press", "Journal", "Herald", "Tribune", "Fund",
    "Assembly", "Government", "Cabinet", "Administration", "Church", "Hospital", "School",
    "College", "Foundation", "Alliance", "Front", "Movement", "Society", "Project", "Labs",
];

/// Words that may stand lower-case inside a name ("Bank of England", "Charles de Gaulle").
const CONNECTORS: &[&str] = &["of", "de", "du", "von", "van", "der", "al", "bin", "la", "del", "da", "dos", "for"];

#[derive(Debug, Clone)]
struct Mention {
    name: String,
    kind: &'static str,
    role: Option<String>,
    weight: f32,
}

fn is_cap(w: &str) -> bool {
    let mut c = w.chars();
    match c.next() {
        Some(f) if f.is_uppercase() => true,
        Some(f) if f.is_ascii_digit() => false,
        _ => false,
    }
}

fn strip(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '\'' && c != '’');
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    w.trim_end_matches(['.', '\'', '’', '-'])
}

/// Sequences of capitalised words in one sentence, with the words before each.
fn sequences(sentence: &str) -> Vec<(Vec<String>, bool, Option<String>)> {
    let raw: Vec<&str> = sentence.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let w = raw[i];
        if !is_cap(strip(w)) || strip(w).is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        let mut words = vec![strip(w).to_string()];
        let mut ends = ends_phrase(w);
        i += 1;
        while i < raw.len() && !ends {
            let s = strip(raw[i]);
            if is_cap(s) {
                words.push(s.to_string());
                ends = ends_phrase(raw[i]);
                i += 1;
            } else if CONNECTORS.contains(&s) && i + 1 < raw.len() && is_cap(strip(raw[i + 1])) && !ends_phrase(raw[i]) {
                words.push(s.to_string());
                i += 1;
            } else {
                break;
            }
        }
        let prev = if start > 0 { Some(raw[start - 1].to_lowercase()) } else { None };
        out.push((words, start == 0, prev));
    }
    out
}

/// Punctuation after a word ends a name (a comma, a possessive, a full stop).
fn ends_phrase(w: &str) -> bool {
    w.ends_with([',', ';', ':', '.', '!', '?', ')', '"', '”']) || w.ends_with("'s") || w.ends_with("’s")
}

fn classify(words: &[String], sentence_start: bool, prev: Option<&str>) -> Option<Mention> {
    let mut words: Vec<String> = words.to_vec();
    // a sentence-initial common word is not part of a name
    while sentence_start && !words.is_empty() && STOPWORDS.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| CONNECTORS.contains(&w.as_str())) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let full = words.join(" ");
    if let Some((c, capital)) = gazetteer::country_of(&full) {
        let locative = prev.is_some_and(|p| matches!(p, "in" | "at" | "to" | "from" | "near" | "à" | "en" | "v" | "ve"));
        if capital && locative {
            return Some(Mention { name: full, kind: "place", role: None, weight: 0.5 });
        }
        return Some(Mention { name: c.to_string(), kind: "country", role: None, weight: 1.0 });
    }
    if let Some(o) = gazetteer::organization_of(&full) {
        return Some(Mention { name: o.to_string(), kind: "organization", role: None, weight: 1.0 });
    }
    // titles become the role
    let mut role_words = Vec::new();
    while words.len() > 1 && TITLES.contains(&words[0].as_str()) {
        role_words.push(words.remove(0));
    }
    let name = words.join(" ");
    let role = (!role_words.is_empty()).then(|| role_words.join(" "));
    if words.iter().all(|w| STOPWORDS.contains(&w.to_lowercase().as_str()) || TITLES.contains(&w.as_str())) {
        return None;
    }
    if gazetteer::is_city(&name) {
        return Some(Mention { name, kind: "place", role: None, weight: 0.5 });
    }
    let last = words.last().map(String::as_str).unwrap_or("");
    if ORG_WORDS.contains(&last) || words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        return Some(Mention { name, kind: "organization", role: None, weight: 1.0 });
    }
    if words.len() == 1 {
        let w = &words[0];
        let acronym = w.len() >= 2 && w.len() <= 6 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.');
        if acronym {
            return Some(Mention { name, kind: "organization", role: None, weight: 1.0 });
        }
        // a lone capitalised word: a surname or a name to be merged later
        return Some(Mention { name, kind: "single", role, weight: 1.0 });
    }
    if words.len() <= 4 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(&w.as_str())) {
        return Some(Mention { name, kind: "person", role, weight: 1.0 });
    }
    Some(Mention { name, kind: "organization", role: None, weight: 0.5 })
}

/// "Name, head of the Foreign Ministry's bureau, said" → "head of the Foreign Ministry's bureau".
fn apposition(sentence: &str, name: &str) -> Option<String> {
    let pos = sentence.find(&format!("{name}, "))?;
    let rest = &sentence[pos + name.len() + 2..];
    let end = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
    let role = rest[..end].trim();
    let words = role.split_whitespace().count();
    let first = role.chars().next()?;
    let starts_like_role = first.is_lowercase() || role.starts_with("the ") || gazetteer::country_of(role.split_whitespace().next()?.trim_end_matches("'s")).is_some();
    let verbish = ["said", "says", "told", "replied", "added", "who", "which", "when", "and", "but"].iter().any(|v| role.split_whitespace().next() == Some(*v));
    (words >= 2 && words <= 14 && starts_like_role && !verbish && end < rest.len()).then(|| role.to_string())
}

pub fn parties(t: &Text) -> Vec<Party> {
    let mut sentences: Vec<(String, f32)> = Vec::new();
    if let Some(title) = &t.title {
        sentences.push((title.clone(), 3.0));
    }
    for (i, b) in t.prose().enumerate() {
        let w = if i == 0 { 2.0 } else { 1.0 };
        for s in crate::text::sentences(&b.text) {
            sentences.push((s, w));
        }
    }
    // name → (kind, mentions, score, role)
    let mut found: Vec<(Mention, u32, f32)> = Vec::new();
    let mut singles: Vec<(String, f32, u32)> = Vec::new();
    for (s, w) in &sentences {
        for (words, start, prev) in sequences(s) {
            let Some(mut m) = classify(&words, start, prev.as_deref()) else { continue };
            if m.kind == "single" {
                singles.push((m.name, *w, 1));
                continue;
            }
            if m.kind == "person" && m.role.is_none() {
                m.role = apposition(s, &m.name);
            }
            match found.iter_mut().find(|(x, _, _)| x.name == m.name) {
                Some((x, n, score)) => {
                    *n += 1;
                    *score += w * m.weight;
                    if x.role.is_none() {
                        x.role = m.role;
                    }
                }
                None => {
                    let score = w * m.weight;
                    found.push((m, 1, score));
                }
            }
        }
    }
    // lone words: a surname ("Abe") or family name ("Song") of a person found in full,
    // else a name used often enough on its own
    let mut lone: Vec<(String, u32, f32)> = Vec::new();
    for (name, w, n) in singles {
        if let Some((_, count, score)) = found.iter_mut().find(|(m, _, _)| m.kind == "person" && m.name.split_whitespace().any(|p| p == name)) {
            *count += n;
            *score += w;
        } else if let Some(e) = lone.iter_mut().find(|(x, _, _)| *x == name) {
            e.1 += n;
            e.2 += w;
        } else {
            lone.push((name, n, w));
        }
    }
    for (name, n, score) in lone {
        if n >= 3 && !STOPWORDS.contains(&name.to_lowercase().as_str()) {
            found.push((Mention { name, kind: "organization", role: None, weight: 1.0 }, n, score * 0.6));
        }
    }
    found.retain(|(m, _, _)| m.kind != "place" && m.name.chars().count() >= 2);
    found.sort_by(|a, b| b.2.total_cmp(&a.2).then(b.1.cmp(&a.1)));
    found
        .into_iter()
        .take(12)
        .map(|(m, n, _)| Party { name: m.name, kind: m.kind, mentions: n, role: m.role })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_people_with_titles_and_appositions() {
        let m = classify(&["Prime".into(), "Minister".into(), "Shinzo".into(), "Abe".into()], false, None).unwrap();
        assert_eq!((m.name.as_str(), m.kind, m.role.as_deref()), ("Shinzo Abe", "person", Some("Prime Minister")));
        assert_eq!(classify(&["Pyongyang".into()], false, None).unwrap().name, "North Korea");
        assert_eq!(classify(&["Beijing".into()], false, Some("in")).unwrap().kind, "place");
        let s = "\"We would like that,\" Junichi Ihara, head of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau, told NHK.";
        assert_eq!(apposition(s, "Junichi Ihara").as_deref(), Some("head of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau"));
    }
}
