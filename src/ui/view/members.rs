//! The members tab: presentations, sessions missed, deposit left, and attendance as bars.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::study::render_list;
use crate::export::post::{Lang, money};
use crate::ui::app::{App, StudyScreen};
use crate::ui::view::layout::{Column, fit_table, list_rows};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let cursor = screen.cursor();
    let study = &screen.study;
    let held = screen.stats.sessions_held.max(1);
    let rows = screen
        .stats
        .members
        .iter()
        .zip(&study.members)
        .skip(cursor.offset)
        .take(list_rows(app))
        .map(|(m, member)| {
            let attended = screen.stats.sessions_held.saturating_sub(m.missed as usize);
            let name = if member.me {
                format!("{} (me)", m.name)
            } else {
                m.name.clone()
            };
            vec![
                name,
                m.presentations.to_string(),
                m.missed.to_string(),
                money(m.deposit_left, &study.deposit.currency, Lang::En),
                format!(
                    "{} {}/{}",
                    app.theme.bar(attended as f64 / held as f64, 12),
                    attended,
                    screen.stats.sessions_held
                ),
            ]
        });
    let columns = [
        Column {
            header: "Member",
            width: Constraint::Fill(1),
            from: 0,
        },
        Column {
            header: "Presented",
            width: Constraint::Length(9),
            from: 0,
        },
        Column {
            header: "Missed",
            width: Constraint::Length(7),
            from: 0,
        },
        Column {
            header: "Deposit",
            width: Constraint::Length(12),
            from: 56,
        },
        Column {
            header: "Attendance",
            width: Constraint::Length(20),
            from: 76,
        },
    ];
    let table = fit_table(&columns, area.width, app.theme.heading, rows);
    render_list(app, frame, area, table, cursor, study.members.len());
}
