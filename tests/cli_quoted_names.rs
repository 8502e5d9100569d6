//! Names in the CLI's messages are printed as written, between double quotes: a study named
//! with a ZWJ emoji reads `"👩‍💻 러스트 스터디"`, not Rust's `"👩\u{200d}💻 러스트 스터디"`.
//! Only a control character, which a command-line argument may hold, is still escaped.

mod common;

use common::Journal;
use serde_json::{Value, json};

/// A woman technologist: three characters joined by a zero-width joiner, one grapheme.
const CODER: &str = "👩\u{200d}💻";

/// The small Korean study, renamed `👩‍💻 러스트 스터디`, its first chapter `👩‍💻 시작하기`.
fn coder_study() -> Value {
    let json = std::fs::read_to_string("tests/fixtures/small-study-ko.json").expect("fixture");
    let mut doc: Value = serde_json::from_str(&json).expect("valid fixture");
    doc["studies"][0]["name"] = json!(format!("{CODER} 러스트 스터디"));
    doc["studies"][0]["chapters"][0]["title"] = json!(format!("{CODER} 시작하기"));
    doc
}

/// What `studylog ARGS` writes to standard error, and whether it succeeded.
fn stderr_of(journal: &Journal, args: &[&str]) -> (bool, String) {
    let out = journal.cmd().args(args).output().expect("run studylog");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!stderr.contains("\\u{"), "escaped: {stderr}");
    (out.status.success(), stderr)
}

#[test]
fn import_names_the_studies_as_written() {
    let journal = Journal::new();
    let file = journal.file("coder.json", &coder_study().to_string());
    let file = file.to_str().expect("a UTF-8 path");
    let name = format!("\"{CODER} 러스트 스터디\"");

    let (ok, stderr) = stderr_of(&journal, &["import", file]);
    assert!(ok, "{stderr}");
    assert_eq!(stderr, format!("imported {name}\n"));

    let (ok, stderr) = stderr_of(&journal, &["import", file]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!("already in the journal: {name};")),
        "{stderr}"
    );

    let (ok, stderr) = stderr_of(&journal, &["import", "--rename", file]);
    assert!(ok, "{stderr}");
    assert_eq!(
        stderr,
        format!("imported {name} as \"{CODER} 러스트 스터디 (2)\"\n")
    );

    let (ok, stderr) = stderr_of(&journal, &["import", "--replace", file]);
    assert!(ok, "{stderr}");
    assert_eq!(stderr, format!("replaced {name}\n"));
}

#[test]
fn a_refused_import_quotes_the_names_as_written() {
    let journal = Journal::new();
    let mut doc = coder_study();
    doc["studies"][0]["members"][1]["name"] = json!(CODER);
    doc["studies"][0]["members"][2]["name"] = json!(CODER);
    let file = journal.file("twice.json", &doc.to_string());
    let (ok, stderr) = stderr_of(&journal, &["import", file.to_str().expect("UTF-8")]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!("\"{CODER}\" is listed twice")),
        "{stderr}"
    );
}

#[test]
fn a_study_or_member_not_found_is_named_as_written() {
    let journal = Journal::new();
    let file = journal.file("coder.json", &coder_study().to_string());
    journal.cmd().arg("import").arg(&file).assert().success();

    let (ok, stderr) = stderr_of(&journal, &["announce", "없는 스터디"]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "no study matches \"없는 스터디\"; the journal has: \"{CODER} 러스트 스터디\""
        )),
        "{stderr}"
    );

    let (ok, stderr) = stderr_of(&journal, &["announce", "--chapter", "9"]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!("\"{CODER} 러스트 스터디\" has no chapter 9")),
        "{stderr}"
    );

    let (ok, stderr) = stderr_of(&journal, &["draw", "--exclude", CODER]);
    assert!(!ok);
    assert!(
        stderr.contains(&format!("no member named \"{CODER}\" to exclude")),
        "{stderr}"
    );
}

#[test]
fn a_control_character_typed_in_an_argument_is_still_escaped() {
    let journal = Journal::new();
    journal.import_demo();
    let out = journal
        .cmd()
        .args(["announce", "\u{1b}[31m빨강"])
        .output()
        .expect("run studylog");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!out.status.success());
    assert!(!stderr.contains('\u{1b}'), "a raw escape: {stderr:?}");
    assert!(
        stderr.contains("no study matches \"\\u{1b}[31m빨강\""),
        "{stderr}"
    );
}
