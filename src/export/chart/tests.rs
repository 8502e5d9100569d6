use chrono::NaiveDate;

use super::*;
use crate::domain::{Attendance, Member};

/// A session's day in March 2025 and its marks, by member index.
type Marks<'a> = (u32, &'a [(usize, Option<AttendanceStatus>)]);

fn study(names: &[&str], sessions: &[Marks<'_>]) -> Study {
    let mut s = Study::new("DDIA 스터디", "DDIA");
    s.members = names
        .iter()
        .map(|n| Member {
            name: (*n).to_owned(),
            me: false,
        })
        .collect();
    for (day, marks) in sessions {
        s.sessions.push(Session {
            held_on: NaiveDate::from_ymd_opt(2025, 3, *day).expect("date"),
            chapters: Vec::new(),
            presenter: None,
            attendance: marks
                .iter()
                .filter_map(|(i, mark)| {
                    Some(Attendance {
                        member: names[*i].to_owned(),
                        status: (*mark)?,
                    })
                })
                .collect(),
            notes: String::new(),
        });
    }
    s
}

use AttendanceStatus::{Absent, Present, Unprepared};

fn example() -> Study {
    study(
        &["김서연", "Ben", "이도윤"],
        &[
            (
                9,
                &[(0, Some(Present)), (1, Some(Absent)), (2, Some(Present))],
            ),
            (2, &[(0, Some(Present)), (1, Some(Unprepared)), (2, None)]),
        ],
    )
}

/// The `<rect>`s of the grid, as (fill, tooltip).
fn cells(svg: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let grid = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("cells"))
        .expect("a cells group");
    grid.children()
        .filter(|n| n.has_tag_name("rect"))
        .map(|r| {
            let tip = r
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_default();
            (
                r.attribute("fill").unwrap_or_default().to_owned(),
                tip.to_owned(),
            )
        })
        .collect()
}

#[test]
fn one_cell_per_member_and_session_coloured_by_mark_in_date_order() {
    let svg = attendance_svg(&example(), Lang::En).expect("a chart");
    let cells = cells(&svg);
    assert_eq!(cells.len(), 3 * 2);
    let expected = [
        ("김서연, 2025-03-02: present", Some(Present)),
        ("김서연, 2025-03-09: present", Some(Present)),
        ("Ben, 2025-03-02: unprepared", Some(Unprepared)),
        ("Ben, 2025-03-09: absent", Some(Absent)),
        ("이도윤, 2025-03-02: not counted", None),
        ("이도윤, 2025-03-09: present", Some(Present)),
    ];
    for ((fill, tip), (want_tip, mark)) in cells.iter().zip(expected) {
        assert_eq!(tip, want_tip);
        assert_eq!(fill, colour(mark), "{tip}");
    }
}

#[test]
fn it_has_a_title_a_view_box_korean_fonts_dates_names_and_a_legend() {
    let svg = attendance_svg(&example(), Lang::Ko).expect("a chart");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .expect("title");
    assert_eq!(title.text(), Some("DDIA 스터디 출석 현황"));
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .expect("viewBox")
        .split(' ')
        .map(|v| v.parse().expect("number"))
        .collect();
    assert_eq!(view_box[..2], [0.0, 0.0]);
    assert!(
        view_box[2] > 100.0 && view_box[3] > 3.0 * CELL,
        "{view_box:?}"
    );
    assert!(
        root.attribute("font-family")
            .expect("fonts")
            .contains("Noto Sans CJK KR")
    );
    let texts: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.has_tag_name("text").then(|| n.text()).flatten())
        .collect();
    for expected in [
        "03-02",
        "03-09",
        "김서연",
        "Ben",
        "출석",
        "결석",
        "준비 없이 참석",
        "집계 안 함",
    ] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
}

#[test]
fn names_are_escaped() {
    let tricky = r#"<b>&"Ann's"</b>"#;
    let mut s = example();
    s.members[1].name = tricky.to_owned();
    s.name = "A & B <study>".to_owned();
    for session in &mut s.sessions {
        for a in &mut session.attendance {
            if a.member == "Ben" {
                a.member = tricky.to_owned();
            }
        }
    }
    let svg = attendance_svg(&s, Lang::En).expect("a chart");
    assert!(!svg.contains("<b>"), "{svg}");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("text") && n.text() == Some(tricky))
    );
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("Attendance at A & B <study>"))
    );
    assert_eq!(
        cells(&svg)[2].1,
        format!("{tricky}, 2025-03-02: unprepared")
    );
}

#[test]
fn the_view_box_grows_with_the_data() {
    let small = attendance_svg(&example(), Lang::En).expect("a chart");
    let mut big = example();
    for day in 10..30 {
        big.sessions.push(Session {
            held_on: NaiveDate::from_ymd_opt(2025, 3, day).expect("date"),
            ..big.sessions[0].clone()
        });
    }
    big.members.push(Member {
        name: "아주 긴 이름을 가진 멤버".into(),
        me: false,
    });
    let big = attendance_svg(&big, Lang::En).expect("a chart");
    let size = |svg: &str| {
        let doc = roxmltree::Document::parse(svg).expect("xml");
        let v: Vec<f64> = doc
            .root_element()
            .attribute("viewBox")
            .expect("viewBox")
            .split(' ')
            .map(|v| v.parse().expect("n"))
            .collect();
        (v[2], v[3])
    };
    let (w0, h0) = size(&small);
    let (w1, h1) = size(&big);
    assert!(w1 > w0 + 20.0 * CELL && h1 > h0, "{w0}x{h0} vs {w1}x{h1}");
    assert_eq!(cells(&big).len(), 4 * 22);
}

#[test]
fn nothing_to_chart_without_members_or_sessions() {
    assert!(attendance_svg(&study(&[], &[(1, &[])]), Lang::En).is_none());
    assert!(attendance_svg(&study(&["a"], &[]), Lang::En).is_none());
}
