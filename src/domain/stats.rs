//! Facts derived from a study's log: the numbers a retrospective quotes.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::held::Coverage;
use super::ledger;
use super::study::{AttendanceStatus, ChapterStatus, Session, Study};

/// A member has dropped out when the study's most recent sessions, at least this many in a
/// row, all went on without them. One missed final meeting is bad luck, not dropping out.
pub const DROPOUT_MIN_TRAILING_ABSENCES: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Chapters a session covered, and those done, marked presented or skipped.
    pub finished: usize,
    pub total: usize,
}

impl Progress {
    /// Chapters a session covered, and those done or skipped without one, of all chapters.
    pub fn of(study: &Study) -> Self {
        Self::with(study, &Coverage::of(study))
    }

    fn with(study: &Study, coverage: &Coverage<'_>) -> Self {
        Progress {
            finished: study
                .chapters
                .iter()
                .filter(|c| coverage.status(c).is_finished())
                .count(),
            total: study.chapters.len(),
        }
    }

    /// The finished share in 0.0..=1.0; an empty study has made no progress.
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.finished as f64 / self.total as f64
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberStats {
    pub name: String,
    /// Sessions this member presented in, by [`Coverage::session_presenters`]: the
    /// session's presenter, else the planned presenters of the chapters it covered.
    pub presentations: u32,
    /// Sessions this member was absent from.
    pub missed: u32,
    /// Sessions this member came to (present or unprepared).
    pub attended: u32,
    /// Sessions this member came to unprepared: there, but docked like an absence.
    pub unprepared: u32,
    /// Sessions where their attendance was taken: `attended + missed`.
    pub counted: u32,
    /// Sessions that cost this member the penalty (absent or unprepared).
    pub penalties: u32,
    pub deposit_left: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StudyStats {
    pub sessions_held: usize,
    /// Attended (present or unprepared) over all attendance records; `None` when no
    /// attendance was taken.
    pub attendance_rate: Option<f64>,
    /// One entry per member, in the study's member order.
    pub members: Vec<MemberStats>,
    pub dropouts: Vec<String>,
    /// Every chapter as it happened, in chapter order.
    pub schedule: Vec<ScheduledChapter>,
    /// Who presented each session, in session order.
    pub sessions: Vec<SessionFacts>,
    /// The first and the last session's dates.
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub progress: Progress,
}

impl StudyStats {
    pub fn of(study: &Study) -> Self {
        let mut members: Vec<MemberStats> = study
            .members
            .iter()
            .map(|m| MemberStats {
                name: m.name.clone(),
                presentations: 0,
                missed: 0,
                attended: 0,
                unprepared: 0,
                counted: 0,
                penalties: 0,
                deposit_left: study.deposit.amount,
            })
            .collect();
        let index: HashMap<&str, usize> = study
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.name.as_str(), i))
            .collect();

        let coverage = Coverage::of(study);
        let sessions: Vec<SessionFacts> = study
            .sessions
            .iter()
            .map(|session| SessionFacts {
                presenters: owned(coverage.session_presenters(session)),
                absent_presenters: owned(coverage.absent_presenters(session)),
            })
            .collect();
        for name in sessions.iter().flat_map(|s| &s.presenters) {
            if let Some(&i) = index.get(name.as_str()) {
                members[i].presentations += 1;
            }
        }

        let (mut records, mut attended) = (0usize, 0usize);
        for session in &study.sessions {
            for a in &session.attendance {
                records += 1;
                attended += usize::from(a.status.attended());
                if let Some(&i) = index.get(a.member.as_str()) {
                    members[i].missed += u32::from(a.status == AttendanceStatus::Absent);
                    members[i].attended += u32::from(a.status.attended());
                    members[i].unprepared += u32::from(a.status == AttendanceStatus::Unprepared);
                    members[i].counted += 1;
                    members[i].penalties += u32::from(a.status.is_penalised());
                }
            }
        }
        for m in &mut members {
            m.deposit_left = ledger::deposit_left(&study.deposit, m.penalties);
        }

        StudyStats {
            sessions_held: study.sessions.len(),
            attendance_rate: (records > 0).then(|| attended as f64 / records as f64),
            members,
            dropouts: dropouts(study),
            period: period(&study.sessions),
            schedule: schedule(study, &coverage),
            sessions,
            progress: Progress::with(study, &coverage),
        }
    }

    pub fn member(&self, name: &str) -> Option<&MemberStats> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// A chapter as it happened, by the rules of [`Coverage`]: held on the date of its first
/// session (else scheduled), presented by that session's presenter (else by its planned
/// one); a skipped chapter has neither.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScheduledChapter {
    pub number: u32,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub presenter: Option<String>,
    /// Presented once a session covered it, else as stored.
    pub status: ChapterStatus,
    /// Whether a session covered it.
    pub held: bool,
}

/// A session as it happened: who presented in it, and who of them is marked absent (a
/// contradiction `studylog check` reports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionFacts {
    pub presenters: Vec<String>,
    pub absent_presenters: Vec<String>,
}

fn owned(names: Vec<&str>) -> Vec<String> {
    names.into_iter().map(str::to_owned).collect()
}

fn schedule(study: &Study, coverage: &Coverage<'_>) -> Vec<ScheduledChapter> {
    study
        .chapters
        .iter()
        .map(|c| {
            let facts = coverage.facts(c);
            ScheduledChapter {
                number: c.number,
                title: c.title.clone(),
                date: facts.date,
                presenter: facts.presenter.map(str::to_owned),
                status: facts.status,
                held: facts.held,
            }
        })
        .collect()
}

fn period(sessions: &[Session]) -> Option<(NaiveDate, NaiveDate)> {
    let first = sessions.iter().map(|s| s.held_on).min()?;
    let last = sessions.iter().map(|s| s.held_on).max()?;
    Some((first, last))
}

/// Members who were not there for the last `DROPOUT_MIN_TRAILING_ABSENCES` or more sessions
/// in a row (by date), counting only sessions where attendance was taken.
fn dropouts(study: &Study) -> Vec<String> {
    let mut taken: Vec<&Session> = study
        .sessions
        .iter()
        .filter(|s| !s.attendance.is_empty())
        .collect();
    taken.sort_by_key(|s| s.held_on);
    study
        .members
        .iter()
        .filter(|member| {
            let trailing = taken
                .iter()
                .rev()
                .take_while(|s| {
                    !s.attendance
                        .iter()
                        .any(|a| a.member == member.name && a.status.attended())
                })
                .count();
            trailing >= DROPOUT_MIN_TRAILING_ABSENCES
        })
        .map(|m| m.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::study::{Attendance, Chapter, Deposit, Member};
    use AttendanceStatus::{Absent, Present, Unprepared};

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, day).expect("valid date")
    }

    /// A study of the given members with one session per row of statuses.
    fn study(members: &[&str], rows: &[(u32, Option<&str>, &[AttendanceStatus])]) -> Study {
        let mut s = Study::new("s", "b");
        s.deposit = Deposit {
            amount: 10_000,
            currency: "KRW".into(),
            penalty: 3_000,
        };
        s.members = members
            .iter()
            .map(|n| Member {
                name: (*n).into(),
                me: false,
            })
            .collect();
        for (day, presenter, statuses) in rows {
            s.sessions.push(Session {
                held_on: date(*day),
                chapters: vec![],
                presenter: presenter.map(Into::into),
                attendance: members
                    .iter()
                    .zip(statuses.iter())
                    .map(|(m, st)| Attendance {
                        member: (*m).into(),
                        status: *st,
                    })
                    .collect(),
                notes: String::new(),
            });
        }
        s
    }

    #[test]
    fn counts_sessions_presentations_misses_and_deposit() {
        let s = study(
            &["가영", "나래"],
            &[
                (1, Some("가영"), &[Present, Absent]),
                (8, Some("나래"), &[Unprepared, Present]),
                (15, Some("가영"), &[Present, Absent]),
            ],
        );
        let stats = StudyStats::of(&s);
        assert_eq!(stats.sessions_held, 3);
        let ga = stats.member("가영").expect("member");
        assert_eq!((ga.presentations, ga.missed, ga.penalties), (2, 0, 1));
        assert_eq!((ga.attended, ga.unprepared), (3, 1));
        assert_eq!(ga.deposit_left, 7_000);
        let na = stats.member("나래").expect("member");
        assert_eq!((na.presentations, na.missed, na.penalties), (1, 2, 2));
        assert_eq!(na.deposit_left, 4_000);
        assert_eq!(stats.period, Some((date(1), date(15))));
    }

    #[test]
    fn a_member_not_counted_in_a_session_neither_came_nor_missed_it() {
        let mut s = study(&["가영", "나래"], &[(1, None, &[Present, Absent])]);
        s.sessions[0].attendance.pop();
        s.sessions.push(s.sessions[0].clone());
        s.sessions[1].attendance[0].status = Unprepared;
        let stats = StudyStats::of(&s);
        let na = stats.member("나래").expect("member");
        assert_eq!((na.attended, na.missed, na.counted), (0, 0, 0));
        let ga = stats.member("가영").expect("member");
        assert_eq!((ga.attended, ga.missed, ga.counted), (2, 0, 2));
    }

    #[test]
    fn a_chapter_held_in_a_session_takes_its_date_and_presenter() {
        let mut s = study(&["가영"], &[(8, Some("가영"), &[Present])]);
        s.chapters = vec![Chapter::new(1, "하나"), Chapter::new(2, "둘")];
        s.chapters[1].scheduled_on = Some(date(20));
        s.sessions[0].chapters = vec![1];
        let later = Session {
            held_on: date(15),
            presenter: None,
            ..s.sessions[0].clone()
        };
        s.sessions.insert(0, later);
        let stats = StudyStats::of(&s);
        assert_eq!(stats.schedule[0].date, Some(date(8)), "its first session");
        assert_eq!(stats.schedule[0].presenter.as_deref(), Some("가영"));
        assert_eq!(
            stats.schedule[1].date,
            Some(date(20)),
            "not held: as scheduled"
        );
        assert_eq!(stats.schedule[1].presenter, None);
    }

    #[test]
    fn attendance_rate_counts_unprepared_members_as_there() {
        let s = study(
            &["a", "b"],
            &[
                (1, None, &[Present, Unprepared]),
                (2, None, &[Absent, Present]),
            ],
        );
        assert_eq!(StudyStats::of(&s).attendance_rate, Some(0.75));
    }

    #[test]
    fn attendance_rate_is_unknown_without_records() {
        assert_eq!(StudyStats::of(&study(&["a"], &[])).attendance_rate, None);
    }

    #[test]
    fn a_member_absent_from_the_last_sessions_dropped_out() {
        let s = study(
            &["stays", "leaves", "missed_last_only"],
            &[
                (1, None, &[Present, Present, Present]),
                (8, None, &[Present, Absent, Present]),
                (15, None, &[Present, Absent, Absent]),
            ],
        );
        assert_eq!(StudyStats::of(&s).dropouts, vec!["leaves".to_owned()]);
    }

    #[test]
    fn dropouts_follow_dates_not_the_order_sessions_were_logged() {
        let s = study(
            &["a"],
            &[
                (15, None, &[Present]),
                (1, None, &[Absent]),
                (8, None, &[Absent]),
            ],
        );
        assert!(StudyStats::of(&s).dropouts.is_empty());
    }

    #[test]
    fn a_member_missing_from_the_attendance_list_was_not_there() {
        let mut s = study(
            &["a", "b"],
            &[
                (1, None, &[Present, Present]),
                (8, None, &[Present]),
                (15, None, &[Present]),
            ],
        );
        s.sessions[0].notes = "b is only in the first list".into();
        assert_eq!(StudyStats::of(&s).dropouts, vec!["b".to_owned()]);
    }

    #[test]
    fn nobody_drops_out_of_a_study_without_sessions() {
        assert!(StudyStats::of(&study(&["a"], &[])).dropouts.is_empty());
    }

    #[test]
    fn progress_counts_done_presented_and_skipped_chapters() {
        use crate::domain::ChapterStatus;
        let mut s = Study::new("s", "b");
        for (n, status) in [
            (1, ChapterStatus::Presented),
            (2, ChapterStatus::Done),
            (3, ChapterStatus::Reading),
            (4, ChapterStatus::Todo),
            (5, ChapterStatus::Skipped),
            (6, ChapterStatus::Todo),
        ] {
            let mut c = Chapter::new(n, format!("{n}장"));
            c.status = status;
            s.chapters.push(c);
        }
        let p = Progress::of(&s);
        assert_eq!((p.finished, p.total), (3, 6));
        assert_eq!(p.ratio(), 0.5);
        assert_eq!(Progress::of(&Study::new("e", "b")).ratio(), 0.0);
    }

    #[test]
    fn sessions_drive_progress_without_touching_a_status() {
        let mut s = study(&["가영"], &[]);
        s.chapters = (1..=9).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        for n in 1..=9 {
            s.sessions.push(Session {
                held_on: date(n),
                chapters: vec![n],
                presenter: None,
                attendance: vec![],
                notes: String::new(),
            });
        }
        let p = StudyStats::of(&s).progress;
        assert_eq!((p.finished, p.total), (9, 9));
        // A chapter being read, that no session has covered yet, is still to come.
        s.sessions.pop();
        s.chapters[8].status = crate::domain::ChapterStatus::Reading;
        assert_eq!(StudyStats::of(&s).progress.finished, 8);
    }

    #[test]
    fn presentations_count_each_session_by_its_one_presenter() {
        let mut s = study(
            &["가영", "나래"],
            &[
                (1, Some("나래"), &[Present, Present]),
                (8, None, &[Present, Present]),
            ],
        );
        s.chapters = (1..=3).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        for c in &mut s.chapters {
            c.presenter = Some("가영".into());
        }
        s.sessions[0].chapters = vec![1];
        s.sessions[1].chapters = vec![2];
        let stats = StudyStats::of(&s);
        // The first session: its 나래 over the plan; the second: the plan, since it names
        // nobody; chapter 3: not held yet, so nobody's presentation.
        assert_eq!(stats.member("가영").map(|m| m.presentations), Some(1));
        assert_eq!(stats.member("나래").map(|m| m.presentations), Some(1));
        assert_eq!(stats.schedule[0].presenter.as_deref(), Some("나래"));
        assert_eq!(stats.schedule[1].presenter.as_deref(), Some("가영"));
        assert!(!stats.schedule[2].held);
    }
}
