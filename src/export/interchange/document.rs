//! Reading a document study by study: the text of each study in the `studies` list is read
//! into a JSON value, checked, turned into a [`Study`] and handed on before the next is
//! read, so reading a journal of any size holds one study, not the document.
//!
//! The checks and their order are those of reading the whole document first: a syntax
//! error or a key written twice anywhere wins, then the envelope (`format`, `version`), then
//! the first value that does not fit its field (in the order serde visits a JSON object's
//! keys: sorted), then every problem `validate_study` finds, and names given to two studies.
//! So the whole text is always read, even past a study that failed, and a study is handed on
//! only while every study before it was good.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::ops::ControlFlow;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::position::{Counted, Position};
use super::reader::{Duplicate, Duplicates, ValueAt};
use super::{
    InterchangeError, ReadError, check_envelope, field_problem, json_pointer, normalize_text,
    syntax_message,
};
use crate::domain::validate::ProblemKind;
use crate::domain::{Problem, Study, validate_study};

const STUDIES: &str = "studies";

/// What the document holds besides its studies, read the way the whole document was: the
/// same fields in the same order, so an unknown key gets the same message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    #[serde(rename = "format")]
    _format: String,
    #[serde(rename = "version")]
    _version: u64,
    /// The studies were read as they came: what is left here is an empty list, `null`, or
    /// a value of another type than a list, for this to name.
    #[serde(
        rename = "studies",
        default,
        deserialize_with = "crate::domain::nullable::or_default"
    )]
    _studies: Vec<IgnoredAny>,
}

/// Reads the document from `source`, handing each good study to `each` in order (until it
/// breaks), and says whether the whole document is good. Studies handed on before an error
/// was found are the caller's to throw away.
pub fn read<R: std::io::Read>(
    source: R,
    chunk: usize,
    each: &mut dyn FnMut(Study) -> ControlFlow<()>,
) -> Result<(), ReadError> {
    let position = Position::default();
    let duplicates = Duplicates::new(&position);
    let mut studies = Studies {
        each,
        handing: true,
        names: HashMap::new(),
        problems: Vec::new(),
        misfit: None,
    };
    let mut deserializer =
        serde_json::Deserializer::from_reader(Counted::new(source, chunk, &position));
    let read = Root {
        studies: &mut studies,
        duplicate: &duplicates,
    }
    .deserialize(&mut deserializer)
    .and_then(|envelope| deserializer.end().map(|()| envelope));
    let mut envelope = read.map_err(|e| match duplicates.into_found() {
        Some(duplicate) => duplicate_error(duplicate),
        None => reading_error(e),
    })?;

    normalize_text(&mut envelope);
    check_envelope(&envelope)?;
    let misshapen = serde_path_to_error::deserialize::<_, Envelope>(&envelope)
        .err()
        .map(|e| {
            Problem::new(
                e.path().to_string(),
                field_problem(
                    e.path(),
                    e.inner(),
                    envelope.pointer(&json_pointer(e.path())),
                ),
            )
        });
    // serde visits the keys in sorted order: a bad key before "studies" was found first.
    let first = match (misshapen, studies.misfit) {
        (Some(envelope), misfit) if misfit.is_none() || envelope.path.as_str() < STUDIES => {
            Some(envelope)
        }
        (_, misfit) => misfit,
    };
    if let Some(problem) = first {
        return Err(InterchangeError::Invalid(vec![problem]).into());
    }
    if studies.problems.is_empty() {
        Ok(())
    } else {
        Err(InterchangeError::Invalid(studies.problems).into())
    }
}

fn duplicate_error(duplicate: Duplicate) -> ReadError {
    InterchangeError::Invalid(vec![Problem::new(
        duplicate.path,
        ProblemKind::KeyTwice {
            key: Value::String(duplicate.key).to_string(),
            line: duplicate.line,
            column: duplicate.column,
        },
    )])
    .into()
}

/// The error that stopped the reading of the text, in the user's terms.
fn reading_error(e: serde_json::Error) -> ReadError {
    if e.is_io() {
        // A file that cannot be read, or is not UTF-8 text: not the document's fault.
        return ReadError::Input(e.into());
    }
    InterchangeError::Syntax {
        message: syntax_message(&e),
        line: e.line(),
        column: e.column(),
    }
    .into()
}

/// What reading the studies has found so far.
struct Studies<'f> {
    each: &'f mut dyn FnMut(Study) -> ControlFlow<()>,
    /// Whether every study so far was good and `each` still takes them.
    handing: bool,
    /// Each name read so far, with the index of the first study that has it.
    names: HashMap<String, usize>,
    problems: Vec<Problem>,
    /// The first value that does not fit its field: studies after it are read as text
    /// only, for a syntax error or a key written twice further on.
    misfit: Option<Problem>,
}

impl Studies<'_> {
    /// Checks the study at `index` (its text read as `value`), and hands it on while every
    /// study before it was good.
    fn take(&mut self, index: usize, mut value: Value) {
        if self.misfit.is_some() {
            return;
        }
        normalize_text(&mut value);
        let study: Study = match serde_path_to_error::deserialize(&value) {
            Ok(study) => study,
            Err(e) => {
                let found = value.pointer(&json_pointer(e.path()));
                self.misfit = Some(Problem::new(
                    study_path(index, e.path()),
                    field_problem(e.path(), e.inner(), found),
                ));
                self.handing = false;
                return;
            }
        };
        drop(value);
        match self.names.entry(study.name.clone()) {
            Entry::Occupied(first) => self.problems.push(Problem::new(
                format!("studies[{index}].name"),
                ProblemKind::StudyNameTwice {
                    name: study.name.clone(),
                    first: *first.get(),
                },
            )),
            Entry::Vacant(slot) => {
                slot.insert(index);
            }
        }
        self.problems
            .extend(validate_study(&study).into_iter().map(|p| Problem {
                path: format!("studies[{index}].{}", p.path),
                kind: p.kind,
            }));
        self.handing = self.handing && self.problems.is_empty() && (self.each)(study).is_continue();
    }
}

/// `studies[INDEX]` followed by `path` inside that study, as serde_path_to_error writes a
/// path (`studies[0].sessions[2].held_on`).
fn study_path(index: usize, path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = format!("studies[{index}]");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            other => out.push_str(&format!(".{other}")),
        }
    }
    out
}

/// The document: an object whose `studies` are read one by one and left out of the value it
/// gives (the envelope); anything else is read whole, for the envelope check to name.
struct Root<'a, 'f> {
    studies: &'a mut Studies<'f>,
    duplicate: &'a Duplicates<'a>,
}

impl<'de> DeserializeSeed<'de> for Root<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// `$visitor`'s methods for every JSON value but an object, each building the value as
/// [`ValueAt`] does, at `$path`.
macro_rules! read_whole_unless_object {
    ($path:expr) => {
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_bool(v)
                .map(Into::into)
        }

        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_i64(v)
                .map(Into::into)
        }

        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_u64(v)
                .map(Into::into)
        }

        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_f64(v)
                .map(Into::into)
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_str(v)
                .map(Into::into)
        }

        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_string(v)
                .map(Into::into)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_unit()
                .map(Into::into)
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            ValueAt::new($path, self.duplicate)
                .visit_none()
                .map(Into::into)
        }
    };
}

impl<'de> Visitor<'de> for Root<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    read_whole_unless_object!(String::new());

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Value, A::Error> {
        ValueAt::new(String::new(), self.duplicate).visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut envelope = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if envelope.contains_key(&key) {
                return Err(self.duplicate.written_twice(key.clone(), key));
            }
            let value = if key == STUDIES {
                map.next_value_seed(StudyList {
                    studies: &mut *self.studies,
                    duplicate: self.duplicate,
                })?
                .0
                .unwrap_or_else(|| Value::Array(Vec::new()))
            } else {
                map.next_value_seed(ValueAt::new(key.clone(), self.duplicate))?
            };
            envelope.insert(key, value);
        }
        Ok(Value::Object(envelope))
    }
}

/// The value of `studies`: a list read study by study, or anything else read whole.
struct StudyList<'a, 'f> {
    studies: &'a mut Studies<'f>,
    duplicate: &'a Duplicates<'a>,
}

/// What is left of `studies` once read: nothing for a list (its studies were handed on),
/// or the value that is not a list.
struct Leftover(Option<Value>);

impl From<Value> for Leftover {
    fn from(value: Value) -> Self {
        Leftover(Some(value))
    }
}

impl<'de> DeserializeSeed<'de> for StudyList<'_, '_> {
    type Value = Leftover;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Leftover, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StudyList<'_, '_> {
    type Value = Leftover;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of studies")
    }

    read_whole_unless_object!(STUDIES.to_owned());

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Leftover, A::Error> {
        ValueAt::new(STUDIES.to_owned(), self.duplicate)
            .visit_map(map)
            .map(Into::into)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Leftover, A::Error> {
        let mut index = 0;
        while let Some(study) =
            seq.next_element_seed(ValueAt::new(format!("studies[{index}]"), self.duplicate))?
        {
            self.studies.take(index, study);
            index += 1;
        }
        Ok(Leftover(None))
    }
}

#[cfg(test)]
mod tests;
