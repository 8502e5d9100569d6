//! What became of each chapter. A study has one truth per fact, and for a chapter the
//! sessions come first: a chapter that a session covered was presented, on the date of its
//! first session, by that session's presenter. The chapter's own fields are the plan, and
//! count only where no session says otherwise. Every screen, `/`, `check`, the post and the
//! roulette ask this module, so that they can never disagree.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::study::{AttendanceStatus, Chapter, ChapterStatus, Session, Study};

/// The sessions that covered each chapter, read once per study.
#[derive(Debug, Clone, Default)]
pub struct Coverage<'s> {
    by_number: HashMap<u32, Meetings<'s>>,
}

/// The sessions that covered one chapter, reduced to what the chapter takes from them.
#[derive(Debug, Clone, Copy)]
struct Meetings<'s> {
    /// The first session's date.
    first: NaiveDate,
    /// The earliest session that names a presenter, and that presenter.
    presenter: Option<(NaiveDate, &'s str)>,
}

impl<'s> Coverage<'s> {
    pub fn of(study: &'s Study) -> Self {
        let mut by_number: HashMap<u32, Meetings<'s>> = HashMap::new();
        for session in &study.sessions {
            let presenter = session.presenter.as_deref().map(|p| (session.held_on, p));
            for &number in &session.chapters {
                by_number
                    .entry(number)
                    .and_modify(|m| {
                        m.first = m.first.min(session.held_on);
                        if let Some((date, _)) = presenter
                            && m.presenter.is_none_or(|(earlier, _)| date < earlier)
                        {
                            m.presenter = presenter;
                        }
                    })
                    .or_insert(Meetings {
                        first: session.held_on,
                        presenter,
                    });
            }
        }
        Coverage { by_number }
    }

    /// The date of the first session that covered chapter `number`, if one did.
    pub fn held_on(&self, number: u32) -> Option<NaiveDate> {
        self.by_number.get(&number).map(|m| m.first)
    }

    /// Whether a session covered chapter `number`.
    pub fn is_held(&self, number: u32) -> bool {
        self.by_number.contains_key(&number)
    }

    /// Who presented `chapter`: the presenter of the session that covered it, else the
    /// chapter's planned presenter (set by hand or drawn by the roulette).
    pub fn presenter<'c>(&self, chapter: &'c Chapter) -> Option<&'c str>
    where
        's: 'c,
    {
        self.by_number
            .get(&chapter.number)
            .and_then(|m| m.presenter)
            .map(|(_, name)| name)
            .or(chapter.presenter.as_deref())
    }

    /// Where `chapter` stands: presented once a session covered it, whatever its stored
    /// status says; else its stored status.
    pub fn status(&self, chapter: &Chapter) -> ChapterStatus {
        if self.is_held(chapter.number) {
            ChapterStatus::Presented
        } else {
            chapter.status
        }
    }

    /// When `chapter` was held, else when it is scheduled; a skipped chapter has no date.
    pub fn date(&self, chapter: &Chapter) -> Option<NaiveDate> {
        match (self.held_on(chapter.number), self.status(chapter)) {
            (Some(held), _) => Some(held),
            (None, ChapterStatus::Skipped) => None,
            (None, _) => chapter.scheduled_on,
        }
    }

    /// The chapter's facts in one value, as every list and the post show them.
    pub fn facts<'c>(&self, chapter: &'c Chapter) -> ChapterFacts<'c>
    where
        's: 'c,
    {
        let status = self.status(chapter);
        ChapterFacts {
            status,
            held: self.is_held(chapter.number),
            date: self.date(chapter),
            presenter: if status == ChapterStatus::Skipped {
                None
            } else {
                self.presenter(chapter)
            },
        }
    }
}

/// A chapter as the study lived it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChapterFacts<'c> {
    pub status: ChapterStatus,
    /// Whether a session covered it (its status is then `presented`).
    pub held: bool,
    pub date: Option<NaiveDate>,
    pub presenter: Option<&'c str>,
}

/// The presenter of chapter `number` in `study`, by the rule of [`Coverage::presenter`].
/// For one lookup; a list builds one [`Coverage`] and asks it for every row.
pub fn presenter_of(study: &Study, number: u32) -> Option<&str> {
    let chapter = study.chapter(number)?;
    Coverage::of(study).presenter(chapter)
}

/// Whether the session's presenter is marked absent from it: a contradiction, since a
/// member who was not there did not present.
pub fn presenter_marked_absent(session: &Session) -> bool {
    session.presenter.as_deref().is_some_and(|presenter| {
        session
            .attendance
            .iter()
            .any(|a| a.member == presenter && a.status == AttendanceStatus::Absent)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::study::Attendance;

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, day).expect("valid date")
    }

    fn session(day: u32, chapters: &[u32], presenter: Option<&str>) -> Session {
        Session {
            held_on: date(day),
            chapters: chapters.to_vec(),
            presenter: presenter.map(Into::into),
            attendance: vec![],
            notes: String::new(),
        }
    }

    fn study(statuses: &[ChapterStatus]) -> Study {
        let mut s = Study::new("s", "b");
        for (i, status) in statuses.iter().enumerate() {
            let n = u32::try_from(i).expect("small") + 1;
            let mut c = Chapter::new(n, format!("{n}장"));
            c.status = *status;
            c.scheduled_on = Some(date(n));
            s.chapters.push(c);
        }
        s
    }

    #[test]
    fn a_chapter_a_session_covered_is_presented_whatever_its_status() {
        use ChapterStatus::{Reading, Skipped, Todo};
        let mut s = study(&[Todo, Reading, Skipped, Todo]);
        s.sessions = vec![session(9, &[1, 3], None), session(16, &[2], None)];
        let coverage = Coverage::of(&s);
        let statuses: Vec<_> = s.chapters.iter().map(|c| coverage.status(c)).collect();
        assert_eq!(
            statuses,
            [
                ChapterStatus::Presented,
                ChapterStatus::Presented,
                ChapterStatus::Presented,
                Todo
            ]
        );
        assert_eq!(
            coverage.date(&s.chapters[0]),
            Some(date(9)),
            "its session's"
        );
        assert_eq!(coverage.date(&s.chapters[3]), Some(date(4)), "as scheduled");
    }

    #[test]
    fn a_held_chapter_takes_the_date_of_its_first_session() {
        let mut s = study(&[ChapterStatus::Todo]);
        s.sessions = vec![session(16, &[1], None), session(9, &[1], None)];
        assert_eq!(Coverage::of(&s).held_on(1), Some(date(9)));
    }

    #[test]
    fn a_skipped_chapter_has_neither_date_nor_presenter() {
        let mut s = study(&[ChapterStatus::Skipped]);
        s.chapters[0].presenter = Some("가영".into());
        let coverage = Coverage::of(&s);
        let facts = coverage.facts(&s.chapters[0]);
        assert_eq!(
            (facts.status, facts.date, facts.presenter),
            (ChapterStatus::Skipped, None, None)
        );
    }

    #[test]
    fn the_session_presenter_comes_before_the_plan() {
        let mut s = study(&[ChapterStatus::Todo; 3]);
        for c in &mut s.chapters {
            c.presenter = Some("계획".into());
        }
        s.sessions = vec![
            session(9, &[1], Some("실제")),
            session(16, &[2], None),
            // A later session with a presenter, after an earlier one without.
            session(23, &[2], Some("나중")),
        ];
        let coverage = Coverage::of(&s);
        assert_eq!(coverage.presenter(&s.chapters[0]), Some("실제"), "session");
        assert_eq!(
            coverage.presenter(&s.chapters[1]),
            Some("나중"),
            "a session"
        );
        assert_eq!(
            coverage.presenter(&s.chapters[2]),
            Some("계획"),
            "plan alone"
        );
        s.chapters[2].presenter = None;
        assert_eq!(presenter_of(&s, 3), None, "nobody");
        assert_eq!(presenter_of(&s, 1), Some("실제"));
        assert_eq!(presenter_of(&s, 99), None, "no such chapter");
    }

    #[test]
    fn of_two_sessions_with_presenters_the_earlier_one_counts() {
        let mut s = study(&[ChapterStatus::Todo]);
        s.sessions = vec![
            session(16, &[1], Some("둘째")),
            session(9, &[1], Some("첫째")),
        ];
        assert_eq!(presenter_of(&s, 1), Some("첫째"));
    }

    #[test]
    fn a_presenter_marked_absent_is_a_contradiction() {
        let mut held = session(9, &[1], Some("가영"));
        assert!(!presenter_marked_absent(&held), "no attendance taken");
        held.attendance = vec![Attendance {
            member: "가영".into(),
            status: AttendanceStatus::Unprepared,
        }];
        assert!(!presenter_marked_absent(&held), "unprepared, but there");
        held.attendance[0].status = AttendanceStatus::Absent;
        assert!(presenter_marked_absent(&held));
        held.presenter = None;
        assert!(!presenter_marked_absent(&held), "nobody presented");
    }
}
