//! Taking attendance: the selected session's members and their marks, in a box over the
//! sessions list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::AttendanceStatus;
use crate::domain::text::{display_width, pad_to_width};
use crate::i18n::{Msg, Tr, format};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::fit_cell;

/// A mark's name in the interface's language: `present`, `출석`.
pub fn mark_name(tr: Tr, mark: Option<AttendanceStatus>) -> &'static str {
    tr.get(match mark {
        Some(AttendanceStatus::Present) => Msg::AttendanceMarkPresent,
        Some(AttendanceStatus::Absent) => Msg::AttendanceMarkAbsent,
        Some(AttendanceStatus::Unprepared) => Msg::AttendanceMarkUnprepared,
        None => Msg::AttendanceMarkNotCounted,
    })
}

/// The widest mark's cells ("not counted", "집계 안 함"), so that what follows it lines up.
fn mark_width(tr: Tr) -> usize {
    AttendanceStatus::MARKS
        .iter()
        .map(|mark| display_width(mark_name(tr, *mark)))
        .max()
        .unwrap_or(0)
}

/// A three-syllable Korean name: a narrow window shortens the presenter's note before it
/// cuts names this long.
const USUAL_NAME: usize = 6;

/// The note after an absent presenter's mark, for a window `inner` cells wide inside its
/// borders whose longest name takes `longest` cells: the full question when a usual name
/// still fits beside it, else a short note, so that no note is ever cut mid-word. (A present
/// presenter's " presenter" is narrower than either.)
fn absent_presenter_note(app: &App, inner: usize, longest: usize, marks: usize) -> String {
    let sign = app.theme.sym.contradiction;
    let question = format!(" {}", app.tr.attendance_presenter_absent(sign));
    if name_room(inner, marks, display_width(&question)) >= longest.min(USUAL_NAME) {
        question
    } else {
        // The red sign beside the mark "absent" still says what the question said.
        format!(" {}", app.tr.attendance_presenter_absent_short(sign))
    }
}

/// The cells left for a name in a row `inner` cells wide: a space either side of it, the
/// mark (`marks` cells) and a note `note` cells wide take the rest.
fn name_room(inner: usize, marks: usize, note: usize) -> usize {
    inner.saturating_sub(2 + marks + note)
}

pub fn draw(app: &App, cursor: usize, frame: &mut Frame, area: Rect) {
    let Some(screen) = &app.study else {
        return;
    };
    let Some(i) = screen.list().selected_item(screen.study.sessions.len()) else {
        return;
    };
    let session = &screen.study.sessions[i];
    let longest = screen
        .study
        .members
        .iter()
        .map(|m| display_width(&m.name))
        .max()
        .unwrap_or(0)
        .max(USUAL_NAME);
    let inner = usize::from(area.width).saturating_sub(2);
    let marks = mark_width(app.tr);
    let absent_note = absent_presenter_note(app, inner, longest, marks);
    // Every row keeps the note's cells, so the marks stay in one column; a long name is
    // cut, never the marks after it.
    let note_width = display_width(&absent_note);
    let name_width = longest.min(name_room(inner, marks, note_width)).max(1);
    let presenter_note = format!(" {}", app.tr.get(Msg::AttendancePresenter));
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
            let mark = mark_name(app.tr, status);
            let mut spans = vec![
                Span::raw(format!(
                    " {} ",
                    fit_cell(&member.name, name_width, app.theme.sym.ellipsis)
                )),
                Span::styled(pad_to_width(mark, marks), style),
            ];
            let presents = screen
                .stats
                .sessions
                .get(i)
                .is_some_and(|facts| facts.presenters.contains(&member.name));
            if presents {
                spans.push(if status == Some(AttendanceStatus::Absent) {
                    // Said where the mark is made: the presenter cannot have been absent.
                    Span::styled(absent_note.clone(), app.theme.error)
                } else {
                    Span::styled(presenter_note.clone(), app.theme.dim)
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
    let width = u16::try_from(2 + name_width + 2 + marks + note_width)
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
                    format!(
                        " {} ",
                        app.tr
                            .attendance_title(format::date(app.tr.lang, session.held_on))
                    ),
                    app.theme.title,
                ))
                .title_bottom(Line::styled(
                    format!(
                        " {} ",
                        app.tr.attendance_legend(
                            key_for(Context::Attendance, Action::CycleMark).unwrap_or_default(),
                            app.theme.sym.separator
                        )
                    ),
                    app.theme.dim,
                )),
        ),
        popup,
    );
}
