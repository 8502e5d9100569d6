//! The chapters a table of contents will add, over the editor, before they are added: how
//! many, what was skipped, every line read differently from how it looks, then each chapter
//! with its number. It scrolls when the list is taller than the window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::toc::Toc;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::editor::TocPreview;
use crate::ui::keymap::{self, Context};
use crate::ui::theme::Theme;
use crate::ui::wrap::wrap_lines;

/// The keys that do `action` here, as the preview's own key table has them.
fn keys(action: Action) -> String {
    keymap::keys_for(Context::TocPreview, action).unwrap_or_default()
}

/// The first key that does `action` here, for a short hint such as `j/k`.
fn first_key(action: Action) -> String {
    keymap::key_for(Context::TocPreview, action).unwrap_or_default()
}

/// The widest the preview grows: past this, a list of titles is hard to follow.
const MAX_WIDTH: u16 = 90;
/// `1234. `: the column titles start at, so wrapped titles stay clear of the numbers.
const NUMBER_WIDTH: usize = 6;

pub fn draw(app: &App, preview: &TocPreview, frame: &mut Frame, area: Rect) {
    let width = area.width.min(MAX_WIDTH);
    // Fitted to this window when it opened or changed; worked out here only if not.
    let fitted;
    let rows = if preview.fitted_to == area.width {
        &preview.rows
    } else {
        fitted = rows(&app.theme, &preview.toc, area.width);
        &fitted
    };
    let total = rows.len();
    let height = u16::try_from(total + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let shown = usize::from(height.saturating_sub(2));
    let scroll = preview.scroll.min(total.saturating_sub(shown));
    let sep = app.theme.sym.separator;
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(Span::styled(" Add these chapters? ", app.theme.title))
        .title_bottom(Line::from(vec![
            Span::styled(format!(" {}", keys(Action::Yes)), app.theme.key),
            Span::styled(" add ", app.theme.dim),
            Span::styled(sep, app.theme.dim),
            Span::styled(format!(" {}", keys(Action::No)), app.theme.key),
            Span::styled(" back to the text ", app.theme.dim),
        ]));
    if total > shown {
        block = block.title_bottom(
            Line::styled(
                format!(
                    " {}/{} {}-{} of {total} ",
                    first_key(Action::Next),
                    first_key(Action::Previous),
                    scroll + 1,
                    (scroll + shown).min(total)
                ),
                app.theme.dim,
            )
            .right_aligned(),
        );
    }
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    let visible: Vec<Line> = rows.iter().skip(scroll).take(shown).cloned().collect();
    frame.render_widget(Paragraph::new(visible).block(block), popup);
}

/// The last first row the preview's `rows` scroll to, and a page, on a terminal `height`
/// rows tall (the status line takes one of them).
pub fn scroll_limits(rows: usize, height: u16) -> (usize, usize) {
    let shown = usize::from(height.saturating_sub(1 + 2)).max(1);
    (rows.saturating_sub(shown), shown)
}

/// Every row of the preview in a window `window` cells wide.
pub fn rows(theme: &Theme, toc: &Toc, window: u16) -> Vec<Line<'static>> {
    body(theme, toc, window.min(MAX_WIDTH).saturating_sub(2))
}

/// Every row of the preview, wrapped to `width`.
fn body(theme: &Theme, toc: &Toc, width: u16) -> Vec<Line<'static>> {
    let mut rows = wrap_lines(&[Line::styled(toc.summary(), theme.title)], width);
    let notes: Vec<Line> = toc
        .notes_in_words()
        .into_iter()
        .map(|note| Line::styled(note, theme.info))
        .collect();
    rows.extend(wrap_lines(&notes, width));
    rows.push(Line::raw(""));
    let title_width = u16::try_from(usize::from(width).saturating_sub(NUMBER_WIDTH))
        .unwrap_or(u16::MAX)
        .max(4);
    for entry in &toc.entries {
        let mut title = vec![Span::raw(entry.chapter.title.clone())];
        if entry.numbered_here {
            title.push(Span::styled(
                format!(" {} no number in the text", theme.sym.separator),
                theme.dim,
            ));
        }
        let number = format!("{:>w$}. ", entry.chapter.number, w = NUMBER_WIDTH - 2);
        for (i, mut line) in wrap_lines(&[Line::from(title)], title_width)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                Span::styled(number.clone(), theme.key)
            } else {
                Span::raw(" ".repeat(NUMBER_WIDTH))
            };
            line.spans.insert(0, lead);
            rows.push(line);
        }
    }
    rows
}
