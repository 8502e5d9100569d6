//! The members tab: presentations; sessions came to, missed and came to unprepared; the
//! penalties and the deposit left; and attendance as bars on a wide screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use ratatui::text::Line;

use super::list::{draw_empty_note, highlighted, render_list};
use crate::i18n::{Msg, format};
use crate::ui::keymap::{self, Context};
use crate::ui::layout::list_rows;
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, StudyScreen};
use crate::ui::view::layout::{Column, fit_table};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let tr = app.tr;
    let list = screen.list();
    let study = &screen.study;
    let rows = list
        .visible(study.members.len(), list_rows(app))
        .into_iter()
        .filter_map(|(i, matched)| Some((screen.stats.members.get(i)?, &study.members[i], matched)))
        .map(|(m, member, matched)| {
            let mut name = highlighted(&m.name, matched, app.theme.matched);
            if member.me {
                name.push_span(ratatui::text::Span::styled(
                    format!(" {}", tr.get(Msg::MembersMe)),
                    app.theme.dim,
                ));
            }
            vec![
                name,
                Line::raw(m.presentations.to_string()),
                Line::raw(m.attended.to_string()),
                Line::raw(m.missed.to_string()),
                Line::raw(m.unprepared.to_string()),
                Line::raw(m.penalties.to_string()),
                // A study without a deposit shows none, rather than 0 left of nothing.
                if study.deposit.amount == 0 {
                    Line::styled(app.theme.sym.none, app.theme.dim)
                } else {
                    Line::raw(format::money(
                        tr.lang,
                        m.deposit_left,
                        &study.deposit.currency,
                    ))
                },
                // Of the sessions where their attendance was taken.
                Line::raw(format!(
                    "{} {}/{}",
                    app.theme
                        .bar(f64::from(m.attended) / f64::from(m.counted.max(1)), 12),
                    m.attended,
                    m.counted
                )),
            ]
        });
    // Came, absent and unprepared side by side with the penalties, so that a docked
    // deposit beside "absent 0" explains itself.
    let columns = [
        Column {
            header: tr.get(Msg::MembersColumnMember),
            // Names are short; the numbers stay next to them on a wide screen.
            width: Constraint::Max(20),
            from: 0,
        },
        Column {
            header: tr.get(Msg::MembersColumnPresented),
            width: Constraint::Length(9),
            from: 0,
        },
        Column {
            header: tr.get(Msg::MembersColumnCame),
            width: Constraint::Length(4),
            from: 0,
        },
        Column {
            header: tr.get(Msg::MembersColumnAbsent),
            width: Constraint::Length(6),
            from: 0,
        },
        Column {
            header: tr.get(Msg::MembersColumnUnprepared),
            width: Constraint::Length(10),
            from: 60,
        },
        Column {
            header: tr.get(Msg::MembersColumnPenalties),
            width: Constraint::Length(9),
            from: 70,
        },
        Column {
            header: tr.get(Msg::MembersColumnDepositLeft),
            width: Constraint::Length(12),
            from: 50,
        },
        Column {
            header: tr.get(Msg::MembersColumnAttendance),
            width: Constraint::Length(20),
            from: 110,
        },
    ];
    let table = fit_table(&columns, area.width, &app.theme, rows);
    render_list(app, frame, area, table, list, study.members.len());
    if study.members.is_empty()
        && let Some(key) = keymap::key_for(Context::Study(Tab::Members), Action::Add)
    {
        draw_empty_note(app, frame, area, &tr.members_none_yet(key));
    }
}
