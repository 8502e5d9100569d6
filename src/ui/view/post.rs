//! The post tab: the exported retrospective, styled once when rendered; a frame lays out
//! only the lines from the scroll position down.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::ui::app::{App, StudyScreen};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let Some(preview) = &screen.post else {
        return;
    };
    let total = preview.lines.len();
    let top = screen.cursor().selected.min(total.saturating_sub(1));
    // A wrapped line takes at least one row, so the rows of the box are enough lines.
    let lines: Vec<Line> = preview
        .lines
        .iter()
        .skip(top)
        .take(usize::from(area.height))
        .cloned()
        .collect();
    let shown_to = (top + usize::from(area.height.saturating_sub(2))).min(total);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(format!(" {} ", preview.file_name))
                .title_bottom(Line::styled(
                    format!(" lines {}-{shown_to} of {total} ", (top + 1).min(total)),
                    app.theme.dim,
                )),
        ),
        area,
    );
}
