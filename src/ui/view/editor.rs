//! The notes editor: the text area in a box over the study screen, and the terminal's
//! cursor placed at the text cursor (after wrapping, by display width), so that an input
//! method composes a Hangul syllable where it will land.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::ui::app::App;
use crate::ui::editor::{NotesEditor, NotesOf};
use crate::ui::wrap::wrap_lines;

pub fn draw(app: &App, editor: &NotesEditor, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_set(app.theme.border)
        .title(Span::styled(format!(" {} ", editor.title), app.theme.title))
        .title_bottom(Line::styled(
            format!(
                " Ctrl-s {1} {0} Esc cancel {0} Ctrl-e your editor {0} Ctrl-u undo ",
                app.theme.sym.separator,
                match editor.of {
                    NotesOf::Toc => "check and add",
                    NotesOf::FormField => "back to the form",
                    _ => "save",
                }
            ),
            app.theme.dim,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The problem, wrapped, over at most a third of the box; the text keeps the rest.
    let problem = editor.error.as_ref().map_or_else(Vec::new, |error| {
        let mut rows = wrap_lines(
            &[Line::styled(error.as_str(), app.theme.error)],
            inner.width,
        );
        rows.truncate(usize::from(inner.height / 3).max(1));
        rows
    });
    let [message, text] = Layout::vertical([
        Constraint::Length(u16::try_from(problem.len()).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(problem), message);
    frame.render_widget(&editor.textarea, text);
    if let Some(preview) = &editor.preview {
        super::toc_preview::draw(app, preview, frame, area);
    }
    if editor.confirm_discard {
        super::confirm::draw(app, &discard_question(app, editor), frame, area);
        return;
    }
    if editor.preview.is_some() {
        return;
    }
    // The widget recorded its scroll position while drawing: the cursor's place on screen
    // is its place in the wrapped text, less that.
    let cursor = editor.textarea.screen_cursor();
    let (top, left) = editor.textarea.scroll_offset();
    let row = cursor.row.checked_sub(usize::from(top));
    let column = cursor.col.checked_sub(usize::from(left));
    if let (Some(row), Some(column)) = (row, column)
        && row < usize::from(text.height)
        && column < usize::from(text.width)
    {
        let x = text.x + u16::try_from(column).unwrap_or(u16::MAX);
        let y = text.y + u16::try_from(row).unwrap_or(u16::MAX);
        frame.set_cursor_position(Position::new(x, y));
    }
}

/// Esc or Ctrl-c with unsaved text: the question names what would be lost.
fn discard_question(app: &App, editor: &NotesEditor) -> String {
    let quitting = app.quit_after_discard;
    match (editor.of, &editor.form) {
        (NotesOf::Toc, _) if quitting => {
            "Quit without adding the chapters of this table of contents?".to_owned()
        }
        (NotesOf::Toc, _) => "Throw away this table of contents?".to_owned(),
        (NotesOf::FormField, Some(form)) if quitting => {
            format!("Quit without saving the form {:?}?", form.title)
        }
        (NotesOf::FormField, Some(form)) => format!(
            "Throw away the changes to {:?}? The rest of the form stays as it is.",
            form.fields.get(form.focus).map_or("", |f| f.label.as_str())
        ),
        _ if quitting => "Quit without saving the changes to these notes?".to_owned(),
        _ => "Throw away the changes to these notes?".to_owned(),
    }
}
