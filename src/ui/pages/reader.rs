//! The reader's page: the selected chapter's whole text, wrapped to the window.

use ratatui::text::Line;

use super::chapter::{detail_lines, held};
use crate::ui::state::action::Tab;
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

/// The selected chapter's text wrapped into the reader's box on a window `width` wide:
/// worked out when the reader opens or the window changes, not on every key.
pub fn rows(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    let screen = app.study.as_ref()?;
    let list = &screen.lists[Tab::Chapters.index()];
    let i = list.selected_item(screen.study.chapters.len())?;
    let lines = detail_lines(
        app.tr,
        &app.theme,
        &screen.study.chapters[i],
        held(screen, i),
        screen.notes_of(i).unwrap_or_default(),
        width.saturating_sub(2),
    );
    Some(wrap_lines(&lines, width.saturating_sub(2)))
}
