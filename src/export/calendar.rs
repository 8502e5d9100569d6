//! The study as an iCalendar file (RFC 5545): one event per session held and one per session
//! still to come, for the members' calendars.
//!
//! Each event's UID is made of the study's name and what the event is about, never of the
//! export's time, so that importing a newer file updates the events instead of adding them
//! again. A chapter's planned session and the session that later covers it share the UID
//! `chapter-N`: the planned event becomes the held one.
//!
//! Events are all-day, unless the cadence names a time ("weekly, Sunday 20:00"). That time
//! is written as *floating* local time (RFC 5545 §3.3.5, form 1: no `Z`, no `TZID`): the
//! journal knows the group's wall-clock hour but not its time zone, a `TZID` would have to
//! be guessed from the exporting machine and would oblige us to write a `VTIMEZONE` for it,
//! and a group meeting at "20:00" means 20:00 where its members are. A member who travels
//! sees the meeting at 20:00 local time, which is the cadence's own meaning.

use std::collections::HashSet;
use std::fmt::Write as _;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

use crate::domain::Lang;
use crate::domain::held::Coverage;
use crate::domain::meeting_time::meeting_time;
use crate::domain::schedule::planned_sessions;
use crate::domain::{Session, Study};

/// The longest content line, in octets, without its CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// What the calendar is written for: the day the planned sessions are counted from, the
/// moment of the export (each event's `DTSTAMP`) and the language of its words.
#[derive(Debug, Clone, Copy)]
pub struct CalendarOptions {
    pub today: NaiveDate,
    pub stamp: DateTime<Utc>,
    pub lang: Lang,
}

/// One event, before it is written.
struct Event {
    key: String,
    date: NaiveDate,
    summary: String,
    description: String,
    held: bool,
}

/// The study's calendar: a complete `VCALENDAR`, lines ended by CRLF.
pub fn calendar(study: &Study, options: &CalendarOptions) -> String {
    let time = meeting_time(&study.cadence);
    let uid_suffix = format!("{:016x}@studylog", fnv1a(study.name.as_bytes()));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//studylog//studylog//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape_text(&study.name)),
    ];
    let stamp = options.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for event in held_events(study, options.lang)
        .into_iter()
        .chain(planned_events(study, options))
    {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}.{uid_suffix}", event.key));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.extend(when(event.date, time));
        lines.push(format!("SUMMARY:{}", escape_text(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&event.description)));
        }
        if !study.venue.trim().is_empty() {
            lines.push(format!("LOCATION:{}", escape_text(study.venue.trim())));
        }
        let status = if event.held { "CONFIRMED" } else { "TENTATIVE" };
        lines.push(format!("STATUS:{status}"));
        lines.push("TRANSP:TRANSPARENT".to_owned());
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut text = String::new();
    for line in lines {
        text.push_str(&fold_line(&line));
        text.push_str("\r\n");
    }
    text
}

/// `DTSTART` (and `DTEND` for a whole day): the day, or the day at the cadence's time.
fn when(date: NaiveDate, time: Option<NaiveTime>) -> Vec<String> {
    match time {
        Some(time) => vec![format!(
            "DTSTART:{}",
            date.and_time(time).format("%Y%m%dT%H%M%S")
        )],
        None => {
            let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
            vec![
                format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")),
                format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            ]
        }
    }
}

/// One event per session, in date order. A session's key is the first of its chapters that
/// no earlier session took as its key, else its date.
fn held_events(study: &Study, lang: Lang) -> Vec<Event> {
    let mut sessions: Vec<&Session> = study.sessions.iter().collect();
    sessions.sort_by_key(|s| s.held_on);
    let mut taken = HashSet::new();
    sessions
        .into_iter()
        .map(|session| {
            let key = session
                .chapters
                .iter()
                .map(|n| format!("chapter-{n}"))
                .find(|key| !taken.contains(key))
                .unwrap_or_else(|| {
                    let base = format!("session-{}", session.held_on.format("%Y%m%d"));
                    (1..)
                        .map(|k| match k {
                            1 => base.clone(),
                            k => format!("{base}-{k}"),
                        })
                        .find(|key| !taken.contains(key))
                        .unwrap_or(base)
                });
            taken.insert(key.clone());
            let presenter = session.presenter.as_deref();
            let mut description = chapter_lines(study, &session.chapters, presenter, lang);
            if !session.notes.trim().is_empty() {
                description.push_str("\n\n");
                description.push_str(session.notes.trim());
            }
            Event {
                key,
                date: session.held_on,
                summary: summary(study, &session.chapters, presenter, lang),
                description,
                held: true,
            }
        })
        .collect()
}

/// One event per session still to come, with the chapter's planned presenter.
fn planned_events(study: &Study, options: &CalendarOptions) -> Vec<Event> {
    let coverage = Coverage::of(study);
    planned_sessions(study, options.today)
        .into_iter()
        .filter_map(|planned| {
            let chapter = study.chapter(planned.chapter)?;
            let presenter = coverage.presenter(chapter);
            let chapters = [planned.chapter];
            let mut description = chapter_lines(study, &chapters, presenter, options.lang);
            description.push_str("\n\n");
            description.push_str(&match options.lang {
                Lang::Ko => format!(
                    "예정된 모임입니다. 날짜는 모임 주기({})를 따라 정했습니다.",
                    study.cadence.trim()
                ),
                Lang::En => format!(
                    "Planned: the date follows the study's cadence ({}).",
                    study.cadence.trim()
                ),
            });
            Some(Event {
                key: format!("chapter-{}", planned.chapter),
                date: planned.date,
                summary: summary(study, &chapters, presenter, options.lang),
                description,
                held: false,
            })
        })
        .collect()
}

/// "DDIA: ch. 3 “Storage and Retrieval” (Dara)" / "DDIA: 3장 「Storage and Retrieval」 (Dara 발표)".
fn summary(study: &Study, chapters: &[u32], presenter: Option<&str>, lang: Lang) -> String {
    let what = match (chapters, lang) {
        ([], Lang::Ko) => "모임".to_owned(),
        ([], Lang::En) => "session".to_owned(),
        ([n], _) => chapter_phrase(study, *n, lang),
        (many, _) => {
            let numbers: Vec<String> = many.iter().map(u32::to_string).collect();
            match lang {
                Lang::Ko => format!("{}장", numbers.join("·")),
                Lang::En => format!("ch. {}", numbers.join(", ")),
            }
        }
    };
    let who = match (presenter, lang) {
        (Some(name), Lang::Ko) => format!(" ({name} 발표)"),
        (Some(name), Lang::En) => format!(" ({name})"),
        (None, _) => String::new(),
    };
    format!("{}: {what}{who}", study.name)
}

/// "3장 「Storage and Retrieval」" / "ch. 3 “Storage and Retrieval”".
pub(crate) fn chapter_phrase(study: &Study, number: u32, lang: Lang) -> String {
    let title = study.chapter(number).map(|c| c.title.trim());
    match (lang, title) {
        (Lang::Ko, Some(title)) if !title.is_empty() => format!("{number}장 「{title}」"),
        (Lang::En, Some(title)) if !title.is_empty() => format!("ch. {number} “{title}”"),
        (Lang::Ko, _) => format!("{number}장"),
        (Lang::En, _) => format!("ch. {number}"),
    }
}

/// The description's first lines: who presents, and each chapter by its title.
fn chapter_lines(study: &Study, chapters: &[u32], presenter: Option<&str>, lang: Lang) -> String {
    let mut text = String::new();
    for &n in chapters {
        let _ = writeln!(text, "{}", chapter_phrase(study, n, lang));
    }
    let _ = match (presenter, lang) {
        (Some(name), Lang::Ko) => write!(text, "발표: {name}"),
        (Some(name), Lang::En) => write!(text, "Presenter: {name}"),
        (None, Lang::Ko) => write!(text, "발표: 아직 정하지 않음"),
        (None, Lang::En) => write!(text, "Presenter: not chosen yet"),
    };
    text
}

/// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in a TEXT value.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded (RFC 5545 §3.1): no line longer than 75 octets, each further line
/// begun by a space, and never inside a UTF-8 character. Lines joined by CRLF, no final CRLF.
///
/// A line is not left ending in a space where that can be helped: the space goes on to the
/// next line, as some readers (the `ical` crate among them) trim each physical line.
pub fn fold_line(line: &str) -> String {
    let mut done: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut limit = MAX_LINE_OCTETS;
    for c in line.chars() {
        if current.len() + c.len_utf8() > limit {
            let kept = current.trim_end_matches(' ').len();
            let spaces = current.len() - kept;
            let next_limit = MAX_LINE_OCTETS - 1;
            let carried = if kept > 0 && spaces + c.len_utf8() <= next_limit {
                current.split_off(kept)
            } else {
                String::new()
            };
            done.push(std::mem::replace(&mut current, carried));
            limit = next_limit;
        }
        current.push(c);
    }
    done.push(current);
    done.join("\r\n ")
}

/// Folded text unfolded: every CRLF followed by one space or tab removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// FNV-1a, 64 bits: a stable hash of the study's name for its UIDs (the standard library's
/// hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uids(study: &Study) -> Vec<String> {
        let options = CalendarOptions {
            today: NaiveDate::from_ymd_opt(2025, 3, 1).expect("date"),
            stamp: DateTime::<Utc>::UNIX_EPOCH,
            lang: Lang::En,
        };
        calendar(study, &options)
            .lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(|uid| uid.split('.').next().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn a_session_is_keyed_by_its_first_chapter_not_taken_else_by_its_date() {
        let mut study = Study::new("s", "b");
        study.status = crate::domain::StudyStatus::Finished;
        let session = |day: &str, chapters: Vec<u32>| Session {
            held_on: day.parse().expect("date"),
            chapters,
            presenter: None,
            attendance: vec![],
            notes: String::new(),
        };
        study.sessions = vec![
            session("2025-03-09", vec![1, 2]),
            session("2025-03-16", vec![2, 3]),
            session("2025-03-23", vec![3]),
            session("2025-03-23", vec![3]),
            session("2025-03-23", vec![]),
        ];
        assert_eq!(
            uids(&study),
            [
                "chapter-1",
                "chapter-2",
                "chapter-3",
                "session-20250323",
                "session-20250323-2"
            ]
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape_text("줄\r\n바꿈"), "줄\\n바꿈");
    }

    #[test]
    fn a_long_korean_line_is_folded_between_characters() {
        let line = format!("SUMMARY:{}", "가".repeat(40));
        let folded = fold_line(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= MAX_LINE_OCTETS, "{part:?}");
        }
        assert_eq!(unfold(&folded), line);
        assert_eq!(fold_line("short"), "short");
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let line = "X".repeat(75);
        assert_eq!(fold_line(&line), line);
        assert_eq!(
            fold_line(&"X".repeat(76)),
            format!("{}\r\n X", "X".repeat(75))
        );
    }
}
