//! The study and everything it owns. Members are referred to by name and chapters by
//! number, as in the interchange format: both are unique within a study.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::date;
use super::nullable::or_default;

use super::post_settings::PostSettings;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Study {
    pub name: String,
    #[serde(default, deserialize_with = "or_default")]
    pub status: StudyStatus,
    #[serde(default, with = "date::option")]
    pub started_on: Option<NaiveDate>,
    #[serde(default, with = "date::option")]
    pub ended_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "or_default")]
    pub cadence: String,
    #[serde(default, deserialize_with = "or_default")]
    pub venue: String,
    #[serde(default, deserialize_with = "or_default")]
    pub motivation: String,
    #[serde(default, deserialize_with = "or_default")]
    pub how_it_ran: String,
    #[serde(default, deserialize_with = "or_default")]
    pub deposit: Deposit,
    pub book: Book,
    #[serde(default, deserialize_with = "or_default")]
    pub members: Vec<Member>,
    #[serde(default, deserialize_with = "or_default")]
    pub chapters: Vec<Chapter>,
    #[serde(default, deserialize_with = "or_default")]
    pub sessions: Vec<Session>,
    #[serde(default, deserialize_with = "or_default")]
    pub retro: Vec<RetroPoint>,
    #[serde(default, deserialize_with = "or_default")]
    pub draws: Vec<Draw>,
    #[serde(default, deserialize_with = "or_default")]
    pub closing: String,
    #[serde(default, deserialize_with = "or_default")]
    pub next: NextStudy,
    /// How the study's post is written; left out of a file when nothing is set.
    #[serde(
        default,
        skip_serializing_if = "PostSettings::is_default",
        deserialize_with = "or_default"
    )]
    pub post: PostSettings,
}

impl Study {
    /// A new, empty study of `book_title`, as a form or a test would start it.
    pub fn new(name: impl Into<String>, book_title: impl Into<String>) -> Self {
        Study {
            name: name.into(),
            status: StudyStatus::default(),
            started_on: None,
            ended_on: None,
            cadence: String::new(),
            venue: String::new(),
            motivation: String::new(),
            how_it_ran: String::new(),
            deposit: Deposit::default(),
            book: Book {
                title: book_title.into(),
                ..Book::default()
            },
            members: Vec::new(),
            chapters: Vec::new(),
            sessions: Vec::new(),
            retro: Vec::new(),
            draws: Vec::new(),
            closing: String::new(),
            next: NextStudy::default(),
            post: PostSettings::default(),
        }
    }

    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }

    pub fn chapter(&self, number: u32) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.number == number)
    }

    /// The number after the largest chapter number; none when that is the largest there is.
    pub fn next_chapter_number(&self) -> Option<u32> {
        self.chapters
            .iter()
            .map(|c| c.number)
            .max()
            .map_or(Some(1), |n| n.checked_add(1))
    }

    /// The member marked as the journal's author, if any.
    pub fn me(&self) -> Option<&Member> {
        self.members.iter().find(|m| m.me)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StudyStatus {
    Planned,
    #[default]
    Active,
    Finished,
}

impl StudyStatus {
    pub const ALL: [StudyStatus; 3] = [Self::Planned, Self::Active, Self::Finished];

    /// The word used in the file format and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Active => "active",
            Self::Finished => "finished",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deposit {
    #[serde(default, deserialize_with = "or_default")]
    pub amount: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub currency: String,
    #[serde(default, deserialize_with = "or_default")]
    pub penalty: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Book {
    pub title: String,
    #[serde(default, deserialize_with = "or_default")]
    pub authors: Vec<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub publisher: String,
    #[serde(default, deserialize_with = "or_default")]
    pub url: String,
    #[serde(default, deserialize_with = "or_default")]
    pub isbn: String,
    #[serde(default)]
    pub pages: Option<u32>,
    #[serde(default, deserialize_with = "or_default")]
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    #[serde(default, deserialize_with = "or_default")]
    pub me: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub number: u32,
    pub title: String,
    #[serde(default, with = "date::option")]
    pub scheduled_on: Option<NaiveDate>,
    #[serde(default)]
    pub presenter: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub status: ChapterStatus,
    #[serde(default, deserialize_with = "or_default")]
    pub why: String,
    #[serde(default, deserialize_with = "or_default")]
    pub notes: String,
    #[serde(default, deserialize_with = "or_default")]
    pub links: Vec<Link>,
}

impl Chapter {
    pub fn new(number: u32, title: impl Into<String>) -> Self {
        Chapter {
            number,
            title: title.into(),
            scheduled_on: None,
            presenter: None,
            status: ChapterStatus::default(),
            why: String::new(),
            notes: String::new(),
            links: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChapterStatus {
    #[default]
    Todo,
    Reading,
    Done,
    Presented,
    /// Left out by the group: counts as finished, and has no date or presenter.
    Skipped,
}

impl ChapterStatus {
    pub const ALL: [ChapterStatus; 5] = [
        Self::Todo,
        Self::Reading,
        Self::Done,
        Self::Presented,
        Self::Skipped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Todo => "todo",
            Self::Reading => "reading",
            Self::Done => "done",
            Self::Presented => "presented",
            Self::Skipped => "skipped",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Whether the chapter counts towards the study's progress.
    pub fn is_finished(self) -> bool {
        matches!(self, Self::Done | Self::Presented | Self::Skipped)
    }

    /// The statuses a person sets on a chapter no session covers yet. `presented` is not
    /// one: a chapter is presented when a session covers it, and the file format keeps the
    /// word only for journals written before sessions decided it.
    pub const SETTABLE: [ChapterStatus; 4] = [Self::Todo, Self::Reading, Self::Done, Self::Skipped];

    /// The status after this one, for a key that cycles through [`Self::SETTABLE`]; a
    /// chapter marked presented without a session goes on to done.
    pub fn next(self) -> Self {
        match Self::SETTABLE.iter().position(|s| *s == self) {
            Some(i) => Self::SETTABLE[(i + 1) % Self::SETTABLE.len()],
            None => Self::Done,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    #[serde(with = "date")]
    pub held_on: NaiveDate,
    #[serde(default, deserialize_with = "or_default")]
    pub chapters: Vec<u32>,
    #[serde(default)]
    pub presenter: Option<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub attendance: Vec<Attendance>,
    #[serde(default, deserialize_with = "or_default")]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub member: String,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttendanceStatus {
    Present,
    Absent,
    Unprepared,
}

impl AttendanceStatus {
    pub const ALL: [AttendanceStatus; 3] = [Self::Present, Self::Absent, Self::Unprepared];

    /// A member's mark in a session, in the order one key cycles them. `None` is "not
    /// counted": the member is left off that session's attendance.
    pub const MARKS: [Option<AttendanceStatus>; 4] = [
        Some(Self::Present),
        Some(Self::Absent),
        Some(Self::Unprepared),
        None,
    ];

    /// The word for a mark, "not counted" for none.
    pub fn mark_label(mark: Option<AttendanceStatus>) -> &'static str {
        mark.map_or("not counted", AttendanceStatus::as_str)
    }

    /// The mark after `mark` in [`Self::MARKS`].
    pub fn next_mark(mark: Option<AttendanceStatus>) -> Option<AttendanceStatus> {
        let at = Self::MARKS.iter().position(|m| *m == mark).unwrap_or(0);
        Self::MARKS[(at + 1) % Self::MARKS.len()]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Present => "present",
            Self::Absent => "absent",
            Self::Unprepared => "unprepared",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Absent and unprepared both break the study's rule and cost the deposit penalty.
    pub fn is_penalised(self) -> bool {
        !matches!(self, Self::Present)
    }

    /// Whether the member was in the room: an unprepared member still came.
    pub fn attended(self) -> bool {
        !matches!(self, Self::Absent)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetroPoint {
    pub kind: RetroKind,
    pub text: String,
    #[serde(default)]
    pub chapter: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RetroKind {
    Good,
    Bad,
    Try,
}

impl RetroKind {
    pub const ALL: [RetroKind; 3] = [Self::Good, Self::Bad, Self::Try];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Good => "good",
            Self::Bad => "bad",
            Self::Try => "try",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draw {
    #[serde(with = "date::timestamp")]
    pub drawn_at: DateTime<FixedOffset>,
    #[serde(default)]
    pub chapter: Option<u32>,
    #[serde(default, deserialize_with = "or_default")]
    pub candidates: Vec<String>,
    pub chosen: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStudy {
    #[serde(default, deserialize_with = "or_default")]
    pub title: String,
    #[serde(default, deserialize_with = "or_default")]
    pub url: String,
    #[serde(default, deserialize_with = "or_default")]
    pub note: String,
}
