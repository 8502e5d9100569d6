//! Reading JSON text into a `serde_json::Value`, refusing a key written twice in one object.
//!
//! A derived struct refuses a field given twice, but each study is read as a `Value` first
//! (to normalise text, and to quote the bad value in an error), and serde_json's `Value`
//! keeps the last of two equal keys without a word. So duplicates are caught while the text
//! is read: a `DeserializeSeed` that builds the same `Value` serde_json would, knows the
//! path it is at, and stops at a key its object already holds. Doing it in the one JSON
//! reader, rather than in a second scan of the text, keeps a single parser (with its
//! recursion limit), and the reader's [`Position`] gives the line and column where the
//! duplicate ends; carrying the path down the seeds gives the error its path in the same
//! words as every other problem (`studies[0].book.title`).

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::position::Position;

/// A key written twice in one object: its path, the key, and where it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub path: String,
    pub key: String,
    pub line: usize,
    pub column: usize,
}

/// Where the reading leaves the first key written twice, and where it looks for the
/// position of the text read so far.
pub struct Duplicates<'p> {
    found: RefCell<Option<Duplicate>>,
    position: &'p Position,
}

impl<'p> Duplicates<'p> {
    pub fn new(position: &'p Position) -> Self {
        Duplicates {
            found: RefCell::new(None),
            position,
        }
    }

    pub fn into_found(self) -> Option<Duplicate> {
        self.found.into_inner()
    }

    /// The error that stops the reading at a key written twice, noted with the position
    /// of its end (the key has just been read).
    pub fn written_twice<E: de::Error>(&self, path: String, key: String) -> E {
        let (line, column) = self.position.line_column();
        *self.found.borrow_mut() = Some(Duplicate {
            path,
            key,
            line,
            column,
        });
        E::custom("a key written twice")
    }
}

/// The value at `path`; a duplicate key found inside it is left in `duplicate`.
pub struct ValueAt<'a> {
    path: String,
    duplicate: &'a Duplicates<'a>,
}

impl<'a> ValueAt<'a> {
    pub fn new(path: String, duplicate: &'a Duplicates<'a>) -> Self {
        ValueAt { path, duplicate }
    }

    fn child(&self, path: String) -> Self {
        ValueAt {
            path,
            duplicate: self.duplicate,
        }
    }
}

impl<'de> DeserializeSeed<'de> for ValueAt<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueAt<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // As serde_json's own `Value` does: JSON text has no NaN or infinity to give.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let at = self.child(format!("{}[{}]", self.path, items.len()));
            match seq.next_element_seed(at)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if object.contains_key(&key) {
                return Err(self.duplicate.written_twice(path, key));
            }
            let value = map.next_value_seed(self.child(path))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::export::interchange::position::Counted;

    /// The whole of `json` read as one value, and the key written twice if there is one.
    fn read(json: &str) -> (Result<Value, serde_json::Error>, Option<Duplicate>) {
        let position = Position::default();
        let duplicates = Duplicates::new(&position);
        let mut deserializer =
            serde_json::Deserializer::from_reader(Counted::new(json.as_bytes(), 16, &position));
        let value = ValueAt::new(String::new(), &duplicates)
            .deserialize(&mut deserializer)
            .and_then(|value| deserializer.end().map(|()| value));
        (value, duplicates.into_found())
    }

    fn duplicate_of(json: &str) -> Option<(String, String)> {
        read(json).1.map(|d| (d.path, d.key))
    }

    #[test]
    fn a_key_twice_is_placed_where_it_ends() {
        let found = read("{\"a\": 1,\n  \"a\" : 2}").1.expect("duplicate");
        assert_eq!((found.line, found.column), (2, 5));
        let found = read("[{\"a\":1,\"a\"}]").1.expect("duplicate");
        assert_eq!((found.line, found.column), (1, 11));
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let json = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "가"}"#;
        let ours = read(json).0.expect("valid");
        let theirs: Value = serde_json::from_str(json).expect("valid");
        assert_eq!(ours, theirs);
    }

    #[test]
    fn a_key_twice_is_named_with_its_path() {
        assert_eq!(
            duplicate_of(r#"{"a": 1, "a": 2}"#),
            Some(("a".into(), "a".into()))
        );
        assert_eq!(
            duplicate_of(r#"{"s": [{}, {"b": {"k": null, "k": null}}]}"#),
            Some(("s[1].b.k".into(), "k".into()))
        );
        assert_eq!(duplicate_of(r#"{"a": {"k": 1}, "b": {"k": 1}}"#), None);
    }

    #[test]
    fn trailing_text_is_a_syntax_error() {
        for json in ["{} x", "{"] {
            let (value, duplicate) = read(json);
            assert!(value.is_err_and(|e| e.is_syntax() || e.is_eof()), "{json}");
            assert_eq!(duplicate, None);
        }
    }
}
