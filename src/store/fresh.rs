//! A journal made by an import where there was none. It is built in a temporary file beside
//! its path and put at the path only once the import is committed: a refused import leaves
//! no journal behind (as when the document was read whole before the journal was opened),
//! and no other program ever opens a journal half made.

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{OpenMode, Result, Store, StoreError};

pub struct Fresh {
    // Declared before `file`, so dropped first: SQLite closes (removing its `-wal` and
    // `-shm` files) before the temporary file is deleted.
    store: Store,
    file: tempfile::NamedTempFile,
    path: PathBuf,
}

impl Fresh {
    /// A new, empty journal meant for `path`, where there is none yet.
    pub fn create(path: &Path) -> Result<Fresh> {
        super::create_folder_of(path)?;
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let file = tempfile::Builder::new()
            .prefix(&format!(".{name}.import-"))
            // What SQLite gives a journal it creates (before the umask).
            .permissions(std::fs::Permissions::from_mode(0o644))
            .tempfile_in(folder)
            .map_err(creation_error)?;
        let store = Store::open(file.path(), OpenMode::CreateIfMissing)?;
        Ok(Fresh {
            store,
            file,
            path: path.to_owned(),
        })
    }

    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Puts the journal at its path, unless a file appeared there meanwhile.
    pub fn keep(self) -> Result<()> {
        let Fresh { store, file, path } = self;
        store.close_into_file()?;
        file.persist_noclobber(&path)
            .map(drop)
            .map_err(|e| match e.error.kind() {
                io::ErrorKind::AlreadyExists => StoreError::AppearedMeanwhile,
                _ => creation_error(e.error),
            })
    }
}

fn creation_error(e: io::Error) -> StoreError {
    match e.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => StoreError::ReadOnly,
        _ => StoreError::Create(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Study;
    use crate::store::Conflict;

    fn names_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .expect("folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_kept_journal_is_at_its_path_whole_and_nothing_else_is_left() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("new").join("journal.db");
        let mut fresh = Fresh::create(&path).expect("create");
        assert!(!path.exists(), "not there before it is kept");
        fresh
            .store()
            .import(&[Study::new("S", "B")], Conflict::Refuse)
            .expect("import");
        fresh.keep().expect("keep");
        assert_eq!(names_in(&folder.path().join("new")), ["journal.db"]);
        let store = Store::open(&path, OpenMode::ReadOnly).expect("open");
        assert_eq!(store.study_names().expect("names").len(), 1);
        // A WAL journal like any other, so a writer does not block its readers.
        let mode: String = rusqlite::Connection::open(&path)
            .and_then(|c| c.pragma_query_value(None, "journal_mode", |r| r.get(0)))
            .expect("mode");
        assert_eq!(mode, "wal");
    }

    #[test]
    fn a_journal_not_kept_leaves_nothing_behind() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("journal.db");
        let mut fresh = Fresh::create(&path).expect("create");
        let mut importer = fresh.store().begin_import(Conflict::Refuse).expect("begin");
        importer.add(&Study::new("S", "B")).expect("add");
        drop(importer);
        drop(fresh);
        assert!(names_in(folder.path()).is_empty());
    }

    #[test]
    fn a_file_that_appeared_meanwhile_is_not_replaced() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("journal.db");
        let fresh = Fresh::create(&path).expect("create");
        std::fs::write(&path, "someone else's").expect("write");
        assert!(matches!(fresh.keep(), Err(StoreError::AppearedMeanwhile)));
        assert_eq!(std::fs::read(&path).expect("kept"), b"someone else's");
        assert_eq!(names_in(folder.path()), ["journal.db"]);
    }
}
