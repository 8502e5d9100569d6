//! The chapters tab: the list, and the selected chapter's why, notes and links.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::study::render_list;
use crate::domain::Chapter;
use crate::ui::app::{App, StudyScreen};
use crate::ui::markdown::styled_lines;
use crate::ui::view::layout::{Column, fit_table, list_rows};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    // A narrow window shows the list alone; the detail needs room to be readable.
    let [list, detail] = if area.width >= 70 {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    let cursor = screen.cursor();
    let chapters = &screen.study.chapters;
    let rows = chapters
        .iter()
        .skip(cursor.offset)
        .take(list_rows(app))
        .map(|c| {
            vec![
                c.number.to_string(),
                c.title.clone(),
                c.scheduled_on
                    .map_or_else(String::new, |d| d.format("%m-%d").to_string()),
                c.presenter.clone().unwrap_or_default(),
                c.status.as_str().to_owned(),
            ]
        });
    let columns = [
        Column {
            header: "#",
            width: Constraint::Length(3),
            from: 0,
        },
        Column {
            header: "Title",
            width: Constraint::Fill(1),
            from: 0,
        },
        Column {
            header: "Date",
            width: Constraint::Length(5),
            from: 50,
        },
        Column {
            header: "Presenter",
            width: Constraint::Length(8),
            from: 36,
        },
        Column {
            header: "Status",
            width: Constraint::Length(9),
            from: 60,
        },
    ];
    let table = fit_table(&columns, list.width, app.theme.heading, rows);
    render_list(app, frame, list, table, cursor, chapters.len());

    let text = chapters.get(cursor.selected).map_or_else(
        || vec![Line::raw("No chapters yet.")],
        |c| detail_lines(app, c),
    );
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(" Detail "),
        ),
        detail,
    );
}

fn detail_lines<'a>(app: &App, chapter: &'a Chapter) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(
        format!("{}. {}", chapter.number, chapter.title),
        app.theme.title,
    )];
    if !chapter.why.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Why it matters", app.theme.heading));
        lines.extend(chapter.why.lines().map(Line::raw));
    }
    if !chapter.notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Notes", app.theme.heading));
        lines.extend(styled_lines(&chapter.notes, &app.theme));
    }
    if !chapter.links.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Links", app.theme.heading));
        for link in &chapter.links {
            lines.push(Line::raw(format!("• {} <{}>", link.title, link.url)));
        }
    }
    lines
}
