//! A markdown table laid out for the terminal: its columns aligned by display width and,
//! when it is wider than the box, its widest columns cut with `…`, since a wrapped table
//! row falls apart.

use ratatui::text::{Line, Span};

use crate::domain::text::display_width;
use crate::ui::theme::Theme;
use crate::ui::widgets::wrap::truncate_spans;

/// The narrowest a column is cut to.
const MIN_COLUMN: usize = 4;

/// One cell's styled text.
pub type Cell = Vec<Span<'static>>;

/// A table's rows (the header first) fitted to `max_width` cells: a line for each row, and
/// the rule drawn under the header.
pub fn lay_out(
    rows: Vec<Vec<Cell>>,
    theme: &Theme,
    max_width: usize,
) -> (Vec<Line<'static>>, Line<'static>) {
    // Each cell measured once, as shown.
    let rows: Vec<Vec<(Cell, usize)>> = rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| {
                    let width = cell.iter().map(|s| display_width(&s.content)).sum();
                    (cell, width)
                })
                .collect()
        })
        .collect();
    let widths = column_widths(&rows, max_width);
    let lines = rows
        .into_iter()
        .map(|row| row_line(row, &widths, theme))
        .collect();
    (lines, rule_line(&widths, theme))
}

/// Each column's width: its widest cell, the widest columns cut (down to `MIN_COLUMN`)
/// until the table fits.
fn column_widths(rows: &[Vec<(Cell, usize)>], max_width: usize) -> Vec<usize> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (k, (_, width)) in row.iter().enumerate() {
            widths[k] = widths[k].max(*width);
        }
    }
    // Each column takes its width plus a space either side, and a bar between columns.
    let total = |widths: &[usize]| {
        widths.iter().map(|w| w + 2).sum::<usize>() + widths.len().saturating_sub(1)
    };
    while total(&widths) > max_width {
        let Some((widest, _)) = widths
            .iter()
            .enumerate()
            .filter(|(_, w)| **w > MIN_COLUMN)
            .max_by_key(|(_, w)| **w)
        else {
            break;
        };
        widths[widest] -= 1;
    }
    widths
}

/// A row's cells padded to their columns' widths, or cut to them, between bars.
fn row_line(cells: Vec<(Cell, usize)>, widths: &[usize], theme: &Theme) -> Line<'static> {
    let bar = if theme.ascii { "|" } else { "│" };
    let mut spans = Vec::new();
    let mut cells = cells.into_iter();
    for (k, width) in widths.iter().enumerate() {
        if k > 0 {
            spans.push(Span::styled(bar, theme.dim));
        }
        let (cell, cell_width) = cells.next().unwrap_or_default();
        let (cell, cell_width) = if cell_width > *width {
            truncate_spans(cell, *width, theme.sym.ellipsis)
        } else {
            (cell, cell_width)
        };
        spans.push(Span::raw(" "));
        spans.extend(cell);
        spans.push(Span::raw(" ".repeat(width.saturating_sub(cell_width) + 1)));
    }
    Line::from(spans)
}

/// The line under the header, crossing the bars between columns.
fn rule_line(widths: &[usize], theme: &Theme) -> Line<'static> {
    let (dash, cross) = if theme.ascii {
        ("-", "+")
    } else {
        ("─", "┼")
    };
    let rule: Vec<String> = widths.iter().map(|w| dash.repeat(w + 2)).collect();
    Line::styled(rule.join(cross), theme.dim)
}
