//! The page of a table of contents to add: how many chapters, what was skipped, every line
//! read differently from how it looks, then each chapter with its number.

use ratatui::text::{Line, Span};

use crate::domain::toc::Toc;
use crate::i18n::{Msg, Tr};
use crate::ui::theme::Theme;
use crate::ui::widgets::wrap::wrap_lines;

/// The widest the preview grows: past this, a list of titles is hard to follow.
pub const MAX_WIDTH: u16 = 90;
/// `1234. `: the column titles start at, so wrapped titles stay clear of the numbers.
const NUMBER_WIDTH: usize = 6;

/// Every row of the preview in a window `window` cells wide.
pub fn rows(tr: Tr, theme: &Theme, toc: &Toc, window: u16) -> Vec<Line<'static>> {
    body(tr, theme, toc, window.min(MAX_WIDTH).saturating_sub(2))
}

/// Every row of the preview, wrapped to `width`.
fn body(tr: Tr, theme: &Theme, toc: &Toc, width: u16) -> Vec<Line<'static>> {
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
                format!(
                    " {} {}",
                    theme.sym.separator,
                    tr.get(Msg::ChaptersTocNoNumber)
                ),
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
