//! The reader: the selected chapter's whole text over the study screen, scrolled by wrapped
//! line, with where it is in the text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::i18n::Msg;
use crate::ui::state::app::App;

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
                .title(format!(" {} ", app.tr.get(Msg::ReaderTitle)))
                .title_bottom(Line::styled(
                    format!(
                        " {} ",
                        app.tr.reader_lines((scroll + 1).min(total), bottom, total)
                    ),
                    app.theme.dim,
                )),
        ),
        area,
    );
}
