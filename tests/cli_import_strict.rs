//! `studylog import` is strict where a lax reader would guess (issue 12): dates are exactly
//! `YYYY-MM-DD`, an unknown key is refused whatever its value, a key written twice is
//! refused, and an error never repeats a huge value whole. A byte-order mark is accepted.

mod common;

use common::{EXAMPLE, Journal, example_value};
use serde_json::{Value, json};

/// Imports `text` into a journal that already holds the example study and asserts that the
/// import fails with a message containing each of `expected`, leaving the journal as it was.
/// Returns the error output.
fn assert_refused_text(text: &str, expected: &[&str]) -> String {
    let journal = Journal::new();
    journal.import_example();
    let before = journal.export_json();
    let file = journal.file("broken.json", text);
    let out = journal
        .cmd()
        .arg("import")
        .arg(&file)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "import should fail");
    for fragment in expected {
        assert!(
            stderr.contains(fragment),
            "missing {fragment:?} in:\n{}",
            clip(&stderr)
        );
    }
    assert!(stderr.contains("nothing was imported"), "{}", clip(&stderr));
    assert_eq!(journal.export_json(), before, "the journal changed");
    stderr
}

fn assert_refused(doc: &Value, expected: &[&str]) -> String {
    assert_refused_text(&doc.to_string(), expected)
}

/// A failing assertion must not print 10 MB either.
fn clip(text: &str) -> String {
    text.chars().take(2000).collect()
}

/// The example with the study renamed (so a refusal is about the edit, not the name
/// already taken) and `edit` applied.
fn with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = example_value();
    doc["studies"][0]["name"] = json!("Edited study");
    edit(&mut doc);
    doc
}

/// One change to the example document.
type Edit = fn(&mut Value);
/// Puts the huge string somewhere in the example document.
type PutHuge = fn(&mut Value, &str);

const LAX_DATES: [&str; 7] = [
    "2024-3-10",
    "2024-03-1",
    " 2024-03-10",
    "2024-03-10 ",
    "+2024-03-10",
    "24-1-1",
    "-2024-03-10",
];

#[test]
fn a_date_not_written_exactly_yyyy_mm_dd_is_refused_with_its_path() {
    for bad in LAX_DATES {
        let shown = json!(bad).to_string();
        assert_refused(
            &with(|d| d["studies"][0]["sessions"][2]["held_on"] = json!(bad)),
            &[&format!(
                "studies[0].sessions[2].held_on: {shown} is not a date; write it as YYYY-MM-DD"
            )],
        );
    }
}

#[test]
fn every_date_field_is_strict() {
    let cases: [(&str, Edit); 4] = [
        ("studies[0].started_on", |d| {
            d["studies"][0]["started_on"] = json!("2025-1-12");
        }),
        ("studies[0].ended_on", |d| {
            d["studies"][0]["ended_on"] = json!("2025-03-30 ");
        }),
        ("studies[0].chapters[0].scheduled_on", |d| {
            d["studies"][0]["chapters"][0]["scheduled_on"] = json!("25-1-12");
        }),
        ("studies[0].post.date", |d| {
            d["studies"][0]["post"] = json!({"date": "+2025-06-01"});
        }),
    ];
    for (path, edit) in cases {
        assert_refused(&with(edit), &[&format!("{path}: \"")]);
    }
    assert_refused(
        &with(|d| d["studies"][0]["draws"][0]["drawn_at"] = json!("2025-1-11T21:02:13+09:00")),
        &["studies[0].draws[0].drawn_at: \"2025-1-11T21:02:13+09:00\" is not an RFC 3339"],
    );
}

#[test]
fn a_study_with_strict_dates_and_nulls_still_imports() {
    let journal = Journal::new();
    let doc = json!({
        "format": "studylog", "version": 1,
        "studies": [{
            "name": "S", "book": {"title": "B", "pages": null}, "started_on": "2024-03-10",
            "ended_on": null, "post": {"date": "2024-12-31", "lang": null, "title": null},
            "sessions": [{"held_on": "2024-03-10", "notes": null}]
        }]
    });
    let file = journal.file("ok.json", &doc.to_string());
    journal.cmd().arg("import").arg(&file).assert().success();
    let out: Value = serde_json::from_str(&journal.export_json()).expect("json");
    assert_eq!(out["studies"][0]["started_on"], "2024-03-10");
    assert_eq!(out["studies"][0]["post"]["date"], "2024-12-31");
}

#[test]
fn an_unknown_key_is_refused_even_when_its_value_is_null() {
    let cases: [(&str, Edit); 5] = [
        ("extra: unknown field `extra`", |d| d["extra"] = Value::Null),
        ("studies[0].colour: unknown field `colour`", |d| {
            d["studies"][0]["colour"] = Value::Null;
        }),
        ("studies[0].book.nmae: unknown field `nmae`", |d| {
            d["studies"][0]["book"]["nmae"] = Value::Null;
        }),
        (
            "studies[0].sessions[1].attendance[0].note: unknown field `note`",
            |d| d["studies"][0]["sessions"][1]["attendance"][0]["note"] = Value::Null,
        ),
        ("studies[0].post.datum: unknown field `datum`", |d| {
            d["studies"][0]["post"] = json!({"datum": null});
        }),
    ];
    for (expected, edit) in cases {
        assert_refused(&with(edit), &[expected]);
    }
}

#[test]
fn a_required_field_given_as_null_is_named() {
    assert_refused(
        &with(|d| d["studies"][0]["sessions"][1]["held_on"] = Value::Null),
        &["studies[0].sessions[1].held_on: null given, but this field is required"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["book"]["title"] = Value::Null),
        &["studies[0].book.title: null given, but this field is required"],
    );
}

#[test]
fn a_key_written_twice_in_one_object_is_refused_with_its_path() {
    let example = std::fs::read_to_string(EXAMPLE).expect("example");
    let renamed = example.replacen("\"DDIA reading group\"", "\"Edited study\"", 1);
    let cases = [
        (
            "\"version\": 1,",
            "\"version\": 1, \"version\": 1,",
            "version: the key \"version\" is written twice",
        ),
        (
            "\"title\": \"Designing Data-Intensive Applications\",",
            "\"title\": \"Other\", \"title\": \"Designing Data-Intensive Applications\",",
            "studies[0].book.title: the key \"title\" is written twice",
        ),
        (
            "\"held_on\": \"2025-01-19\",",
            "\"held_on\": \"2025-01-19\", \"held_on\": null,",
            "studies[0].sessions[1].held_on: the key \"held_on\" is written twice",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(renamed.contains(from), "{from}");
        assert_refused_text(&renamed.replacen(from, to, 1), &[expected]);
    }
}

#[test]
fn a_huge_value_is_not_repeated_whole_in_the_error() {
    let huge = "9".repeat(10 * 1024 * 1024);
    let cases: [(&str, PutHuge); 5] = [
        ("studies[0].started_on: ", |d, h| {
            d["studies"][0]["started_on"] = json!(h);
        }),
        ("studies[0].status: ", |d, h| {
            d["studies"][0]["status"] = json!(h);
        }),
        ("studies[0].book.pages: ", |d, h| {
            d["studies"][0]["book"]["pages"] = json!(h);
        }),
        ("studies[0].draws[0].drawn_at: ", |d, h| {
            d["studies"][0]["draws"][0]["drawn_at"] = json!(h);
        }),
        ("studies[0].book.99999", |d, h| {
            d["studies"][0]["book"][h] = json!(1);
        }),
    ];
    for (expected, edit) in cases {
        let mut doc = with(|_| {});
        edit(&mut doc, &huge);
        let stderr = assert_refused(&doc, &[expected]);
        assert!(
            stderr.len() < 2000,
            "{} bytes: {}",
            stderr.len(),
            clip(&stderr)
        );
        assert!(stderr.contains('…'), "{stderr}");
    }
}

#[test]
fn a_byte_order_mark_before_the_document_is_accepted() {
    let journal = Journal::new();
    let example = std::fs::read_to_string(EXAMPLE).expect("example");
    let file = journal.file("bom.json", &format!("\u{feff}{example}"));
    journal.cmd().arg("import").arg(&file).assert().success();
    assert!(journal.export_json().contains("DDIA reading group"));
}
