//! Writing the post from the Post tab.

use crate::atomic_write::{WriteError, write_atomically};
use crate::ui::app::{App, Confirm, Overlay, Pending, Status};

/// Writes the post next to where studylog was started. A file already there is replaced
/// only after the person says yes.
pub(super) fn write_post(app: &mut App, replace: bool) {
    let Some(preview) = app.study.as_ref().and_then(|s| s.post.as_ref()) else {
        return;
    };
    let path = app.post_folder.join(&preview.file_name);
    match write_atomically(&path, preview.text.as_bytes(), replace) {
        Ok(()) => {
            let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
            app.status = Some(Status::Info(format!("Wrote {}", shown.display())));
        }
        Err(WriteError::Exists(_)) => {
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: format!("{} already exists. Replace it?", preview.file_name),
                on_yes: Pending::ReplacePost,
            }));
        }
        Err(e) => app.status = Some(Status::Error(e.to_string())),
    }
}
