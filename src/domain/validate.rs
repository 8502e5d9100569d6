//! What makes a study consistent: required text present, dates in order, names and numbers
//! unique, every reference pointing at a member or chapter that exists. Each problem names
//! the field by its interchange path (`chapters[3].presenter`) so a message can point at it.
//!
//! A problem says what is wrong as a [`ProblemKind`], with the values it names, so that it
//! can be said in any language (`i18n::errors::problem`); its `Display` is the English
//! sentence, which the JSON import's error report and the journal's errors print.

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;

use super::study::Study;
use super::text::{self, Lines, quoted};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is, relative to the study: `members[1].name`.
    pub path: String,
    /// What is wrong there.
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// What is wrong, in English, without the path.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// A text that must not be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    StudyName,
    BookTitle,
    AuthorName,
    MemberName,
    ChapterTitle,
    LinkUrl,
    PointText,
}

impl Required {
    pub const ALL: [Required; 7] = [
        Required::StudyName,
        Required::BookTitle,
        Required::AuthorName,
        Required::MemberName,
        Required::ChapterTitle,
        Required::LinkUrl,
        Required::PointText,
    ];
}

impl fmt::Display for Required {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Required::StudyName => "the study's name",
            Required::BookTitle => "the book's title",
            Required::AuthorName => "an author's name",
            Required::MemberName => "a member's name",
            Required::ChapterTitle => "the chapter's title",
            Required::LinkUrl => "the link's url",
            Required::PointText => "the point's text",
        })
    }
}

/// What is wrong with a field, with the values the sentence names. Names are kept as
/// written; the sentence quotes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required text is empty or only white space.
    Empty(Required),
    /// The study ends before it starts.
    EndsBeforeStart { start: NaiveDate, end: NaiveDate },
    /// A deposit or penalty larger than [`MAX_AMOUNT`].
    TooLarge { amount: u64 },
    /// A character the field cannot hold: a control character, or a line break or tab in
    /// a one-line field.
    ForbiddenChar { found: char, lines: Lines },
    /// Two members of the study share a name.
    MemberTwice { name: String },
    /// A second member is marked as me; `first` is the one marked before.
    MeTwice { first: String },
    /// A chapter numbered 0.
    ChapterZero,
    /// Two chapters share a number.
    ChapterTwice { number: u32 },
    /// A session lists a chapter twice.
    ChapterTwiceInSession { number: u32 },
    /// A session's attendance lists a member twice.
    AttendanceTwice { member: String },
    /// A draw lists a candidate twice.
    CandidateTwice { name: String },
    /// A draw chose someone who was not among its candidates.
    ChosenNotCandidate { name: String },
    /// A reference to a member the study does not have.
    NoMemberInStudy { name: String, study: String },
    /// A reference to a chapter the study does not have.
    NoChapterInStudy { number: u32, study: String },
    /// An edit names a member the study does not have.
    NoMember { name: String },
    /// An edit names a chapter the study does not have.
    NoChapter { number: u32 },
    /// An edit gives a chapter the number of another.
    ChapterNumberTaken { number: u32 },
    /// An edit gives a study the name of another.
    StudyNameTaken { name: String },
    /// An edit gives a member the name of another.
    MemberNameTaken { name: String },
    /// Two studies of one document share a name; `first` is the other's index.
    StudyNameTwice { name: String, first: usize },
    /// A key written twice in one object of a document; `key` as JSON writes it (quoted).
    KeyTwice {
        key: String,
        line: usize,
        column: usize,
    },
    /// A key the format does not have; `expected` is serde's list of the keys it has
    /// (`` one of `a`, `b` ``).
    UnknownField { field: String, expected: String },
    /// A value that is not one of the words a field takes (a status, a flavour);
    /// `expected` is serde's list of them.
    UnknownVariant { value: String, expected: String },
    /// A required key that is not there.
    MissingField { field: String },
    /// A date that is not `YYYY-MM-DD`; `value` as JSON writes it.
    NotADate { value: String },
    /// A timestamp that is not RFC 3339; `value` as JSON writes it.
    NotATimestamp { value: String },
    /// `null` where a value is required.
    NullRequired,
    /// A number that is negative, fractional or too large; `value` as JSON writes it.
    OutOfRange { value: String },
    /// A value that does not fit its field, in serde's own words.
    Misfit { message: String },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Empty(what) => write!(f, "{what} must not be empty"),
            ProblemKind::EndsBeforeStart { start, end } => write!(
                f,
                "{end} is before the start, {start}; the study must end after it starts"
            ),
            ProblemKind::TooLarge { amount } => write!(
                f,
                "{amount} is larger than the most a journal holds ({MAX_AMOUNT})"
            ),
            ProblemKind::ForbiddenChar { found, lines } => {
                let hint = match lines {
                    Lines::One => "this field holds one line of text",
                    Lines::Many => "remove it",
                };
                write!(f, "contains {}; {hint}", text::describe_char(*found))
            }
            ProblemKind::MemberTwice { name } => write!(
                f,
                "{} is listed twice; member names must be unique in a study",
                quoted(name)
            ),
            ProblemKind::MeTwice { first } => write!(
                f,
                "{} is already marked as me; only one member can be",
                quoted(first)
            ),
            ProblemKind::ChapterZero => f.write_str("chapter numbers start at 1"),
            ProblemKind::ChapterTwice { number } => write!(
                f,
                "chapter {number} is listed twice; chapter numbers must be unique"
            ),
            ProblemKind::ChapterTwiceInSession { number } => {
                write!(f, "chapter {number} is listed twice in this session")
            }
            ProblemKind::AttendanceTwice { member } => write!(
                f,
                "{} is listed twice in this session's attendance",
                quoted(member)
            ),
            ProblemKind::CandidateTwice { name } => {
                write!(f, "{} is a candidate twice in this draw", quoted(name))
            }
            ProblemKind::ChosenNotCandidate { name } => {
                write!(f, "{} is not one of the draw's candidates", quoted(name))
            }
            ProblemKind::NoMemberInStudy { name, study } => write!(
                f,
                "no member named {} in study {}; add them to members",
                quoted(name),
                quoted(study)
            ),
            ProblemKind::NoChapterInStudy { number, study } => write!(
                f,
                "no chapter {number} in study {}; add it to chapters",
                quoted(study)
            ),
            ProblemKind::NoMember { name } => write!(f, "no member named {}", quoted(name)),
            ProblemKind::NoChapter { number } => write!(f, "there is no chapter {number}"),
            ProblemKind::ChapterNumberTaken { number } => write!(
                f,
                "there is already a chapter {number}; give this one another number"
            ),
            ProblemKind::StudyNameTaken { name } => {
                write!(f, "another study is already named {}", quoted(name))
            }
            ProblemKind::MemberNameTaken { name } => {
                write!(f, "{} is already a member of this study", quoted(name))
            }
            ProblemKind::StudyNameTwice { name, first } => write!(
                f,
                "{} is also the name of studies[{first}]; study names must be unique",
                quoted(name)
            ),
            ProblemKind::KeyTwice { key, line, column } => write!(
                f,
                "the key {key} is written twice (line {line}, column {column}); keep one"
            ),
            ProblemKind::UnknownField { field, expected } => {
                write!(f, "unknown field `{field}` (expected {expected})")
            }
            ProblemKind::UnknownVariant { value, expected } => {
                write!(f, "unknown variant `{value}`, expected {expected}")
            }
            ProblemKind::MissingField { field } => write!(f, "missing field `{field}`"),
            ProblemKind::NotADate { value } => write!(
                f,
                "{value} is not a date; write it as YYYY-MM-DD, such as 2025-01-12"
            ),
            ProblemKind::NotATimestamp { value } => write!(
                f,
                "{value} is not an RFC 3339 timestamp; write it like 2025-01-11T21:02:13+09:00"
            ),
            ProblemKind::NullRequired => f.write_str("null given, but this field is required"),
            ProblemKind::OutOfRange { value } => write!(
                f,
                "{value} is out of range; this must be a whole number, 0 or more"
            ),
            ProblemKind::Misfit { message } => f.write_str(message),
        }
    }
}

/// The largest deposit or penalty a journal stores (SQLite integers are signed 64-bit).
pub const MAX_AMOUNT: u64 = i64::MAX as u64;

/// Every problem in `study`, in field order; empty when it can be stored.
pub fn validate_study(study: &Study) -> Vec<Problem> {
    let mut v = Validator::default();
    v.required("name", &study.name, Required::StudyName);
    if let (Some(start), Some(end)) = (study.started_on, study.ended_on)
        && end < start
    {
        v.problem("ended_on", ProblemKind::EndsBeforeStart { start, end });
    }
    for (field, value) in [("cadence", &study.cadence), ("venue", &study.venue)] {
        v.text(field, value, Lines::One);
    }
    for (field, value) in [
        ("motivation", &study.motivation),
        ("how_it_ran", &study.how_it_ran),
        ("closing", &study.closing),
    ] {
        v.text(field, value, Lines::Many);
    }
    v.text("deposit.currency", &study.deposit.currency, Lines::One);
    for (field, amount) in [
        ("deposit.amount", study.deposit.amount),
        ("deposit.penalty", study.deposit.penalty),
    ] {
        if amount > MAX_AMOUNT {
            v.problem(field, ProblemKind::TooLarge { amount });
        }
    }
    validate_book(&mut v, study);
    validate_members(&mut v, study);
    validate_chapters(&mut v, study);
    validate_sessions(&mut v, study);
    validate_retro(&mut v, study);
    validate_draws(&mut v, study);
    v.text("next.title", &study.next.title, Lines::One);
    v.text("next.url", &study.next.url, Lines::One);
    v.text("next.note", &study.next.note, Lines::Many);
    v.text("post.title", &study.post.title, Lines::One);
    v.problems
}

fn validate_book(v: &mut Validator, study: &Study) {
    let book = &study.book;
    v.required("book.title", &book.title, Required::BookTitle);
    for (i, author) in book.authors.iter().enumerate() {
        v.required(&format!("book.authors[{i}]"), author, Required::AuthorName);
    }
    for (field, value) in [
        ("book.publisher", &book.publisher),
        ("book.url", &book.url),
        ("book.isbn", &book.isbn),
    ] {
        v.text(field, value, Lines::One);
    }
    v.text("book.summary", &book.summary, Lines::Many);
}

fn validate_members(v: &mut Validator, study: &Study) {
    let mut seen = HashSet::new();
    let mut me = None;
    for (i, m) in study.members.iter().enumerate() {
        let path = format!("members[{i}]");
        v.required(&format!("{path}.name"), &m.name, Required::MemberName);
        if !seen.insert(m.name.as_str()) {
            v.problem(
                format!("{path}.name"),
                ProblemKind::MemberTwice {
                    name: m.name.clone(),
                },
            );
        }
        if m.me {
            if let Some(first) = me {
                v.problem(
                    format!("{path}.me"),
                    ProblemKind::MeTwice {
                        first: String::from(first),
                    },
                );
            }
            me.get_or_insert(m.name.as_str());
        }
    }
}

fn validate_chapters(v: &mut Validator, study: &Study) {
    let mut seen = HashSet::new();
    for (i, c) in study.chapters.iter().enumerate() {
        let path = format!("chapters[{i}]");
        if c.number == 0 {
            v.problem(format!("{path}.number"), ProblemKind::ChapterZero);
        } else if !seen.insert(c.number) {
            v.problem(
                format!("{path}.number"),
                ProblemKind::ChapterTwice { number: c.number },
            );
        }
        v.required(&format!("{path}.title"), &c.title, Required::ChapterTitle);
        v.member_ref(study, &format!("{path}.presenter"), c.presenter.as_deref());
        v.text(&format!("{path}.why"), &c.why, Lines::Many);
        v.text(&format!("{path}.notes"), &c.notes, Lines::Many);
        for (j, link) in c.links.iter().enumerate() {
            v.text(&format!("{path}.links[{j}].title"), &link.title, Lines::One);
            v.required(
                &format!("{path}.links[{j}].url"),
                &link.url,
                Required::LinkUrl,
            );
        }
    }
}

fn validate_sessions(v: &mut Validator, study: &Study) {
    for (i, s) in study.sessions.iter().enumerate() {
        let path = format!("sessions[{i}]");
        let mut seen_chapters = HashSet::new();
        for (j, number) in s.chapters.iter().enumerate() {
            let field = format!("{path}.chapters[{j}]");
            v.chapter_ref(study, &field, Some(*number));
            if !seen_chapters.insert(*number) {
                v.problem(
                    field,
                    ProblemKind::ChapterTwiceInSession { number: *number },
                );
            }
        }
        v.member_ref(study, &format!("{path}.presenter"), s.presenter.as_deref());
        let mut seen = HashSet::new();
        for (j, a) in s.attendance.iter().enumerate() {
            let field = format!("{path}.attendance[{j}].member");
            v.member_ref(study, &field, Some(&a.member));
            if !seen.insert(a.member.as_str()) {
                v.problem(
                    field,
                    ProblemKind::AttendanceTwice {
                        member: a.member.clone(),
                    },
                );
            }
        }
        v.text(&format!("{path}.notes"), &s.notes, Lines::Many);
    }
}

fn validate_retro(v: &mut Validator, study: &Study) {
    for (i, point) in study.retro.iter().enumerate() {
        let path = format!("retro[{i}]");
        v.required_multiline(&format!("{path}.text"), &point.text, Required::PointText);
        v.chapter_ref(study, &format!("{path}.chapter"), point.chapter);
    }
}

fn validate_draws(v: &mut Validator, study: &Study) {
    for (i, draw) in study.draws.iter().enumerate() {
        let path = format!("draws[{i}]");
        v.chapter_ref(study, &format!("{path}.chapter"), draw.chapter);
        let mut seen = HashSet::new();
        for (j, name) in draw.candidates.iter().enumerate() {
            let field = format!("{path}.candidates[{j}]");
            v.member_ref(study, &field, Some(name));
            if !seen.insert(name.as_str()) {
                v.problem(field, ProblemKind::CandidateTwice { name: name.clone() });
            }
        }
        if !draw.candidates.contains(&draw.chosen) {
            v.problem(
                format!("{path}.chosen"),
                ProblemKind::ChosenNotCandidate {
                    name: draw.chosen.clone(),
                },
            );
        }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn problem(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn text(&mut self, path: &str, value: &str, lines: Lines) {
        if let Some((found, _)) = text::forbidden_char(value, lines) {
            self.problem(path, ProblemKind::ForbiddenChar { found, lines });
        }
    }

    fn required(&mut self, path: &str, value: &str, what: Required) {
        if text::is_blank(value) {
            self.problem(path, ProblemKind::Empty(what));
        } else {
            self.text(path, value, Lines::One);
        }
    }

    fn required_multiline(&mut self, path: &str, value: &str, what: Required) {
        if text::is_blank(value) {
            self.problem(path, ProblemKind::Empty(what));
        } else {
            self.text(path, value, Lines::Many);
        }
    }

    fn member_ref(&mut self, study: &Study, path: &str, name: Option<&str>) {
        if let Some(name) = name
            && study.member(name).is_none()
        {
            self.problem(
                path,
                ProblemKind::NoMemberInStudy {
                    name: name.to_owned(),
                    study: study.name.clone(),
                },
            );
        }
    }

    fn chapter_ref(&mut self, study: &Study, path: &str, number: Option<u32>) {
        if let Some(number) = number
            && study.chapter(number).is_none()
        {
            self.problem(
                path,
                ProblemKind::NoChapterInStudy {
                    number,
                    study: study.name.clone(),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::study::{Attendance, AttendanceStatus, Chapter, Draw, Member, Session};
    use chrono::{DateTime, NaiveDate};

    fn member(name: &str) -> Member {
        Member {
            name: name.into(),
            me: false,
        }
    }

    fn paths(study: &Study) -> Vec<String> {
        validate_study(study).into_iter().map(|p| p.path).collect()
    }

    #[test]
    fn a_minimal_study_is_valid() {
        assert!(validate_study(&Study::new("스터디", "책")).is_empty());
    }

    #[test]
    fn blank_names_and_titles_are_refused() {
        let mut s = Study::new("  ", "");
        s.members.push(member(""));
        s.chapters.push(Chapter::new(1, " "));
        assert_eq!(
            paths(&s),
            ["name", "book.title", "members[0].name", "chapters[0].title"]
        );
    }

    #[test]
    fn the_end_date_must_not_precede_the_start() {
        let mut s = Study::new("s", "b");
        s.started_on = NaiveDate::from_ymd_opt(2025, 3, 1);
        s.ended_on = NaiveDate::from_ymd_opt(2025, 2, 1);
        let problems = validate_study(&s);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "ended_on");
        assert!(problems[0].message().contains("2025-02-01 is before"));
        s.ended_on = s.started_on;
        assert!(validate_study(&s).is_empty());
    }

    #[test]
    fn names_and_numbers_must_be_unique() {
        let mut s = Study::new("s", "b");
        s.members = vec![member("민지"), member("민지")];
        s.chapters = vec![
            Chapter::new(2, "a"),
            Chapter::new(2, "b"),
            Chapter::new(0, "c"),
        ];
        assert_eq!(
            paths(&s),
            [
                "members[1].name",
                "chapters[1].number",
                "chapters[2].number"
            ]
        );
    }

    #[test]
    fn only_one_member_can_be_me() {
        let mut s = Study::new("s", "b");
        s.members = vec![member("a"), member("b")];
        s.members.iter_mut().for_each(|m| m.me = true);
        assert_eq!(paths(&s), ["members[1].me"]);
    }

    #[test]
    fn references_must_name_existing_members_and_chapters() {
        let mut s = Study::new("s", "b");
        s.members.push(member("Ana"));
        let mut c = Chapter::new(1, "one");
        c.presenter = Some("Zed".into());
        s.chapters.push(c);
        s.sessions.push(Session {
            held_on: NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"),
            chapters: vec![1, 7],
            presenter: Some("Ana".into()),
            attendance: vec![
                Attendance {
                    member: "Ana".into(),
                    status: AttendanceStatus::Present,
                },
                Attendance {
                    member: "Bo".into(),
                    status: AttendanceStatus::Absent,
                },
            ],
            notes: String::new(),
        });
        s.draws.push(Draw {
            drawn_at: DateTime::parse_from_rfc3339("2025-01-01T20:00:00+09:00").expect("ts"),
            chapter: Some(1),
            candidates: vec!["Ana".into()],
            chosen: "Bo".into(),
        });
        let problems = validate_study(&s);
        let found: Vec<_> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].starts_with("chapters[0].presenter: no member named \"Zed\""));
        assert!(found[1].starts_with("sessions[0].chapters[1]: no chapter 7"));
        assert!(found[2].starts_with("sessions[0].attendance[1].member: no member named \"Bo\""));
        assert!(found[3].starts_with("draws[0].chosen: \"Bo\" is not one of"));
    }

    #[test]
    fn control_characters_are_refused_with_the_field() {
        let mut s = Study::new("s", "b");
        s.motivation = "ok\nfine".into();
        s.venue = "line\nbreak".into();
        s.closing = "bell\u{7}".into();
        let problems = validate_study(&s);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].path, "venue");
        assert!(problems[0].message().contains("a line break"));
        assert_eq!(problems[1].path, "closing");
        assert!(problems[1].message().contains("U+0007"));
    }
}
