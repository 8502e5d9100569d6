//! Reading the document's text into a `serde_json::Value`, refusing a key written twice in
//! one object.
//!
//! A derived struct refuses a field given twice, but the document is read as a `Value`
//! first (to check the envelope, normalise text, and quote the bad value in an error), and
//! serde_json's `Value` keeps the last of two equal keys without a word. So duplicates are
//! caught while the text is read: a `DeserializeSeed` that builds the same `Value`
//! serde_json would, knows the path it is at, and stops at a key its object already holds.
//! Doing it in the one JSON reader, rather than in a second scan of the text, keeps a
//! single parser (with its recursion limit) and gives the line and column of the duplicate
//! for free; carrying the path down the seeds gives the error its path in the same words as
//! every other problem (`studies[0].book.title`).

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Why the text could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Not JSON, or JSON with something after the value.
    Syntax(serde_json::Error),
    /// The key `key` at `path` is in its object twice; the second ends at `line`, `column`.
    Duplicate {
        path: String,
        key: String,
        line: usize,
        column: usize,
    },
}

pub fn read(json: &str) -> Result<Value, ReadError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let result = ValueAt {
        path: String::new(),
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    result.map_err(|error| match duplicate.into_inner() {
        Some((path, key)) => ReadError::Duplicate {
            path,
            key,
            line: error.line(),
            column: error.column(),
        },
        None => ReadError::Syntax(error),
    })
}

/// The value at `path`; a duplicate key found inside it is left in `duplicate`.
struct ValueAt<'a> {
    path: String,
    duplicate: &'a RefCell<Option<(String, String)>>,
}

impl ValueAt<'_> {
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
                *self.duplicate.borrow_mut() = Some((path, key));
                return Err(de::Error::custom("a key written twice"));
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

    fn duplicate_of(json: &str) -> Option<(String, String)> {
        match read(json) {
            Err(ReadError::Duplicate { path, key, .. }) => Some((path, key)),
            _ => None,
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let json = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "가"}"#;
        let ours = read(json).expect("valid");
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
        assert!(matches!(read("{} x"), Err(ReadError::Syntax(_))));
        assert!(matches!(read("{"), Err(ReadError::Syntax(_))));
    }
}
