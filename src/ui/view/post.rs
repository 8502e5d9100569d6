//! The post tab: the exported retrospective, styled once when rendered; a frame lays out
//! only the lines from the scroll position down. Each line's wrapped height is measured
//! once per window width, so scrolling stops with the last line in view and the position
//! shown is exact.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::ui::app::{App, StudyScreen};
use crate::ui::wrap::{row_count, wrap_lines};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let Some(preview) = &screen.post else {
        return;
    };
    let total = preview.lines.len();
    let top = screen.cursor().selected.min(total.saturating_sub(1));
    let rows = usize::from(area.height.saturating_sub(2));
    // A wrapped line takes at least one row, so the rows of the box are enough lines.
    let end = (top + rows).min(total);
    let lines = wrap_lines(&preview.lines[top..end], area.width.saturating_sub(2));
    let last = last_shown(&preview.heights, top, rows).min(total);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(format!(" {} ", preview.file_name))
                .title_bottom(Line::styled(
                    format!(" lines {}-{last} of {total} ", (top + 1).min(total)),
                    app.theme.dim,
                )),
        ),
        area,
    );
}

/// The rows each line takes when wrapped to `width`.
pub fn line_heights(lines: &[Line], width: u16) -> Vec<usize> {
    lines.iter().map(|line| row_count(line, width)).collect()
}

/// The post box's inner width on a window `width` cells wide.
pub fn inner_width(width: u16) -> u16 {
    width.saturating_sub(2)
}

/// The post box's inner rows on a window `height` rows tall: everything but the study
/// header, the tab bar, the status line and the box's borders.
pub fn inner_rows(height: u16) -> usize {
    usize::from(height.saturating_sub(5))
}

/// The last top line from which the rest of the post still fills the box: scrolling stops
/// there, with the last line at the bottom.
pub fn max_top(heights: &[usize], rows: usize) -> usize {
    let mut used = 0;
    for (i, h) in heights.iter().enumerate().rev() {
        used += h;
        if used > rows {
            return i + 1;
        }
    }
    0
}

/// The number (1-based) of the last line that is wholly in view from `top`.
fn last_shown(heights: &[usize], top: usize, rows: usize) -> usize {
    let mut used = 0;
    let mut last = top;
    for h in heights.iter().skip(top) {
        used += h;
        if used > rows {
            break;
        }
        last += 1;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stops_with_the_last_line_at_the_bottom() {
        // Five lines, the fourth wrapping onto three rows, in a box of four rows.
        let heights = [1, 1, 1, 3, 1];
        assert_eq!(max_top(&heights, 4), 3);
        assert_eq!(last_shown(&heights, 3, 4), 5);
        assert_eq!(last_shown(&heights, 0, 4), 3);
        assert_eq!(max_top(&heights, 10), 0, "a short post does not scroll");
    }
}
