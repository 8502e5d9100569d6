//! Numbered SQL migrations compiled into the binary, tracked by `PRAGMA user_version`.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB, TransactionBehavior};

use super::{APPLICATION_ID, Result};

pub(crate) struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: include_str!("sql/0001_init.sql"),
    },
    Migration {
        version: 2,
        sql: include_str!("sql/0002_chapter_progress.sql"),
    },
    Migration {
        version: 3,
        sql: include_str!("sql/0003_skipped_chapters.sql"),
    },
    Migration {
        version: 4,
        sql: include_str!("sql/0004_post_settings.sql"),
    },
    Migration {
        version: 5,
        sql: include_str!("sql/0005_study_progress.sql"),
    },
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = 5;

pub(crate) fn latest(migrations: &[Migration]) -> i64 {
    migrations.last().map_or(0, |m| m.version)
}

/// Applies every migration newer than the file in one transaction, so a failure leaves the
/// journal as it was. The version is read again under the write lock: another studylog may
/// have upgraded the file while this one waited.
///
/// Foreign keys are off while migrations run, since a migration that rebuilds a table drops
/// the old one, and with them on that drop would cascade into every row referring to it.
/// They are checked before the commit instead, and turned on again whatever happened: an
/// upgrade that would break a reference is refused. References a journal had already broken
/// (a hand edit with foreign keys off) are not the upgrade's doing and do not stop it:
/// refusing would lock the user out of the journal, even out of `studylog check`, which
/// names them, and `export`, which saves the rest.
pub(crate) fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = apply(conn, migrations);
    conn.pragma_update(None, "foreign_keys", true)?;
    migrated
}

fn apply(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let broken_before = broken_references(&tx)?;
    for migration in migrations.iter().filter(|m| m.version > current) {
        tx.execute_batch(migration.sql)?;
    }
    let broken_after = broken_references(&tx)?;
    if broken_after > broken_before {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
            Some(format!(
                "the upgrade would break {} references",
                broken_after - broken_before
            )),
        )
        .into());
    }
    tx.pragma_update(None, "user_version", latest(migrations))?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.commit()?;
    Ok(())
}

fn broken_references(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })?,
    )
}

/// Copies the journal beside itself (`studylog.db.v1.bak`) before its schema changes, so an
/// upgrade that goes wrong, or a downgrade of the binary, never costs the user their data.
pub(crate) fn backup_before_upgrade(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    let target = backup_path(path, version);
    conn.backup(MAIN_DB, &target, None::<fn(rusqlite::backup::Progress)>)?;
    Ok(())
}

pub(crate) fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".v{version}.bak"));
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{OpenMode, Store};

    /// A study of chapters numbered 1 to `chapters` and one session, on 2025-03-02, covering
    /// `covered`.
    fn study_with_a_session(chapters: u32, covered: Vec<u32>) -> crate::domain::Study {
        crate::domain::Study {
            chapters: (1..=chapters)
                .map(|n| crate::domain::Chapter::new(n, format!("{n}장")))
                .collect(),
            sessions: vec![crate::domain::Session {
                held_on: "2025-03-02".parse().expect("date"),
                chapters: covered,
                presenter: None,
                attendance: vec![],
                notes: String::new(),
            }],
            ..crate::domain::Study::new("s", "b")
        }
    }

    #[test]
    fn the_built_in_list_ends_at_the_latest_version() {
        assert_eq!(latest(MIGRATIONS), LATEST_VERSION);
        assert!(
            MIGRATIONS
                .windows(2)
                .all(|w| w[0].version + 1 == w[1].version),
            "migrations must be numbered without gaps"
        );
    }

    #[test]
    fn a_version_4_journal_learns_each_studys_progress() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let mut v4 =
            Store::open_with(&path, OpenMode::CreateIfMissing, &MIGRATIONS[..4]).expect("v4");
        // 1 covered by a session, 2 presented, 3 and 4 left to read; and a study with none.
        let mut study = study_with_a_session(4, vec![1]);
        study.chapters[1].status = crate::domain::ChapterStatus::Presented;
        let id = v4.insert_study(&study).expect("insert");
        v4.insert_study(&crate::domain::Study::new("empty", "b"))
            .expect("insert");
        drop(v4);

        let mut store = Store::open(&path, OpenMode::MustExist).expect("upgraded");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        let progress = |store: &Store| -> Vec<(usize, usize)> {
            store
                .list_studies()
                .expect("list")
                .iter()
                .map(|s| (s.progress.finished, s.progress.total))
                .collect()
        };
        assert_eq!(progress(&store), [(2, 4), (0, 0)]);

        // The marks the upgrade set are kept from then on: the session's chapter lets go
        // when the session goes, and a new chapter is counted.
        let session = store
            .load_outline(id)
            .expect("outline")
            .session(0)
            .expect("session")
            .id;
        store.delete_session(id, session).expect("delete");
        assert_eq!(progress(&store), [(1, 4), (0, 0)]);
        let mut presented = crate::domain::Chapter::new(5, "5장");
        presented.status = crate::domain::ChapterStatus::Presented;
        store.add_chapters(id, &[presented]).expect("add");
        assert_eq!(progress(&store), [(2, 5), (0, 0)]);
        assert_eq!(store.miscounted_progress().expect("recount"), vec![]);
    }

    #[test]
    fn a_journal_with_references_broken_by_hand_is_still_upgraded_and_opens() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let mut v4 =
            Store::open_with(&path, OpenMode::CreateIfMissing, &MIGRATIONS[..4]).expect("v4");
        let study = study_with_a_session(3, vec![1, 2]);
        v4.insert_study(&study).expect("insert");
        // As the sqlite3 shell does it: foreign keys off, the session's chapter left dangling.
        v4.conn
            .execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM chapter WHERE number = 1;")
            .expect("break a reference");
        drop(v4);

        for mode in [OpenMode::ReadOnly, OpenMode::MustExist] {
            let store = Store::open(&path, mode).expect("opens despite the old damage");
            assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
            let listed = &store.list_studies().expect("list")[0];
            assert_eq!((listed.progress.finished, listed.progress.total), (1, 2));
        }
    }

    #[test]
    fn a_version_2_journal_keeps_every_row_when_chapters_learn_to_be_skipped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let mut v2 =
            Store::open_with(&path, OpenMode::CreateIfMissing, &MIGRATIONS[..2]).expect("v2");
        let study = crate::domain::Study {
            chapters: vec![crate::domain::Chapter::new(1, "하나")],
            sessions: vec![crate::domain::Session {
                held_on: "2025-03-02".parse().expect("date"),
                chapters: vec![1],
                presenter: None,
                attendance: vec![],
                notes: String::new(),
            }],
            ..crate::domain::Study::new("s", "b")
        };
        let id = v2.insert_study(&study).expect("insert");
        drop(v2);

        let mut store = Store::open(&path, OpenMode::MustExist).expect("upgraded");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        assert_eq!(
            store.load_study(id).expect("load"),
            study,
            "nothing cascaded away"
        );
        let fk: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .expect("pragma");
        assert!(fk, "foreign keys are on again");
        let mut skipped = study.clone();
        skipped.chapters[0].status = crate::domain::ChapterStatus::Skipped;
        store.delete_study(id).expect("delete");
        let id = store
            .insert_study(&skipped)
            .expect("a skipped chapter is stored");
        assert_eq!(store.load_study(id).expect("load"), skipped);
    }

    #[test]
    fn a_version_3_journal_keeps_its_studies_and_learns_post_settings() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let mut v3 =
            Store::open_with(&path, OpenMode::CreateIfMissing, &MIGRATIONS[..3]).expect("v3");
        let study = crate::domain::Study::new("s", "b");
        let id = v3.insert_study(&study).expect("insert");
        drop(v3);

        let mut store = Store::open(&path, OpenMode::MustExist).expect("upgraded");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        assert_eq!(store.load_study(id).expect("load"), study);
        let settings = crate::domain::PostSettings {
            voice: Some(crate::domain::voice::Voice::Plain),
            ..Default::default()
        };
        store.set_post_settings(id, &settings).expect("saved");
        assert_eq!(store.load_study(id).expect("load").post, settings);
    }

    #[test]
    fn an_older_journal_opened_only_to_read_is_upgraded_in_memory_not_on_disk() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let mut v3 =
            Store::open_with(&path, OpenMode::CreateIfMissing, &MIGRATIONS[..3]).expect("v3");
        let study = crate::domain::Study::new("s", "b");
        let id = v3.insert_study(&study).expect("insert");
        drop(v3);
        let before = std::fs::read(&path).expect("read");

        let store = Store::open(&path, OpenMode::ReadOnly).expect("read");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        assert_eq!(store.load_study(id).expect("load"), study);
        drop(store);
        assert_eq!(std::fs::read(&path).expect("read"), before);
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(files, ["j.db"], "no backup, no log");
    }

    #[test]
    fn an_upgrade_keeps_a_backup_of_the_old_journal() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let v1 = [Migration {
            version: 1,
            sql: "CREATE TABLE note (body TEXT NOT NULL) STRICT;",
        }];
        let store = Store::open_with(&path, OpenMode::CreateIfMissing, &v1).expect("v1");
        store
            .conn
            .execute("INSERT INTO note VALUES ('old')", [])
            .expect("insert");
        drop(store);

        let v2 = [
            Migration { ..v1[0] },
            Migration {
                version: 2,
                sql: "ALTER TABLE note ADD COLUMN tag TEXT NOT NULL DEFAULT 'new';",
            },
        ];
        let store = Store::open_with(&path, OpenMode::MustExist, &v2).expect("v2");
        assert_eq!(store.schema_version().expect("version"), 2);
        let tag: String = store
            .conn
            .query_row("SELECT tag FROM note", [], |r| r.get(0))
            .expect("migrated row");
        assert_eq!(tag, "new");

        let backup = Store::open_with(&backup_path(&path, 1), OpenMode::MustExist, &v1)
            .expect("backup opens as a v1 journal");
        let body: String = backup
            .conn
            .query_row("SELECT body FROM note", [], |r| r.get(0))
            .expect("backup row");
        assert_eq!(body, "old");
    }

    #[test]
    fn a_failing_migration_leaves_the_journal_at_its_old_version() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("j.db");
        let v1 = [Migration {
            version: 1,
            sql: "CREATE TABLE note (body TEXT) STRICT;",
        }];
        drop(Store::open_with(&path, OpenMode::CreateIfMissing, &v1).expect("v1"));
        let broken = [
            Migration { ..v1[0] },
            Migration {
                version: 2,
                sql: "CREATE TABLE extra (x INTEGER); THIS IS NOT SQL;",
            },
        ];
        assert!(Store::open_with(&path, OpenMode::MustExist, &broken).is_err());
        let store = Store::open_with(&path, OpenMode::MustExist, &v1).expect("still v1");
        assert_eq!(store.schema_version().expect("version"), 1);
        let extra: bool = store
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'extra')",
                [],
                |r| r.get(0),
            )
            .expect("query");
        assert!(!extra, "the half-applied migration was rolled back");
    }
}
