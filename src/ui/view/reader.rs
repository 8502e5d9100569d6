//! The reader: the selected chapter's whole text over the study screen, scrolled by wrapped
//! line, with where it is in the text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::chapters::detail_lines;
use crate::ui::action::Tab;
use crate::ui::app::App;
use crate::ui::wrap::wrap_lines;

pub fn draw(app: &App, scroll: usize, rows: &[Line<'static>], frame: &mut Frame, area: Rect) {
    let total = rows.len();
    let height = usize::from(area.height.saturating_sub(2));
    let bottom = (scroll + height).min(total);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(
            rows.iter()
                .skip(scroll)
                .take(height)
                .cloned()
                .collect::<Vec<_>>(),
        )
        .block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(" Chapter ")
                .title_bottom(Line::styled(
                    format!(" lines {}-{bottom} of {total} ", (scroll + 1).min(total)),
                    app.theme.dim,
                )),
        ),
        area,
    );
}

/// The furthest the reader scrolls through `rows` on a window `height` tall: the last row
/// at the bottom of the box, which covers everything but the status line.
pub fn max_scroll(rows: usize, height: u16) -> usize {
    rows.saturating_sub(usize::from(height.saturating_sub(3)))
}

/// The selected chapter's text wrapped into the reader's box on a window `width` wide:
/// worked out when the reader opens or the window changes, not on every key.
pub fn rows(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    let screen = app.study.as_ref()?;
    let list = &screen.lists[Tab::Chapters.index()];
    let i = list.selected_item(screen.study.chapters.len())?;
    let lines = detail_lines(
        &app.theme,
        &screen.study.chapters[i],
        super::chapters::held(screen, i),
        screen.notes_of(i).unwrap_or_default(),
        width.saturating_sub(2),
    );
    Some(wrap_lines(&lines, width.saturating_sub(2)))
}
