//! Writing a user's file so that it is either all there or not there at all: a temporary
//! file in the same folder, flushed to disk, then renamed over the target.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{} already exists; add --force to overwrite it", .0.display())]
    Exists(PathBuf),
    #[error("{} is not a regular file (a link, a device or a folder); write to a plain file", .0.display())]
    NotAFile(PathBuf),
    #[error("the folder {} does not exist; create it first or choose another path", .0.display())]
    NoFolder(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

/// Writes `bytes` to `path`. An existing file is replaced only when `overwrite` is set; on
/// any failure the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), WriteError> {
    write_atomically_with(path, overwrite, |file| file.write_all(bytes))
}

/// [`write_atomically`] for a writer: `write` writes the file's contents as it goes, so they
/// need never be whole in memory. An error from `write` leaves `path` untouched.
pub fn write_atomically_with(
    path: &Path,
    overwrite: bool,
    write: impl FnOnce(&mut std::fs::File) -> io::Result<()>,
) -> Result<(), WriteError> {
    let existing = check_writable(path, overwrite)?;
    let folder = folder_of(path);
    let io_error = |source| WriteError::Io {
        path: path.to_owned(),
        source,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".studylog-")
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(io_error)?;
    write(temp.as_file_mut()).map_err(io_error)?;
    // A replaced file keeps its permissions; a new one is readable like any other file
    // (temporary files start private).
    let permissions = match &existing {
        Some(meta) => meta.permissions(),
        None => std::os::unix::fs::PermissionsExt::from_mode(0o644),
    };
    temp.as_file()
        .set_permissions(permissions)
        .map_err(io_error)?;
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

/// Whether `path` may be written (its folder exists; it is a regular file that `overwrite`
/// allows replacing, or nothing yet): what it is now, if anything. Lets a command that
/// writes several files refuse before writing any.
pub fn check_writable(
    path: &Path,
    overwrite: bool,
) -> Result<Option<std::fs::Metadata>, WriteError> {
    let folder = folder_of(path);
    if !folder.is_dir() {
        return Err(WriteError::NoFolder(folder.to_owned()));
    }
    let existing = std::fs::symlink_metadata(path).ok();
    if let Some(meta) = &existing {
        if !meta.file_type().is_file() {
            return Err(WriteError::NotAFile(path.to_owned()));
        }
        if !overwrite {
            return Err(WriteError::Exists(path.to_owned()));
        }
    }
    Ok(existing)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
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
    fn links_and_devices_are_never_replaced() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("real.md");
        std::fs::write(&target, "real").expect("seed");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        let err = write_atomically(&link, b"x", true).expect_err("refused");
        assert!(matches!(err, WriteError::NotAFile(_)), "{err}");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert!(write_atomically(Path::new("/dev/null"), b"x", true).is_err());
    }

    #[test]
    fn new_files_are_readable_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("post.md");
        write_atomically(&path, b"a", false).expect("written");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomically(&path, b"b", true).expect("written");
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let err =
            write_atomically(&dir.path().join("nope/post.md"), b"x", false).expect_err("refused");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}
