//! Keys in a form: moving between fields, and editing the focused one. On a choice or a
//! flag, Space and the arrow keys change the option instead of typing.

use crate::ui::state::action::Action;
use crate::ui::state::app::{App, Overlay};
use crate::ui::state::form::{CYCLE_KEY, FieldKind};

/// Applies `action` to the open form; returns false if no form is open.
pub(super) fn edit_field(app: &mut App, action: Action) -> bool {
    let Some(Overlay::Form(form)) = &mut app.overlay else {
        return false;
    };
    let field_key = matches!(
        action,
        Action::NextField
            | Action::PreviousField
            | Action::OpenField
            | Action::Type(_)
            | Action::Erase
            | Action::DeleteForward
            | Action::CursorLeft
            | Action::CursorRight
            | Action::CursorHome
            | Action::CursorEnd
            | Action::ClearField
            | Action::Newline
    );
    if !field_key {
        return false;
    }
    match action {
        // A long text opens in the notes editor (`notes::open_field`).
        Action::OpenField if form.focused().kind == FieldKind::Long => return false,
        Action::NextField | Action::OpenField => form.next_field(),
        Action::PreviousField => form.previous_field(),
        _ => {
            let field = form.focused();
            let text = field.takes_text();
            match action {
                Action::Type(CYCLE_KEY) if !text => field.cycle(true),
                Action::Type(_) | Action::Erase | Action::DeleteForward if !text => {}
                Action::CursorLeft if !text => field.cycle(false),
                Action::CursorRight if !text => field.cycle(true),
                Action::Type(c) => {
                    field.input.insert(c.encode_utf8(&mut [0; 4]));
                }
                Action::Erase => field.input.backspace(),
                Action::DeleteForward => field.input.delete(),
                Action::CursorLeft => field.input.left(),
                Action::CursorRight => field.input.right(),
                Action::CursorHome => field.input.home(),
                Action::CursorEnd => field.input.end(),
                Action::ClearField => field.input.clear(),
                Action::Newline if field.kind == FieldKind::Long => {
                    field.input.insert("\n");
                }
                _ => {}
            }
            // What was typed answers the field's complaint; it is checked again on save.
            if text {
                field.error = None;
            }
        }
    }
    true
}

/// Pasted text into the focused field; a paste too long for it is cut, and the form says so.
pub(super) fn paste_into_field(app: &mut App, text: &str) -> bool {
    let tr = app.tr;
    let Some(Overlay::Form(form)) = &mut app.overlay else {
        return false;
    };
    let field = form.focused();
    if !field.takes_text() {
        return true;
    }
    if !field.input.insert(text) {
        field.error = Some(tr.form_paste_cut(crate::ui::widgets::input::MAX_FIELD_BYTES / 1024));
    }
    true
}
