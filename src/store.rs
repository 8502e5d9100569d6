//! The journal file. `Store` is the one owner of the SQLite connection; every query lives in
//! a submodule of this one and returns domain types.
//!
//! Opening is careful about files that are not ours: it reads before it writes, and refuses
//! (leaving the file byte-identical) a file that is not SQLite, a SQLite file of another
//! program, or a journal from a newer studylog.

mod chapters;
mod codec;
mod draws;
mod edit_study;
mod fresh;
mod ids;
mod import;
mod insert_study;
mod load_lists;
mod load_study;
mod lookups;
mod maintenance;
mod members;
mod migrations;
mod outline;
mod post_settings;
mod retro;
mod sessions;
mod studies;
mod undo;
mod unreadable;
mod write;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::domain::Problem;
use crate::domain::text::quoted_list;

pub use fresh::Fresh;
pub use ids::{ChapterId, DrawId, MemberId, PointId, SessionId, StudyId};
pub use import::{Conflict, Imported, Importer};
pub use maintenance::CheckReport;
pub use migrations::LATEST_VERSION;
pub use outline::{Identified, ItemId, Outline};
pub use studies::{Miscounted, StudySummary};
pub use undo::UndoCopy;
pub use unreadable::Unreadable;

/// Written into the file header (`PRAGMA application_id`) so that studylog recognises its
/// own journals: "STLG".
pub const APPLICATION_ID: i32 = 0x5354_4C47;

/// How long a command waits for another process that is writing to the journal.
const BUSY_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("there is no journal here yet; run `studylog` to start one, or `studylog import FILE`")]
    Missing,
    #[error(
        "this file is empty, so it is not a journal yet; run `studylog` or `studylog import FILE` to start one in it"
    )]
    Empty,
    #[error(
        "this path is a folder, not a journal file; give --db a file in it, such as {}",
        .0.join("studylog.db").display()
    )]
    Folder(PathBuf),
    #[error("the journal cannot be read ({0}); check the permissions of the file and its folders")]
    Unreachable(std::io::Error),
    #[error(
        "this file is not a SQLite database, so it is not a studylog journal; check the path given with --db or STUDYLOG_DB"
    )]
    NotADatabase,
    #[error(
        "this SQLite database belongs to another program, not studylog; point --db at a journal, or at a new file to start one"
    )]
    NotAJournal,
    #[error(
        "this journal was written by a newer studylog (schema {found}; this version knows up to {supported}); install the newer studylog to open it"
    )]
    NewerSchema { found: i64, supported: i64 },
    #[error(
        "the journal is locked by another process (another studylog, or a backup tool); close it and try again"
    )]
    Locked,
    #[error("the journal cannot be written (read-only file or folder); check its permissions")]
    ReadOnly,
    #[error(
        "the study was changed since the deletion (by another studylog, `studylog draw` or an import), so undoing it would lose that change; nothing was restored, re-enter what you deleted"
    )]
    ChangedSince,
    #[error(
        "it is no longer in the journal: another program (another studylog, `studylog draw` or an import) deleted or replaced it since it was opened; nothing was saved"
    )]
    Gone,
    #[error("already in the journal: {}", quoted_list(names))]
    StudiesExist { names: Vec<String> },
    #[error("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid { problems: Vec<Problem> },
    #[error(
        "the journal cannot be created ({0}); check the free space and the permissions of its folder"
    )]
    Create(std::io::Error),
    #[error(
        "a journal appeared here while the import ran (another studylog?); nothing was imported: import again to add to it"
    )]
    AppearedMeanwhile,
    #[error("cannot create the folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "cannot write the backup {}: {detail}; check the free space and the permissions where it goes",
        path.display()
    )]
    Backup { path: PathBuf, detail: String },
    #[error(
        "the journal holds a value studylog cannot read ({0}); run `studylog check` to find every such value, then correct it with a SQLite tool or restore a backup"
    )]
    Unreadable(Unreadable),
    #[error(
        "{} is open in another program (its log {}-wal is in use), so it cannot be replaced safely; close that program and try again",
        .0.display(),
        .0.display()
    )]
    TargetInUse(PathBuf),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            _ => StoreError::Sqlite(err),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether opening may create a new, empty journal, or only read one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    CreateIfMissing,
    MustExist,
    /// For commands that only read (`list`, `check`, `export`, `backup`): the file and its
    /// folder are never written, not even a `-wal` or `-shm` beside it, so a read-only file
    /// or folder can be read. An empty file is not a journal yet, and a journal of an older
    /// schema is upgraded in a copy in memory.
    ReadOnly,
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// The outline of the study the last edit changed, as read to check it before the
    /// commit: the screen's next read of that study takes it instead of reading again,
    /// unless anything has been written since, here or by another program.
    checked: std::cell::RefCell<Option<Checked>>,
    /// SQLite's count of commits by other connections when this one last looked
    /// ([`Store::written_elsewhere`]).
    seen_elsewhere: std::cell::Cell<i64>,
}

pub(crate) struct Checked {
    pub study: StudyId,
    /// The journal's state when it was read: this connection's row changes so far, and
    /// SQLite's counter of commits by other connections.
    pub state: (u64, i64),
    pub outline: Outline,
}

impl Store {
    /// Where the journal is now, to tell whether anything was written since.
    pub(crate) fn write_state(&self) -> Result<(u64, i64)> {
        Ok((self.conn.total_changes(), data_version(&self.conn)?))
    }
}

/// SQLite's count of commits by other connections to this one's database.
fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
}

impl Store {
    /// Whether another program (another studylog, `studylog draw`, an import) has committed
    /// to the journal since the last call: what the screen shows may be out of date. A
    /// journal that cannot be asked says no; its next read reports the problem.
    pub fn written_elsewhere(&self) -> bool {
        let Ok(now) = data_version(&self.conn) else {
            return false;
        };
        self.seen_elsewhere.replace(now) != now
    }
}

impl Store {
    /// Opens the journal at `path`, creating it (and its folder) when `mode` allows, and
    /// upgrading its schema after taking a backup copy.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        Self::open_with(path, mode, migrations::MIGRATIONS)
    }

    fn open_with(
        path: &Path,
        mode: OpenMode,
        migrations: &[migrations::Migration],
    ) -> Result<Store> {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        // `Path::exists` says no for a file that is there but out of reach: tell them apart.
        let found = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => return Err(StoreError::Folder(path.to_owned())),
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::Unreachable(e)),
        };
        if mode == OpenMode::ReadOnly {
            return match found {
                None => Err(StoreError::Missing),
                Some(meta) if meta.len() == 0 => Err(StoreError::Empty),
                Some(_) => Self::open_read_only(path, migrations),
            };
        }
        if found.is_none() {
            if mode == OpenMode::MustExist {
                return Err(StoreError::Missing);
            }
            create_folder_of(path)?;
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)?;
        Self::prepare(conn, Some(path.to_owned()), migrations)
    }

    /// Opens `path` without writing to it or beside it. SQLite's read-only connection to a
    /// journal in WAL mode would still create `-wal` and `-shm` files (and cannot in a
    /// read-only folder), so when no log is there the file is opened `immutable`: read
    /// as it is, with no locks and no companion files. When a log is there, another
    /// studylog has the journal open (or was killed), and the log holds its latest edits:
    /// then SQLite reads it in the ordinary read-only way, through the files already there.
    fn open_read_only(path: &Path, migrations: &[migrations::Migration]) -> Result<Store> {
        let mut log = path.as_os_str().to_owned();
        log.push("-wal");
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let uri = format!(
            "file:{}{}",
            uri_path(path),
            if Path::new(&log).exists() {
                ""
            } else {
                "?immutable=1"
            }
        );
        let conn = Connection::open_with_flags(uri, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > 0 && version < migrations::latest(migrations) {
            // An older journal: upgraded in memory, the file left as it is.
            let mut copy = Connection::open_in_memory()?;
            rusqlite::backup::Backup::new(&conn, &mut copy)?.run_to_completion(
                256,
                Duration::ZERO,
                None,
            )?;
            return Self::prepare(copy, Some(path.to_owned()), migrations);
        }
        Self::prepare(conn, Some(path.to_owned()), migrations)
    }

    /// A journal that lives only in memory, for tests and throwaway sessions.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None, migrations::MIGRATIONS)
    }

    fn prepare(
        mut conn: Connection,
        path: Option<PathBuf>,
        migrations: &[migrations::Migration],
    ) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The first read: a file that is not SQLite fails here, before anything is written.
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        if app_id != APPLICATION_ID && (app_id != 0 || version != 0 || has_tables(&conn)?) {
            return Err(StoreError::NotAJournal);
        }
        let supported = migrations::latest(migrations);
        if version > supported {
            return Err(StoreError::NewerSchema {
                found: version,
                supported,
            });
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        // 1 MiB of page cache instead of SQLite's 2: a screen reads a few pages at a time,
        // and the memory a long study's first read would keep is the larger cost.
        conn.pragma_update(None, "cache_size", -1024)?;
        // A statement that fires a trigger (the study's progress follows each chapter and
        // session) journals the pages it changes, so that it can be undone alone. SQLite
        // keeps that journal in memory up to 64 KiB, then in a temporary file for the rest of
        // the transaction: once one statement of an import passed that, each of its 20,000
        // inserts wrote its pages to the file (0.98 s against 0.76 s). In memory for good;
        // the largest is a study's delete inside a transaction (an import's --replace, an
        // undo), about the size of that study.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Whether this connection writes the journal's file (not a read-only one, nor a
        // copy in memory).
        let writes_file = path.is_some()
            && conn.path().is_some_and(|p| !p.is_empty())
            && !conn.is_readonly(rusqlite::MAIN_DB)?;
        if writes_file {
            let _mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        }
        if version == 0 && conn.is_readonly(rusqlite::MAIN_DB)? {
            // A SQLite file with nothing in it yet, opened only to read.
            return Err(StoreError::Empty);
        }
        if version < supported {
            if let (Some(path), true) = (&path, version > 0 && writes_file) {
                migrations::backup_before_upgrade(&conn, path, version)?;
            }
            migrations::migrate(&mut conn, migrations)?;
        }
        let seen_elsewhere = data_version(&conn)?;
        Ok(Store {
            conn,
            path,
            checked: std::cell::RefCell::new(None),
            seen_elsewhere: std::cell::Cell::new(seen_elsewhere),
        })
    }

    /// The file behind this journal; `None` for an in-memory one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Closes the journal with all of it in its main file (the write-ahead log checkpointed
    /// and emptied), so that the file can be moved on its own. It stays a WAL journal.
    fn close_into_file(self) -> Result<()> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            // Another connection holds the log: the file alone is not the whole journal.
            return Err(StoreError::Locked);
        }
        self.conn.close().map_err(|(_, e)| e.into())
    }

    /// The schema version of the open journal.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// Creates the folder `path` goes in, and the folders above it, where they are missing.
fn create_folder_of(path: &Path) -> Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) => {
            std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateFolder {
                path: folder.to_owned(),
                source,
            })
        }
        None => Ok(()),
    }
}

fn has_tables(conn: &Connection) -> Result<bool> {
    Ok(
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_schema)", [], |r| {
            r.get(0)
        })?,
    )
}

/// `path` as the path of a `file:` URI: every byte but letters, digits and `/-._~`
/// percent-encoded, so that a `?`, `#` or `%` in a folder's name stays part of the name.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &byte in path.as_os_str().as_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
