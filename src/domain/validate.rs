//! What makes a study consistent: required text present, dates in order, names and numbers
//! unique, every reference pointing at a member or chapter that exists. Each problem names
//! the field by its interchange path (`chapters[3].presenter`) so a message can point at it.

use std::collections::HashSet;
use std::fmt;

use super::study::Study;
use super::text::{self, Lines, quoted};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is, relative to the study: `members[1].name`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The largest deposit or penalty a journal stores (SQLite integers are signed 64-bit).
pub const MAX_AMOUNT: u64 = i64::MAX as u64;

/// Every problem in `study`, in field order; empty when it can be stored.
pub fn validate_study(study: &Study) -> Vec<Problem> {
    let mut v = Validator::default();
    v.required("name", &study.name, "the study's name");
    if let (Some(start), Some(end)) = (study.started_on, study.ended_on)
        && end < start
    {
        v.problem(
            "ended_on",
            format!("{end} is before the start, {start}; the study must end after it starts"),
        );
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
            v.problem(
                field,
                format!("{amount} is larger than the most a journal holds ({MAX_AMOUNT})"),
            );
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
    v.required("book.title", &book.title, "the book's title");
    for (i, author) in book.authors.iter().enumerate() {
        v.required(&format!("book.authors[{i}]"), author, "an author's name");
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
        v.required(&format!("{path}.name"), &m.name, "a member's name");
        if !seen.insert(m.name.as_str()) {
            v.problem(
                format!("{path}.name"),
                format!(
                    "{} is listed twice; member names must be unique in a study",
                    quoted(&m.name)
                ),
            );
        }
        if m.me {
            if let Some(first) = me {
                v.problem(
                    format!("{path}.me"),
                    format!(
                        "{} is already marked as me; only one member can be",
                        quoted(first)
                    ),
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
            v.problem(
                format!("{path}.number"),
                "chapter numbers start at 1".to_owned(),
            );
        } else if !seen.insert(c.number) {
            v.problem(
                format!("{path}.number"),
                format!(
                    "chapter {} is listed twice; chapter numbers must be unique",
                    c.number
                ),
            );
        }
        v.required(&format!("{path}.title"), &c.title, "the chapter's title");
        v.member_ref(study, &format!("{path}.presenter"), c.presenter.as_deref());
        v.text(&format!("{path}.why"), &c.why, Lines::Many);
        v.text(&format!("{path}.notes"), &c.notes, Lines::Many);
        for (j, link) in c.links.iter().enumerate() {
            v.text(&format!("{path}.links[{j}].title"), &link.title, Lines::One);
            v.required(
                &format!("{path}.links[{j}].url"),
                &link.url,
                "the link's url",
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
                    format!("chapter {number} is listed twice in this session"),
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
                    format!(
                        "{} is listed twice in this session's attendance",
                        quoted(&a.member)
                    ),
                );
            }
        }
        v.text(&format!("{path}.notes"), &s.notes, Lines::Many);
    }
}

fn validate_retro(v: &mut Validator, study: &Study) {
    for (i, point) in study.retro.iter().enumerate() {
        let path = format!("retro[{i}]");
        v.required_multiline(&format!("{path}.text"), &point.text, "the point's text");
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
                v.problem(
                    field,
                    format!("{} is a candidate twice in this draw", quoted(name)),
                );
            }
        }
        if !draw.candidates.contains(&draw.chosen) {
            v.problem(
                format!("{path}.chosen"),
                format!(
                    "{} is not one of the draw's candidates",
                    quoted(&draw.chosen)
                ),
            );
        }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn problem(&mut self, path: impl Into<String>, message: String) {
        self.problems.push(Problem {
            path: path.into(),
            message,
        });
    }

    fn text(&mut self, path: &str, value: &str, lines: Lines) {
        if let Some((_, what)) = text::forbidden_char(value, lines) {
            let hint = match lines {
                Lines::One => "this field holds one line of text",
                Lines::Many => "remove it",
            };
            self.problem(path, format!("contains {what}; {hint}"));
        }
    }

    fn required(&mut self, path: &str, value: &str, what: &str) {
        if text::is_blank(value) {
            self.problem(path, format!("{what} must not be empty"));
        } else {
            self.text(path, value, Lines::One);
        }
    }

    fn required_multiline(&mut self, path: &str, value: &str, what: &str) {
        if text::is_blank(value) {
            self.problem(path, format!("{what} must not be empty"));
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
                format!(
                    "no member named {} in study {}; add them to members",
                    quoted(name),
                    quoted(&study.name)
                ),
            );
        }
    }

    fn chapter_ref(&mut self, study: &Study, path: &str, number: Option<u32>) {
        if let Some(number) = number
            && study.chapter(number).is_none()
        {
            self.problem(
                path,
                format!(
                    "no chapter {number} in study {}; add it to chapters",
                    quoted(&study.name)
                ),
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
        assert!(problems[0].message.contains("2025-02-01 is before"));
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
        assert!(problems[0].message.contains("a line break"));
        assert_eq!(problems[1].path, "closing");
        assert!(problems[1].message.contains("U+0007"));
    }
}
