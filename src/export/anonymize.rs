//! Publishing a post without naming people: every member but the writer (`me`) becomes
//! "Member A", "Member B", ... ("멤버 A" in Korean), in member order, everywhere a name
//! appears.

use std::collections::HashMap;

use crate::domain::Study;

/// `study` with members renamed; `label` is the word before the letter ("Member", "멤버").
pub fn anonymize(study: &Study, label: &str) -> Study {
    let renamed: HashMap<String, String> = study
        .members
        .iter()
        .filter(|m| !m.me)
        .enumerate()
        .map(|(i, m)| (m.name.clone(), format!("{label} {}", letters(i))))
        .collect();
    let rename = |name: &mut String| {
        if let Some(new) = renamed.get(name.as_str()) {
            name.clone_from(new);
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
    out
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
            notes: "지민 said hi".into(),
        });
        let a = anonymize(&s, "멤버");
        let names: Vec<&str> = a.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["멤버 A", "나", "멤버 B"]);
        assert_eq!(a.chapters[0].presenter.as_deref(), Some("멤버 B"));
        assert_eq!(a.sessions[0].presenter.as_deref(), Some("멤버 A"));
        assert_eq!(a.sessions[0].attendance[0].member, "나");
        assert!(crate::domain::validate_study(&a).is_empty());
    }
}
