//! The retro tab: good, bad and try points side by side. A column longer than the screen
//! scrolls to keep the selected point in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, position_spans};
use crate::domain::RetroKind;
use crate::ui::app::{App, StudyScreen};
use crate::ui::wrap::wrap_lines;

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let columns: [Rect; 3] = Layout::horizontal([Constraint::Fill(1); 3]).areas(area);
    let list = screen.list();
    let retro = &screen.study.retro;
    let selected = list.selected_item(retro.len());
    // The points the filter keeps (all of them without one), in the list's order.
    let shown: Vec<(usize, &[usize])> = list.all_rows(retro.len());
    for (kind, column) in RetroKind::ALL.into_iter().zip(columns) {
        let (title, style) = match kind {
            RetroKind::Good => ("Good", app.theme.good),
            RetroKind::Bad => ("Bad", app.theme.bad),
            RetroKind::Try => ("Try", app.theme.try_),
        };
        let points: Vec<&(usize, &[usize])> = shown
            .iter()
            .filter(|(i, _)| retro[*i].kind == kind)
            .collect();
        let inner_height = usize::from(column.height.saturating_sub(2));
        // Scroll so the selected point sits in the upper third, when the column is long.
        let first = points
            .iter()
            .position(|(i, _)| Some(*i) == selected)
            .filter(|_| points.len() > inner_height)
            .map_or(0, |at| at.saturating_sub(inner_height / 3));
        let width = column.width.saturating_sub(2);
        let mut rows = Vec::new();
        if first > 0 {
            rows.push(Line::styled(
                format!("{} {first} more", app.theme.sym.above),
                app.theme.dim,
            ));
        }
        // Points are wrapped one by one, to count those that do not fit below.
        let mut below = 0;
        for (i, matched) in points.iter().skip(first) {
            let point = &retro[*i];
            let mut spans = vec![Span::styled(format!("{} ", app.theme.sym.bullet), style)];
            spans.extend(highlighted(&point.text, matched, app.theme.matched).spans);
            if let Some(n) = point.chapter {
                spans.push(Span::styled(format!(" (ch. {n})"), app.theme.dim));
            }
            if Some(*i) == selected {
                for span in &mut spans {
                    span.style = span.style.patch(app.theme.selected);
                }
            }
            let wrapped = wrap_lines(&[Line::from(spans)], width);
            if rows.len() + wrapped.len() > inner_height {
                below += 1;
                continue;
            }
            rows.extend(wrapped);
        }
        if points.is_empty() {
            let empty = if list.filter.is_some() {
                "no match"
            } else {
                "nothing yet: a adds a point"
            };
            rows.push(Line::styled(empty, app.theme.dim));
        }
        // The column `a` adds to is marked.
        let title_style = if kind == screen.retro_column {
            style.patch(app.theme.selected)
        } else {
            style
        };
        let mut block = Block::bordered()
            .border_set(app.theme.border)
            .title(Span::styled(
                format!(" {title} ({}) ", points.len()),
                title_style,
            ));
        if below > 0 {
            block = block.title_bottom(Line::styled(
                format!(" {} {below} more ", app.theme.sym.below),
                app.theme.dim,
            ));
        }
        if kind == RetroKind::Try {
            block = block
                .title_bottom(Line::from(position_spans(app, list, retro.len())).right_aligned());
        }
        frame.render_widget(Paragraph::new(rows).block(block), column);
    }
}
