//! A session: its date, the chapters it covered, the presenter, and each member's
//! attendance. A new one starts from what is likely: the next date of the study's cadence,
//! the next chapter nobody has met about, that chapter's presenter, and everyone present.

use chrono::NaiveDate;

use super::{
    EntityForm, FieldError, FieldErrors, NumberOf, Pick, Target, presenter_of, presenter_options,
    read_date, read_number,
};
use crate::domain::schedule::{next_session_date, next_unmet_chapter};
use crate::domain::{Attendance, AttendanceStatus, Session, Study};
use crate::i18n::{Msg, Tr};
use crate::ui::state::form::{Field, Form, cycle_key_name};

/// The fields of a session's form; there is an attendance field for each member, labelled
/// with their name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionField {
    HeldOn,
    Chapters,
    Presenter,
    Attendance,
}

impl SessionField {
    /// The field's name in a session's interchange path (`sessions[0].held_on`).
    pub fn path(self) -> &'static str {
        match self {
            SessionField::HeldOn => "held_on", // not text: an interchange path
            SessionField::Chapters => "chapters", // not text: an interchange path
            SessionField::Presenter => "presenter", // not text: an interchange path
            SessionField::Attendance => "attendance", // not text: an interchange path
        }
    }
}

/// The most chapters a range such as `1-5` stands for: a session about a whole book of
/// short chapters is possible; ten thousand is surely a typo.
const MAX_RANGE: u32 = 1_000;

pub fn form(
    tr: Tr,
    target: Target,
    study: &Study,
    session: Option<&Session>,
    today: NaiveDate,
) -> EntityForm {
    let (date, chapters, presenter) = match session {
        Some(s) => (s.held_on, s.chapters.clone(), s.presenter.clone()),
        None => {
            let chapter = next_unmet_chapter(study);
            let presenter = chapter
                .and_then(|n| study.chapter(n))
                .and_then(|c| c.presenter.clone());
            (
                next_session_date(study, today),
                chapter.into_iter().collect(),
                presenter,
            )
        }
    };
    let presenters = presenter_options(&study.members);
    let presenter = presenter.map(Pick::Member);
    let mut fields = vec![
        Field::text(
            SessionField::HeldOn,
            tr.get(Msg::FormSessionDate),
            &date.to_string(),
        )
        .with_hint(tr.get(Msg::FormDateFormat)),
        Field::text(
            SessionField::Chapters,
            tr.get(Msg::FormSessionChapters),
            &crate::domain::text::chapter_list(&chapters),
        )
        .with_hint(tr.get(Msg::FormSessionChaptersHint)),
        Field::choice(
            SessionField::Presenter,
            tr.get(Msg::FormSessionPresenter),
            presenters,
            &presenter,
        ),
    ];
    let attendance_hint = tr.form_session_attendance_hint(cycle_key_name());
    for member in &study.members {
        // A new session has everyone present.
        let status = match session {
            None => Some(AttendanceStatus::Present),
            Some(s) => s
                .attendance
                .iter()
                .find(|a| a.member == member.name)
                .map(|a| a.status),
        };
        fields.push(
            Field::choice(
                SessionField::Attendance,
                member.name.clone(),
                AttendanceStatus::MARKS
                    .map(|m| Some(Pick::Attendance(m)))
                    .to_vec(),
                &Some(Pick::Attendance(status)),
            )
            .with_hint(attendance_hint.clone()),
        );
    }
    Form::new(
        tr.get(if session.is_some() {
            Msg::FormSessionEdit
        } else {
            Msg::FormSessionNew
        }),
        target,
        fields,
    )
}

/// The session the form describes; `notes` are carried over, as the form does not show them.
pub fn read(
    tr: Tr,
    form: &EntityForm,
    study: &Study,
    notes: String,
) -> Result<Session, FieldErrors> {
    let mut errors = Vec::new();
    let held_on = read_date(
        tr,
        &mut errors,
        SessionField::HeldOn,
        form.text(SessionField::HeldOn),
    );
    if held_on.is_none() && errors.is_empty() {
        errors.push(FieldError::new(
            SessionField::HeldOn,
            tr.get(Msg::FormSessionDateMissing),
        ));
    }
    let mut chapters = Vec::new();
    for part in form
        .text(SessionField::Chapters)
        .split([',', ' ', '、'])
        .filter(|p| !p.trim().is_empty())
    {
        // `8-10` (or `8~10`) is chapters 8, 9 and 10.
        let range = part
            .split_once(['-', '~'])
            .filter(|(from, to)| !from.is_empty() && !to.is_empty());
        let numbers = match range {
            Some((from, to)) => {
                let from = read_number::<u32>(
                    tr,
                    &mut errors,
                    SessionField::Chapters,
                    from,
                    NumberOf::Chapter,
                );
                let to = read_number::<u32>(
                    tr,
                    &mut errors,
                    SessionField::Chapters,
                    to,
                    NumberOf::Chapter,
                );
                match (from, to) {
                    (Some(from), Some(to)) if from <= to && to - from < MAX_RANGE => from..=to,
                    (Some(from), Some(to)) => {
                        let problem = if from > to {
                            tr.form_session_range_backwards(part, to, from)
                        } else {
                            tr.form_session_range_too_long(part, MAX_RANGE)
                        };
                        errors.push(FieldError::new(SessionField::Chapters, problem));
                        continue;
                    }
                    _ => continue,
                }
            }
            None => match read_number::<u32>(
                tr,
                &mut errors,
                SessionField::Chapters,
                part,
                NumberOf::Chapter,
            ) {
                Some(n) => n..=n,
                None => continue,
            },
        };
        for n in numbers {
            // Said now, with a problem in the date, rather than after it is fixed.
            if study.chapter(n).is_none() {
                errors.push(FieldError::new(
                    SessionField::Chapters,
                    tr.form_session_no_chapter(n),
                ));
                break;
            }
            if !chapters.contains(&n) {
                chapters.push(n);
            }
        }
    }
    let presenter = presenter_of(form.picked(SessionField::Presenter));
    let attendance = form
        .fields
        .iter()
        .filter(|f| f.key == SessionField::Attendance.into())
        .filter_map(|f| match f.picked() {
            Some(Pick::Attendance(Some(status))) => Some(Attendance {
                member: f.label.clone(),
                status: *status,
            }),
            _ => None,
        })
        .collect();
    match (held_on, errors.is_empty()) {
        (Some(held_on), true) => Ok(Session {
            held_on,
            chapters,
            presenter,
            attendance,
            notes,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Chapter, Member};

    fn study() -> Study {
        let mut s = Study::new("s", "b");
        s.cadence = "매주 일요일".into();
        s.members = ["김서연", "이도윤"]
            .map(|n| Member {
                name: n.into(),
                me: false,
            })
            .to_vec();
        s.chapters = (1..=3).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        s.chapters[1].presenter = Some("이도윤".into());
        s.sessions.push(Session {
            held_on: "2025-03-02".parse().expect("date"),
            chapters: vec![1],
            presenter: None,
            attendance: vec![],
            notes: String::new(),
        });
        s
    }

    #[test]
    fn a_new_session_starts_from_what_is_likely() {
        let today = "2025-06-01".parse().expect("date");
        let form = form(Tr::EN, Target::NewSession, &study(), None, today);
        assert_eq!(form.text(SessionField::HeldOn), "2025-03-09");
        assert_eq!(form.text(SessionField::Chapters), "2");
        assert_eq!(
            form.picked(SessionField::Presenter),
            Some(&Pick::Member("이도윤".into()))
        );
        let session = read(Tr::EN, &form, &study(), String::new()).expect("valid");
        assert_eq!(session.attendance.len(), 2);
        assert!(
            session
                .attendance
                .iter()
                .all(|a| a.status == AttendanceStatus::Present)
        );
    }

    #[test]
    fn attendance_cycles_and_a_member_can_be_left_off() {
        let today = "2025-06-01".parse().expect("date");
        let mut form = form(Tr::EN, Target::NewSession, &study(), None, today);
        form.fields[3].cycle(true); // 김서연: absent
        form.fields[4].cycle(false); // 이도윤: not counted
        form.fields[1].input.set("2, 3, 2");
        let session = read(Tr::EN, &form, &study(), String::new()).expect("valid");
        assert_eq!(session.chapters, vec![2, 3]);
        assert_eq!(
            session.attendance,
            vec![Attendance {
                member: "김서연".into(),
                status: AttendanceStatus::Absent
            }]
        );
    }
}
