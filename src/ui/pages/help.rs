//! The help's page: every key of the window or screen underneath, from the keymap itself,
//! each description wrapped under itself, and what the screen's marks mean.

use ratatui::text::{Line, Span};

use crate::domain::text::display_width;
use crate::i18n::Msg;
use crate::ui::keymap::{self, Context, keys_label};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

/// The widest the help grows on a wide window: past this, lines are too long to read.
const MAX_WIDTH: u16 = 100;

/// The furthest the help scrolls on the current window.
pub fn max_scroll(app: &App) -> usize {
    // The help sits over everything but the status line; its box takes two rows.
    let rows = usize::from(app.height.saturating_sub(3));
    lines(app, width(app, app.width)).len().saturating_sub(rows)
}

/// As wide as the longest line, within the window and `MAX_WIDTH`.
pub fn width(app: &App, window: u16) -> u16 {
    let bindings: Vec<_> = keymap::bindings(app.help_context()).collect();
    let key_width = key_column(&bindings);
    let longest = bindings
        .iter()
        .map(|b| key_width + 2 + display_width(app.tr.get(b.description)))
        .max()
        .unwrap_or(0);
    u16::try_from(longest + 2)
        .unwrap_or(u16::MAX)
        .min(MAX_WIDTH)
        .min(window)
}

/// A row per key, its description wrapped under itself in a box `width` wide.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let bindings: Vec<_> = keymap::bindings(app.help_context()).collect();
    let key_width = key_column(&bindings);
    let room = usize::from(width.saturating_sub(2)).saturating_sub(key_width + 2);
    let mut lines = Vec::new();
    for b in &bindings {
        let wrapped = wrap_lines(
            &[Line::raw(app.tr.get(b.description))],
            u16::try_from(room.max(8)).unwrap_or(u16::MAX),
        );
        for (k, row) in wrapped.into_iter().enumerate() {
            let keys = if k == 0 { keys_label(b) } else { String::new() };
            let mut spans = vec![Span::styled(format!("{keys:>key_width$}  "), app.theme.key)];
            spans.extend(row.spans);
            lines.push(Line::from(spans));
        }
    }
    let marks = legend(app);
    if !marks.is_empty() {
        lines.push(Line::raw(""));
        for (mark, meaning) in marks {
            let wrapped = wrap_lines(
                &[Line::raw(meaning)],
                u16::try_from(room.max(8)).unwrap_or(u16::MAX),
            );
            for (k, row) in wrapped.into_iter().enumerate() {
                let mark = if k == 0 { mark } else { "" };
                let pad = key_width.saturating_sub(display_width(mark));
                let mut spans = vec![Span::styled(
                    format!("{}{mark}  ", " ".repeat(pad)),
                    app.theme.key,
                )];
                spans.extend(row.spans);
                lines.push(Line::from(spans));
            }
        }
    }
    lines
}

/// What the marks of the screen underneath mean, in the theme's own symbols.
fn legend(app: &App) -> Vec<(&'static str, String)> {
    let sym = &app.theme.sym;
    let tr = app.tr;
    let text = |msg| tr.get(msg).to_owned();
    match app.help_context() {
        Context::Study(Tab::Chapters) => vec![
            (sym.chapter.todo, text(Msg::HelpMarkTodo)),
            (sym.chapter.reading, text(Msg::HelpMarkReading)),
            (sym.chapter.done, text(Msg::HelpMarkDone)),
            (
                sym.chapter.presented,
                // The status key, as the keymap binds it, never sets it: a session does.
                match keymap::key_for(Context::Study(Tab::Chapters), Action::CycleStatus) {
                    Some(key) => tr.help_mark_presented_key(key),
                    None => text(Msg::HelpMarkPresented),
                },
            ),
            (sym.chapter.skipped, text(Msg::HelpMarkSkipped)),
        ],
        Context::Study(Tab::Sessions) => vec![
            (
                sym.has_notes,
                match keymap::key_for(Context::Study(Tab::Sessions), Action::EditNotes) {
                    Some(key) => tr.help_mark_session_notes_key(key),
                    None => text(Msg::HelpMarkSessionNotes),
                },
            ),
            (sym.contradiction, text(Msg::HelpMarkAbsentPresenter)),
        ],
        _ => Vec::new(),
    }
}

/// The width of the keys' column: the longest label, such as `Shift-Tab`.
fn key_column(bindings: &[&keymap::Binding]) -> usize {
    bindings
        .iter()
        .map(|b| display_width(&keys_label(b)))
        .max()
        .unwrap_or(0)
}
