//! The chapters tab: the list, and the selected chapter's why, notes and links. The whole
//! text, scrollable, is the reader (`reader.rs`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, render_list};
use crate::domain::ChapterStatus;
use crate::domain::text::display_width;
use crate::i18n::{Msg, format};
use crate::ui::keymap::{self, Context};
use crate::ui::layout::list_rows;
use crate::ui::pages::chapter::{detail_lines, held, status_label};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, StudyScreen};
use crate::ui::theme::Theme;
use crate::ui::view::layout::{Column, fit_table};
use crate::ui::widgets::wrap::wrap_lines;

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
    let tr = app.tr;
    let rows = list
        .visible(chapters.len(), list_rows(app))
        .into_iter()
        .map(|(i, matched)| {
            let c = &chapters[i];
            let facts = held(screen, i);
            vec![
                Line::raw(status_mark(&app.theme, facts.status)),
                Line::raw(c.number.to_string()),
                highlighted(&c.title, matched, app.theme.matched),
                Line::raw(
                    facts
                        .date
                        .map_or_else(String::new, |d| format::month_day(tr.lang, d)),
                ),
                Line::raw(facts.presenter.unwrap_or_default()),
                Line::raw(status_label(tr, facts.status)),
            ]
        });
    // The dates and statuses as wide as the language writes them.
    let date_width = (0..chapters.len())
        .filter_map(|i| held(screen, i).date)
        .map(|d| display_width(&format::month_day(tr.lang, d)))
        .max()
        .unwrap_or(0);
    let status_width = ChapterStatus::ALL
        .iter()
        .map(|s| display_width(status_label(tr, *s)))
        .max()
        .unwrap_or(0);
    let cells = |width: usize| u16::try_from(width).unwrap_or(u16::MAX);
    let columns = [
        // A glance tells what is still to come; `?` says what each mark means.
        Column {
            header: "",
            width: Constraint::Length(1),
            from: 0,
        },
        Column {
            header: "#",
            width: Constraint::Length(number_width),
            from: 0,
        },
        Column {
            header: tr.get(Msg::ChaptersColumnTitle),
            width: Constraint::Fill(1),
            from: 0,
        },
        Column {
            header: tr.get(Msg::ChaptersColumnDate),
            width: Constraint::Length(cells(date_width).max(5)),
            from: 50,
        },
        Column {
            header: tr.get(Msg::ChaptersColumnPresenter),
            width: Constraint::Length(9),
            from: 36,
        },
        Column {
            header: tr.get(Msg::ChaptersColumnStatus),
            width: Constraint::Length(cells(status_width).max(9)),
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
        let context = Context::Study(Tab::Chapters);
        match (
            keymap::key_for(context, Action::Add),
            keymap::key_for(context, Action::PasteToc),
        ) {
            (Some(add), Some(toc)) => tr.chapters_none_yet(add, toc),
            _ => String::new(),
        }
    } else {
        tr.get(Msg::ChaptersNoMatch).to_owned()
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
                tr,
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
        .title(format!(" {} ", tr.get(Msg::ChaptersDetail)));
    if cut && let Some(key) = keymap::key_for(Context::Study(Tab::Chapters), Action::Open) {
        let more = format!(" {} ", tr.chapters_more(key));
        block = block.title_bottom(super::layout::fit_bottom_hint(
            Line::styled(more, app.theme.dim),
            detail.width,
            0,
            app.theme.sym.ellipsis,
        ));
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

/// The one-cell mark of a chapter's status in the list.
pub fn status_mark(theme: &Theme, status: ChapterStatus) -> &'static str {
    let marks = &theme.sym.chapter;
    match status {
        ChapterStatus::Todo => marks.todo,
        ChapterStatus::Reading => marks.reading,
        ChapterStatus::Done => marks.done,
        ChapterStatus::Presented => marks.presented,
        ChapterStatus::Skipped => marks.skipped,
    }
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
