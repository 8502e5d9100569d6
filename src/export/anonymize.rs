//! Publishing a post without naming people: every member but the writer (`me`) becomes
//! "Member A", "Member B", ... ("멤버 A" in Korean), in member order, everywhere a name
//! appears: the structured fields (members, presenters, attendance, draws) and the writer's
//! own text (see `prose` for how a name is found in it and the particle after it fixed).
//!
//! The book's bibliographic fields (title, authors, publisher, ISBN) and every URL are left
//! as they are: they name the book and where to find it, and a renamed author or a rewritten
//! link would be wrong rather than anonymous.

mod prose;

use std::collections::HashMap;

use crate::domain::Study;
use prose::Renamer;

/// `study` with members renamed; `label` is the word before the letter ("Member", "멤버").
pub fn anonymize(study: &Study, label: &str) -> Study {
    let mut others = 0;
    let labels: Vec<(String, Option<String>)> = study
        .members
        .iter()
        .map(|m| {
            let label = (!m.me).then(|| {
                others += 1;
                format!("{label} {}", letters(others - 1))
            });
            (m.name.clone(), label)
        })
        .collect();
    let renamed: HashMap<&str, &str> = labels
        .iter()
        .filter_map(|(name, label)| Some((name.as_str(), label.as_deref()?)))
        .collect();
    let rename = |name: &mut String| {
        if let Some(new) = renamed.get(name.as_str()) {
            *name = (*new).to_owned();
        }
    };
    let mut out = study.clone();
    out.members.iter_mut().for_each(|m| rename(&mut m.name));
    for c in &mut out.chapters {
        c.presenter.iter_mut().for_each(rename);
    }
    for s in &mut out.sessions {
        s.presenter.iter_mut().for_each(rename);
        s.attendance.iter_mut().for_each(|a| rename(&mut a.member));
    }
    for d in &mut out.draws {
        d.candidates.iter_mut().for_each(rename);
        rename(&mut d.chosen);
    }
    rename_in_text(&mut out, &Renamer::new(&labels));
    out
}

/// Every field the writer typed, names replaced.
fn rename_in_text(study: &mut Study, renamer: &Renamer) {
    let fix = |text: &mut String| *text = renamer.apply(text);
    for text in [
        &mut study.name,
        &mut study.cadence,
        &mut study.venue,
        &mut study.motivation,
        &mut study.how_it_ran,
        &mut study.book.summary,
        &mut study.closing,
        &mut study.next.title,
        &mut study.next.note,
    ] {
        fix(text);
    }
    for c in &mut study.chapters {
        fix(&mut c.title);
        fix(&mut c.why);
        fix(&mut c.notes);
        c.links.iter_mut().for_each(|l| fix(&mut l.title));
    }
    study.sessions.iter_mut().for_each(|s| fix(&mut s.notes));
    study.retro.iter_mut().for_each(|p| fix(&mut p.text));
}

/// A, B, ..., Z, AA, AB, ...: enough for any study group.
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Attendance, AttendanceStatus, Chapter, Member, Session};
    use chrono::NaiveDate;

    #[test]
    fn letters_run_past_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn everyone_but_me_is_renamed_everywhere() {
        let mut s = Study::new("s", "b");
        for (name, me) in [("지민", false), ("나", true), ("Ben", false)] {
            s.members.push(Member {
                name: name.into(),
                me,
            });
        }
        let mut c = Chapter::new(1, "one");
        c.presenter = Some("Ben".into());
        s.chapters.push(c);
        s.sessions.push(Session {
            held_on: NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"),
            chapters: vec![1],
            presenter: Some("지민".into()),
            attendance: vec![Attendance {
                member: "나".into(),
                status: AttendanceStatus::Present,
            }],
            notes: "지민 said hi to 나".into(),
        });
        let a = anonymize(&s, "멤버");
        let names: Vec<&str> = a.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["멤버 A", "나", "멤버 B"]);
        assert_eq!(a.chapters[0].presenter.as_deref(), Some("멤버 B"));
        assert_eq!(a.sessions[0].presenter.as_deref(), Some("멤버 A"));
        assert_eq!(a.sessions[0].attendance[0].member, "나");
        assert_eq!(a.sessions[0].notes, "멤버 A said hi to 나");
        assert!(crate::domain::validate_study(&a).is_empty());
    }
}
