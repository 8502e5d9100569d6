//! What a new session probably is: the next date of the study's cadence, the next chapter
//! nobody has met about yet, and the presenter that chapter has.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::held::Coverage;
use super::study::{ChapterStatus, Study, StudyStatus};

/// How often a study meets, read from its free-text cadence ("weekly, Sunday 20:00",
/// "격주 토요일 오전").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cadence {
    pub every: Every,
    pub weekday: Option<Weekday>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Days(u64),
    Month,
}

const WEEKDAYS: [(Weekday, &[&str]); 7] = [
    (Weekday::Mon, &["monday", "월요일"]),
    (Weekday::Tue, &["tuesday", "화요일"]),
    (Weekday::Wed, &["wednesday", "수요일"]),
    (Weekday::Thu, &["thursday", "목요일"]),
    (Weekday::Fri, &["friday", "금요일"]),
    (Weekday::Sat, &["saturday", "토요일"]),
    (Weekday::Sun, &["sunday", "일요일"]),
];

impl Cadence {
    /// The cadence the words describe; weekly when they say nothing the code understands.
    pub fn parse(text: &str) -> Cadence {
        let text = text.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
        let every = if has(&["biweekly", "fortnight", "every two weeks", "격주", "2주"]) {
            Every::Days(14)
        } else if has(&["monthly", "every month", "매월", "매달", "월 1회", "한 달"]) {
            Every::Month
        } else if has(&["daily", "every day", "매일"]) {
            Every::Days(1)
        } else {
            Every::Days(7)
        };
        let weekday = WEEKDAYS
            .iter()
            .find(|(_, names)| has(names))
            .map(|(day, _)| *day);
        Cadence { every, weekday }
    }

    fn after(self, date: NaiveDate) -> NaiveDate {
        let next = match self.every {
            Every::Days(n) => date.checked_add_days(Days::new(n)),
            Every::Month => date.checked_add_months(Months::new(1)),
        };
        next.unwrap_or(date)
    }
}

/// The first date on or after `date` that is a `weekday`.
fn on_or_after(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(u64::from(ahead)))
        .unwrap_or(date)
}

/// The date of the study's next session: one cadence after the last session, on the
/// cadence's weekday if it names one; the study's start (or `today`) before any session.
pub fn next_session_date(study: &Study, today: NaiveDate) -> NaiveDate {
    let cadence = Cadence::parse(&study.cadence);
    let date = match study.sessions.iter().map(|s| s.held_on).max() {
        Some(last) => {
            let next = cadence.after(last);
            // A weekly cadence on a named day: the first such day after the last session.
            match (cadence.weekday, cadence.every) {
                (Some(day), Every::Days(7)) => on_or_after(last.succ_opt().unwrap_or(last), day),
                _ => next,
            }
        }
        None => study.started_on.unwrap_or(today),
    };
    match (cadence.weekday, study.sessions.is_empty()) {
        (Some(day), true) => on_or_after(date, day),
        _ => date,
    }
}

/// The first chapter, in the study's order, that no session has covered yet and the group
/// has not skipped.
pub fn next_unmet_chapter(study: &Study) -> Option<u32> {
    let coverage = Coverage::of(study);
    study
        .chapters
        .iter()
        .filter(|c| c.status != ChapterStatus::Skipped)
        .map(|c| c.number)
        .find(|&n| !coverage.is_held(n))
}

/// A session still to come: a chapter no session has covered, on the cadence's date for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub chapter: u32,
    pub date: NaiveDate,
}

/// The sessions still to come, one per chapter that no session has covered and the group
/// has not skipped, in the study's order: the first on [`next_session_date`], each next one a
/// cadence later. None for a finished study.
pub fn planned_sessions(study: &Study, today: NaiveDate) -> Vec<Planned> {
    if study.status == StudyStatus::Finished {
        return Vec::new();
    }
    let cadence = Cadence::parse(&study.cadence);
    let first = next_session_date(study, today);
    let coverage = Coverage::of(study);
    study
        .chapters
        .iter()
        .filter(|c| c.status != ChapterStatus::Skipped && !coverage.is_held(c.number))
        .zip(0u32..)
        .map_while(|(chapter, k)| {
            let date = match cadence.every {
                Every::Days(n) => first.checked_add_days(Days::new(n.checked_mul(k.into())?)),
                Every::Month => first.checked_add_months(Months::new(k)),
            }?;
            Some(Planned {
                chapter: chapter.number,
                date,
            })
        })
        .collect()
}

/// Something about a date or a session that looks wrong, though it may be meant: said after
/// the save so that the person can check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doubt {
    /// `date` is before the study's start.
    BeforeStart { date: NaiveDate, start: NaiveDate },
    /// `date` is after the study's end.
    AfterEnd { date: NaiveDate, end: NaiveDate },
    /// Another session is held on `date` too.
    SameDay { date: NaiveDate },
    /// Chapter `number` is covered by `sessions` sessions.
    CoveredTwice { number: u32, sessions: usize },
}

/// In English; the interface says it in its own language (`i18n::errors::doubt`).
impl std::fmt::Display for Doubt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Doubt::BeforeStart { date, start } => {
                write!(f, "{date} is before the study started ({start})")
            }
            Doubt::AfterEnd { date, end } => write!(f, "{date} is after the study ended ({end})"),
            Doubt::SameDay { date } => write!(f, "another session is on {date} too"),
            Doubt::CoveredTwice { number, sessions } => {
                write!(f, "chapter {number} is in {sessions} sessions")
            }
        }
    }
}

/// Whether `date` falls outside the study's period.
fn outside_period(study: &Study, date: NaiveDate) -> Option<Doubt> {
    if let Some(start) = study.started_on
        && date < start
    {
        return Some(Doubt::BeforeStart { date, start });
    }
    if let Some(end) = study.ended_on
        && date > end
    {
        return Some(Doubt::AfterEnd { date, end });
    }
    None
}

/// What looks wrong about a chapter scheduled on `date`, though it may be meant.
pub fn chapter_doubt(study: &Study, date: Option<NaiveDate>) -> Option<Doubt> {
    outside_period(study, date?)
}

/// What looks wrong about the session held on `held_on` covering `chapters`, in a study
/// that holds it already, though it may be meant: a date outside the study's period,
/// another session on the same date, a chapter another session covered too. The first
/// doubt, said so that the person can check it.
pub fn session_doubt(study: &Study, held_on: NaiveDate, chapters: &[u32]) -> Option<Doubt> {
    if let Some(doubt) = outside_period(study, held_on) {
        return Some(doubt);
    }
    if study
        .sessions
        .iter()
        .filter(|s| s.held_on == held_on)
        .count()
        > 1
    {
        return Some(Doubt::SameDay { date: held_on });
    }
    chapters.iter().find_map(|&number| {
        let sessions = study
            .sessions
            .iter()
            .filter(|s| s.chapters.contains(&number))
            .count();
        (sessions > 1).then_some(Doubt::CoveredTwice { number, sessions })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Chapter, Session};

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn study(cadence: &str, sessions: &[&str]) -> Study {
        let mut s = Study::new("s", "b");
        s.cadence = cadence.into();
        s.chapters = (1..=4).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        s.sessions = sessions
            .iter()
            .enumerate()
            .map(|(i, d)| Session {
                held_on: date(d),
                chapters: vec![u32::try_from(i).expect("small") + 1],
                presenter: None,
                attendance: vec![],
                notes: String::new(),
            })
            .collect();
        s
    }

    #[test]
    fn cadences_are_read_in_english_and_korean() {
        assert_eq!(
            Cadence::parse("weekly, Sunday 20:00"),
            Cadence {
                every: Every::Days(7),
                weekday: Some(Weekday::Sun)
            }
        );
        assert_eq!(Cadence::parse("격주 토요일 오전").every, Every::Days(14));
        assert_eq!(
            Cadence::parse("격주 토요일 오전").weekday,
            Some(Weekday::Sat)
        );
        assert_eq!(Cadence::parse("매월 첫째 주").every, Every::Month);
        assert_eq!(Cadence::parse("whenever").every, Every::Days(7));
    }

    #[test]
    fn the_next_session_follows_the_last_one() {
        let today = date("2025-06-01");
        // 2025-03-02 was a Sunday.
        assert_eq!(
            next_session_date(
                &study("매주 일요일 밤 9시", &["2025-03-02", "2025-03-09"]),
                today
            ),
            date("2025-03-16")
        );
        // A session moved to a Tuesday: back to Sunday after it.
        assert_eq!(
            next_session_date(&study("weekly, Sunday", &["2025-03-11"]), today),
            date("2025-03-16")
        );
        assert_eq!(
            next_session_date(&study("격주", &["2025-03-02"]), today),
            date("2025-03-16")
        );
        assert_eq!(
            next_session_date(&study("monthly", &["2025-01-31"]), today),
            date("2025-02-28")
        );
    }

    #[test]
    fn the_first_session_is_at_the_start_or_today() {
        let today = date("2025-06-04"); // a Wednesday
        let mut s = study("", &[]);
        assert_eq!(next_session_date(&s, today), today);
        s.started_on = Some(date("2025-03-02"));
        assert_eq!(next_session_date(&s, today), date("2025-03-02"));
        s.started_on = None;
        s.cadence = "매주 일요일".into();
        assert_eq!(next_session_date(&s, today), date("2025-06-08"));
    }

    #[test]
    fn the_next_chapter_is_the_first_without_a_session() {
        assert_eq!(next_unmet_chapter(&study("", &["2025-03-02"])), Some(2));
        assert_eq!(
            next_unmet_chapter(&study(
                "",
                &["2025-03-02", "2025-03-09", "2025-03-16", "2025-03-23"]
            )),
            None
        );
    }

    #[test]
    fn planned_sessions_follow_the_cadence_from_the_next_date() {
        let mut s = study("weekly, Sunday", &["2025-03-02"]);
        s.chapters[2].status = ChapterStatus::Skipped;
        assert_eq!(
            planned_sessions(&s, date("2025-06-01")),
            vec![
                Planned {
                    chapter: 2,
                    date: date("2025-03-09")
                },
                Planned {
                    chapter: 4,
                    date: date("2025-03-16")
                },
            ]
        );
        s.cadence = "monthly".into();
        let dates: Vec<_> = planned_sessions(&s, date("2025-06-01"))
            .iter()
            .map(|p| p.date)
            .collect();
        assert_eq!(dates, vec![date("2025-04-02"), date("2025-05-02")]);
        s.status = StudyStatus::Finished;
        assert!(planned_sessions(&s, date("2025-06-01")).is_empty());
    }

    #[test]
    fn the_next_chapter_passes_over_a_skipped_one() {
        let mut s = study("", &["2025-03-02"]);
        s.chapters[1].status = ChapterStatus::Skipped;
        assert_eq!(next_unmet_chapter(&s), Some(3));
    }

    #[test]
    fn a_session_outside_the_period_or_twice_on_a_date_is_doubted() {
        let mut s = Study::new("s", "b");
        s.started_on = Some(date("2025-03-02"));
        s.ended_on = Some(date("2025-05-25"));
        let session = |day: &str, chapters: Vec<u32>| crate::domain::Session {
            held_on: date(day),
            chapters,
            presenter: None,
            attendance: vec![],
            notes: String::new(),
        };
        s.sessions = vec![
            session("2025-03-09", vec![1]),
            session("2025-03-16", vec![2]),
        ];
        assert_eq!(session_doubt(&s, date("2025-03-09"), &[1]), None);
        assert_eq!(
            session_doubt(&s, date("2025-03-01"), &[])
                .map(|d| d.to_string())
                .as_deref(),
            Some("2025-03-01 is before the study started (2025-03-02)")
        );
        assert!(
            session_doubt(&s, date("2025-06-01"), &[])
                .is_some_and(|d| d.to_string().contains("after"))
        );
        s.sessions.push(session("2025-03-16", vec![2]));
        assert_eq!(
            session_doubt(&s, date("2025-03-16"), &[2])
                .map(|d| d.to_string())
                .as_deref(),
            Some("another session is on 2025-03-16 too")
        );
        s.sessions[2].held_on = date("2025-03-23");
        assert_eq!(
            session_doubt(&s, date("2025-03-23"), &[2])
                .map(|d| d.to_string())
                .as_deref(),
            Some("chapter 2 is in 2 sessions")
        );
    }
}
