//! The chapters tab: the list, and the selected chapter's why, notes and links. The whole
//! text, scrollable, is the reader (`reader.rs`).

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, render_list};
use crate::domain::Chapter;
use crate::ui::app::{App, StudyScreen};
use crate::ui::markdown::styled_lines;
use crate::ui::theme::Theme;
use crate::ui::view::layout::{Column, fit_table, list_rows};
use crate::ui::wrap::wrap_lines;

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    // A narrow window shows the list alone; Enter reads a chapter full screen.
    let [list_area, detail] = if area.width >= 70 {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area)
    } else {
        [area, Rect::default()]
    };
    let list = screen.list();
    let chapters = &screen.study.chapters;
    // Wide enough for the largest chapter number, and a space after it.
    let number_width = chapters
        .iter()
        .map(|c| c.number)
        .max()
        .map_or(2, |n| n.to_string().len() as u16 + 1)
        .max(3);
    let rows = list
        .visible(chapters.len(), list_rows(app))
        .into_iter()
        .map(|(i, matched)| {
            let c = &chapters[i];
            let (date, presenter) = held(screen, i);
            vec![
                Line::raw(c.number.to_string()),
                highlighted(&c.title, matched, app.theme.matched),
                Line::raw(date.map_or_else(String::new, |d| d.format("%m-%d").to_string())),
                Line::raw(presenter.unwrap_or_default()),
                Line::raw(c.status.as_str()),
            ]
        });
    let columns = [
        Column {
            header: "#",
            width: Constraint::Length(number_width),
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
            width: Constraint::Length(9),
            from: 36,
        },
        Column {
            header: "Status",
            width: Constraint::Length(9),
            from: 60,
        },
    ];
    let table = fit_table(&columns, list_area.width, &app.theme, rows);
    render_list(app, frame, list_area, table, list, chapters.len());

    if detail.area() == 0 {
        return;
    }
    let selected = list.selected_item(chapters.len());
    let empty = if chapters.is_empty() {
        "No chapters yet: a adds one, t adds a whole table of contents."
    } else {
        "No chapter matches the filter."
    };
    let height = usize::from(detail.height.saturating_sub(2));
    let mut more_notes = false;
    let text = selected.map_or_else(
        || vec![Line::styled(empty, app.theme.dim)],
        |i| {
            // Each line of notes takes a row at least: the pane needs no more lines than
            // it has rows, however long the notes (the reader shows them all).
            let notes = screen.notes_of(i).unwrap_or_default();
            let shown = first_lines(notes, height);
            more_notes = shown.len() < notes.len();
            detail_lines(
                &app.theme,
                &chapters[i],
                held(screen, i),
                shown,
                detail.width.saturating_sub(2),
            )
        },
    );
    let mut rows = wrap_lines(&text, detail.width.saturating_sub(2));
    let cut = more_notes || rows.len() > height;
    rows.truncate(height);
    let paragraph = Paragraph::new(rows);
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(" Detail ");
    if cut {
        block = block.title_bottom(Line::styled(" more: Enter reads it all ", app.theme.dim));
    }
    frame.render_widget(paragraph.block(block), detail);
}

/// The first `n` lines of `text`.
fn first_lines(text: &str, n: usize) -> &str {
    match text.match_indices('\n').nth(n.saturating_sub(1)) {
        Some((end, _)) if n > 0 => &text[..end],
        _ if n == 0 => "",
        _ => text,
    }
}

/// When chapter `i` was held and who presented it: its first session's date (else its
/// own date) and its presenter (else that session's), as the post's schedule has them.
pub fn held(screen: &StudyScreen, i: usize) -> (Option<NaiveDate>, Option<&str>) {
    let chapter = &screen.study.chapters[i];
    match screen.stats.schedule.get(i) {
        Some(held) if held.number == chapter.number => (held.date, held.presenter.as_deref()),
        _ => (chapter.scheduled_on, chapter.presenter.as_deref()),
    }
}

/// A chapter's title, when it was held and by whom, why it matters, notes (styled
/// markdown) and links.
pub fn detail_lines<'a>(
    theme: &Theme,
    chapter: &'a Chapter,
    (date, presenter): (Option<NaiveDate>, Option<&str>),
    notes: &'a str,
    width: u16,
) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(
        format!("{}. {}", chapter.number, chapter.title),
        theme.title,
    )];
    let mut facts = Vec::new();
    if let Some(date) = date {
        facts.push(date.to_string());
    }
    if let Some(presenter) = presenter {
        facts.push(presenter.to_owned());
    }
    facts.push(chapter.status.as_str().to_owned());
    lines.push(Line::styled(
        facts.join(&format!(" {} ", theme.sym.separator)),
        theme.dim,
    ));
    if !chapter.why.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Why it matters", theme.heading));
        lines.extend(chapter.why.lines().map(Line::raw));
    }
    if !notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Notes", theme.heading));
        lines.extend(styled_lines(notes, theme, width));
    }
    if !chapter.links.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Links", theme.heading));
        for link in &chapter.links {
            lines.push(Line::raw(format!(
                "{} {} <{}>",
                theme.sym.bullet, link.title, link.url
            )));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::first_lines;

    #[test]
    fn first_lines_stops_at_the_nth_line_break() {
        assert_eq!(first_lines("가\n나\n다", 2), "가\n나");
        assert_eq!(first_lines("가\n나", 5), "가\n나");
        assert_eq!(first_lines("가\n나", 0), "");
        assert_eq!(first_lines("", 3), "");
    }
}
