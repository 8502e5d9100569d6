//! Writing the post from the Post tab.

use crate::atomic_write::{WriteError, write_atomically};
use crate::export::post::Lang;
use crate::ui::app::{App, Confirm, Overlay, Pending, Status};

/// Writes the post next to where studylog was started. A file already there is replaced
/// only after the person says yes.
pub(super) fn write_post(app: &mut App, replace: bool) {
    let Some(preview) = app.study.as_ref().and_then(|s| s.post.as_ref()) else {
        return;
    };
    let path = app.post_folder.join(&preview.file_name);
    let path = std::path::absolute(&path).unwrap_or(path);
    match write_atomically(&path, preview.text.as_bytes(), replace) {
        Ok(()) => {
            app.status = Some(Status::Info(format!("Wrote {}", path.display())));
        }
        Err(WriteError::Exists(_)) => {
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: format!("{} already exists. Replace it?", preview.file_name),
                on_yes: Pending::ReplacePost,
            }));
        }
        // The reason first: a long path is what the status line cuts.
        Err(WriteError::Io { path, source }) => {
            app.status = Some(Status::Error(format!(
                "Not written ({source}): {}",
                path.display()
            )));
        }
        Err(e) => app.status = Some(Status::Error(format!("Not written: {e}"))),
    }
}

/// Switches the post's language for this session; the preview is rendered again.
pub(super) fn switch_language(app: &mut App) {
    app.post_options.lang = match app.post_options.lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    };
    if let Some(screen) = app.study.as_mut() {
        screen.post = None;
    }
    let name = match app.post_options.lang {
        Lang::En => "English",
        Lang::Ko => "Korean",
    };
    app.status = Some(Status::Info(format!("The post is now in {name}")));
}
