//! JSON-LD values. serde_json parses them (same grammar, same errors, same depth limit), but
//! into this small tree rather than `serde_json::Value`: a Value object is a `BTreeMap` and its
//! `Display` brings both JSON printers and float printing, about 5 KB of the gzipped .wasm
//! (issue #6) for objects of a few dozen keys that are only ever looked up.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON value as JSON-LD reading needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ld {
    Null,
    /// A number or a boolean: never read.
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
    fn reads_like_serde_json() {
        let src = r#"{"b":[1,true,null,"x\"\\\n\u0001\u001a"],"a":{"@type":"NewsArticle"},"b":"last","c":-2.5e3}"#;
        let v: Ld = serde_json::from_str(src).unwrap();
        assert_eq!(v.get("b"), Some(&Ld::Str("last".into())));
        assert_eq!(v.get("a").and_then(|a| a.get("@type")).and_then(Ld::as_str), Some("NewsArticle"));
        assert!(v.get("z").is_none() && v.get("c") == Some(&Ld::Scalar));
        let s = r#"["x\"\\\n\u0001",7,null]"#;
        let arr = vec![Ld::Str("x\"\\\n\u{1}".into()), Ld::Scalar, Ld::Null];
        assert_eq!(serde_json::from_str::<Ld>(s).unwrap(), Ld::Arr(arr));
        for bad in ["{\"a\":1e999}", "[1,]", "{\"a\" 1}", "\"\\ud800\""] {
            assert!(serde_json::from_str::<Ld>(bad).is_err() && serde_json::from_str::<serde_json::Value>(bad).is_err(), "{bad}");
        }
    }
}
