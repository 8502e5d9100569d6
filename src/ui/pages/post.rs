//! The post's page: the exported retrospective styled once per window width (tables fitted
//! to it), with where each line starts in rows, so a frame wraps only the lines it shows
//! and paging never skips a row.

use ratatui::text::Line;

use crate::export::post::PostOptions;
use crate::ui::layout::post_inner_width;
use crate::ui::state::app::PostPreview;
use crate::ui::theme::Theme;
use crate::ui::widgets::markdown::styled_lines;
use crate::ui::widgets::wrap::row_count;

impl PostPreview {
    /// The post's text laid out for a window `window_width` cells wide.
    pub fn new(
        text: String,
        file_name: String,
        options: PostOptions,
        theme: &Theme,
        window_width: u16,
    ) -> PostPreview {
        let mut preview = PostPreview {
            text,
            options,
            file_name,
            chart: None,
            lines: Vec::new(),
            starts: Vec::new(),
            width: 0,
        };
        preview.fit(theme, window_width);
        preview
    }

    /// Lays the post out again when the window's width changed.
    pub fn fit(&mut self, theme: &Theme, window_width: u16) {
        let width = post_inner_width(window_width);
        if width == self.width && !self.lines.is_empty() {
            return;
        }
        self.lines = styled_lines(&self.text, theme, width);
        self.starts = row_starts(&self.lines, width);
        self.width = width;
    }

    /// How many screen rows the whole post takes.
    pub fn total_rows(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }
}

/// The row each line starts at when wrapped to `width`, and the total after the last.
fn row_starts(lines: &[Line], width: u16) -> Vec<usize> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut row = 0;
    for line in lines {
        starts.push(row);
        row += row_count(line, width);
    }
    starts.push(row);
    starts
}

/// The furthest the post scrolls: its last row at the bottom of the box.
pub fn max_top(preview: &PostPreview, rows: usize) -> usize {
    preview.total_rows().saturating_sub(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_counted_after_wrapping() {
        let lines = vec![
            Line::raw("짧은 줄"),
            Line::raw("가".repeat(25)),
            Line::raw(""),
        ];
        // 25 wide syllables are 50 cells: three rows of 20.
        assert_eq!(row_starts(&lines, 20), vec![0, 1, 4, 5]);
    }
}
