//! The notes editor: the text area in a box over the study screen, and the terminal's
//! cursor placed at the text cursor (after wrapping, by display width), so that an input
//! method composes a Hangul syllable where it will land.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Msg;
use crate::ui::keymap::{self, Context};
use crate::ui::layout;
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::editor::{NotesEditor, NotesOf, Pos, cell_width};
use crate::ui::widgets::wrap::{fit_line, wrap_lines};

pub fn draw(app: &App, editor: &NotesEditor, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let ellipsis = app.theme.sym.ellipsis;
    // Titles are cut like every other (a border's corner stays, and a space each side).
    let room = usize::from(area.width.saturating_sub(4));
    let title = fit_line(Line::raw(editor.title.as_str()), room, ellipsis);
    let hint = fit_line(Line::raw(hint(app, editor)), room, ellipsis);
    let block = Block::bordered()
        .border_set(app.theme.border)
        .title(Line::from(pad(title)).style(app.theme.title))
        .title_bottom(Line::from(pad(hint)).style(app.theme.dim));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (message, text) = layout::editor_areas(area, editor.error.as_deref());
    let problem = editor.error.as_ref().map_or_else(Vec::new, |error| {
        wrap_lines(
            &[Line::styled(error.as_str(), app.theme.error)],
            inner.width,
        )
    });
    frame.render_widget(Paragraph::new(problem), message);
    draw_text(app, editor, frame.buffer_mut(), text);
    if let Some(preview) = &editor.preview {
        super::toc_preview::draw(app, preview, frame, area);
    }
    // Under the preview or the discard question, they have the keys, not the text.
    if editor.preview.is_some() || app.discard.is_some() {
        return;
    }
    if let Some((column, row)) = editor.screen_cursor()
        && row < text.height
        && column < text.width
    {
        frame.set_cursor_position(Position::new(text.x + column, text.y + row));
    }
}

/// The rows on screen, grapheme by grapheme, the selection reversed. A tab is drawn as
/// spaces; a grapheme with no width of its own (a combining mark at a line's start) over
/// a space, so that it takes the cell the cursor counts for it.
fn draw_text(app: &App, editor: &NotesEditor, buffer: &mut Buffer, area: Rect) {
    let selection = editor.selection();
    let selected_style = app.theme.selected;
    for (y, row) in (area.y..area.bottom()).zip(editor.shown_rows()) {
        let line = editor.line(row.line);
        let mut x = area.x;
        for (offset, grapheme) in line[row.start..row.end].grapheme_indices(true) {
            let cells = cell_width(grapheme);
            if x + u16::try_from(cells).unwrap_or(u16::MAX) > area.right() {
                break;
            }
            let at = Pos::new(row.line, row.start + offset);
            let style = match selection {
                Some((start, end)) if start <= at && at < end => selected_style,
                _ => Style::new(),
            };
            let shown = match grapheme {
                "\t" => " ".repeat(cells),
                g if g.contains(char::is_control) => "?".to_owned(),
                g if g.width() == 0 => format!(" {g}"),
                g => g.to_owned(),
            };
            buffer.set_stringn(x, y, &shown, cells, style);
            x += u16::try_from(cells).unwrap_or(u16::MAX);
        }
    }
}

/// A line with a space each side, as titles are set in a border.
fn pad(line: Line<'_>) -> Vec<Span<'_>> {
    let mut spans = vec![Span::raw(" ")];
    spans.extend(line.spans);
    spans.push(Span::raw(" "));
    spans
}

/// The keys the editor's border shows, named as the keymap's editor table binds them:
/// `Ctrl-s save · Esc cancel · Ctrl-e your editor · Ctrl-u undo`.
fn hint(app: &App, editor: &NotesEditor) -> String {
    let tr = app.tr;
    let save = match editor.of {
        NotesOf::Toc => Msg::EditorHintCheckAndAdd,
        NotesOf::FormField => Msg::EditorHintBackToForm,
        _ => Msg::EditorHintSave,
    };
    let key = |action| keymap::key_for(Context::Editor, action);
    // Undo is a key the text area handles itself: its binding is known by what it does.
    let undo = keymap::bindings(Context::Editor)
        .find(|b| b.description == Msg::KeysUndo)
        .and_then(|b| b.keys.first())
        .map(keymap::key_name);
    [
        (key(Action::Save), save),
        (key(Action::Cancel), Msg::EditorHintCancel),
        (key(Action::ExternalEditor), Msg::EditorHintYourEditor),
        (undo, Msg::EditorHintUndo),
    ]
    .into_iter()
    .filter_map(|(key, word)| key.map(|key| format!("{key} {}", tr.get(word))))
    .collect::<Vec<_>>()
    .join(&format!(" {} ", app.theme.sym.separator))
}
