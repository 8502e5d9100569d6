//! The interchange document written as its studies arrive: each study is serialised and
//! dropped before the next is read, so writing a journal of any size holds one study in
//! memory, not all of them. The bytes are those of [`super::to_json`].

use std::cell::RefCell;
use std::io::{self, Write};

use serde::ser::{Error as _, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::domain::Study;

/// Why a streamed document stopped: a study could not be had, or the output failed.
#[derive(Debug)]
pub enum StreamError<E> {
    Study(E),
    Write(io::Error),
}

/// Writes the document of the studies `studies` yields, in order, to `out`: the bytes
/// [`super::to_json`] gives for the same studies. The first study that fails stops the
/// document (what was written before it stays written: write to a temporary file).
pub fn write_json<W, E, I>(out: W, studies: I) -> Result<(), StreamError<E>>
where
    W: Write,
    I: Iterator<Item = Result<Study, E>>,
{
    let doc = Document {
        format: super::FORMAT,
        version: super::VERSION,
        studies: Lazy {
            studies: RefCell::new(Some(studies)),
            failed: RefCell::new(None),
        },
    };
    let mut out = io::BufWriter::new(out);
    let written = serde_json::to_writer_pretty(&mut out, &doc);
    if let Some(e) = doc.studies.failed.into_inner() {
        return Err(StreamError::Study(e));
    }
    written
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
        .map_err(StreamError::Write)
}

/// The same fields, in the same order, as the document `to_json` writes.
#[derive(Serialize)]
struct Document<T> {
    format: &'static str,
    version: u64,
    studies: T,
}

/// A list serialised as its items are produced; the first error is kept for the caller.
struct Lazy<I, E> {
    studies: RefCell<Option<I>>,
    failed: RefCell<Option<E>>,
}

impl<I, E> Serialize for Lazy<I, E>
where
    I: Iterator<Item = Result<Study, E>>,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let studies = self.studies.borrow_mut().take();
        let mut seq = serializer.serialize_seq(None)?;
        for study in studies.into_iter().flatten() {
            match study {
                Ok(study) => seq.serialize_element(&study)?,
                Err(e) => {
                    *self.failed.borrow_mut() = Some(e);
                    return Err(S::Error::custom("a study could not be read"));
                }
            }
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(studies: Vec<Study>) -> String {
        let mut out = Vec::new();
        write_json(&mut out, studies.into_iter().map(Ok::<_, ()>)).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn the_streamed_document_is_byte_identical_to_to_json() {
        let json = include_str!("../../../tests/fixtures/example-study.json");
        let study = super::super::parse(json).expect("example").remove(0);
        let mut other = study.clone();
        other.name.push_str(" (2)");
        for studies in [vec![], vec![study.clone()], vec![study, other]] {
            assert_eq!(written(studies.clone()), super::super::to_json(&studies));
        }
    }

    #[test]
    fn a_study_that_fails_stops_the_document_with_its_error() {
        let studies = vec![Ok(Study::new("a", "b")), Err("unreadable")];
        let mut out = Vec::new();
        match write_json(&mut out, studies.into_iter()) {
            Err(StreamError::Study(e)) => assert_eq!(e, "unreadable"),
            other => panic!("expected the study's error, got {other:?}"),
        }
    }
}
