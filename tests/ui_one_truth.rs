//! One truth per fact, as a person meets it by keyboard: sessions drive progress, and every
//! screen names the same presenter for a chapter.

#[path = "common/ui.rs"]
mod ui;

use studylog::domain::ChapterStatus;
use studylog::domain::stats::Progress;
use studylog::ui::App;
use ui::{app, app_with, press, screen, type_text};

fn study(app: &App) -> &studylog::domain::Study {
    &app.study.as_ref().expect("a study is open").study
}

/// A fresh study of nine chapters and three members, meeting weekly on Sundays.
fn nine_chapters() -> tempfile::NamedTempFile {
    let chapters: Vec<String> = (1..=9)
        .map(|n| format!(r#"{{ "number": {n}, "title": "{n}장 제목" }}"#))
        .collect();
    let json = format!(
        r#"{{ "format": "studylog", "version": 1, "studies": [{{
            "name": "아홉 장", "started_on": "2025-03-02", "cadence": "매주 일요일",
            "book": {{ "title": "책" }},
            "members": [{{ "name": "가영" }}, {{ "name": "나래" }}, {{ "name": "다솜" }}],
            "chapters": [{}] }}] }}"#,
        chapters.join(", ")
    );
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    std::io::Write::write_all(&mut file, json.as_bytes()).expect("write");
    file
}

#[test]
fn nine_sessions_entered_finish_nine_chapters_without_a_status_key() {
    let file = nine_chapters();
    let mut app = app_with(&[file.path().to_str().expect("utf-8 path")], 100, 30);
    press(&mut app, &["Enter", "2"]);
    for _ in 0..9 {
        // Each new session takes the next date and the next chapter without a session.
        press(&mut app, &["a", "C-s"]);
    }
    let s = study(&app);
    assert_eq!(s.sessions.len(), 9);
    assert!(
        s.chapters.iter().all(|c| c.status == ChapterStatus::Todo),
        "no status was pressed"
    );
    let progress = Progress::of(s);
    assert_eq!((progress.finished, progress.total), (9, 9));
    assert!(screen(&app).contains("9/9"), "{}", screen(&app));
    // The chapter list marks every chapter presented, on its session's date.
    press(&mut app, &["1"]);
    let text = screen(&app);
    assert_eq!(text.matches('●').count(), 9, "{text}");
    assert!(
        text.contains("03-30"),
        "chapter 5 on its session's date: {text}"
    );
    // The home list counts the same.
    press(&mut app, &["q"]);
    assert_eq!(
        (
            app.studies[0].progress.finished,
            app.studies[0].progress.total
        ),
        (9, 9)
    );
}

#[test]
fn the_status_key_explains_a_chapter_a_session_covers_and_skips_the_others() {
    let mut app = app(100, 30);
    press(&mut app, &["Enter"]);
    // Chapter 1 was covered by the session of 2025-03-02.
    press(&mut app, &["s"]);
    assert_eq!(study(&app).chapters[0].status, ChapterStatus::Presented);
    let text = screen(&app);
    assert!(
        text.contains("Chapter 1 was presented on 2025-03-02"),
        "{text}"
    );
    // Chapter 12 has no session yet: todo, reading, done, then skipped; a chapter is
    // presented when a session covers it, so `s` never says so.
    press(&mut app, &["G", "s", "s", "s"]);
    assert_eq!(
        study(&app).chapters[11].status,
        ChapterStatus::Skipped,
        "{}",
        screen(&app)
    );
    let progress = Progress::of(study(&app));
    assert_eq!(progress.finished, 10, "nine held and one skipped");
    assert!(screen(&app).contains("↷"), "{}", screen(&app));
    // Nobody presents a skipped chapter: the roulette says so and does not open.
    press(&mut app, &["r"]);
    assert!(app.overlay.is_none());
    assert!(
        screen(&app).contains("Chapter 12 is skipped"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["s"]);
    assert_eq!(study(&app).chapters[11].status, ChapterStatus::Todo);
}

#[test]
fn the_filter_finds_a_chapter_by_the_presenter_the_list_shows() {
    let mut app = app(100, 30);
    press(&mut app, &["Enter"]);
    // Chapter 8 was planned for 최지우, but 정민재 presented it in the session.
    assert_eq!(study(&app).chapters[7].presenter.as_deref(), Some("최지우"));
    let list = screen(&app);
    let row = list
        .lines()
        .find(|l| l.contains("분산 시스템의 골칫거리"))
        .expect("chapter 8 is listed");
    assert!(row.contains("정민재"), "{row}");

    press(&mut app, &["/"]);
    type_text(&mut app, "정민재");
    let found = screen(&app);
    assert!(found.contains("분산 시스템의 골칫거리"), "{found}");

    press(&mut app, &["Esc", "/"]);
    type_text(&mut app, "최지우");
    let found = screen(&app);
    assert!(found.contains("저장소와 검색"), "{found}");
    assert!(
        !found.contains("분산 시스템의 골칫거리"),
        "the plan no longer names the presenter: {found}"
    );
}

#[test]
fn members_count_the_presenter_the_chapters_show_and_explain_the_deposit() {
    let mut app = app(100, 30);
    press(&mut app, &["Enter", "3"]);
    let text = screen(&app);
    for header in [
        "Presented",
        "Came",
        "Absent",
        "Unprepared",
        "Penalties",
        "Deposit left",
    ] {
        assert!(text.contains(header), "{header}: {text}");
    }
    let row = |name: &str| {
        text.lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .split_whitespace()
            .skip(1)
            .take(5)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // 정민재 presented chapters 5 and 8 (8 in place of 최지우), was unprepared once.
    assert_eq!(row("정민재"), "2 9 0 1 1", "{text}");
    // 최지우 presented chapter 3 and missed three sessions: docked three times.
    assert_eq!(row("최지우"), "1 6 3 0 3", "{text}");
    let deposit = text
        .lines()
        .find(|l| l.contains("최지우"))
        .unwrap_or_default();
    assert!(
        deposit.contains("15,000"),
        "30,000 less three penalties: {deposit}"
    );
}

#[test]
fn marking_the_presenter_absent_is_kept_and_said() {
    let mut app = app(100, 30);
    // The last session, 2025-04-27, was presented by 김서연, the first member.
    press(&mut app, &["Enter", "2", "G", "Enter", "Space"]);
    let text = screen(&app);
    assert!(
        text.contains("김서연 presents this session and is marked absent: fix one of the two."),
        "{text}"
    );
    assert!(text.contains("presenter, absent?"), "{text}");
    let kept = study(&app)
        .sessions
        .last()
        .and_then(|s| s.attendance.iter().find(|a| a.member == "김서연"))
        .map(|a| a.status);
    assert_eq!(
        kept,
        Some(studylog::domain::AttendanceStatus::Absent),
        "the mark is kept"
    );
    press(&mut app, &["Esc"]);
    let list = screen(&app);
    let row = list
        .lines()
        .find(|l| l.contains("2025-04-27"))
        .expect("the session is listed");
    assert!(row.contains("! 김서연"), "{row}");
}

#[test]
fn a_narrow_session_list_still_marks_an_absent_presenter() {
    let mut app = app(40, 12);
    press(&mut app, &["Enter", "2", "G", "Enter", "Space", "Esc"]);
    let list = screen(&app);
    assert!(!list.contains("Presenter"), "too narrow for it: {list}");
    let row = list
        .lines()
        .find(|l| l.contains("2025-04-27"))
        .expect("the session is listed");
    assert!(row.contains("3/5 !"), "{row}");
}

/// The demo with the 2025-04-27 session logged without a presenter: chapter 9 is planned for
/// 김서연, who is marked absent from it.
fn demo_with_a_session_without_presenter() -> tempfile::NamedTempFile {
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("assets/demo.json").expect("demo"))
            .expect("json");
    let session = &mut json["studies"][0]["sessions"][8];
    assert_eq!(session["held_on"], "2025-04-27");
    session["presenter"] = serde_json::Value::Null;
    for mark in session["attendance"].as_array_mut().expect("attendance") {
        if mark["member"] == "김서연" {
            mark["status"] = "absent".into();
        }
    }
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    std::io::Write::write_all(&mut file, json.to_string().as_bytes()).expect("write");
    file
}

#[test]
fn a_session_without_a_presenter_is_presented_by_its_chapters_plan_everywhere() {
    let file = demo_with_a_session_without_presenter();
    let mut app = app_with(&[file.path().to_str().expect("utf-8 path")], 100, 30);
    press(&mut app, &["Enter"]);
    let chapters = screen(&app);
    let row = chapters
        .lines()
        .find(|l| l.contains("일관성과 합의"))
        .expect("chapter 9");
    assert!(row.contains("김서연"), "{row}");
    press(&mut app, &["2"]);
    let sessions = screen(&app);
    let row = sessions
        .lines()
        .find(|l| l.contains("2025-04-27"))
        .expect("the session");
    assert!(
        row.contains("! 김서연"),
        "the plan presented, marked absent: {row}"
    );
    press(&mut app, &["/"]);
    type_text(&mut app, "김서연");
    assert!(screen(&app).contains("2025-04-27"), "{}", screen(&app));
}
