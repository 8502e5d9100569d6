//! Dynamic completion (issue 16): a STUDY argument completes with the names of the studies
//! in the journal that `--db` or `STUDYLOG_DB` names, through clap's `COMPLETE=SHELL`
//! protocol, and the scripts `COMPLETE=bash studylog` and `COMPLETE=fish studylog` print do
//! it in a real bash and a real fish.
//! (`studylog completions SHELL`, the static scripts, are tested in cli_shell_docs.rs.)

mod common;

use std::path::Path;
use std::process::{Command, Output};

use assert_cmd::cargo::CommandCargoExt;
use common::Journal;

/// A journal with the example study ("DDIA reading group") and the demo's Korean one.
fn journal() -> Journal {
    let journal = Journal::new();
    journal.import_example();
    journal.import_demo();
    journal
}

const KOREAN: &str = "데이터 중심 애플리케이션 설계 읽기";

/// studylog answering a completion request from `shell` for the command line `words`, the
/// last word being the one completed; `db` goes in `STUDYLOG_DB` when given.
fn complete(shell: &str, words: &[&str], db: Option<&Path>) -> Output {
    let mut cmd = Command::cargo_bin("studylog").expect("binary");
    cmd.env_remove("STUDYLOG_DB")
        .env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words);
    if let Some(db) = db {
        cmd.env("STUDYLOG_DB", db);
    }
    cmd.output().expect("run studylog")
}

/// The candidates that are not options.
fn candidates(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .expect("utf-8")
        .lines()
        .filter(|c| !c.is_empty() && !c.starts_with('-'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_study_argument_completes_with_the_names_in_the_journal_given_by_db() {
    let journal = journal();
    let db = journal.db.to_str().expect("path");
    for command in ["export", "draw", "calendar", "announce"] {
        let out = complete("fish", &["studylog", "--db", db, command, ""], None);
        assert_eq!(
            candidates(&out),
            ["DDIA reading group", KOREAN],
            "{command}"
        );
    }
    let out = complete("fish", &["studylog", "--db", db, "export", "데이"], None);
    assert_eq!(candidates(&out), [KOREAN]);
    // `--db=PATH`, and `--db` after the command (it is a global option).
    let with_equals = format!("--db={db}");
    let out = complete("fish", &["studylog", &with_equals, "export", "DD"], None);
    assert_eq!(candidates(&out), ["DDIA reading group"]);
    let out = complete("fish", &["studylog", "draw", "--db", db, "DD"], None);
    assert_eq!(candidates(&out), ["DDIA reading group"]);
}

#[test]
fn without_db_the_journal_is_the_one_studylog_db_names() {
    let journal = journal();
    let out = complete("fish", &["studylog", "export", "DD"], Some(&journal.db));
    assert_eq!(candidates(&out), ["DDIA reading group"]);
}

#[test]
fn a_missing_journal_gives_no_names_and_is_not_created() {
    let journal = Journal::new();
    let out = complete("fish", &["studylog", "export", ""], Some(&journal.db));
    assert!(candidates(&out).is_empty());
    assert!(common::files_in(journal.dir.path()).is_empty());
}

#[test]
fn for_bash_a_name_comes_escaped_as_one_word() {
    let journal = journal();
    let db = journal.db.to_str().expect("path");
    let out = complete("bash", &["studylog", "--db", db, "export", ""], None);
    assert_eq!(
        candidates(&out),
        ["DDIA\\ reading\\ group", &KOREAN.replace(' ', "\\ ")]
    );
    // What was typed is read as bash reads it: an escaped space is part of the name.
    let out = complete(
        "bash",
        &["studylog", "--db", db, "export", "DDIA\\ re"],
        None,
    );
    assert_eq!(candidates(&out), ["DDIA\\ reading\\ group"]);
}

/// The registration script, sourced in a real bash, whose completion function is called as
/// bash calls it on Tab after `studylog --db DB export WORD`.
#[test]
fn the_bash_registration_completes_study_names_in_bash() {
    let journal = journal();
    let binary = assert_cmd::cargo::cargo_bin("studylog");
    let registration = Command::new(&binary)
        .env("COMPLETE", "bash")
        .output()
        .expect("run studylog");
    assert!(registration.status.success());
    let script = journal.path("studylog.bash");
    std::fs::write(&script, &registration.stdout).expect("write");
    let check = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash is needed for this test");
    assert!(check.status.success(), "{check:?}");

    let run = r#"source "$1"
COMP_WORDS=(studylog --db "$2" export "$3"); COMP_CWORD=4; COMP_TYPE=9
_clap_complete_studylog studylog "$3" export
printf '%s\n' "${COMPREPLY[@]}""#;
    let reply = |typed: &str| {
        let out = Command::new("bash")
            .args(["-c", run, "bash"])
            .arg(&script)
            .arg(&journal.db)
            .arg(typed)
            .env_remove("STUDYLOG_DB")
            .output()
            .expect("bash");
        assert!(out.status.success(), "{out:?}");
        candidates(&out)
    };
    assert_eq!(reply("DD"), ["DDIA\\ reading\\ group"]);
    assert_eq!(reply("데이터\\ 중"), [KOREAN.replace(' ', "\\ ")]);
    assert!(reply("zz").is_empty());

    // What bash puts on the line is read back by bash as one argument: the name.
    for (typed, name) in [("DD", "DDIA reading group"), ("데", KOREAN)] {
        let word = reply(typed).remove(0);
        let out = Command::new("bash")
            .args(["-c", r#"eval "set -- $1"; printf '%s\n' "$#" "$1""#, "bash"])
            .arg(&word)
            .output()
            .expect("bash");
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("1\n{name}\n"));
    }
}

/// The registration script, sourced in a real fish, whose completions are listed as fish
/// lists them on Tab (`complete -C`). Skipped, saying so, when fish is not installed.
#[test]
fn the_fish_registration_completes_study_names_in_fish() {
    if Command::new("fish").arg("--version").output().is_err() {
        eprintln!("fish is not installed: the real-fish completion test is skipped");
        return;
    }
    let journal = journal();
    let binary = assert_cmd::cargo::cargo_bin("studylog");
    let folder = binary.parent().expect("the binary's folder");
    let path = format!(
        "{}:{}",
        folder.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let reply = |typed: &str| {
        let line = format!("studylog --db {} export {typed}", journal.db.display());
        let out = Command::new("fish")
            .args([
                "--no-config",
                "-c",
                "COMPLETE=fish studylog | source; complete -C $argv[1]",
            ])
            .arg(&line)
            .env("PATH", &path)
            .env_remove("STUDYLOG_DB")
            .output()
            .expect("fish");
        assert!(out.status.success(), "{out:?}");
        candidates(&out)
    };
    assert_eq!(reply("DD"), ["DDIA reading group"]);
    assert_eq!(reply("데"), [KOREAN]);
    assert!(reply("zz").is_empty());
}
