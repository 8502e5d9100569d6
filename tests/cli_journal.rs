//! The journal file under `--db`: created where asked, refused (and left byte-identical)
//! when it is not ours or too new, waited for when locked; `list`, `check`, `backup`.

mod common;

use std::time::{Duration, Instant};

use common::{EXAMPLE, Journal, files_in};
use predicates::prelude::*;
use rusqlite::Connection;

/// Runs `args` on `journal`, asserts failure with `message`, and that the file at
/// `journal.db` kept its bytes and gained no companion files.
fn assert_refused_untouched(journal: &Journal, args: &[&str], message: &str) {
    let before = std::fs::read(&journal.db).expect("read journal");
    let files_before = files_in(journal.dir.path());
    journal
        .cmd()
        .args(args)
        .assert()
        .failure()
        .stderr(predicate::str::contains(message));
    assert_eq!(
        std::fs::read(&journal.db).expect("read"),
        before,
        "bytes changed"
    );
    assert_eq!(files_in(journal.dir.path()), files_before, "files appeared");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_byte_identical() {
    let journal = Journal::new();
    std::fs::write(
        &journal.db,
        "# my notes\n\n이건 데이터베이스가 아니에요.\n".repeat(300),
    )
    .expect("write");
    for args in [
        &["list"][..],
        &["check"],
        &["import", EXAMPLE],
        &["export"],
        &[],
    ] {
        assert_refused_untouched(&journal, args, "is not a SQLite database");
    }
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_byte_identical() {
    let journal = Journal::new();
    let conn = Connection::open(&journal.db).expect("open");
    conn.execute_batch("CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('a.jpg');")
        .expect("seed");
    drop(conn);
    assert_refused_untouched(&journal, &["import", EXAMPLE], "belongs to another program");
    assert_refused_untouched(&journal, &["list"], "belongs to another program");
}

#[test]
fn a_journal_from_a_newer_studylog_is_refused_and_left_byte_identical() {
    let journal = Journal::new();
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    conn.pragma_update(None, "journal_mode", "DELETE").ok();
    drop(conn);
    assert_refused_untouched(
        &journal,
        &["list"],
        &format!(
            "written by a newer studylog (schema 99; this version knows up to {})",
            studylog::store::LATEST_VERSION
        ),
    );
    assert_refused_untouched(&journal, &["import", "--rename", EXAMPLE], "newer studylog");
}

#[test]
fn a_locked_journal_is_waited_for_then_reported() {
    let journal = Journal::new();
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    conn.execute_batch("BEGIN IMMEDIATE")
        .expect("take the write lock");
    let started = Instant::now();
    journal
        .cmd()
        .args(["import", "--rename", EXAMPLE])
        .assert()
        .failure()
        .stderr(predicate::str::contains("locked by another process"));
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "it should wait for the other writer before giving up"
    );
    // Readers are not blocked by a writer.
    journal.cmd().arg("list").assert().success();
    conn.execute_batch("ROLLBACK").expect("release");
    journal
        .cmd()
        .args(["import", "--rename", EXAMPLE])
        .assert()
        .success();
}

#[test]
fn the_journal_and_its_folder_are_created_on_first_use() {
    let journal = Journal::new();
    let nested = journal.path("deep/er/journal.db");
    journal
        .cmd()
        .arg("--db")
        .arg(&nested)
        .args(["import", EXAMPLE])
        .assert()
        .success();
    assert!(nested.is_file());
}

#[test]
fn studylog_db_in_the_environment_chooses_the_journal() {
    let journal = Journal::new();
    journal.import_example();
    assert_cmd::Command::cargo_bin("studylog")
        .expect("binary")
        .env("STUDYLOG_DB", &journal.db)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("DDIA reading group"));
}

#[test]
fn commands_that_only_read_do_not_create_a_journal() {
    let journal = Journal::new();
    journal
        .cmd()
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no journal here yet"));
    journal
        .cmd()
        .arg("check")
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no journal here yet"));
    journal
        .cmd()
        .args(["export", "--format", "json"])
        .assert()
        .failure();
    assert!(!journal.db.exists());
}

#[test]
fn list_shows_book_period_status_and_progress() {
    let journal = Journal::new();
    journal.import_example();
    let doc = serde_json::json!({"format": "studylog", "version": 1, "studies": [{
        "name": "러스트 스터디", "status": "planned", "book": {"title": "러스트 프로그래밍"},
        "chapters": [{"number": 1, "title": "시작", "status": "done"}, {"number": 2, "title": "소유권"}]
    }]});
    let file = journal.file("ko.json", &doc.to_string());
    journal.cmd().arg("import").arg(&file).assert().success();
    let out = journal.cmd().arg("list").output().expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[1].starts_with("DDIA reading group  Designing Data-Intensive Applications"));
    assert!(lines[1].contains("2025-01-12 ~ 2025-03-30  finished  12/12 (100%)"));
    // Columns line up by display width: Hangul takes two columns each.
    assert!(
        lines[2].starts_with("러스트 스터디       러스트 프로그래밍 "),
        "{text}"
    );
    assert!(lines[2].ends_with("planned   1/2 (50%)"), "{text}");

    let out = journal
        .cmd()
        .args(["list", "--json"])
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json[1]["name"], "러스트 스터디");
    assert_eq!(
        json[1]["progress"],
        serde_json::json!({"finished": 1, "total": 2})
    );
    assert_eq!(json[0]["started_on"], "2025-01-12");
}

#[test]
fn check_reports_the_schema_and_a_sound_file() {
    let journal = Journal::new();
    journal.import_example();
    journal.cmd().arg("check").assert().success().stdout(
        predicate::str::contains(format!(
            "schema version {}",
            studylog::store::LATEST_VERSION
        ))
        .and(predicate::str::contains("integrity ok")),
    );
}

#[test]
fn check_warns_of_a_presenter_marked_absent_but_passes() {
    let journal = Journal::new();
    // The spec's example has Dara present chapter 10 on 2025-03-16 while marked absent.
    journal.import_example();
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning: \"DDIA reading group\": the session of 2025-03-16 has Dara as its \
             presenter, who is marked absent",
        ))
        .stdout(predicate::str::contains("1 warning:"));
}

#[test]
fn check_warns_of_an_absent_planned_presenter_and_a_presented_chapter_without_a_session() {
    let journal = Journal::new();
    let mut example = common::example_value();
    let study = &mut example["studies"][0];
    // The session of chapter 2 names no presenter: Chen, who planned it, presented it, and
    // is marked absent.
    study["sessions"][1]["presenter"] = serde_json::Value::Null;
    study["sessions"][1]["attendance"][2]["status"] = "absent".into();
    assert_eq!(study["sessions"][1]["attendance"][2]["member"], "Chen");
    // Chapter 12 says presented, but its session is gone.
    study["sessions"].as_array_mut().expect("sessions").pop();
    let file = journal.file("contradictions.json", &example.to_string());
    journal.cmd().arg("import").arg(file).assert().success();
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the session of 2025-01-19 has Chen as its presenter, who is marked absent",
        ))
        .stdout(predicate::str::contains(
            "chapter 12 is marked presented, but no session covers it",
        ))
        .stdout(predicate::str::contains("3 warnings:"));
}

#[test]
fn check_of_the_demo_journal_warns_of_nothing() {
    let journal = Journal::new();
    journal.import_demo();
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("warning").not());
}

#[test]
fn check_fails_on_a_broken_reference() {
    let journal = Journal::new();
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    // Written with foreign keys off, as a crashed tool or a hand edit might.
    conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM member WHERE name = 'Ana';")
        .expect("break");
    drop(conn);
    journal
        .cmd()
        .arg("check")
        .assert()
        .failure()
        .stdout(predicate::str::contains("points at a missing member"));
}

#[test]
fn check_warns_of_a_study_whose_kept_progress_is_off_and_a_reimport_counts_it_afresh() {
    let journal = Journal::new();
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    // The triggers keep the counts; an edit of the counts themselves goes around them.
    conn.execute("UPDATE study_progress SET finished_count = 1", [])
        .expect("miscount");
    drop(conn);
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning: \"DDIA reading group\": the study list counts 1 of 12 chapters \
             finished, but its chapters say 12 of 12",
        ));

    let export = journal
        .cmd()
        .args(["export", "--format", "json", "DDIA reading group"])
        .output()
        .expect("export");
    let file = journal.file(
        "again.json",
        &String::from_utf8(export.stdout).expect("utf-8"),
    );
    journal
        .cmd()
        .args(["import", "--replace"])
        .arg(file)
        .assert()
        .success();
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("the study list counts").not());
}

#[test]
fn a_kept_count_made_negative_and_a_wrong_covered_mark_are_warned_of_and_the_list_still_shows() {
    let journal = Journal::new();
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    conn.execute_batch(
        "UPDATE study_progress SET chapter_count = -3, finished_count = -1;
         UPDATE chapter SET covered = 1 - covered WHERE number IN (1, 2);",
    )
    .expect("break the counts");
    drop(conn);
    journal
        .cmd()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("DDIA reading group"));
    journal
        .cmd()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the study list counts -1 of -3 chapters finished, but its chapters say 12 of 12",
        ))
        .stdout(predicate::str::contains(
            "\"DDIA reading group\": 2 chapters are marked as covered by a session when none \
             covers them, or the other way round",
        ));
}

#[test]
fn backup_writes_a_journal_that_opens_with_the_same_studies() {
    let journal = Journal::new();
    journal.import_example();
    let copy = journal.path("copy.db");
    journal.cmd().arg("backup").arg(&copy).assert().success();
    assert!(
        !journal.path("copy.db-wal").exists(),
        "the copy is one file"
    );
    let from_copy = journal
        .cmd()
        .arg("--db")
        .arg(&copy)
        .args(["export", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8(from_copy.stdout).expect("utf-8"),
        journal.export_json()
    );

    journal
        .cmd()
        .arg("backup")
        .arg(&copy)
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists; add --force"));
    journal
        .cmd()
        .args(["backup", "--force"])
        .arg(&copy)
        .assert()
        .success();
}

#[test]
fn backup_over_a_journal_left_with_its_log_is_not_mixed_with_that_log() {
    let journal = Journal::new();
    journal.import_example();
    // Another journal, as a studylog killed mid-session leaves it: its latest edit still in
    // the write-ahead log beside it.
    let other = journal.path("other.db");
    let crashed = journal.path("crashed.db");
    {
        let mut store =
            studylog::store::Store::open(&other, studylog::store::OpenMode::CreateIfMissing)
                .expect("other journal");
        store
            .insert_study(&studylog::domain::Study::new("유령 스터디", "책"))
            .expect("insert");
        for suffix in ["", "-wal"] {
            let from = format!("{}{suffix}", other.display());
            let to = format!("{}{suffix}", crashed.display());
            std::fs::copy(from, to).expect("copy the crash image");
        }
    }
    journal
        .cmd()
        .args(["backup", "--force"])
        .arg(&crashed)
        .assert()
        .success();
    let restored = journal
        .cmd()
        .arg("--db")
        .arg(&crashed)
        .args(["export", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8(restored.stdout).expect("utf-8"),
        journal.export_json(),
        "the backup, and nothing of the old log"
    );
}

#[test]
fn help_names_the_default_journal_and_version_prints() {
    let journal = Journal::new();
    let expected = studylog::cli::default_db_path();
    journal
        .cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "[default: {}]",
            expected.display()
        )));
    journal
        .cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn backup_refuses_the_journal_itself_and_links() {
    let journal = Journal::new();
    journal.import_example();
    journal
        .cmd()
        .args(["backup", "--force"])
        .arg(&journal.db)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "another file than the journal itself",
        ));
    let link = journal.path("link.db");
    std::os::unix::fs::symlink(journal.path("elsewhere.db"), &link).expect("link");
    journal
        .cmd()
        .args(["backup", "--force"])
        .arg(&link)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a regular file"));
    journal.cmd().arg("check").assert().success();
}

/// Whether the tests run as root, for whom file permissions do not stop a read or a write.
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().expect("probe file");
    probe.as_file().metadata().expect("metadata").uid() == 0
}

/// The journal's bytes, modification time and the files beside it.
fn state_of(journal: &Journal) -> (Vec<u8>, std::time::SystemTime, Vec<String>) {
    (
        std::fs::read(&journal.db).expect("read"),
        std::fs::metadata(&journal.db)
            .and_then(|m| m.modified())
            .expect("mtime"),
        files_in(journal.dir.path()),
    )
}

#[test]
fn list_of_a_journal_that_does_not_exist_fails_and_names_the_path() {
    let journal = Journal::new();
    let nowhere = journal.path("nowhere/j.db");
    journal
        .cmd()
        .arg("--db")
        .arg(&nowhere)
        .arg("list")
        .assert()
        .failure()
        .stderr(predicate::str::contains(nowhere.display().to_string()))
        .stderr(predicate::str::contains("no journal here"));
    assert!(!journal.path("nowhere").exists());
}

#[test]
fn a_folder_given_as_the_journal_is_called_a_folder() {
    let journal = Journal::new();
    let folder = journal.path("journals");
    std::fs::create_dir(&folder).expect("folder");
    for args in [
        &["list"][..],
        &["check"],
        &["export", "--format", "json"],
        &["import", EXAMPLE],
        &["backup", "copy.db"],
    ] {
        journal
            .cmd()
            .arg("--db")
            .arg(&folder)
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains("is a folder"))
            .stderr(predicate::str::contains("unable to open").not());
    }
    assert!(files_in(&folder).is_empty());
}

#[test]
fn an_empty_file_is_not_a_journal_yet_for_commands_that_only_read() {
    let journal = Journal::new();
    std::fs::write(&journal.db, b"").expect("touch");
    for args in [
        &["list"][..],
        &["check"],
        &["export", "--format", "json"],
        &["export"],
        &["backup", "copy.db"],
    ] {
        assert_refused_untouched(&journal, args, "is empty, so it is not a journal yet");
    }
    assert_eq!(std::fs::metadata(&journal.db).expect("meta").len(), 0);
}

#[test]
fn commands_that_only_read_leave_the_journal_and_its_folder_as_they_were() {
    let journal = Journal::new();
    journal.import_example();
    let before = state_of(&journal);
    assert_eq!(before.2, ["journal.db"], "a closed journal is one file");
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["check"],
        &["export", "--format", "json"],
        &["export", "--lang", "en"],
    ] {
        journal.cmd().args(args).assert().success();
        assert_eq!(
            state_of(&journal),
            before,
            "studylog {args:?} changed something"
        );
    }
}

#[test]
fn commands_that_only_read_work_on_a_read_only_journal_in_a_read_only_folder() {
    use std::os::unix::fs::PermissionsExt;
    if running_as_root() {
        eprintln!(
            "skipped: running as root, for whom a read-only file or folder can still be written"
        );
        return;
    }
    let journal = Journal::new();
    journal.import_example();
    let json = journal.export_json();
    let set = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    set(&journal.db, 0o444);
    set(journal.dir.path(), 0o555);
    let before = state_of(&journal);
    let listed = journal.cmd().arg("list").output().expect("run");
    let exported = journal.cmd().args(["export", "--format", "json"]).output();
    let checked = journal.cmd().arg("check").output().expect("run");
    let after = state_of(&journal);
    set(journal.dir.path(), 0o755);
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    assert_eq!(
        String::from_utf8(exported.expect("run").stdout).expect("utf-8"),
        json
    );
    assert_eq!(after, before);
}

#[test]
fn a_journal_behind_a_folder_without_permission_is_unreadable_not_missing() {
    use std::os::unix::fs::PermissionsExt;
    if running_as_root() {
        eprintln!("skipped: running as root, for whom no folder is out of reach");
        return;
    }
    let journal = Journal::new();
    let locked = journal.path("locked");
    std::fs::create_dir(&locked).expect("folder");
    let db = locked.join("j.db");
    journal
        .cmd()
        .arg("--db")
        .arg(&db)
        .args(["import", EXAMPLE])
        .assert()
        .success();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let out = journal
        .cmd()
        .arg("--db")
        .arg(&db)
        .arg("list")
        .output()
        .expect("run");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("cannot be read"), "{stderr}");
    assert!(stderr.contains("ermission denied"), "{stderr}");
    assert!(!stderr.contains("no journal here"), "{stderr}");
}

#[test]
fn a_backup_that_cannot_be_written_names_the_backup_not_the_journal() {
    let journal = Journal::new();
    journal.import_demo();
    // A file size limit of 1 KiB makes every write past it fail, as a full disk does; the
    // journal itself is only read.
    let copy = journal.path("copy.db");
    let studylog = assert_cmd::cargo::cargo_bin("studylog");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1 && exec \"$0\" \"$@\"")
        .arg(&studylog)
        .arg("--db")
        .arg(&journal.db)
        .arg("backup")
        .arg(&copy)
        .env_remove("STUDYLOG_DB")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot write the backup {}", copy.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("error: journal"), "{stderr}");
    assert_eq!(
        files_in(journal.dir.path()),
        ["journal.db"],
        "no partial copy left"
    );

    let missing = journal.path("no/such/folder/copy.db");
    journal
        .cmd()
        .arg("backup")
        .arg(&missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "cannot write the backup {}",
            missing.display()
        )))
        .stderr(predicate::str::contains("error: journal").not());
}

/// Breaks one value of the example journal with raw SQL, as a hand edit or another tool
/// might, and returns the id of the row it broke.
fn corrupt(journal: &Journal, table: &str, set: &str) -> i64 {
    journal.import_example();
    let conn = Connection::open(&journal.db).expect("open");
    let row: i64 = conn
        .query_row(&format!("SELECT max(id) FROM {table}"), [], |r| r.get(0))
        .expect("a row");
    conn.execute(&format!("UPDATE {table} SET {set} WHERE id = ?1"), [row])
        .expect("corrupt");
    row
}

fn assert_check_and_export_name(journal: &Journal, table: &str, row: i64, column: &str) {
    let place = format!("{table} row {row}, column {column}");
    journal
        .cmd()
        .arg("check")
        .assert()
        .failure()
        .stdout(predicate::str::contains("DDIA reading group"))
        .stdout(predicate::str::contains(place.clone()));
    for args in [&["export", "--format", "json"][..], &["export"]] {
        journal
            .cmd()
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains(place.clone()))
            .stderr(predicate::str::contains("run `studylog check`"));
    }
}

#[test]
fn check_fails_on_a_title_that_is_not_utf8_and_export_names_its_row() {
    let journal = Journal::new();
    let row = corrupt(&journal, "chapter", "title = CAST(x'41ff42' AS TEXT)");
    assert_check_and_export_name(&journal, "chapter", row, "title");
}

#[test]
fn check_fails_on_a_session_date_that_is_not_a_date_and_export_names_its_row() {
    let journal = Journal::new();
    let row = corrupt(&journal, "session", "held_on = 'not a date'");
    assert_check_and_export_name(&journal, "session", row, "held_on");
}

#[test]
fn check_names_every_value_it_cannot_read_not_only_the_first() {
    let journal = Journal::new();
    let chapter = corrupt(&journal, "chapter", "title = CAST(x'ff' AS TEXT)");
    let conn = Connection::open(&journal.db).expect("open");
    let session: i64 = conn
        .query_row("SELECT min(id) FROM session", [], |r| r.get(0))
        .expect("a session");
    conn.execute(
        "UPDATE session SET held_on = 'not a date' WHERE id = ?1",
        [session],
    )
    .expect("corrupt");
    drop(conn);
    journal
        .cmd()
        .arg("check")
        .assert()
        .failure()
        .stdout(predicate::str::contains(format!(
            "chapter row {chapter}, column title"
        )))
        .stdout(predicate::str::contains(format!(
            "session row {session}, column held_on: \"not a date\""
        )));
}

#[test]
fn a_study_name_that_is_not_utf8_is_named_by_list_check_and_export() {
    let journal = Journal::new();
    let study = corrupt(&journal, "study", "name = CAST(x'ff' AS TEXT)");
    let place = format!("study row {study}, column name");
    journal
        .cmd()
        .arg("check")
        .assert()
        .failure()
        .stdout(predicate::str::contains(place.clone()));
    for args in [&["list"][..], &["export", "--format", "json"], &["export"]] {
        journal
            .cmd()
            .args(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains(place.clone()))
            .stderr(predicate::str::contains("run `studylog check`"));
    }
}
