//! Leaving a form or the notes editor (Esc), or studylog (Ctrl-c): at once, or after the
//! discard question when text would be lost (`ui::discard` holds the rule). While the
//! question is up it takes every key: yes leaves, no goes back, and Ctrl-c again quits.

use super::notes;
use crate::ui::state::action::Action;
use crate::ui::state::app::{App, Overlay};
use crate::ui::state::discard::{Leaving, loses_text};

/// Esc in a form or the editor.
pub(super) fn cancel(app: &mut App) {
    leave(app, Leaving::Close);
}

/// Ctrl-c: quits, since every confirmed edit is already saved; but a form or the editor
/// holding unsaved text asks first, and a second Ctrl-c quits all the same.
pub(super) fn quit(app: &mut App) {
    leave(app, Leaving::Quit);
}

/// A key while the question is up.
pub(super) fn answer(app: &mut App, action: Action) {
    let Some(leaving) = app.discard else {
        return;
    };
    match action {
        Action::Yes => {
            app.discard = None;
            app.should_quit = leaving == Leaving::Quit;
            close(app);
        }
        // Back to the text, as it was.
        Action::No => app.discard = None,
        Action::Quit => quit(app),
        _ => {}
    }
}

/// Asks, unless nothing would be lost or this very question was already asked.
fn leave(app: &mut App, leaving: Leaving) {
    let loses = app
        .overlay
        .as_ref()
        .is_some_and(|overlay| loses_text(overlay, leaving));
    if loses && app.discard != Some(leaving) {
        app.discard = Some(leaving);
        return;
    }
    app.discard = None;
    match leaving {
        Leaving::Close => close(app),
        Leaving::Quit => app.should_quit = true,
    }
}

/// Closes the form or the editor; an editor opened from a form gives the form back, with
/// its field as it was.
fn close(app: &mut App) {
    match app.overlay {
        Some(Overlay::Editor(_)) => notes::close_editor(app, None),
        _ => app.overlay = None,
    }
}
