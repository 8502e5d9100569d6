//! `studylog export` of the post, as a user runs it: choosing the study, language from the
//! locale and config, writing files safely.

mod common;

use common::{EXAMPLE, Journal, files_in};
use predicates::prelude::*;

fn post_cmd(journal: &Journal) -> assert_cmd::Command {
    let mut cmd = journal.cmd();
    cmd.env_remove("LC_ALL")
        .args(["export", "--date", "2025-04-06"]);
    cmd
}

#[test]
fn the_only_study_needs_no_name_and_the_locale_picks_korean() {
    let journal = Journal::new();
    journal.import_example();
    post_cmd(&journal)
        .env("LANG", "ko_KR.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "---\ntitle: \"DDIA reading group을 마치며\"\ndate: \"2025-04-06 00:00:00\"\n",
        ))
        .stdout(predicate::str::contains("## 좋았던 점"))
        // The locale makes the interface Korean too (issue 14): the notice is Korean.
        .stderr(predicate::str::contains("초안으로 표시되어"));
    post_cmd(&journal)
        .env("LANG", "C")
        .env("LC_ALL", "ko_KR.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("## 좋았던 점"));
    post_cmd(&journal)
        .args(["--lang", "en"])
        .env("LANG", "ko_KR.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("## What went well"));
}

#[test]
fn the_config_file_sets_defaults_that_flags_override() {
    let journal = Journal::new();
    journal.import_example();
    let config = journal.file(
        "config.toml",
        "lang = \"ko\"\nfront_matter = \"hugo\"\ncategory = \"book club\"\ndraft = false\n",
    );
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &config)
        .args(["export", "--date", "2025-04-06"])
        .assert()
        .success()
        .stdout(predicate::str::contains("categories: [\"book club\"]"))
        .stdout(predicate::str::contains("draft: false"))
        .stdout(predicate::str::contains("## 좋았던 점"))
        .stderr(predicate::str::contains("draft").not());
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &config)
        .args(["export", "--front-matter", "zola", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "+++\ntitle = \"Looking back on DDIA reading group\"",
        ));

    let broken = journal.file("broken.toml", "lang = \"fr\"\n");
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &broken)
        .arg("export")
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("broken.toml is not valid")
                .and(predicate::str::contains("fr")),
        );
}

#[test]
fn several_studies_need_a_name() {
    let journal = Journal::new();
    journal.import_example();
    journal
        .cmd()
        .args(["import", "--rename", EXAMPLE])
        .assert()
        .success();
    post_cmd(&journal)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "the journal holds 2 studies; name one of them: \"DDIA reading group\", \"DDIA reading group (2)\"",
        ));
    post_cmd(&journal)
        .arg("DDIA reading group (2)")
        .assert()
        .success();
}

#[test]
fn an_empty_journal_says_how_to_begin() {
    let journal = Journal::new();
    journal
        .cmd()
        .args(["list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no journal here yet"));
    let empty = serde_json::json!({"format": "studylog", "version": 1, "studies": []});
    let file = journal.file("empty.json", &empty.to_string());
    journal
        .cmd()
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the file holds no studies; nothing imported",
        ));
    assert!(
        !journal.db.exists(),
        "an import of nothing makes no journal where there was none"
    );
    // A journal made by the interface, still empty.
    drop(
        studylog::store::Store::open(&journal.db, studylog::store::OpenMode::CreateIfMissing)
            .expect("journal"),
    );
    post_cmd(&journal)
        .assert()
        .failure()
        .stderr(predicate::str::contains("the journal has no studies yet"));
}

#[test]
fn a_user_template_is_rendered_and_its_errors_name_the_file() {
    let journal = Journal::new();
    journal.import_example();
    let template = journal.file(
        "mine.md",
        "# {{ study.book.title }}\n{{ stats.sessions_held }} sessions\n",
    );
    post_cmd(&journal)
        .args(["--front-matter", "none", "--template"])
        .arg(&template)
        .assert()
        .success()
        .stdout("# Designing Data-Intensive Applications\n12 sessions\n");
    let broken = journal.file("broken.md", "{% for x in %}\n");
    post_cmd(&journal)
        .arg("--template")
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "broken.md: the template cannot be rendered",
        ));
}

#[test]
fn writing_the_post_never_overwrites_without_force() {
    let journal = Journal::new();
    journal.import_example();
    let target = journal.path("2025-04-06-ddia.md");
    post_cmd(&journal).arg("-o").arg(&target).assert().success();
    let first = std::fs::read_to_string(&target).expect("written");
    assert!(first.contains("## What went well"));

    std::fs::write(&target, "my edits").expect("edit");
    post_cmd(&journal)
        .arg("-o")
        .arg(&target)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "already exists; add --force to overwrite it",
        ));
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "my edits");

    post_cmd(&journal)
        .arg("--force")
        .arg("-o")
        .arg(&target)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&target).expect("replaced"), first);
    assert_eq!(
        files_in(journal.dir.path())
            .into_iter()
            .filter(|f| f.ends_with(".md") || f.contains("partial"))
            .collect::<Vec<_>>(),
        ["2025-04-06-ddia.md"]
    );
}

#[test]
fn a_missing_folder_is_named_and_nothing_is_created() {
    let journal = Journal::new();
    journal.import_example();
    post_cmd(&journal)
        .arg("-o")
        .arg(journal.path("posts/2025/post.md"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "posts/2025 does not exist; create it first",
        ));
    assert!(!journal.path("posts").exists());
}

#[test]
fn a_folder_that_cannot_be_written_gives_a_clear_error_and_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let journal = Journal::new();
    journal.import_example();
    let folder = journal.path("read-only");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permission bits; /proc refuses new files even to root.
    let privileged = std::fs::write(folder.join("probe"), "x").is_ok();
    let target = if privileged {
        std::path::PathBuf::from("/proc/studylog-post.md")
    } else {
        folder.join("post.md")
    };
    post_cmd(&journal)
        .arg("-o")
        .arg(&target)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "cannot write {}",
            target.display()
        )));
    assert!(!target.exists());
    if !privileged {
        assert!(files_in(&folder).is_empty(), "no temporary file left");
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
}

#[test]
fn post_options_with_json_are_refused_instead_of_ignored() {
    let journal = Journal::new();
    journal.import_example();
    journal
        .cmd()
        .args(["export", "--format", "json", "--anonymize"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "--anonymize only applies to the markdown post",
        ));
}

#[test]
fn with_notes_names_the_sessions_presenter_in_the_schedule_and_the_notes() {
    let journal = Journal::new();
    journal.import_demo();
    // The demo's chapter 8 was planned for 최지우; 정민재 presented it in her place.
    let post = journal.stdout_of(&["export", "--with-notes", "--lang", "ko"]);
    assert!(
        post.contains("| 2025-04-20 | 8장 분산 시스템의 골칫거리 | 정민재 |"),
        "{post}"
    );
    let notes = post
        .split("\n### ")
        .find(|section| section.starts_with("8장 "))
        .expect("chapter 8 has notes");
    assert!(notes.contains("정민재 님이 발표했습니다."), "{notes}");
    assert!(!notes.contains("최지우"), "{notes}");
    // Chapter 10 has no session yet: its planned presenter is still to present it.
    let planned = post
        .split("\n### ")
        .find(|section| section.starts_with("10장 "))
        .expect("chapter 10 has notes");
    assert!(
        planned.contains("정민재 님이 발표할 예정입니다."),
        "{planned}"
    );
}

#[test]
fn the_studys_saved_settings_are_the_defaults_and_flags_override_them() {
    let journal = Journal::new();
    let mut example = common::example_value();
    example["studies"][0]["post"] = serde_json::json!({
        "lang": "ko",
        "title": "DDIA를 마치며",
        "date": "2025-06-01",
        "front_matter": "zola"
    });
    let file = journal.file("with-settings.json", &example.to_string());
    journal.cmd().arg("import").arg(&file).assert().success();
    // The config says English and hugo; the study's settings win over it.
    let config = journal.file("config.toml", "lang = \"en\"\nfront_matter = \"hugo\"\n");
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &config)
        .arg("export")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "+++\ntitle = \"DDIA를 마치며\"\ndate = 2025-06-01\n",
        ))
        .stdout(predicate::str::contains("## 좋았던 점"));
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &config)
        .args(["export", "--lang", "en", "--front-matter", "gatsby"])
        .args(["--date", "2025-07-01"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "---\ntitle: \"DDIA를 마치며\"\ndate: \"2025-07-01 00:00:00\"\n",
        ))
        .stdout(predicate::str::contains("## What went well"));
    // The settings travel with the study in the interchange file.
    let json = journal.export_json();
    assert!(json.contains("\"title\": \"DDIA를 마치며\""), "{json}");
}

#[test]
fn voice_is_a_flag_a_config_key_and_refused_with_json() {
    let journal = Journal::new();
    journal.import_demo();
    journal
        .cmd()
        .args(["export", "--voice", "plain", "--lang", "ko"])
        .assert()
        .success();
    journal
        .cmd()
        .args(["export", "--voice", "casual"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("formal").and(predicate::str::contains("plain")));
    let config = journal.file("config.toml", "voice = \"plain\"\n");
    journal
        .cmd()
        .env("STUDYLOG_CONFIG", &config)
        .arg("export")
        .assert()
        .success();
    journal
        .cmd()
        .args(["export", "--format", "json", "--voice", "plain"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--voice only applies"));
}

#[test]
fn a_korean_study_is_written_in_korean_whatever_the_locale() {
    let journal = Journal::new();
    journal.import_demo();
    // LANG=C (English) in `cmd`: the demo's Hangul decides.
    let post = journal.stdout_of(&["export", "--date", "2025-04-06"]);
    assert!(post.contains("## 좋았던 점"), "{post}");
}

#[test]
fn charts_writes_the_attendance_chart_beside_the_post_and_links_it() {
    let journal = Journal::new();
    journal.import_demo();
    let folder = journal.path("blog");
    std::fs::create_dir(&folder).expect("mkdir");
    post_cmd(&journal)
        .args(["--lang", "ko", "--charts", "-o"])
        .arg(folder.join("회고.md"))
        .assert()
        .success()
        .stderr(
            predicate::str::contains("wrote").and(predicate::str::contains("회고-attendance.svg")),
        );
    assert_eq!(files_in(&folder), ["회고-attendance.svg", "회고.md"]);
    let post = std::fs::read_to_string(folder.join("회고.md")).expect("post");
    assert!(
        post.contains("\n![모임별 출석 현황](회고-attendance.svg)\n"),
        "{post}"
    );
    let svg = std::fs::read_to_string(folder.join("회고-attendance.svg")).expect("chart");
    assert!(svg.starts_with("<svg ") && svg.contains("정민재"), "{svg}");
    // The writer, 김서연 in the demo, is 저 in the chart as in the post's tables.
    assert!(svg.contains(">저<") && !svg.contains("김서연"), "{svg}");

    // Like the post, an existing chart is kept unless --force, and then nothing is written.
    std::fs::remove_file(folder.join("회고.md")).expect("rm post");
    post_cmd(&journal)
        .args(["--charts", "-o"])
        .arg(folder.join("회고.md"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "회고-attendance.svg already exists; add --force",
        ));
    assert_eq!(files_in(&folder), ["회고-attendance.svg"]);
    post_cmd(&journal)
        .args(["--charts", "--force", "--anonymize", "-o"])
        .arg(folder.join("회고.md"))
        .assert()
        .success();
    let svg = std::fs::read_to_string(folder.join("회고-attendance.svg")).expect("chart");
    assert!(
        !svg.contains("정민재"),
        "the chart is anonymized with the post: {svg}"
    );
}

#[test]
fn charts_without_an_output_file_is_refused_with_what_to_do() {
    let journal = Journal::new();
    journal.import_demo();
    post_cmd(&journal)
        .arg("--charts")
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("--charts").and(predicate::str::contains("add -o FILE")));
    journal
        .cmd()
        .args(["export", "--format", "json", "--charts", "-o"])
        .arg(journal.path("backup.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "--charts only applies to the markdown post",
        ));
}

#[test]
fn a_post_name_that_would_break_a_link_is_encoded_in_it() {
    let journal = Journal::new();
    journal.import_example();
    post_cmd(&journal)
        .args(["--lang", "en", "--charts", "-o"])
        .arg(journal.path("my post (draft).md"))
        .assert()
        .success();
    let post = std::fs::read_to_string(journal.path("my post (draft).md")).expect("post");
    assert!(
        post.contains("![Attendance by session](my%20post%20%28draft%29-attendance.svg)"),
        "{post}"
    );
    assert!(journal.path("my post (draft)-attendance.svg").is_file());
}

#[test]
fn a_date_that_is_not_yyyy_mm_dd_is_refused_with_the_form_to_use() {
    let journal = Journal::new();
    journal.import_example();
    for typed in ["25-1-1", "+12025-01-01", "2025-02-30", "2025-4-6"] {
        journal
            .cmd()
            .args(["export", "--date", typed])
            .assert()
            .failure()
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "{typed} is not a date; write it as YYYY-MM-DD"
            )));
    }
}

#[test]
fn a_study_name_typed_decomposed_finds_the_study() {
    let journal = Journal::new();
    let file = journal.file(
        "hangul.json",
        r#"{"format": "studylog", "version": 1, "studies": [{"name": "한글 스터디", "book": {"title": "책"}}]}"#,
    );
    journal.cmd().arg("import").arg(file).assert().success();
    // 한글 as macOS writes file names: each syllable as its letters.
    let decomposed = "\u{1112}\u{1161}\u{11ab}\u{1100}\u{1173}\u{11af}";
    post_cmd(&journal)
        .arg(decomposed)
        .assert()
        .success()
        .stdout(predicate::str::contains("한글 스터디"));
}

#[test]
fn output_dash_is_standard_output() {
    let journal = Journal::new();
    journal.import_example();
    post_cmd(&journal)
        .args(["--lang", "en", "-o", "-"])
        .current_dir(journal.path(""))
        .assert()
        .success()
        .stdout(predicate::str::contains("## What went well"));
    assert!(!journal.path("-").exists(), "no file named - was written");
}
