//! The command line speaks the interface's language: `STUDYLOG_LANG`, else the config's
//! `ui_lang`, else the locale. Reports and errors are Korean in a Korean interface and the
//! same English as before otherwise; an unknown `STUDYLOG_LANG` is refused by every command.
//! `--help` stays English (clap's words).

mod common;

use common::{EXAMPLE, Journal};
use predicates::prelude::*;

/// The binary on `journal`, with `vars` set over the tests' English defaults.
fn studylog(journal: &Journal, vars: &[(&str, &str)]) -> assert_cmd::Command {
    let mut cmd = journal.cmd();
    for (name, value) in vars {
        cmd.env(name, value);
    }
    cmd
}

const KO: &[(&str, &str)] = &[("STUDYLOG_LANG", "ko")];
const EN: &[(&str, &str)] = &[("STUDYLOG_LANG", "en"), ("LANG", "ko_KR.UTF-8")];

fn stderr_of(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8(cmd.output().expect("run").stderr).expect("utf-8")
}

#[test]
fn import_reports_in_korean_and_a_second_import_is_refused_in_korean() {
    let journal = Journal::new();
    studylog(&journal, KO)
        .args(["import", EXAMPLE])
        .assert()
        .success()
        .stderr("\"DDIA reading group\"을 가져왔어요.\n");
    studylog(&journal, KO)
        .args(["import", EXAMPLE])
        .assert()
        .failure()
        .stderr(predicate::str::starts_with(
            "오류: 이미 기록 파일에 있어요: \"DDIA reading group\". 덮어쓰려면 --replace를",
        ));
    studylog(&journal, KO)
        .args(["import", "--rename", EXAMPLE])
        .assert()
        .success()
        .stderr("\"DDIA reading group\"을 \"DDIA reading group (2)\"로 가져왔어요.\n");
}

#[test]
fn the_same_commands_speak_english_with_an_english_override_or_the_c_locale() {
    let journal = Journal::new();
    journal.import_example();
    for vars in [EN, &[("LANG", "C")]] {
        studylog(&journal, vars)
            .args(["import", "--replace", EXAMPLE])
            .assert()
            .success()
            .stderr("replaced \"DDIA reading group\"\n");
        studylog(&journal, vars)
            .arg("list")
            .assert()
            .success()
            .stdout(predicate::str::starts_with("STUDY "))
            .stdout(predicate::str::contains(
                "2025-01-12 ~ 2025-03-30  finished",
            ));
        studylog(&journal, vars)
            .args(["import", EXAMPLE])
            .assert()
            .failure()
            .stderr(predicate::str::starts_with(
                "error: already in the journal: \"DDIA reading group\"; add --replace",
            ));
    }
}

#[test]
fn list_and_check_label_their_output_in_korean() {
    let journal = Journal::new();
    journal.import_example();
    let list = studylog(&journal, KO).arg("list").output().expect("list");
    let list = String::from_utf8(list.stdout).expect("utf-8");
    let mut lines = list.lines();
    let header: Vec<&str> = lines.next().expect("header").split_whitespace().collect();
    assert_eq!(header, ["스터디", "책", "기간", "상태", "진행률"]);
    let row = lines.next().expect("a study");
    assert!(row.contains("2025. 1. 12. ~ 2025. 3. 30.  완료"), "{row}");
    studylog(&journal, KO)
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("무결성 이상 없음"))
        .stdout(predicate::str::contains(
            "발표자 Dara가 결석으로 표시되어 있어요",
        ));
}

#[test]
fn a_journal_error_is_said_in_korean_and_in_english() {
    let journal = Journal::new();
    let args = ["--db", "/nonexistent/dir/x.db", "list"];
    studylog(&journal, KO).args(args).assert().failure().stderr(
        "오류: 기록 파일 /nonexistent/dir/x.db: 아직 여기에 기록 파일이 없어요. \
             `studylog`로 새로 시작하거나 `studylog import FILE`로 가져와 주세요.\n",
    );
    for vars in [EN, &[("LANG", "C")]] {
        studylog(&journal, vars)
            .args(args)
            .assert()
            .failure()
            .stderr(
                "error: journal /nonexistent/dir/x.db: there is no journal here yet; run \
                 `studylog` to start one, or `studylog import FILE`\n",
            );
    }
}

#[test]
fn a_bad_import_file_is_explained_in_korean() {
    let journal = Journal::new();
    let broken = journal.file("broken.json", "{\"format\": \"studylog\",\n");
    studylog(&journal, KO)
        .arg("import")
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains(": 올바른 JSON이 아니에요: "))
        .stderr(predicate::str::ends_with(
            "\n아무것도 가져오지 않았어요. 기록 파일은 그대로예요.\n",
        ));
    let invalid = journal.file(
        "invalid.json",
        r#"{"format": "studylog", "version": 1, "studies": [
            {"name": "DDIA", "book": {"title": "DDIA"},
             "members": [{"name": "민지"}, {"name": "민지"}],
             "chapters": [{"number": 1, "title": "  "}]}]}"#,
    );
    studylog(&journal, KO)
        .arg("import")
        .arg(&invalid)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "올바른 studylog 파일이 아니에요:\n  studies[0].members[1].name: \"민지\"가 두 번 나와요. \
             한 스터디 안에서 멤버 이름은 겹칠 수 없어요.\n  studies[0].chapters[0].title: 챕터 \
             제목은 비워 둘 수 없어요.\n",
        ));
    // The English report is the one it always was.
    studylog(&journal, EN)
        .arg("import")
        .arg(&invalid)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "not a valid studylog file:\n  studies[0].members[1].name: \"민지\" is listed twice; \
             member names must be unique in a study\n  studies[0].chapters[0].title: the \
             chapter's title must not be empty\nnothing was imported; the journal is unchanged\n",
        ));
    assert!(!journal.db.exists(), "nothing was written");
}

#[test]
fn a_korean_locale_alone_gives_korean_and_lc_all_wins_over_it() {
    let journal = Journal::new();
    studylog(&journal, &[("LANG", "ko_KR.UTF-8")])
        .args(["import", EXAMPLE])
        .assert()
        .success()
        .stderr("\"DDIA reading group\"을 가져왔어요.\n");
    studylog(&journal, &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")])
        .args(["import", EXAMPLE])
        .assert()
        .failure()
        .stderr(predicate::str::starts_with("error: already in the journal"));
}

#[test]
fn the_configs_ui_lang_is_used_and_the_override_wins_over_it() {
    let journal = Journal::new();
    let config = journal.file("config.toml", "ui_lang = \"ko\"\n");
    studylog(&journal, &[])
        .env("STUDYLOG_CONFIG", &config)
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::starts_with("오류: 기록 파일 "));
    studylog(&journal, &[("STUDYLOG_LANG", "en")])
        .env("STUDYLOG_CONFIG", &config)
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::starts_with("error: journal "));
}

#[test]
fn a_config_that_cannot_be_read_is_reported_in_the_locales_language() {
    let journal = Journal::new();
    journal.import_example();
    let config = journal.file("config.toml", "langu = \"ko\"\n");
    let stderr = stderr_of(
        studylog(&journal, &[("LANG", "ko_KR.UTF-8")])
            .env("STUDYLOG_CONFIG", &config)
            .arg("export"),
    );
    assert!(
        stderr.starts_with(&format!(
            "오류: 설정 파일 {}이 올바르지 않아요: ",
            config.display()
        )),
        "{stderr}"
    );
    // The TOML reader's own words are kept inside the sentence.
    assert!(stderr.contains("unknown field `langu`"), "{stderr}");
    assert!(stderr.ends_with("고치거나 지워 주세요.\n"), "{stderr}");
    // A command that does not read the config is not stopped by it.
    studylog(&journal, &[("LANG", "ko_KR.UTF-8")])
        .env("STUDYLOG_CONFIG", &config)
        .arg("list")
        .assert()
        .success();
}

#[test]
fn an_unknown_studylog_lang_is_refused_by_every_command() {
    let journal = Journal::new();
    journal.import_example();
    for args in [
        &["list"][..],
        &["import", EXAMPLE],
        &["export", "--format", "json"],
        &["check"],
        &["draw", "--seed", "1"],
        &["announce"],
        &["completions", "bash"],
        &["man"],
        &[],
    ] {
        studylog(&journal, &[("STUDYLOG_LANG", "xx")])
            .args(args)
            .assert()
            .failure()
            .stdout("")
            .stderr(
                "error: STUDYLOG_LANG is \"xx\", a language studylog does not speak; set it \
                 to ko or en, or unset it\n",
            );
    }
    // Said in the language the locale asks for.
    studylog(
        &journal,
        &[("STUDYLOG_LANG", "xx"), ("LANG", "ko_KR.UTF-8")],
    )
    .arg("list")
    .assert()
    .failure()
    .stderr(predicate::str::starts_with(
        "오류: STUDYLOG_LANG의 값 \"xx\"는 studylog가 지원하지 않는 언어예요",
    ));
}

#[test]
fn notices_and_the_draw_are_korean() {
    let journal = Journal::new();
    journal.import_example();
    let post = journal.path("post.md");
    studylog(&journal, KO)
        .arg("export")
        .arg("-o")
        .arg(&post)
        .assert()
        .success()
        .stderr(predicate::str::starts_with(format!(
            "{}에 저장했어요.\n참고: 글이 초안으로 표시되어 있어서",
            post.display()
        )));
    studylog(&journal, KO)
        .arg("export")
        .arg("-o")
        .arg(&post)
        .assert()
        .failure()
        .stderr(format!(
            "오류: {}가 이미 있어요. 덮어쓰려면 --force를 붙여 주세요.\n",
            post.display()
        ));
    studylog(&journal, KO)
        .args(["draw", "--seed", "7"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("다음 모임 발표자로 "))
        .stdout(predicate::str::contains("뽑혔어요.\n확률: "));
    let copy = journal.path("copy.db");
    studylog(&journal, KO)
        .arg("backup")
        .arg(&copy)
        .assert()
        .success()
        .stderr(format!(
            "{}를 {}에 백업했어요.\n",
            journal.db.display(),
            copy.display()
        ));
}

#[test]
fn help_stays_english_in_a_korean_interface() {
    let journal = Journal::new();
    studylog(&journal, KO)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: studylog"));
}
