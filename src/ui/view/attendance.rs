//! Taking attendance: the selected session's members and their marks, in a box over the
//! sessions list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::AttendanceStatus;
use crate::domain::text::pad_to_width;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::{Context, key_for};
use crate::ui::wrap::fit_cell;

/// The widest mark, "not counted", so that what follows it lines up.
const MARK_WIDTH: usize = 11;

pub fn draw(app: &App, cursor: usize, frame: &mut Frame, area: Rect) {
    let Some(screen) = &app.study else {
        return;
    };
    let Some(i) = screen.list().selected_item(screen.study.sessions.len()) else {
        return;
    };
    let session = &screen.study.sessions[i];
    let name_width = screen
        .study
        .members
        .iter()
        .map(|m| crate::domain::text::display_width(&m.name))
        .max()
        .unwrap_or(0)
        .max(6)
        // A long name is cut, never the marks after it.
        .min(
            usize::from(area.width)
                .saturating_sub(2 + 2 + MARK_WIDTH + 21)
                .max(6),
        );
    let lines: Vec<Line> = screen
        .study
        .members
        .iter()
        .enumerate()
        .map(|(row, member)| {
            let status = session
                .attendance
                .iter()
                .find(|a| a.member == member.name)
                .map(|a| a.status);
            let style = match status {
                Some(AttendanceStatus::Present) => app.theme.good,
                Some(AttendanceStatus::Absent) => app.theme.bad,
                Some(AttendanceStatus::Unprepared) => app.theme.heading,
                None => app.theme.dim,
            };
            let mark = AttendanceStatus::mark_label(status);
            let mut spans = vec![
                Span::raw(format!(
                    " {} ",
                    fit_cell(&member.name, name_width, app.theme.sym.ellipsis)
                )),
                Span::styled(pad_to_width(mark, MARK_WIDTH), style),
            ];
            let presents = screen
                .stats
                .sessions
                .get(i)
                .is_some_and(|facts| facts.presenters.contains(&member.name));
            if presents {
                spans.push(if status == Some(AttendanceStatus::Absent) {
                    // Said where the mark is made: the presenter cannot have been absent.
                    Span::styled(
                        format!(" {} presenter, absent?", app.theme.sym.contradiction),
                        app.theme.error,
                    )
                } else {
                    Span::styled(" presenter", app.theme.dim)
                });
            }
            let line = Line::from(spans);
            if row == cursor {
                line.patch_style(app.theme.selected)
            } else {
                line
            }
        })
        .collect();
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    // The borders, the name with a space either side, the mark and the presenter's note.
    let width = u16::try_from(2 + name_width + 2 + MARK_WIDTH + 21)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let popup = area.centered(
        Constraint::Length(width.max(34)),
        Constraint::Length(height),
    );
    // Keep the selected member in view in a short window.
    let rows = usize::from(height.saturating_sub(2));
    let skip = (cursor + 1).saturating_sub(rows);
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Span::styled(
                    format!(" Attendance {} ", session.held_on),
                    app.theme.title,
                ))
                .title_bottom(Line::styled(
                    format!(
                        " {} marks {} saved at once ",
                        key_for(Context::Attendance, Action::CycleMark).unwrap_or_default(),
                        app.theme.sym.separator
                    ),
                    app.theme.dim,
                )),
        ),
        popup,
    );
}
