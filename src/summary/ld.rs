//! JSON-LD values. serde_json parses them (same grammar, same errors, same depth limit), but
//! into this small tree rather than `serde_json::Value`: a Value object is a `BTreeMap` and its
//! `Display` brings both JSON printers and float printing, about 5 KB of the gzipped .wasm
//! (issue #6) for objects of a few dozen keys that are only ever looked up and printed once.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON value as JSON-LD reading needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ld {
    Null,
    /// A number or a boolean: never read, only ever part of `json`'s text.
    Scalar,
    Str(String),
    Arr(Vec<Ld>),
    /// Keys in order of first appearance; a repeated key keeps its last value, as in a
    /// `serde_json::Map`.
    Obj(Vec<(String, Ld)>),
}

impl Ld {
    /// The value of an object's key (`serde_json::Value::get`).
    pub fn get(&self, key: &str) -> Option<&Ld> {
        match self {
            Ld::Obj(o) => o.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// An object's key taken out (`serde_json::Map::remove`).
    pub fn remove(&mut self, key: &str) -> Option<Ld> {
        match self {
            Ld::Obj(o) => o.iter().position(|(k, _)| k == key).map(|i| o.remove(i).1),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Ld::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Ld>> {
        match self {
            Ld::Arr(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Ld::Null)
    }

    /// The value as compact JSON text, as `serde_json::Value`'s `to_string` writes it but for
    /// two things a search for a word in it cannot tell apart: a number or boolean is `0`, and
    /// an object's keys keep their order (serde_json sorts them).
    pub fn json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Ld::Null => out.push_str("null"),
            Ld::Scalar => out.push('0'),
            Ld::Str(s) => write_str(s, out),
            Ld::Arr(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Ld::Obj(o) => {
                out.push('{');
                for (i, (k, v)) in o.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, the short forms of five control
/// characters and `\u00xx` (lower-case hex) for the other ones below U+0020.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as usize;
                out.push_str("\\u00");
                out.push(HEX[b >> 4] as char);
                out.push(HEX[b & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl<'de> Deserialize<'de> for Ld {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ld, D::Error> {
        d.deserialize_any(LdVisitor)
    }
}

struct LdVisitor;

impl<'de> Visitor<'de> for LdVisitor {
    type Value = Ld;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Ld, E> {
        Ok(Ld::Scalar)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Ld, E> {
        Ok(Ld::Scalar)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Ld, E> {
        Ok(Ld::Scalar)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Ld, E> {
        Ok(Ld::Scalar)
    }

    fn visit_str<E>(self, s: &str) -> Result<Ld, E> {
        Ok(Ld::Str(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Ld, E> {
        Ok(Ld::Str(s))
    }

    fn visit_unit<E>(self) -> Result<Ld, E> {
        Ok(Ld::Null)
    }

    fn visit_none<E>(self) -> Result<Ld, E> {
        Ok(Ld::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Ld, D::Error> {
        Ld::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ld, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(Ld::Arr(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ld, A::Error> {
        let mut out: Vec<(String, Ld)> = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Ld>()? {
            match out.iter_mut().find(|(o, _)| *o == k) {
                Some(slot) => slot.1 = v,
                None => out.push((k, v)),
            }
        }
        Ok(Ld::Obj(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_prints_like_serde_json() {
        let src = r#"{"b":[1,true,null,"x\"\\\n\u0001\u001a"],"a":{"@type":"NewsArticle"},"b":"last","c":-2.5e3}"#;
        let v: Ld = serde_json::from_str(src).unwrap();
        assert_eq!(v.get("b"), Some(&Ld::Str("last".into())));
        assert_eq!(v.get("a").and_then(|a| a.get("@type")).and_then(Ld::as_str), Some("NewsArticle"));
        assert!(v.get("z").is_none() && v.get("c") == Some(&Ld::Scalar));
        let s = r#"["x\"\\\n\u0001\u001a",7,null,"\t\r\b\f"]"#;
        let want = serde_json::from_str::<serde_json::Value>(s).unwrap().to_string();
        assert_eq!(serde_json::from_str::<Ld>(s).unwrap().json(), want.replace('7', "0"));
        for bad in ["{\"a\":1e999}", "[1,]", "{\"a\" 1}", "\"\\ud800\""] {
            assert!(serde_json::from_str::<Ld>(bad).is_err() && serde_json::from_str::<serde_json::Value>(bad).is_err(), "{bad}");
        }
    }
}
