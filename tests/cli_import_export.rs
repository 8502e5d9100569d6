//! `studylog import` and `studylog export --format json`, as a user runs them: every error
//! the interchange spec lists gives a message that names the problem, and the journal is
//! unchanged afterwards.

mod common;

use common::{EXAMPLE, Journal, example_value, files_in};
use predicates::prelude::*;
use serde_json::{Value, json};

/// Imports `doc` into a journal that already holds the example study and asserts that the
/// import fails with a message containing each of `expected`, leaving the journal as it was.
fn assert_refused(doc: &Value, expected: &[&str]) {
    let journal = Journal::new();
    journal.import_example();
    let before = journal.export_json();
    let file = journal.file("broken.json", &doc.to_string());
    let out = journal
        .cmd()
        .arg("import")
        .arg(&file)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "import should fail");
    for fragment in expected {
        assert!(
            stderr.contains(fragment),
            "missing {fragment:?} in:\n{stderr}"
        );
    }
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(journal.export_json(), before, "the journal changed");
}

fn with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = example_value();
    // Rename the study so that a refusal is about the edit, not the name already taken.
    doc["studies"][0]["name"] = json!("Edited study");
    edit(&mut doc);
    doc
}

#[test]
fn the_example_study_imports_and_exports_every_field() {
    let journal = Journal::new();
    journal
        .cmd()
        .args(["import", EXAMPLE])
        .assert()
        .success()
        .stderr(predicate::str::contains("imported \"DDIA reading group\""));
    let exported: Value = serde_json::from_str(&journal.export_json()).expect("json");
    assert_fields_present(&example_value(), &exported, "");
}

/// Every key and value of `expected` is in `actual` (which may add defaults).
fn assert_fields_present(expected: &Value, actual: &Value, path: &str) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let found = a.get(key).unwrap_or_else(|| panic!("{path}.{key} missing"));
                assert_fields_present(value, found, &format!("{path}.{key}"));
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            assert_eq!(e.len(), a.len(), "{path}: list length");
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                assert_fields_present(ev, av, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(expected, actual, "{path}"),
    }
}

#[test]
fn export_then_import_then_export_is_byte_identical() {
    let first = Journal::new();
    first.import_example();
    let exported = first.export_json();
    assert!(exported.ends_with("}\n"));
    assert!(
        exported.contains("\n  \"studies\": [\n"),
        "two-space indentation"
    );

    let second = Journal::new();
    let file = second.file("export.json", &exported);
    second.cmd().arg("import").arg(&file).assert().success();
    assert_eq!(second.export_json(), exported);
}

#[test]
fn export_writes_defaults_and_keys_in_spec_order() {
    let journal = Journal::new();
    journal.import_example();
    let exported = journal.export_json();
    let chapter_one = exported.split("\"number\": 1,").nth(1).expect("chapter 1");
    let keys: Vec<&str> = [
        "title",
        "scheduled_on",
        "presenter",
        "status",
        "why",
        "notes",
        "links",
    ]
    .into_iter()
    .collect();
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| chapter_one.find(&format!("\"{k}\":")).expect("key written"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{keys:?} out of order"
    );
    assert!(chapter_one.contains("\"why\": \"\","));
    assert!(chapter_one.contains("\"links\": []"));
    assert!(exported.contains("\"ended_on\": \"2025-03-30\""));
    assert!(exported.contains("\"drawn_at\": \"2025-01-11T21:02:13+09:00\""));
}

#[test]
fn export_of_one_study_by_prefix_keeps_the_studies_list() {
    let journal = Journal::new();
    journal.import_example();
    let out = journal
        .cmd()
        .args(["export", "DDIA", "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["format"], "studylog");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["studies"].as_array().expect("list").len(), 1);
}

#[test]
fn unknown_and_ambiguous_study_names_list_the_candidates() {
    let journal = Journal::new();
    journal.import_example();
    journal
        .cmd()
        .args(["import", "--rename", EXAMPLE])
        .assert()
        .success()
        .stderr(predicate::str::contains("as \"DDIA reading group (2)\""));
    journal
        .cmd()
        .args(["export", "Rust"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no study matches \"Rust\"; the journal has: \"DDIA reading group\", \"DDIA reading group (2)\"",
        ));
    journal
        .cmd()
        .args(["export", "DDIA"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("\"DDIA\" matches several studies"));
    // The exact name wins over being a prefix of another.
    journal
        .cmd()
        .args(["export", "DDIA reading group"])
        .assert()
        .success();
}

#[test]
fn unknown_keys_are_named_with_their_path() {
    let doc = with(|d| d["studies"][0]["chapters"][3]["titel"] = json!("typo"));
    assert_refused(
        &doc,
        &["studies[0].chapters[3].titel: unknown field `titel`"],
    );
    let doc = with(|d| d["extra"] = json!(1));
    assert_refused(&doc, &["extra: unknown field `extra`"]);
}

#[test]
fn references_to_missing_members_and_chapters_are_named() {
    let doc = with(|d| {
        d["studies"][0]["chapters"][0]["presenter"] = json!("Zed");
        d["studies"][0]["sessions"][2]["attendance"][1]["member"] = json!("민준");
        d["studies"][0]["sessions"][0]["chapters"] = json!([1, 40]);
        d["studies"][0]["retro"][0]["chapter"] = json!(99);
        d["studies"][0]["draws"][1]["chosen"] = json!("Ana");
        d["studies"][0]["draws"][1]["candidates"] = json!(["Chen"]);
    });
    assert_refused(
        &doc,
        &[
            "studies[0].chapters[0].presenter: no member named \"Zed\"",
            "studies[0].sessions[0].chapters[1]: no chapter 40",
            "studies[0].sessions[2].attendance[1].member: no member named \"민준\"",
            "studies[0].retro[0].chapter: no chapter 99",
            "studies[0].draws[1].chosen: \"Ana\" is not one of the draw's candidates",
        ],
    );
}

#[test]
fn required_fields_and_unique_names_are_enforced() {
    assert_refused(
        &with(|d| d["studies"][0]["name"] = json!("   ")),
        &["studies[0].name: the study's name must not be empty"],
    );
    assert_refused(
        &with(|d| {
            d["studies"][0]["book"]
                .as_object_mut()
                .expect("book")
                .remove("title");
        }),
        &["studies[0].book: missing field `title`"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["members"][1]["name"] = json!("Ana")),
        &["studies[0].members[1].name: \"Ana\" is listed twice"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["chapters"][1]["number"] = json!(1)),
        &["studies[0].chapters[1].number: chapter 1 is listed twice"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["chapters"][0]["number"] = json!(0)),
        &["studies[0].chapters[0].number: chapter numbers start at 1"],
    );
    assert_refused(
        &with(|d| {
            let study = d["studies"][0].clone();
            d["studies"] = json!([study.clone(), study]);
        }),
        &["studies[1].name: \"Edited study\" is also the name of studies[0]"],
    );
}

#[test]
fn bad_values_are_explained() {
    assert_refused(
        &with(|d| d["studies"][0]["started_on"] = json!("2024-13-01")),
        &["studies[0].started_on: \"2024-13-01\" is not a date; write it as YYYY-MM-DD"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["ended_on"] = json!("2025-01-01")),
        &["studies[0].ended_on: 2025-01-01 is before the start, 2025-01-12"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["status"] = json!("paused")),
        &["studies[0].status: unknown variant `paused`"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["deposit"]["penalty"] = json!(-1)),
        &["studies[0].deposit.penalty: -1 is out of range"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["draws"][0]["drawn_at"] = json!("yesterday")),
        &["studies[0].draws[0].drawn_at: \"yesterday\" is not an RFC 3339 timestamp"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["retro"][0]["kind"] = json!("meh")),
        &["studies[0].retro[0].kind: unknown variant `meh`"],
    );
    assert_refused(
        &with(|d| d["studies"][0]["members"][0]["name"] = json!("Ana\u{7}")),
        &["studies[0].members[0].name: contains the control character U+0007"],
    );
}

#[test]
fn files_that_are_not_studylog_documents_are_refused() {
    let journal = Journal::new();
    journal.import_example();
    let before = journal.export_json();
    let cases: [(&str, &str); 6] = [
        (
            "{\"format\": \"studylog\", \"version\": 1, \"studies\": [}",
            "not valid JSON: expected value (line 1, column 50)",
        ),
        ("[1, 2]", "not a studylog file: the document is an array"),
        (
            "{\"name\": \"x\"}",
            "not a studylog file: it has no \"format\" key",
        ),
        (
            "{\"format\": \"other\", \"version\": 1}",
            "not a studylog file: \"format\" is \"other\"",
        ),
        (
            "{\"format\": \"studylog\", \"version\": 2, \"studies\": []}",
            "written by a newer studylog (format version 2; this version reads 1)",
        ),
        (
            "{\"format\": \"studylog\", \"studies\": []}",
            "\"version\" is missing",
        ),
    ];
    for (i, (text, message)) in cases.iter().enumerate() {
        let file = journal.file(&format!("case{i}.json"), text);
        journal
            .cmd()
            .arg("import")
            .arg(&file)
            .assert()
            .failure()
            .stderr(predicate::str::contains(*message));
    }
    let binary = journal.path("binary.json");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).expect("write");
    journal
        .cmd()
        .arg("import")
        .arg(&binary)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not UTF-8 text"));
    journal
        .cmd()
        .args(["import", "no-such-file.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot read no-such-file.json"));
    assert_eq!(journal.export_json(), before);
}

#[test]
fn a_study_already_in_the_journal_is_refused_unless_replaced_or_renamed() {
    let journal = Journal::new();
    journal.import_example();
    let before = journal.export_json();
    journal
        .cmd()
        .args(["import", EXAMPLE])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "already in the journal: \"DDIA reading group\"; add --replace to overwrite, or --rename",
        ));
    assert_eq!(journal.export_json(), before);

    let mut changed = example_value();
    changed["studies"][0]["closing"] = json!("다시 읽고 싶은 책");
    let file = journal.file("changed.json", &changed.to_string());
    journal
        .cmd()
        .arg("import")
        .arg("--replace")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("replaced \"DDIA reading group\""));
    let after: Value = serde_json::from_str(&journal.export_json()).expect("json");
    assert_eq!(after["studies"].as_array().expect("list").len(), 1);
    assert_eq!(after["studies"][0]["closing"], "다시 읽고 싶은 책");

    journal
        .cmd()
        .args(["import", "--replace", "--rename", EXAMPLE])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot be used with"));
}

#[test]
fn one_bad_study_keeps_the_good_ones_out_too() {
    let journal = Journal::new();
    let good = with(|_| {})["studies"][0].clone();
    let mut bad = good.clone();
    bad["name"] = json!("Broken");
    bad["chapters"][0]["presenter"] = json!("Nobody");
    let doc = json!({"format": "studylog", "version": 1, "studies": [good, bad]});
    let file = journal.file("two.json", &doc.to_string());
    journal.cmd().arg("import").arg(&file).assert().failure();
    // Nothing was imported: not even the journal was created.
    journal
        .cmd()
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no journal here yet"));
}

#[test]
fn nulls_and_omitted_optional_fields_take_their_defaults() {
    let journal = Journal::new();
    let doc = json!({
        "format": "studylog", "version": 1,
        "studies": [{
            "name": "러스트 스터디", "book": {"title": "The Rust Programming Language", "url": null},
            "started_on": null, "members": [{"name": "지우", "me": null}],
            "chapters": [{"number": 1, "title": "Getting Started", "presenter": null, "links": null}]
        }]
    });
    let file = journal.file("sparse.json", &doc.to_string());
    journal.cmd().arg("import").arg(&file).assert().success();
    let out: Value = serde_json::from_str(&journal.export_json()).expect("json");
    let study = &out["studies"][0];
    assert_eq!(study["status"], "active");
    assert_eq!(study["started_on"], Value::Null);
    assert_eq!(study["book"]["url"], "");
    assert_eq!(study["book"]["pages"], Value::Null);
    assert_eq!(study["members"][0]["me"], false);
    assert_eq!(study["chapters"][0]["status"], "todo");
    assert_eq!(study["chapters"][0]["links"], json!([]));
    assert_eq!(
        study["deposit"],
        json!({"amount": 0, "currency": "", "penalty": 0})
    );
}

#[test]
fn decomposed_hangul_and_windows_line_ends_are_normalised_on_import() {
    let journal = Journal::new();
    let doc = json!({
        "format": "studylog", "version": 1,
        "studies": [{
            "name": "\u{1109}\u{1173}\u{1110}\u{1165}\u{1103}\u{1175}",
            "book": {"title": "책"}, "motivation": "line one\r\nline two"
        }]
    });
    let file = journal.file("nfd.json", &doc.to_string());
    journal.cmd().arg("import").arg(&file).assert().success();
    let out: Value = serde_json::from_str(&journal.export_json()).expect("json");
    assert_eq!(out["studies"][0]["name"], "스터디");
    assert_eq!(out["studies"][0]["motivation"], "line one\nline two");
}

#[test]
fn import_reads_standard_input() {
    let journal = Journal::new();
    journal
        .cmd()
        .args(["import", "-"])
        .write_stdin(std::fs::read(EXAMPLE).expect("example"))
        .assert()
        .success();
    assert!(journal.export_json().contains("DDIA reading group"));
}

#[test]
fn export_to_a_file_never_overwrites_without_force() {
    let journal = Journal::new();
    journal.import_example();
    let target = journal.path("backup.json");
    journal
        .cmd()
        .args(["export", "--format", "json", "-o"])
        .arg(&target)
        .assert()
        .success();
    let written = std::fs::read_to_string(&target).expect("written");
    assert_eq!(written, journal.export_json());

    std::fs::write(&target, "keep me").expect("seed");
    journal
        .cmd()
        .args(["export", "--format", "json", "-o"])
        .arg(&target)
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists; add --force"));
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "keep me");
    journal
        .cmd()
        .args(["export", "--format", "json", "--force", "-o"])
        .arg(&target)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&target).expect("replaced"), written);
    let leftovers: Vec<String> = files_in(journal.dir.path())
        .into_iter()
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    journal
        .cmd()
        .args(["export", "--format", "json", "-o"])
        .arg(journal.path("missing/folder/out.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("does not exist; create it first"));
}
