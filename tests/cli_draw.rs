//! `studylog draw`: the presenter roulette from the command line, saved in the journal and
//! in the JSON export.

mod common;

use predicates::prelude::*;

fn exported(journal: &common::Journal) -> serde_json::Value {
    serde_json::from_str(&journal.export_json()).expect("json")
}

/// The example study with the sessions of `chapters` left out: chapters still to come, that
/// the roulette draws for (a session already says who presented the others).
fn import_example_with_chapters_to_come(journal: &common::Journal, chapters: &[u64]) {
    let mut example = common::example_value();
    example["studies"][0]["sessions"]
        .as_array_mut()
        .expect("sessions")
        .retain(|s| {
            !s["chapters"]
                .as_array()
                .expect("chapters")
                .iter()
                .any(|n| chapters.contains(&n.as_u64().expect("number")))
        });
    let file = journal.file("to-come.json", &example.to_string());
    journal.cmd().arg("import").arg(file).assert().success();
}

#[test]
fn a_seeded_draw_is_repeatable_saved_and_exported() {
    let mut chosen = Vec::new();
    for _ in 0..2 {
        let journal = common::Journal::new();
        import_example_with_chapters_to_come(&journal, &[3]);
        let out = journal
            .cmd()
            .args(["draw", "DDIA", "--chapter", "3", "--seed", "42"])
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "presents chapter 3 \"Storage and Retrieval\"",
            ))
            .stdout(predicate::str::contains("chances:"))
            .get_output()
            .stdout
            .clone();
        let name = String::from_utf8(out)
            .expect("utf-8")
            .split(" presents")
            .next()
            .expect("a name")
            .to_owned();
        let json = exported(&journal);
        let study = &json["studies"][0];
        assert_eq!(study["chapters"][2]["presenter"], name.as_str());
        let draw = study["draws"]
            .as_array()
            .expect("draws")
            .last()
            .expect("a draw")
            .clone();
        assert_eq!(draw["chapter"], 3);
        assert_eq!(draw["chosen"], name.as_str());
        assert_eq!(draw["candidates"].as_array().map(Vec::len), Some(5));
        chosen.push(name);
    }
    assert_eq!(chosen[0], chosen[1], "the same seed draws the same member");
}

#[test]
fn excluded_members_are_never_drawn() {
    let journal = common::Journal::new();
    import_example_with_chapters_to_come(&journal, &[1]);
    for seed in 0..20 {
        journal
            .cmd()
            .args([
                "draw",
                "--chapter",
                "1",
                "--exclude",
                "Ana",
                "--exclude",
                "Ben",
            ])
            .args(["--seed", &seed.to_string()])
            .assert()
            .success()
            .stdout(predicate::str::starts_with("Ana").not())
            .stdout(predicate::str::starts_with("Ben").not());
    }
    let json = exported(&journal);
    let draws = json["studies"][0]["draws"].as_array().expect("draws");
    let last = draws.last().expect("draw");
    assert_eq!(
        last["candidates"],
        serde_json::json!(["Chen", "Dara", "Eun"])
    );
}

#[test]
fn a_draw_that_cannot_happen_says_why_and_changes_nothing() {
    let journal = common::Journal::new();
    journal.import_example();
    let before = journal.export_json();
    journal
        .cmd()
        .args(["draw", "--chapter", "99"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no chapter 99"));
    journal
        .cmd()
        .args(["draw", "--exclude", "Zed"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no member named \"Zed\""));
    journal
        .cmd()
        .args(["draw", "--chapter", "3"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "chapter 3 was presented on 2025-01-26: a session covers it",
        ));
    assert_eq!(journal.export_json(), before);
    journal.cmd().arg("check").assert().success();
}
