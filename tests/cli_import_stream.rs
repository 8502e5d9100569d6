//! `studylog import` reads its document study by study, writing each into the journal as it
//! is read (issue 16), and still imports all or nothing: a document refused after its first
//! studies leaves the journal as it was, and a journal that did not exist is not created,
//! nor is anything left beside it.

mod common;

use common::{Journal, example_value, files_in};
use predicates::prelude::*;
use serde_json::{Value, json};

/// The example study three times, under the names `names`.
fn three_studies(names: [&str; 3]) -> Value {
    let study = example_value()["studies"][0].clone();
    let studies: Vec<Value> = names
        .iter()
        .map(|name| {
            let mut s = study.clone();
            s["name"] = json!(name);
            s
        })
        .collect();
    json!({"format": "studylog", "version": 1, "studies": studies})
}

#[test]
fn a_document_refused_after_its_first_studies_creates_no_journal_and_leaves_nothing() {
    let journal = Journal::new();
    let mut doc = three_studies(["one", "two", "three"]);
    doc["studies"][2]["sessions"][0]["held_on"] = json!("2025-1-5");
    let file = journal.file("doc.json", &doc.to_string());
    journal
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "studies[2].sessions[0].held_on: \"2025-1-5\" is not a date",
        ));
    assert_eq!(files_in(journal.dir.path()), ["doc.json"]);

    // Cut short after two good studies: the same.
    let text = three_studies(["one", "two", "three"]).to_string();
    let cut = journal.file("cut.json", &text[..text.len() * 3 / 4]);
    journal
        .cmd()
        .arg("import")
        .arg(&cut)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not valid JSON"));
    assert_eq!(files_in(journal.dir.path()), ["cut.json", "doc.json"]);
}

#[test]
fn a_document_refused_after_its_first_studies_leaves_a_journal_as_it_was() {
    let journal = Journal::new();
    journal.import_example();
    let before = journal.export_json();
    let mut doc = three_studies(["one", "two", "three"]);
    doc["studies"][1]["chapters"][0]["presenter"] = json!("Nobody");
    let file = journal.file("doc.json", &doc.to_string());
    journal
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("nothing was imported"));
    assert_eq!(journal.export_json(), before);
}

#[test]
fn every_name_already_taken_is_listed_and_nothing_is_written() {
    let journal = Journal::new();
    journal.import_example();
    let example = example_value()["studies"][0]["name"].clone();
    let taken = example.as_str().expect("name");
    let before = journal.export_json();
    let file = journal.file(
        "doc.json",
        &three_studies(["new", taken, "newer"]).to_string(),
    );
    journal
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "already in the journal: {example}"
        )));
    assert_eq!(journal.export_json(), before);

    journal
        .cmd()
        .arg("import")
        .arg("--rename")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "imported {example} as \"{taken} (2)\""
        )));
    let names: Vec<String> =
        serde_json::from_str::<Value>(&journal.export_json()).expect("json")["studies"]
            .as_array()
            .expect("list")
            .iter()
            .map(|s| s["name"].as_str().expect("name").to_owned())
            .collect();
    assert_eq!(names, [taken, "new", &format!("{taken} (2)"), "newer"]);
}

#[test]
fn a_byte_that_is_not_utf8_is_named_as_such_wherever_it_is() {
    let journal = Journal::new();
    let mut text = three_studies(["one", "two", "three"])
        .to_string()
        .into_bytes();
    // After a syntax error, too: the whole input is read before the JSON is judged.
    text.insert(text.len() / 2, b'}');
    text.extend_from_slice(b"\n\xff");
    let file = journal.path("latin1.json");
    std::fs::write(&file, text).expect("write");
    journal
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not UTF-8 text"));
    assert_eq!(files_in(journal.dir.path()), ["latin1.json"]);
}

#[test]
fn a_document_on_standard_input_is_read_the_same_way() {
    let journal = Journal::new();
    journal
        .cmd()
        .args(["import", "-"])
        .write_stdin(three_studies(["one", "two", "three"]).to_string())
        .assert()
        .success()
        .stderr(predicate::str::contains("imported \"three\""));
    let out: Value = serde_json::from_str(&journal.export_json()).expect("json");
    assert_eq!(out["studies"].as_array().expect("list").len(), 3);
}
