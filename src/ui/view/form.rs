//! A form: a label and a value per row, the focused field's hint under it, each field's
//! problem under it in red, and the terminal's cursor at the text cursor of the focused
//! field, so an input method composes a Hangul syllable where it will land.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::text::{display_width, pad_to_width};
use crate::i18n::{Msg, Tr};
use crate::ui::keymap::{self, Context, key_for, key_name};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::state::form::{Field, FieldKind};
use crate::ui::state::forms::EntityForm;
use crate::ui::view::layout::fit_bottom_hint;
use crate::ui::widgets::wrap::{fit_line, truncate_spans, wrap_lines};

/// The widest a form gets; wider screens centre it.
const MAX_WIDTH: u16 = 100;
const MAX_LABEL: usize = 22;

pub fn draw(app: &App, form: &EntityForm, frame: &mut Frame, area: Rect) {
    let width = area.width.min(MAX_WIDTH);
    let popup = area.centered(Constraint::Length(width), Constraint::Percentage(100));
    let columns = Columns::of(form, width);
    let (rows, cursor) = form_rows(app, form, columns, width);
    let height = usize::from(popup.height.saturating_sub(2));
    let offset = scroll_offset(&rows, form.focus, height);
    let total = rows.len();
    let shown: Vec<Line> = rows
        .into_iter()
        .skip(offset)
        .take(height)
        .map(|(_, line)| line)
        .collect();
    let block = border(
        app,
        form,
        popup.width,
        (total > height).then_some((offset, height, total)),
    );
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(Paragraph::new(shown).block(block), popup);

    // Under the discard question, the question has the keys, not the field.
    if app.discard.is_none()
        && let Some((row, column)) = cursor
        && row >= offset
        && row < offset + height
    {
        let x = popup.x + 1 + u16::try_from(column).unwrap_or(u16::MAX);
        let y = popup.y + 1 + u16::try_from(row - offset).unwrap_or(u16::MAX);
        if x < popup.right().saturating_sub(1) {
            frame.set_cursor_position(Position::new(x, y));
        }
    }
}

/// The form's two columns: labels (as wide as the longest, within `MAX_LABEL`), values.
#[derive(Clone, Copy)]
struct Columns {
    label: usize,
    value: usize,
}

impl Columns {
    fn of(form: &EntityForm, width: u16) -> Columns {
        let inner_width = usize::from(width.saturating_sub(2));
        let label = form
            .fields
            .iter()
            .map(|f| display_width(&f.label))
            .max()
            .unwrap_or(0)
            .min(MAX_LABEL)
            + 2;
        let value = inner_width.saturating_sub(label + 1).max(4);
        Columns { label, value }
    }
}

/// A form row and the field it belongs to.
type FormRow = (usize, Line<'static>);

/// Every row of the form (the form's message, then each field with its problem or hint),
/// and where the cursor goes: a row and a column.
fn form_rows(
    app: &App,
    form: &EntityForm,
    columns: Columns,
    width: u16,
) -> (Vec<FormRow>, Option<(usize, usize)>) {
    let mut rows: Vec<FormRow> = Vec::new();
    let mut cursor: Option<(usize, usize)> = None;
    if let Some(message) = &form.message {
        for line in wrap_lines(&[Line::styled(message.clone(), app.theme.error)], width - 2) {
            rows.push((0, line));
        }
    }
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label_style = if focused {
            app.theme.key
        } else {
            app.theme.dim
        };
        let label = clip(&field.label, columns.label - 2, app.theme.sym.ellipsis);
        let mut spans = vec![Span::styled(
            format!("{} ", pad_to_width(&label, columns.label - 1)),
            label_style,
        )];
        let (value, column) = value_spans(app, field, focused, columns.value);
        if let Some(column) = column {
            cursor = Some((rows.len(), columns.label + column));
        }
        spans.extend(value);
        rows.push((i, Line::from(spans)));
        // A problem, then the hint (unless a problem already says how to write it), in the
        // value's column: wrapped rows stay clear of the labels.
        let under = if let Some(error) = &field.error {
            under_value(error, app.theme.error, columns)
        } else if focused && let Some(hint) = hint(app.tr, field) {
            under_value(&hint, app.theme.dim, columns)
        } else {
            Vec::new()
        };
        rows.extend(under.into_iter().map(|l| (i, l)));
    }
    (rows, cursor)
}

/// `text` wrapped in the value's column, indented past the labels.
fn under_value(text: &str, style: Style, columns: Columns) -> Vec<Line<'static>> {
    let indent = " ".repeat(columns.label);
    let text = Line::styled(text.to_owned(), style);
    wrap_lines(&[text], u16::try_from(columns.value).unwrap_or(u16::MAX))
        .into_iter()
        .map(|mut line| {
            line.spans.insert(0, Span::raw(indent.clone()));
            line
        })
        .collect()
}

/// The first row shown, so that the focused field, its problem and its hint are in view.
fn scroll_offset(rows: &[FormRow], focus: usize, height: usize) -> usize {
    let first = rows.iter().position(|(i, _)| *i == focus).unwrap_or(0);
    let last = rows.iter().rposition(|(i, _)| *i == focus).unwrap_or(0);
    if last < height {
        0
    } else {
        (last + 1 - height).min(first)
    }
}

/// The form's title in its border, cut with an ellipsis like every title.
fn titled<'a>(app: &App, title: &'a str, popup_width: u16) -> Line<'a> {
    let room = usize::from(popup_width.saturating_sub(4));
    let cut = fit_line(Line::raw(title), room, app.theme.sym.ellipsis);
    let mut spans = vec![Span::raw(" ")];
    spans.extend(cut.spans);
    spans.push(Span::raw(" "));
    Line::from(spans).style(app.theme.title)
}

/// The form's box: its title, the keys at the bottom, and where the window is in a form
/// taller than it (`offset`, `height`, `total` rows).
fn border<'a>(
    app: &'a App,
    form: &'a EntityForm,
    popup_width: u16,
    scrolled: Option<(usize, usize, usize)>,
) -> Block<'a> {
    let position = scrolled.map(|(offset, height, total)| {
        Line::styled(
            format!(
                " {} ",
                app.tr
                    .form_position(offset + 1, (offset + height).min(total), total)
            ),
            app.theme.dim,
        )
        .right_aligned()
    });
    let hint = Line::styled(key_hints(app), app.theme.dim);
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(titled(app, &form.title, popup_width))
        .title_bottom(fit_bottom_hint(
            hint,
            popup_width,
            position.as_ref().map_or(0, Line::width),
            app.theme.sym.ellipsis,
        ));
    if let Some(position) = position {
        block = block.title_bottom(position);
    }
    block
}

/// The value as shown, and for a focused text field the cursor's column within it.
fn value_spans(
    app: &App,
    field: &Field,
    focused: bool,
    width: usize,
) -> (Vec<Span<'static>>, Option<usize>) {
    let style = if focused {
        Style::new()
            .patch(app.theme.title)
            .remove_modifier(ratatui::style::Modifier::BOLD)
    } else {
        Style::new()
    };
    match &field.kind {
        FieldKind::Long if !focused => (long_value(app, field.input.text(), width), None),
        FieldKind::Text | FieldKind::Long | FieldKind::Amount => {
            if focused {
                let (text, column) =
                    field
                        .input
                        .view(width, app.theme.sym.line_break, app.theme.sym.ellipsis);
                (vec![Span::styled(text, style)], Some(column))
            } else {
                // Only the start shows: a long text is not copied whole on every frame.
                // Every character takes at most two cells, and a few take none.
                let head: String = field.input.text().chars().take(width * 4 + 1).collect();
                let head = head.replace('\n', app.theme.sym.line_break);
                (
                    vec![Span::raw(clip(&head, width, app.theme.sym.ellipsis))],
                    None,
                )
            }
        }
        FieldKind::Choice(_) => {
            let picked = field.picked().map(|pick| pick.label(app.tr));
            let value = picked.as_deref().unwrap_or(app.theme.sym.none);
            let ellipsis = app.theme.sym.ellipsis;
            if focused {
                let left = format!("{} ", app.theme.sym.choice_left);
                let right = format!(" {}", app.theme.sym.choice_right);
                // The marks say that Left and Right change the value: a long value is cut
                // between them, never the marks.
                let room = width.saturating_sub(display_width(&left) + display_width(&right));
                (
                    vec![
                        Span::styled(left, app.theme.dim),
                        Span::styled(clip(value, room, ellipsis), style),
                        Span::styled(right, app.theme.dim),
                    ],
                    None,
                )
            } else {
                (vec![Span::raw(clip(value, width, ellipsis))], None)
            }
        }
        FieldKind::Flag => {
            let text = app.tr.get(if field.is_on() {
                Msg::FormFlagOn
            } else {
                Msg::FormFlagOff
            });
            (vec![Span::styled(text, style)], None)
        }
    }
}

/// The hint under the focused field; a long text's says which key opens the editor.
fn hint(tr: Tr, field: &Field) -> Option<String> {
    let open = || key_for(Context::Form, Action::OpenField);
    match (&field.kind, field.hint.as_ref()) {
        (FieldKind::Long, "") => open().map(|key| tr.form_long_hint(key)),
        (FieldKind::Long, hint) => Some(match open() {
            Some(key) => tr.form_long_hint_with(hint, key),
            None => hint.to_owned(),
        }),
        (_, "") => None,
        (_, hint) => Some(hint.to_owned()),
    }
}

/// The keys in the form's bottom border, from the keymap's FORM table: each key that has a
/// hint, with the form's own word for it where it says more (`next field`).
fn key_hints(app: &App) -> String {
    let hints: Vec<String> = keymap::bindings(Context::Form)
        .filter_map(|binding| {
            let hint = binding.hint?;
            let key = binding.keys.first()?;
            let word = match binding.action {
                Action::NextField => Msg::FormKeysNextField,
                _ => hint,
            };
            Some(format!("{} {}", key_name(key), app.tr.get(word)))
        })
        .collect();
    format!(
        " {} ",
        hints.join(&format!(" {} ", app.theme.sym.separator))
    )
}

/// A long text out of focus: its first line, and how many more there are.
fn long_value(app: &App, text: &str, width: usize) -> Vec<Span<'static>> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    // Only the start is measured: a long text is not copied whole on every frame. Every
    // character takes at most two cells, and a few take none.
    let first: String = lines
        .next()
        .unwrap_or_default()
        .chars()
        .take(width * 4 + 1)
        .collect();
    let more = lines.count();
    if more == 0 {
        return vec![Span::raw(clip(&first, width, app.theme.sym.ellipsis))];
    }
    let rest = format!(
        " {}",
        if more == 1 {
            app.tr.form_long_more_one(more)
        } else {
            app.tr.form_long_more_other(more)
        }
    );
    let room = width.saturating_sub(display_width(&rest));
    vec![
        Span::raw(clip(&first, room, app.theme.sym.ellipsis)),
        Span::styled(rest, app.theme.dim),
    ]
}

/// `text` cut to `width` cells, with `…` when cut.
fn clip(text: &str, width: usize, ellipsis: &'static str) -> String {
    if display_width(text) <= width {
        return text.to_owned();
    }
    let (spans, _) = truncate_spans([Span::raw(text)], width, ellipsis);
    spans.iter().map(|span| span.content.as_ref()).collect()
}
