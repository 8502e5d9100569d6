//! Looking after the file itself: integrity checks and consistent backup copies.

use std::path::Path;

use rusqlite::{Connection, MAIN_DB, OpenFlags};

use super::load_study;
use super::unreadable::Unreadable;
use super::{Result, Store, StoreError, StudyId};

/// What `studylog check` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub schema_version: i64,
    /// SQLite's own findings; empty when the file is sound.
    pub integrity: Vec<String>,
    /// Rows that point at a row that no longer exists, as "table row N → parent".
    pub broken_references: Vec<String>,
    /// Values that the export could not read (text that is not UTF-8, a date that is not a
    /// date), read with the code the export uses.
    pub unreadable: Vec<Unreadable>,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.integrity.is_empty() && self.broken_references.is_empty() && self.unreadable.is_empty()
    }
}

impl Store {
    /// Runs SQLite's integrity and foreign key checks over the whole file.
    pub fn check(&self) -> Result<CheckReport> {
        let mut integrity = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = row?;
            if line != "ok" {
                integrity.push(line);
            }
        }
        let mut broken_references = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let table: String = r.get(0)?;
            let row: Option<i64> = r.get(1)?;
            let parent: String = r.get(2)?;
            broken_references.push(format!(
                "{table} row {} points at a missing {parent}",
                row.map_or_else(|| "?".to_owned(), |n| n.to_string())
            ));
        }
        // Every study through the export's own reading, so that a journal `check` passes is
        // one the export can read.
        let mut unreadable = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM study ORDER BY position")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        for id in ids {
            unreadable.extend(load_study::unreadable_values(&self.conn, StudyId(id))?);
        }
        Ok(CheckReport {
            schema_version: self.schema_version()?,
            integrity,
            broken_references,
            unreadable,
        })
    }

    /// Writes a consistent copy of the journal to `target` with SQLite's online backup, which
    /// is safe while another studylog has the journal open. The copy is made beside the
    /// target and renamed into place, so `target` is never left half written; an existing `target` is kept unless `overwrite`.
    pub fn backup_to(&self, target: &Path, overwrite: bool) -> Result<()> {
        // Whatever fails from here fails on the copy's side: the journal is only read.
        let failed = |detail: String| StoreError::Backup {
            path: target.to_owned(),
            detail,
        };
        let folder = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let partial = tempfile::Builder::new()
            .prefix(".studylog-backup-")
            .tempfile_in(folder)
            .map_err(|e| failed(e.to_string()))?;
        let copy = || -> rusqlite::Result<()> {
            self.conn.backup(
                MAIN_DB,
                partial.path(),
                None::<fn(rusqlite::backup::Progress)>,
            )?;
            // The copy keeps the journal's WAL mode; fold it into one self-contained file.
            let copy = Connection::open(partial.path())?;
            let _mode: String =
                copy.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
            Ok(())
        };
        copy().map_err(|e| failed(e.to_string()))?;
        if overwrite {
            fold_log_of(target)?;
        }
        let persisted = if overwrite {
            partial.persist(target)
        } else {
            partial.persist_noclobber(target)
        };
        persisted.map_err(|e| failed(e.error.to_string()))?;
        Ok(())
    }
}

/// Folds into `target` the write-ahead log beside it (`target-wal`), left by a program that
/// did not close the file. Replaced as it is, the new file would meet that log at its next
/// open, and SQLite would apply the old journal's pages to it: two journals mixed, and
/// `check` none the wiser. Once folded in, closing the last connection removes the log; a
/// log that stays belongs to a program that still has the file open.
fn fold_log_of(target: &Path) -> Result<()> {
    let log = |suffix: &str| {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    if !log("-wal").exists() {
        return Ok(());
    }
    let old = Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|_| StoreError::TargetInUse(target.to_owned()))?;
    old.busy_timeout(std::time::Duration::from_secs(3))?;
    let folded = old.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
        r.get::<_, i64>(0)
    });
    drop(old);
    match folded {
        Ok(0) if !log("-wal").exists() => Ok(()),
        _ => Err(StoreError::TargetInUse(target.to_owned())),
    }
}
