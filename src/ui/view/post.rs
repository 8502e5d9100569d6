//! The post tab: the exported retrospective, styled and scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::ui::app::{App, StudyScreen};
use crate::ui::markdown::styled_lines;

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let text = screen.post.as_deref().unwrap_or("");
    let total = text.lines().count();
    let top = screen.cursor().selected;
    // Only the lines from the scroll position on are styled and laid out.
    let lines: Vec<Line> = styled_lines(text, &app.theme)
        .into_iter()
        .skip(top)
        .take(usize::from(area.height) * 2)
        .collect();
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(" Post preview ")
                .title_bottom(Line::styled(
                    format!(" line {}/{} ", (top + 1).min(total), total),
                    app.theme.dim,
                )),
        ),
        area,
    );
}
