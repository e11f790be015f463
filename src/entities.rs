//! HTML character references in text and attribute values (lol_html hands them over as they
//! stand in the source). Numeric references in full; named ones from a short table of those
//! that news pages use: the full HTML table (2,125 names) would add ~50 KB to the .wasm for
//! names no page writes. An unknown name stays as written, as a browser keeps `&foo;`.

/// (name, character), the names most used in page text.
const NAMED: crate::rules::PhraseTable<char> = crate::phrase_table![
    ("amp", '\u{26}'), ("lt", '\u{3c}'), ("gt", '\u{3e}'), ("quot", '\u{22}'), ("apos", '\u{27}'),
    ("nbsp", '\u{a0}'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'), ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200c}'), ("zwj", '\u{200d}'), ("lrm", '\u{200e}'), ("rlm", '\u{200f}'),
    ("shy", '\u{ad}'), ("ndash", '\u{2013}'), ("mdash", '\u{2014}'), ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'), ("sbquo", '\u{201a}'), ("ldquo", '\u{201c}'), ("rdquo", '\u{201d}'),
    ("bdquo", '\u{201e}'), ("laquo", '\u{ab}'), ("raquo", '\u{bb}'), ("lsaquo", '\u{2039}'),
    ("rsaquo", '\u{203a}'), ("hellip", '\u{2026}'), ("bull", '\u{2022}'), ("middot", '\u{b7}'),
    ("prime", '\u{2032}'), ("Prime", '\u{2033}'), ("dagger", '\u{2020}'), ("Dagger", '\u{2021}'),
    ("permil", '\u{2030}'), ("copy", '\u{a9}'), ("reg", '\u{ae}'), ("trade", '\u{2122}'),
    ("deg", '\u{b0}'), ("plusmn", '\u{b1}'), ("times", '\u{d7}'), ("divide", '\u{f7}'),
    ("micro", '\u{b5}'), ("para", '\u{b6}'), ("sect", '\u{a7}'), ("cent", '\u{a2}'),
    ("pound", '\u{a3}'), ("yen", '\u{a5}'), ("euro", '\u{20ac}'), ("curren", '\u{a4}'),
    ("frac12", '\u{bd}'), ("frac14", '\u{bc}'), ("frac34", '\u{be}'), ("sup1", '\u{b9}'),
    ("sup2", '\u{b2}'), ("sup3", '\u{b3}'), ("ordf", '\u{aa}'), ("ordm", '\u{ba}'),
    ("not", '\u{ac}'), ("macr", '\u{af}'), ("acute", '\u{b4}'), ("cedil", '\u{b8}'),
    ("uml", '\u{a8}'), ("iexcl", '\u{a1}'), ("iquest", '\u{bf}'), ("brvbar", '\u{a6}'),
    ("Agrave", '\u{c0}'), ("Aacute", '\u{c1}'), ("Acirc", '\u{c2}'), ("Atilde", '\u{c3}'),
    ("Auml", '\u{c4}'), ("Aring", '\u{c5}'), ("AElig", '\u{c6}'), ("Ccedil", '\u{c7}'),
    ("Egrave", '\u{c8}'), ("Eacute", '\u{c9}'), ("Ecirc", '\u{ca}'), ("Euml", '\u{cb}'),
    ("Igrave", '\u{cc}'), ("Iacute", '\u{cd}'), ("Icirc", '\u{ce}'), ("Iuml", '\u{cf}'),
    ("ETH", '\u{d0}'), ("Ntilde", '\u{d1}'), ("Ograve", '\u{d2}'), ("Oacute", '\u{d3}'),
    ("Ocirc", '\u{d4}'), ("Otilde", '\u{d5}'), ("Ouml", '\u{d6}'), ("Oslash", '\u{d8}'),
    ("Ugrave", '\u{d9}'), ("Uacute", '\u{da}'), ("Ucirc", '\u{db}'), ("Uuml", '\u{dc}'),
    ("Yacute", '\u{dd}'), ("THORN", '\u{de}'), ("szlig", '\u{df}'), ("agrave", '\u{e0}'),
    ("aacute", '\u{e1}'), ("acirc", '\u{e2}'), ("atilde", '\u{e3}'), ("auml", '\u{e4}'),
    ("aring", '\u{e5}'), ("aelig", '\u{e6}'), ("ccedil", '\u{e7}'), ("egrave", '\u{e8}'),
    ("eacute", '\u{e9}'), ("ecirc", '\u{ea}'), ("euml", '\u{eb}'), ("igrave", '\u{ec}'),
    ("iacute", '\u{ed}'), ("icirc", '\u{ee}'), ("iuml", '\u{ef}'), ("eth", '\u{f0}'),
    ("ntilde", '\u{f1}'), ("ograve", '\u{f2}'), ("oacute", '\u{f3}'), ("ocirc", '\u{f4}'),
    ("otilde", '\u{f5}'), ("ouml", '\u{f6}'), ("oslash", '\u{f8}'), ("ugrave", '\u{f9}'),
    ("uacute", '\u{fa}'), ("ucirc", '\u{fb}'), ("uuml", '\u{fc}'), ("yacute", '\u{fd}'),
    ("thorn", '\u{fe}'), ("yuml", '\u{ff}'), ("OElig", '\u{152}'), ("oelig", '\u{153}'),
    ("Scaron", '\u{160}'), ("scaron", '\u{161}'), ("Yuml", '\u{178}'), ("fnof", '\u{192}'),
    ("circ", '\u{2c6}'), ("tilde", '\u{2dc}'), ("Ccaron", '\u{10c}'), ("ccaron", '\u{10d}'),
    ("Ecaron", '\u{11a}'), ("ecaron", '\u{11b}'), ("Rcaron", '\u{158}'), ("rcaron", '\u{159}'),
    ("Zcaron", '\u{17d}'), ("zcaron", '\u{17e}'), ("Dcaron", '\u{10e}'), ("dcaron", '\u{10f}'),
    ("Ncaron", '\u{147}'), ("ncaron", '\u{148}'), ("Tcaron", '\u{164}'), ("tcaron", '\u{165}'),
    ("Uring", '\u{16e}'), ("uring", '\u{16f}'), ("Lstrok", '\u{141}'), ("lstrok", '\u{142}'),
    ("Sacute", '\u{15a}'), ("sacute", '\u{15b}'), ("Zacute", '\u{179}'), ("zacute", '\u{17a}'),
    ("Zdot", '\u{17b}'), ("zdot", '\u{17c}'), ("Nacute", '\u{143}'), ("nacute", '\u{144}'),
    ("Cacute", '\u{106}'), ("cacute", '\u{107}'), ("Eogon", '\u{118}'), ("eogon", '\u{119}'),
    ("Aogon", '\u{104}'), ("aogon", '\u{105}'), ("larr", '\u{2190}'), ("rarr", '\u{2192}'),
    ("uarr", '\u{2191}'), ("darr", '\u{2193}'), ("harr", '\u{2194}'), ("minus", '\u{2212}'),
    ("infin", '\u{221e}'), ("ne", '\u{2260}'), ("le", '\u{2264}'), ("ge", '\u{2265}'),
    ("asymp", '\u{2248}'), ("alpha", '\u{3b1}'), ("beta", '\u{3b2}'), ("gamma", '\u{3b3}'),
    ("delta", '\u{3b4}'), ("mu", '\u{3bc}'), ("pi", '\u{3c0}'), ("sigma", '\u{3c3}'),
    ("Omega", '\u{3a9}'),
];

/// Windows-1252 meanings of the C1 code points, which browsers give `&#128;`…`&#159;`.
const C1: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

fn numeric(digits: &str, hex: bool) -> char {
    let v = u32::from_str_radix(digits, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
    match v {
        0x80..=0x9F => char::from_u32(u32::from(C1[(v - 0x80) as usize])).unwrap_or('\u{fffd}'),
        0 => '\u{fffd}',
        _ => char::from_u32(v).unwrap_or('\u{fffd}'),
    }
}

/// Decodes the character references of `s`.
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let (ch, used) = reference(rest);
        match ch {
            Some(c) => out.push(c),
            None => out.push('&'),
        }
        rest = &rest[used..];
    }
    out.push_str(rest);
    out
}

/// The character of the reference at the start of `s` (which starts with `&`) and the bytes it
/// takes, or `None` and 1.
fn reference(s: &str) -> (Option<char>, usize) {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let len = b[start..].iter().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
        if len == 0 {
            return (None, 1);
        }
        let end = start + len;
        let c = numeric(&s[start..end.min(start + 8)], hex);
        let c = if len > 8 { '\u{fffd}' } else { c };
        return (Some(c), if b.get(end) == Some(&b';') { end + 1 } else { end });
    }
    let len = b[1..].iter().take(8).take_while(|c| c.is_ascii_alphanumeric()).count();
    if len > 0 && b.get(1 + len) == Some(&b';') {
        let name = &s[1..1 + len];
        if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
            return (Some(c), len + 2);
        }
    }
    (None, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_numeric_named_and_leaves_unknown() {
        assert_eq!(decode("a&amp;b &lt;p&gt; caf&eacute; &#8217;s &#x2014; &#150; &#0; &#xD800; &#99999999999;"), "a&b <p> café ’s — – \u{fffd} \u{fffd} \u{fffd}");
        assert_eq!(decode("AT&T &foo; &amp &#39 && &#; &#x;"), "AT&T &foo; &amp ' && &#; &#x;");
        assert_eq!(decode("&Scaron;koda &nbsp;x"), "Škoda \u{a0}x");
    }
}
