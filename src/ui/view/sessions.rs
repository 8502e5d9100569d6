//! The sessions tab: each meeting's date (marked when it has notes), chapters, presenter
//! and attendance.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use ratatui::text::{Line, Span};

use super::list::{draw_empty_note, highlighted, render_list};
use crate::domain::stats::SessionFacts;
use crate::domain::text::{chapter_list, display_width};
use crate::domain::{AttendanceStatus, Session};
use crate::i18n::{Msg, Tr, format};
use crate::ui::keymap::{self, Context};
use crate::ui::layout::list_rows;
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, StudyScreen};
use crate::ui::view::layout::{Column, fit_table};

/// The narrowest list that shows the presenter column.
const PRESENTER_FROM: u16 = 50;

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let tr = app.tr;
    let list = screen.list();
    let sessions = &screen.study.sessions;
    // The date as the language writes it (`2025. 3. 2.` is narrower than `2025. 3. 16.`),
    // padded so that the mark of a session with notes lines up.
    let widest_date = sessions
        .iter()
        .map(|s| display_width(&format::date(tr.lang, s.held_on)))
        .max()
        .unwrap_or(0);
    let rows = list
        .visible(sessions.len(), list_rows(app))
        .into_iter()
        .map(|(i, matched)| {
            let s = &sessions[i];
            let facts = screen.stats.sessions.get(i).unwrap_or(&NOBODY);
            // Unprepared members came (and lose deposit), so they count as attending, as
            // on the Members tab and in the post.
            let attended = s.attendance.iter().filter(|a| a.status.attended()).count();
            let names = |status| {
                s.attendance
                    .iter()
                    .filter(|a| a.status == status)
                    .map(|a| a.member.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let held_on = format::date(tr.lang, s.held_on);
            let pad = widest_date.saturating_sub(display_width(&held_on));
            let mut date = highlighted(&held_on, matched, app.theme.matched);
            if screen.study.session_has_notes(i) {
                date.push_span(Span::styled(
                    format!("{} {}", " ".repeat(pad), app.theme.sym.has_notes),
                    app.theme.key,
                ));
            }
            vec![
                date,
                Line::raw(chapter_numbers(tr, &s.chapters)),
                presenter_cell(app, facts),
                came_cell(app, s, facts, attended, area.width < PRESENTER_FROM),
                Line::raw(names(AttendanceStatus::Absent)),
                Line::raw(names(AttendanceStatus::Unprepared)),
            ]
        });
    let date_width = widest_date + 2;
    // Room for `1-3, 5` and the words the language puts around chapter numbers.
    let chapters_width = 8 + display_width(&tr.sessions_chapter_numbers(""));
    let cells = |width: usize| u16::try_from(width).unwrap_or(u16::MAX);
    let columns = [
        Column {
            header: tr.get(Msg::SessionsColumnDate),
            width: Constraint::Length(cells(date_width).max(12)),
            from: 0,
        },
        Column {
            header: tr.get(Msg::SessionsColumnChapters),
            width: Constraint::Length(cells(chapters_width)),
            from: 0,
        },
        Column {
            header: tr.get(Msg::SessionsColumnPresenter),
            width: Constraint::Length(10),
            from: PRESENTER_FROM,
        },
        Column {
            header: tr.get(Msg::SessionsColumnCame),
            // "10/10 !": the mark of an absent presenter fits when the presenter does not.
            width: Constraint::Length(7),
            from: 0,
        },
        Column {
            header: tr.get(Msg::SessionsColumnAbsent),
            width: Constraint::Fill(1),
            from: 56,
        },
        Column {
            header: tr.get(Msg::SessionsColumnUnprepared),
            width: Constraint::Fill(1),
            from: 56,
        },
    ];
    let table = fit_table(&columns, area.width, &app.theme, rows);
    render_list(app, frame, area, table, list, sessions.len());
    if sessions.is_empty()
        && let Some(key) = keymap::key_for(Context::Study(Tab::Sessions), Action::Add)
    {
        draw_empty_note(app, frame, area, &tr.sessions_none_yet(key));
    }
}

/// A session's chapters as the Chapters column shows them: `1-3, 5`, `1-3, 5장`.
pub fn chapter_numbers(tr: Tr, numbers: &[u32]) -> String {
    if numbers.is_empty() {
        return String::new();
    }
    tr.sessions_chapter_numbers(chapter_list(numbers))
}

/// A session the stats have no facts for (they are read with the study; only a guard).
static NOBODY: SessionFacts = SessionFacts {
    presenters: Vec::new(),
    absent_presenters: Vec::new(),
};

/// Who presented the session (its presenter, else its chapters' planned ones), marked when
/// the attendance says one of them was absent: a member who was not there cannot have
/// presented, so one of the two is wrong.
fn presenter_cell(app: &App, facts: &SessionFacts) -> Line<'static> {
    let names = facts.presenters.join(", ");
    if facts.absent_presenters.is_empty() {
        Line::raw(names)
    } else {
        Line::from(vec![
            Span::styled(app.theme.sym.contradiction, app.theme.error),
            Span::raw(format!(" {names}")),
        ])
    }
}

/// How many came of those counted; on a list too narrow for the presenter, with the mark of
/// a presenter marked absent, which would otherwise not show.
fn came_cell(
    app: &App,
    session: &Session,
    facts: &SessionFacts,
    attended: usize,
    narrow: bool,
) -> Line<'static> {
    let came = format!("{attended}/{}", session.attendance.len());
    if narrow && !facts.absent_presenters.is_empty() {
        Line::from(vec![
            Span::raw(format!("{came} ")),
            Span::styled(app.theme.sym.contradiction, app.theme.error),
        ])
    } else {
        Line::raw(came)
    }
}
