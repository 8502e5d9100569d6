//! Reading a document study by study: what is handed on, when, and what is refused.
use std::cell::Cell;
use std::io::Read;
use std::ops::ControlFlow;

use serde_json::json;

use super::super::{InterchangeError, ReadError, read_studies};
use crate::domain::{Chapter, Study};

/// A study of about `bytes` bytes of JSON, named `name`.
fn study(name: &str, bytes: usize) -> Study {
    let mut study = Study::new(name, "Book");
    let mut chapter = Chapter::new(1, "One");
    chapter.notes = "가".repeat(bytes / 3);
    study.chapters.push(chapter);
    study
}

fn document(studies: &[Study]) -> String {
    super::super::to_json(studies)
}

/// `bytes`, counting how many have been read in `read`.
struct Counting<'a> {
    bytes: &'a [u8],
    read: &'a Cell<usize>,
}

impl Read for Counting<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.bytes.read(buf)?;
        self.read.set(self.read.get() + n);
        Ok(n)
    }
}

/// The names `read_studies` hands on for `text`, and its outcome.
fn handed(text: &[u8]) -> (Vec<String>, Result<(), ReadError>) {
    let mut names = Vec::new();
    let read = read_studies(text, |study| {
        names.push(study.name);
        ControlFlow::Continue(())
    });
    (names, read)
}

#[test]
fn each_study_is_handed_on_before_the_next_is_read() {
    let text = document(&[study("a", 300_000), study("b", 300_000), study("c", 10)]);
    let read = Cell::new(0);
    let mut seen_at = Vec::new();
    let input = Counting {
        bytes: text.as_bytes(),
        read: &read,
    };
    read_studies(input, |study| {
        seen_at.push((study.name, read.get()));
        ControlFlow::Continue(())
    })
    .expect("good");
    let names: Vec<&str> = seen_at.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert!(
        seen_at[0].1 < 400_000,
        "a handed on at byte {}",
        seen_at[0].1
    );
    assert!(
        seen_at[1].1 < 700_000,
        "b handed on at byte {}",
        seen_at[1].1
    );
}

#[test]
fn no_study_is_handed_on_after_one_that_is_refused() {
    let mut bad = study("b", 10);
    bad.chapters[0].presenter = Some("Nobody".into());
    let text = document(&[study("a", 10), bad, study("c", 10)]);
    let (names, read) = handed(text.as_bytes());
    assert_eq!(names, ["a"]);
    assert!(
        matches!(read, Err(ReadError::Document(InterchangeError::Invalid(ref p))) if p[0].path.starts_with("studies[1].chapters[0]")),
        "{read:?}"
    );
}

#[test]
fn a_study_that_does_not_fit_stops_the_handing_but_not_the_reading() {
    let mut doc =
        serde_json::from_str::<serde_json::Value>(&document(&[study("a", 10), study("b", 10)]))
            .expect("json");
    doc["studies"][0]["colour"] = json!("red");
    let text = doc.to_string();
    let (names, read) = handed(text.as_bytes());
    assert!(names.is_empty());
    let message = read.expect_err("refused").to_string();
    assert!(
        message.contains("studies[0].colour: unknown field"),
        "{message}"
    );
    // A syntax error further on is what reading the whole text first found.
    let (_, read) = handed(&text.as_bytes()[..text.len() - 3]);
    assert!(
        matches!(
            read,
            Err(ReadError::Document(InterchangeError::Syntax { .. }))
        ),
        "{read:?}"
    );
}

#[test]
fn an_envelope_after_the_studies_is_checked_all_the_same() {
    let list = serde_json::to_string(&[study("a", 10)]).expect("json");
    let (names, read) = handed(format!(r#"{{"studies": {list}, "format": "x"}}"#).as_bytes());
    // Handed on, then refused: the caller throws away what it was given.
    assert_eq!(names, ["a"]);
    assert!(
        matches!(
            read,
            Err(ReadError::Document(InterchangeError::NotStudylog { .. }))
        ),
        "{read:?}"
    );
    let (_, read) =
        handed(format!(r#"{{"studies": {list}, "format": "studylog", "version": 2}}"#).as_bytes());
    assert!(
        matches!(
            read,
            Err(ReadError::Document(InterchangeError::NewerVersion {
                found: 2
            }))
        ),
        "{read:?}"
    );
}

#[test]
fn when_each_breaks_the_rest_is_still_checked() {
    let text = document(&[study("a", 10), study("a", 10)]);
    let mut calls = 0;
    let read = read_studies(text.as_bytes(), |_| {
        calls += 1;
        ControlFlow::Break(())
    });
    assert_eq!(calls, 1);
    let message = read.expect_err("two studies named a").to_string();
    assert!(
        message.contains("is also the name of studies[0]"),
        "{message}"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_found_even_after_a_syntax_error() {
    let (_, read) = handed(b"{\"format\" x \"studylog\"} \xff");
    assert!(matches!(read, Err(ReadError::Input(_))), "{read:?}");
    let (_, read) = handed(b"{\"format\" x \"studylog\"}");
    assert!(
        matches!(
            read,
            Err(ReadError::Document(InterchangeError::Syntax {
                line: 1,
                column: 11,
                ..
            }))
        ),
        "{read:?}"
    );
}
