//! The sessions tab: each meeting's date, chapters, presenter and attendance.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use ratatui::text::Line;

use super::list::{highlighted, render_list};
use crate::domain::AttendanceStatus;
use crate::ui::app::{App, StudyScreen};
use crate::ui::view::layout::{Column, fit_table, list_rows};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let list = screen.list();
    let sessions = &screen.study.sessions;
    let rows = list
        .visible(sessions.len(), list_rows(app))
        .into_iter()
        .map(|(i, matched)| {
            let s = &sessions[i];
            let count = |status| s.attendance.iter().filter(|a| a.status == status).count();
            let missing: Vec<&str> = s
                .attendance
                .iter()
                .filter(|a| a.status != AttendanceStatus::Present)
                .map(|a| a.member.as_str())
                .collect();
            vec![
                highlighted(&s.held_on.to_string(), matched, app.theme.matched),
                Line::raw(
                    s.chapters
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Line::raw(s.presenter.clone().unwrap_or_default()),
                Line::raw(format!(
                    "{}/{}",
                    count(AttendanceStatus::Present),
                    s.attendance.len()
                )),
                Line::raw(missing.join(", ")),
            ]
        });
    let columns = [
        Column {
            header: "Date",
            width: Constraint::Length(10),
            from: 0,
        },
        Column {
            header: "Chapters",
            width: Constraint::Length(8),
            from: 0,
        },
        Column {
            header: "Presenter",
            width: Constraint::Length(10),
            from: 50,
        },
        Column {
            header: "Present",
            width: Constraint::Length(7),
            from: 0,
        },
        Column {
            header: "Absent or unprepared",
            width: Constraint::Fill(1),
            from: 60,
        },
    ];
    let table = fit_table(&columns, area.width, app.theme.heading, rows);
    render_list(app, frame, area, table, list, sessions.len());
}
