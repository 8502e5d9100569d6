//! The reader: the selected chapter's whole text over the study screen, scrolled by wrapped
//! line, with where it is in the text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::chapters::detail_lines;
use crate::ui::action::Tab;
use crate::ui::app::App;

pub fn draw(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let Some(paragraph) = paragraph(app) else {
        return;
    };
    let total = paragraph.line_count(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let bottom = (scroll + height).min(total);
    frame.render_widget(Clear, area);
    frame.render_widget(
        paragraph
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
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

/// The furthest the reader scrolls: the last line at the bottom of the box.
pub fn max_scroll(app: &App) -> usize {
    let Some(paragraph) = paragraph(app) else {
        return 0;
    };
    // The reader covers everything but the status line.
    let total = paragraph.line_count(app.width.saturating_sub(2));
    total.saturating_sub(usize::from(app.height.saturating_sub(3)))
}

fn paragraph(app: &App) -> Option<Paragraph<'_>> {
    let screen = app.study.as_ref()?;
    let list = &screen.lists[Tab::Chapters.index()];
    let i = list.selected_item(screen.study.chapters.len())?;
    let lines = detail_lines(
        &app.theme,
        &screen.study.chapters[i],
        screen.notes_of(i).unwrap_or_default(),
    );
    Some(Paragraph::new(lines).wrap(Wrap { trim: false }))
}
