//! Writing a user's file so that it is either all there or not there at all: a temporary
//! file in the same folder, flushed to disk, then renamed over the target.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{} already exists; add --force to overwrite it", .0.display())]
    Exists(PathBuf),
    #[error("the folder {} does not exist; create it first or choose another path", .0.display())]
    NoFolder(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

/// Writes `bytes` to `path`. An existing file is replaced only when `overwrite` is set; on
/// any failure the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), WriteError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(WriteError::NoFolder(folder.to_owned()));
    }
    if !overwrite && path.exists() {
        return Err(WriteError::Exists(path.to_owned()));
    }
    let io_error = |source| WriteError::Io {
        path: path.to_owned(),
        source,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".studylog-")
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(io_error)?;
    temp.write_all(bytes).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    let persisted = if overwrite {
        temp.persist(path)
    } else {
        // Another program may have created the file since the check above.
        temp.persist_noclobber(path)
    };
    persisted.map_err(|e| match e.error.kind() {
        io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_owned()),
        _ => io_error(e.error),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_a_new_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("post.md");
        write_atomically(&path, "회고".as_bytes(), false).expect("written");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "회고");
        assert_eq!(entries(dir.path()), ["post.md"]);
    }

    #[test]
    fn keeps_an_existing_file_unless_told_to_overwrite() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("post.md");
        std::fs::write(&path, "old").expect("seed");
        let err = write_atomically(&path, b"new", false).expect_err("refused");
        assert!(matches!(err, WriteError::Exists(_)));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        write_atomically(&path, b"new", true).expect("overwritten");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        assert_eq!(entries(dir.path()), ["post.md"]);
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let err =
            write_atomically(&dir.path().join("nope/post.md"), b"x", false).expect_err("refused");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}
