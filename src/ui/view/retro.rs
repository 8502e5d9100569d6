//! The retro tab: good, bad and try points side by side.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::domain::RetroKind;
use crate::ui::app::{App, StudyScreen};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let columns: [Rect; 3] = Layout::horizontal([Constraint::Fill(1); 3]).areas(area);
    let selected = screen.cursor().selected;
    for (kind, column) in RetroKind::ALL.into_iter().zip(columns) {
        let (title, style) = match kind {
            RetroKind::Good => ("Good", app.theme.good),
            RetroKind::Bad => ("Bad", app.theme.bad),
            RetroKind::Try => ("Try", app.theme.try_),
        };
        let mut lines = Vec::new();
        for (i, point) in screen
            .study
            .retro
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == kind)
        {
            let marker = if i == selected {
                app.theme.selected
            } else {
                Style::new()
            };
            let mut spans = vec![
                Span::styled("• ", style),
                Span::styled(point.text.as_str(), marker),
            ];
            if let Some(n) = point.chapter {
                spans.push(Span::styled(format!(" (ch. {n})"), app.theme.dim));
            }
            lines.push(Line::from(spans));
        }
        let count = lines.len();
        if lines.is_empty() {
            lines.push(Line::styled("nothing yet", app.theme.dim));
        }
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                Block::bordered()
                    .border_set(app.theme.border)
                    .title(Span::styled(format!(" {title} ({count}) "), style)),
            ),
            column,
        );
    }
}
