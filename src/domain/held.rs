//! What became of each chapter. A study has one truth per fact, and for a chapter the
//! sessions come first: a chapter that a session covered was presented, on the date of its
//! first session, by that session's presenter. The chapter's own fields are the plan, and
//! count only where no session says otherwise. Every screen, `/`, `check`, the post and the
//! roulette ask this module, so that they can never disagree.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::study::{AttendanceStatus, Chapter, ChapterStatus, Session, Study};

/// The sessions that covered each chapter, and each chapter's plan, read once per study.
#[derive(Debug, Clone, Default)]
pub struct Coverage<'s> {
    by_number: HashMap<u32, Meetings<'s>>,
    /// Each chapter's planned presenter.
    planned: HashMap<u32, &'s str>,
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
        let planned = study
            .chapters
            .iter()
            .filter_map(|c| Some((c.number, c.presenter.as_deref()?)))
            .collect();
        Coverage { by_number, planned }
    }

    /// The date of the first session that covered chapter `number`, if one did.
    pub fn held_on(&self, number: u32) -> Option<NaiveDate> {
        self.by_number.get(&number).map(|m| m.first)
    }

    /// Whether a session covered chapter `number`.
    pub fn is_held(&self, number: u32) -> bool {
        self.by_number.contains_key(&number)
    }

    /// Who presents `chapter`: the presenter of the session that covered it (the earliest
    /// that names one), else the chapter's planned presenter (set by hand or drawn by the
    /// roulette); nobody for a chapter the group skipped.
    pub fn presenter<'c>(&self, chapter: &'c Chapter) -> Option<&'c str>
    where
        's: 'c,
    {
        match self.by_number.get(&chapter.number) {
            Some(held) => held
                .presenter
                .map(|(_, name)| name)
                .or(chapter.presenter.as_deref()),
            None if chapter.status == ChapterStatus::Skipped => None,
            None => chapter.presenter.as_deref(),
        }
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

    /// Whether `chapter` is still to be presented: no session covered it, and it is not
    /// finished by its status (done, marked presented, or skipped).
    pub fn is_to_come(&self, chapter: &Chapter) -> bool {
        !self.status(chapter).is_finished()
    }

    /// The chapter's facts in one value, as every list and the post show them.
    pub fn facts<'c>(&self, chapter: &'c Chapter) -> ChapterFacts<'c>
    where
        's: 'c,
    {
        ChapterFacts {
            status: self.status(chapter),
            held: self.is_held(chapter.number),
            date: self.date(chapter),
            presenter: self.presenter(chapter),
        }
    }

    /// Who presented in `session`: its presenter; for a session logged without one, the
    /// planned presenters of the chapters it covered, each once, since those chapters name
    /// them as their presenters everywhere.
    pub fn session_presenters(&self, session: &'s Session) -> Vec<&'s str> {
        if let Some(presenter) = session.presenter.as_deref() {
            return vec![presenter];
        }
        let mut names: Vec<&'s str> = Vec::new();
        for name in session.chapters.iter().filter_map(|n| self.planned.get(n)) {
            if !names.contains(name) {
                names.push(name);
            }
        }
        names
    }

    /// The presenters of `session` who are marked absent from it: a contradiction, since a
    /// member who was not there did not present.
    pub fn absent_presenters(&self, session: &'s Session) -> Vec<&'s str> {
        self.session_presenters(session)
            .into_iter()
            .filter(|name| {
                session
                    .attendance
                    .iter()
                    .any(|a| a.member == *name && a.status == AttendanceStatus::Absent)
            })
            .collect()
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
        let mut s = study(&[ChapterStatus::Todo]);
        s.sessions = vec![session(9, &[1], Some("가영"))];
        let absent = |s: &Study| {
            let coverage = Coverage::of(s);
            coverage
                .absent_presenters(&s.sessions[0])
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert!(absent(&s).is_empty(), "no attendance taken");
        s.sessions[0].attendance = vec![Attendance {
            member: "가영".into(),
            status: AttendanceStatus::Unprepared,
        }];
        assert!(absent(&s).is_empty(), "unprepared, but there");
        s.sessions[0].attendance[0].status = AttendanceStatus::Absent;
        assert_eq!(absent(&s), ["가영"]);
        s.sessions[0].presenter = None;
        assert!(absent(&s).is_empty(), "nobody presented");
        // A session logged without a presenter: its chapter's planned presenter presented.
        s.chapters[0].presenter = Some("가영".into());
        assert_eq!(absent(&s), ["가영"]);
    }

    #[test]
    fn a_session_without_a_presenter_is_presented_by_its_chapters_plans() {
        let mut s = study(&[ChapterStatus::Todo; 3]);
        s.chapters[0].presenter = Some("가영".into());
        s.chapters[1].presenter = Some("나래".into());
        s.chapters[2].presenter = Some("가영".into());
        s.sessions = vec![
            session(9, &[1, 2, 3], None),
            session(16, &[1], Some("다솜")),
        ];
        let coverage = Coverage::of(&s);
        assert_eq!(
            coverage.session_presenters(&s.sessions[0]),
            ["가영", "나래"]
        );
        assert_eq!(coverage.session_presenters(&s.sessions[1]), ["다솜"]);
    }

    #[test]
    fn a_skipped_chapter_is_neither_presented_nor_to_come_until_a_session_covers_it() {
        let mut s = study(&[ChapterStatus::Skipped, ChapterStatus::Reading]);
        s.chapters[0].presenter = Some("가영".into());
        s.chapters[1].presenter = Some("가영".into());
        let coverage = Coverage::of(&s);
        assert_eq!(coverage.presenter(&s.chapters[0]), None);
        assert!(!coverage.is_to_come(&s.chapters[0]));
        assert!(coverage.is_to_come(&s.chapters[1]));
        // The group met about it after all: the session decides.
        s.sessions = vec![session(9, &[1], None)];
        let coverage = Coverage::of(&s);
        assert_eq!(coverage.presenter(&s.chapters[0]), Some("가영"));
        assert_eq!(coverage.status(&s.chapters[0]), ChapterStatus::Presented);
    }

    #[test]
    fn deleting_its_session_gives_a_chapter_back_its_stored_facts() {
        let mut s = study(&[ChapterStatus::Reading]);
        s.chapters[0].presenter = Some("계획".into());
        s.sessions = vec![session(20, &[1], Some("실제"))];
        assert_eq!(presenter_of(&s, 1), Some("실제"));
        s.sessions.clear();
        let coverage = Coverage::of(&s);
        let facts = coverage.facts(&s.chapters[0]);
        assert_eq!(
            (facts.status, facts.date, facts.presenter),
            (ChapterStatus::Reading, Some(date(1)), Some("계획"))
        );
    }
}
