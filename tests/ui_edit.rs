//! Writing the journal by keyboard: every form and quick action, driven through the app's
//! key handling, checked in the journal and on screen.

#[path = "common/ui.rs"]
mod ui;

use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;
use studylog::domain::{AttendanceStatus, ChapterStatus, RetroKind};
use studylog::ui::App;
use studylog::ui::state::action::Tab;
use studylog::ui::state::app::Overlay;
use studylog::ui::state::forms::{ChapterField, SessionField, StudyField};
use studylog::ui::terminal::EditorError;
use ui::{app, app_with, cursor, focus, press, screen, type_text};

fn study(app: &App) -> &studylog::domain::Study {
    &app.study.as_ref().expect("a study is open").study
}

fn form_open(app: &App) -> bool {
    matches!(app.overlay, Some(Overlay::Form(_)))
}

#[test]
fn a_study_is_added_from_an_empty_journal() {
    let mut app = app_with(&[], 80, 24);
    press(&mut app, &["a"]);
    assert!(form_open(&app));
    type_text(&mut app, "러스트 스터디");
    focus(&mut app, "Book");
    type_text(&mut app, "러스트 프로그래밍 공식 가이드");
    focus(&mut app, "Cadence");
    type_text(&mut app, "매주 토요일 오전 10시");
    press(&mut app, &["C-s"]);
    assert!(!form_open(&app), "{}", screen(&app));
    assert_eq!(app.studies.len(), 1);
    assert_eq!(app.studies[0].name, "러스트 스터디");
    assert!(screen(&app).contains("Added the study"));
    press(&mut app, &["Enter"]);
    assert_eq!(study(&app).cadence, "매주 토요일 오전 10시");
}

#[test]
fn nothing_invalid_is_saved_and_nothing_typed_is_lost() {
    let mut app = app_with(&[], 80, 24);
    press(&mut app, &["a"]);
    type_text(&mut app, "이름만 있는 스터디");
    focus(&mut app, "Started");
    type_text(&mut app, "2024-13-01");
    press(&mut app, &["C-s"]);
    assert!(form_open(&app), "the form stays open");
    assert!(app.studies.is_empty(), "nothing was saved");
    let text = screen(&app);
    assert!(
        text.contains("the book's title must not be empty"),
        "{text}"
    );
    assert!(text.contains("\"2024-13-01\" is not a date"), "{text}");
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.text(StudyField::Name), "이름만 있는 스터디");
    assert_eq!(form.text(StudyField::StartedOn), "2024-13-01");
    assert_eq!(
        form.fields[form.focus].label, "Started",
        "focus on the first problem"
    );
}

#[test]
fn esc_asks_before_throwing_away_what_was_typed() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "a"]);
    press(&mut app, &["Esc"]);
    assert!(!form_open(&app), "an untouched form just closes");

    press(&mut app, &["a"]);
    focus(&mut app, "Title");
    type_text(&mut app, "새 장");
    press(&mut app, &["Esc"]);
    assert!(screen(&app).contains("Throw away what you typed"));
    press(&mut app, &["n"]);
    assert!(form_open(&app));
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.text(ChapterField::Title), "새 장", "still there");
    press(&mut app, &["Esc", "y"]);
    assert!(!form_open(&app));
    assert_eq!(study(&app).chapters.len(), 12, "nothing added");
}

#[test]
fn a_chapter_is_added_and_a_taken_number_is_refused_next_to_the_field() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "a"]);
    focus(&mut app, "Title");
    type_text(&mut app, "부록: 더 읽을거리");
    press(&mut app, &["C-s"]);
    assert!(!form_open(&app));
    let added = study(&app).chapters.last().expect("a chapter");
    assert_eq!(
        (added.number, added.title.as_str()),
        (13, "부록: 더 읽을거리")
    );
    let screen_ = app.study.as_ref().expect("study");
    assert_eq!(
        screen_.list().selected_item(13),
        Some(12),
        "the new chapter is selected"
    );

    press(&mut app, &["a"]);
    focus(&mut app, "Number");
    type_text(&mut app, "\u{8}");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "3");
    focus(&mut app, "Title");
    type_text(&mut app, "중복");
    press(&mut app, &["C-s"]);
    assert!(form_open(&app));
    let text = screen(&app);
    assert!(text.contains("there is already a chapter 3"), "{text}");
    assert_eq!(study(&app).chapters.len(), 13);
}

#[test]
fn a_chapter_is_edited_status_cycles_and_the_presenter_is_a_choice() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "e"]);
    focus(&mut app, "Presenter");
    press(&mut app, &["Right"]);
    focus(&mut app, "Why it matters");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "마지막 장");
    press(&mut app, &["M-Enter"]);
    type_text(&mut app, "둘째 줄");
    press(&mut app, &["C-s"]);
    let last = study(&app).chapters.last().expect("chapter").clone();
    assert_eq!(last.why, "마지막 장\n둘째 줄");
    // The presenter was 박하준; → picks the next member.
    assert_eq!(last.presenter.as_deref(), Some("최지우"), "{last:?}");

    let before = last.status;
    press(&mut app, &["s"]);
    let after = study(&app).chapters.last().expect("chapter").status;
    assert_eq!(after, before.next());
    press(&mut app, &["s", "s", "s"]);
    assert_eq!(
        study(&app).chapters.last().expect("chapter").status,
        before,
        "four presses come back round: todo, reading, done, skipped"
    );
    assert_eq!(ChapterStatus::Todo.next(), ChapterStatus::Reading);
}

#[test]
fn delete_asks_and_undo_brings_the_chapter_back_with_its_notes() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "j", "j"]);
    let title = study(&app).chapters[2].title.clone();
    press(&mut app, &["d"]);
    let text = screen(&app);
    assert!(text.contains("Delete chapter 3"), "{text}");
    press(&mut app, &["n"]);
    assert_eq!(study(&app).chapters.len(), 12, "no deletes nothing");

    press(&mut app, &["d", "y"]);
    assert_eq!(study(&app).chapters.len(), 11);
    assert!(!study(&app).chapters.iter().any(|c| c.title == title));
    let text = screen(&app);
    assert!(
        text.contains("u undoes it until your next change or quit."),
        "{text}"
    );

    press(&mut app, &["u"]);
    assert_eq!(study(&app).chapters.len(), 12);
    press(&mut app, &["g", "j", "j"]);
    let screen_ = app.study.as_ref().expect("study");
    assert_eq!(screen_.study.chapters[2].title, title);
    let notes = screen_.notes_of(2).expect("notes loaded");
    assert!(
        notes.contains("저장소 엔진의 두 갈래"),
        "the notes came back"
    );
    press(&mut app, &["u"]);
    assert!(screen(&app).contains("Nothing to undo"));
}

#[test]
fn a_deleted_member_comes_back_with_their_attendance() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "3", "j", "j", "j"]);
    let attended = |app: &App| {
        study(app)
            .sessions
            .iter()
            .flat_map(|s| &s.attendance)
            .filter(|a| a.member == "최지우")
            .count()
    };
    let before = attended(&app);
    assert!(before > 0);
    press(&mut app, &["d", "y"]);
    assert_eq!(study(&app).members.len(), 4);
    assert_eq!(attended(&app), 0);
    press(&mut app, &["u"]);
    assert_eq!(study(&app).members.len(), 5);
    assert_eq!(attended(&app), before);
}

#[test]
fn a_deleted_study_can_be_undone_from_the_home_screen() {
    let mut app = app(80, 24);
    press(&mut app, &["j", "d", "y"]);
    assert_eq!(app.studies.len(), 1);
    press(&mut app, &["u"]);
    assert_eq!(app.studies.len(), 2);
    assert_eq!(app.studies[1].name, "DDIA reading group");
}

#[test]
fn a_new_session_starts_with_the_next_date_chapter_and_everyone_present() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "a"]);
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("no form");
    };
    // The demo met weekly on Sundays up to 2025-04-27 and covered chapters 1 to 9.
    assert_eq!(form.text(SessionField::HeldOn), "2025-05-04");
    assert_eq!(form.text(SessionField::Chapters), "10");
    press(&mut app, &["C-s"]);
    let session = study(&app).sessions.last().expect("session").clone();
    assert_eq!(session.held_on.to_string(), "2025-05-04");
    assert_eq!(session.chapters, vec![10]);
    assert_eq!(session.attendance.len(), 5);
    assert!(
        session
            .attendance
            .iter()
            .all(|a| a.status == AttendanceStatus::Present)
    );
}

#[test]
fn attendance_is_taken_with_a_key_per_member() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "Enter"]);
    assert!(matches!(app.overlay, Some(Overlay::Attendance { .. })));
    assert!(screen(&app).contains("Attendance 2025-03-02"));
    press(&mut app, &["j", "Space"]);
    let mark = |app: &App, who: &str| {
        study(app).sessions[0]
            .attendance
            .iter()
            .find(|a| a.member == who)
            .map(|a| a.status)
    };
    assert_eq!(mark(&app, "이도윤"), Some(AttendanceStatus::Absent));
    press(&mut app, &["Space"]);
    assert_eq!(mark(&app, "이도윤"), Some(AttendanceStatus::Unprepared));
    press(&mut app, &["Space"]);
    assert_eq!(mark(&app, "이도윤"), None, "not counted");
    press(&mut app, &["Space"]);
    assert_eq!(mark(&app, "이도윤"), Some(AttendanceStatus::Present));
    press(&mut app, &["Esc"]);
    assert!(app.overlay.is_none());
}

#[test]
fn retro_points_are_added_to_the_focused_column_and_moved() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "4", "l", "a"]);
    type_text(&mut app, "발표 시간이 자주 넘쳤다");
    press(&mut app, &["C-s"]);
    let kinds = |app: &App| -> Vec<(RetroKind, String)> {
        study(app)
            .retro
            .iter()
            .map(|p| (p.kind, p.text.clone()))
            .collect()
    };
    let bad: Vec<String> = kinds(&app)
        .into_iter()
        .filter(|(k, _)| *k == RetroKind::Bad)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        bad.last().map(String::as_str),
        Some("발표 시간이 자주 넘쳤다")
    );

    // Up one place in its column, then over to Try.
    press(&mut app, &["K"]);
    let bad: Vec<String> = kinds(&app)
        .into_iter()
        .filter(|(k, _)| *k == RetroKind::Bad)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(bad.len(), 3);
    assert_eq!(bad[1], "발표 시간이 자주 넘쳤다");
    press(&mut app, &[">"]);
    let tries: Vec<String> = kinds(&app)
        .into_iter()
        .filter(|(k, _)| *k == RetroKind::Try)
        .map(|(_, t)| t)
        .collect();
    assert!(
        tries.contains(&"발표 시간이 자주 넘쳤다".to_owned()),
        "{tries:?}"
    );
    let selected = app.study.as_ref().expect("study").list().selected_item(7);
    assert_eq!(
        selected
            .map(|i| study(&app).retro[i].text.clone())
            .as_deref(),
        Some("발표 시간이 자주 넘쳤다"),
        "the moved point stays selected"
    );
}

#[test]
fn a_point_is_tied_to_a_chapter() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "4", "a"]);
    type_text(&mut app, "복제 장의 그림이 좋았다");
    focus(&mut app, "Chapter");
    for _ in 0..5 {
        press(&mut app, &["Space"]);
    }
    press(&mut app, &["C-s"]);
    let point = study(&app)
        .retro
        .iter()
        .find(|p| p.text == "복제 장의 그림이 좋았다")
        .expect("saved")
        .clone();
    assert_eq!(point.chapter, Some(5));
    assert_eq!(point.kind, RetroKind::Good);
}

#[test]
fn members_are_added_and_only_one_is_me() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "3", "a"]);
    type_text(&mut app, "한지민");
    press(&mut app, &["Tab", "Space", "C-s"]);
    let members = &study(&app).members;
    assert_eq!(members.len(), 6);
    let me: Vec<&str> = members
        .iter()
        .filter(|m| m.me)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(me, vec!["한지민"]);

    press(&mut app, &["a"]);
    type_text(&mut app, "이도윤");
    press(&mut app, &["C-s"]);
    assert!(screen(&app).contains("\"이도윤\" is already a member"));
}

#[test]
fn a_pasted_table_of_contents_adds_every_chapter() {
    let mut app = app_with(&[], 80, 24);
    press(&mut app, &["a"]);
    type_text(&mut app, "러스트");
    focus(&mut app, "Book");
    type_text(&mut app, "The Rust Programming Language");
    press(&mut app, &["C-s", "Enter"]);
    app.handle_paste(
        "1. 시작하기\n2. 추리 게임\n제3장 일반적인 프로그래밍 개념\n소유권 이해하기 .... 85\n",
    );
    assert!(
        matches!(app.overlay, Some(Overlay::Editor(_))),
        "shown to check before adding"
    );
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("line 4 has no number: numbered 4"), "{text}");
    press(&mut app, &["y"]);
    let chapters: Vec<(u32, String)> = study(&app)
        .chapters
        .iter()
        .map(|c| (c.number, c.title.clone()))
        .collect();
    assert_eq!(
        chapters,
        vec![
            (1, "시작하기".to_owned()),
            (2, "추리 게임".to_owned()),
            (3, "일반적인 프로그래밍 개념".to_owned()),
            (4, "소유권 이해하기".to_owned()),
        ]
    );
    assert!(screen(&app).contains("Added 4 chapters"));
}

#[test]
fn the_terminal_cursor_follows_korean_text_in_a_field() {
    let mut app = app_with(&[], 80, 24);
    press(&mut app, &["a"]);
    let (x0, y0) = cursor(&app).expect("the cursor is shown in a text field");
    type_text(&mut app, "한글");
    assert_eq!(
        cursor(&app),
        Some((x0 + 4, y0)),
        "two wide syllables: four columns"
    );
    type_text(&mut app, "x\u{304}");
    assert_eq!(
        cursor(&app),
        Some((x0 + 5, y0)),
        "a combining mark takes no column"
    );
    press(&mut app, &["Left", "Left"]);
    assert_eq!(
        cursor(&app),
        Some((x0 + 2, y0)),
        "a step is a whole syllable"
    );
    press(&mut app, &["Esc", "y"]);
    assert_eq!(cursor(&app), None, "no cursor outside a field");
}

#[test]
fn the_study_itself_is_edited_from_inside_it() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "Closing");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "다음에도 함께!");
    press(&mut app, &["C-s"]);
    assert_eq!(study(&app).closing, "다음에도 함께!");
    press(&mut app, &["5"]);
    let post = app
        .study
        .as_ref()
        .and_then(|s| s.post.as_ref())
        .map(|p| p.text.clone())
        .expect("post");
    assert!(post.contains("다음에도 함께!"), "the post shows the edit");
    assert_eq!(
        app.study.as_ref().map(|s| s.tab),
        Some(Tab::Post),
        "still on the tab"
    );
}

fn editor_text(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Editor(editor)) => editor.text(),
        _ => panic!("the notes editor is not open"),
    }
}

#[test]
fn chapter_notes_are_written_in_the_editor_and_saved() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "n"]);
    assert!(editor_text(&app).is_empty(), "chapter 12 has no notes yet");
    type_text(&mut app, "## 요약");
    press(&mut app, &["Enter"]);
    type_text(&mut app, "- 데이터 시스템의 미래 🔮");
    press(&mut app, &["C-s"]);
    assert!(app.overlay.is_none(), "{}", screen(&app));
    let screen_ = app.study.as_ref().expect("study");
    assert_eq!(
        screen_.notes_of(11),
        Some("## 요약\n- 데이터 시스템의 미래 🔮")
    );
    let text = screen(&app);
    assert!(
        text.contains("Saved the notes of chapter 12 \"데이터 시스템의 미래\"."),
        "the status reads as a sentence:\n{text}"
    );
}

#[test]
fn a_session_with_notes_is_marked_in_the_list() {
    let mut app = app(80, 24);
    // Every session of the demo has notes; a new one has none.
    press(&mut app, &["Enter", "2", "a", "C-s"]);
    let text = screen(&app);
    assert!(text.contains("2025-03-02 ✎"), "{text}");
    let new_row = text
        .lines()
        .find(|l| l.contains("2025-05-04"))
        .expect("the new session's row");
    assert!(!new_row.contains('✎'), "no notes, no mark: {new_row}");
    press(&mut app, &["n"]);
    type_text(&mut app, "다음엔 일괄 처리");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("Saved the notes of the session of 2025-05-04."),
        "{text}"
    );
    assert!(
        text.contains("2025-05-04 ✎"),
        "marked once it has notes:\n{text}"
    );
}

#[test]
fn the_editor_cursor_follows_hangul_emoji_and_combining_marks() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "n"]);
    let (x0, y0) = cursor(&app).expect("the cursor is shown in the editor");
    type_text(&mut app, "가나");
    assert_eq!(cursor(&app), Some((x0 + 4, y0)));
    type_text(&mut app, "🙂");
    assert_eq!(cursor(&app), Some((x0 + 6, y0)));
    type_text(&mut app, "e\u{301}");
    assert_eq!(cursor(&app), Some((x0 + 7, y0)), "é takes one column");
    press(&mut app, &["Enter"]);
    assert_eq!(cursor(&app), Some((x0, y0 + 1)));
}

#[test]
fn a_long_line_wraps_and_the_cursor_wraps_with_it() {
    let mut app = app(40, 12);
    press(&mut app, &["Enter", "G", "n"]);
    let (x0, y0) = cursor(&app).expect("cursor");
    // 20 syllables are 40 columns: more than the 38 inside the box.
    type_text(&mut app, &"가".repeat(20));
    let (x, y) = cursor(&app).expect("cursor");
    assert_eq!(y, y0 + 1, "on the second row");
    assert!(x < x0 + 6, "near the start of it: {x}");
    let text = screen(&app);
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 40),
        "{text}"
    );
}

#[test]
fn a_megabyte_paste_is_saved_intact() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "n"]);
    let line = "한글 English 🙂 e\u{301} 1234567890\n";
    let big: String = line.repeat(1_000_000 / line.len() + 1);
    assert!(big.len() >= 1_000_000);
    app.handle_paste(&big);
    assert!(screen(&app).contains("Notes: 12."));
    press(&mut app, &["C-s"]);
    assert!(app.overlay.is_none(), "saved and closed");
    let stored = app
        .study
        .as_ref()
        .expect("study")
        .notes_of(11)
        .expect("notes");
    // NFC composes e + U+0301 into é; everything else is as pasted, minus the last newline
    // the editor keeps as an empty last line.
    let expected =
        unicode_normalization::UnicodeNormalization::nfc(big.as_str()).collect::<String>();
    assert_eq!(stored, expected);
}

#[test]
fn esc_in_the_editor_asks_before_losing_text() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "n"]);
    type_text(&mut app, "초안");
    press(&mut app, &["Esc"]);
    assert!(screen(&app).contains("Throw away the changes"));
    press(&mut app, &["n"]);
    assert!(editor_text(&app).ends_with("초안"));
    press(&mut app, &["Esc", "y"]);
    assert!(app.overlay.is_none());
    let notes = app.study.as_ref().expect("study").notes_of(0).unwrap_or("");
    assert!(!notes.contains("초안"), "nothing saved");
}

#[test]
fn ctrl_e_hands_the_text_to_an_editor_and_takes_it_back() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "n"]);
    type_text(&mut app, "처음");
    press(&mut app, &["C-e"]);
    assert_eq!(app.take_external_edit().as_deref(), Some("처음"));
    app.finish_external_edit(Ok("바깥 편집기에서 고침\n".to_owned()));
    assert_eq!(editor_text(&app), "바깥 편집기에서 고침");
    app.finish_external_edit(Err(EditorError::Failed {
        editor: "vi".to_owned(),
        status: ExitStatus::from_raw(1 << 8),
    }));
    assert!(
        screen(&app).contains("editor: vi exited with exit status: 1; the text is as it was"),
        "{}",
        screen(&app)
    );

    // In a form, Ctrl-e edits the focused field.
    press(&mut app, &["C-s", "e"]);
    assert!(form_open(&app));
    focus(&mut app, "Why it matters");
    press(&mut app, &["C-e"]);
    assert!(app.take_external_edit().is_some());
    app.finish_external_edit(Ok("여러 줄\n이유".to_owned()));
    press(&mut app, &["C-s"]);
    assert_eq!(study(&app).chapters[11].why, "여러 줄\n이유");
}

#[test]
fn the_roulette_draws_among_those_left_in_and_saves_the_draw() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "r"]);
    assert!(matches!(app.overlay, Some(Overlay::Roulette(_))));
    let text = screen(&app);
    assert!(text.contains("Who presents chapter 12"), "{text}");
    // Leave out everyone but 이도윤 and 정민재.
    press(&mut app, &["Space", "j", "j", "Space", "j", "Space"]);
    let before = study(&app).draws.len();
    // Chapter 12 has a presenter (박하준): the draw asks before replacing them.
    press(&mut app, &["r", "y"]);
    let Some(Overlay::Roulette(roulette)) = &app.overlay else {
        panic!("the roulette closed");
    };
    assert!(roulette.is_spinning(), "the spin starts");
    assert_eq!(
        study(&app).draws.len(),
        before,
        "the draw is saved when the spin shows it, not before"
    );
    // Any key shows the result at once.
    press(&mut app, &["j"]);
    let text = screen(&app);
    assert!(text.contains("Saved."), "{text}");

    let draws = &study(&app).draws;
    assert_eq!(draws.len(), before + 1);
    let draw = draws.last().expect("draw");
    assert_eq!(draw.chapter, Some(12));
    assert_eq!(draw.candidates, vec!["이도윤", "정민재"]);
    assert!(draw.candidates.contains(&draw.chosen));
    assert_eq!(
        study(&app).chapters[11].presenter.as_deref(),
        Some(draw.chosen.as_str()),
        "the chosen member presents the chapter"
    );
    assert!(text.contains(&format!("{} presents chapter 12", draw.chosen)));
    assert!(text.contains("Previous draws"), "the history is listed");
    press(&mut app, &["Enter"]);
    assert!(app.overlay.is_none());
}

#[test]
fn the_spin_runs_on_ticks_and_stops_by_itself() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "k", "r"]);
    let before = study(&app).draws.len();
    press(&mut app, &["r", "y"]);
    assert!(
        app.next_frame_in().is_some(),
        "the loop is asked for frames"
    );
    for _ in 0..100 {
        app.tick();
    }
    assert!(app.next_frame_in().is_none(), "the spin ended");
    assert_eq!(
        study(&app).draws.len(),
        before + 1,
        "saved by the frame that ends the spin"
    );
    assert!(screen(&app).contains("Saved."));
}

/// The roulette on chapter 11 of the demo study, planned for 이도윤 and not held yet.
fn roulette_on_chapter_eleven() -> App {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "k", "r"]);
    assert!(matches!(app.overlay, Some(Overlay::Roulette(_))));
    app
}

#[test]
fn the_roulette_shows_the_presenter_and_asks_before_replacing_them() {
    let mut app = roulette_on_chapter_eleven();
    assert!(screen(&app).contains("Presenter now: 이도윤"));
    let before = study(&app).draws.len();
    press(&mut app, &["r"]);
    let text = screen(&app);
    assert!(
        text.contains("Replace 이도윤 as presenter by a draw?"),
        "{text}"
    );
    assert!(text.contains("y yes") && text.contains("n no"), "{text}");
    assert!(app.next_frame_in().is_none(), "no spin before the answer");

    // n: nothing drawn, nothing changed, back to choosing.
    press(&mut app, &["n"]);
    assert!(
        matches!(app.overlay, Some(Overlay::Roulette(_))),
        "still open"
    );
    assert_eq!(study(&app).draws.len(), before);
    assert_eq!(
        study(&app).chapters[10].presenter.as_deref(),
        Some("이도윤")
    );
    assert!(screen(&app).contains("Space puts a member in or out"));

    // Enter before a draw asks the same question.
    press(&mut app, &["Enter"]);
    assert!(screen(&app).contains("Replace 이도윤"));
    press(&mut app, &["Esc"]);
    assert_eq!(study(&app).draws.len(), before, "Esc is a no too");
}

#[test]
fn a_chapter_a_session_covered_is_not_drawn_again() {
    let mut app = app(80, 24);
    // Chapter 8 was presented by 정민재 in the session of 2025-04-20.
    press(&mut app, &["Enter", "j", "j", "j", "j", "j", "j", "j", "r"]);
    assert!(app.overlay.is_none(), "no roulette");
    let text = screen(&app);
    assert!(
        text.contains("Chapter 8 was presented on 2025-04-20 by 정민재"),
        "{text}"
    );
}

#[test]
fn a_chapter_without_a_presenter_is_drawn_at_once() {
    let mut app = app(80, 24);
    // A new chapter 13 has no presenter.
    press(&mut app, &["Enter", "a"]);
    type_text(&mut app, "13");
    focus(&mut app, "Title");
    type_text(&mut app, "부록");
    press(&mut app, &["C-s", "G", "r"]);
    assert!(
        screen(&app).contains("No presenter yet"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["r"]);
    assert!(
        app.next_frame_in().is_some(),
        "the spin starts without asking"
    );
}

#[test]
fn enter_after_a_draw_keeps_it_and_never_draws_again() {
    let mut app = roulette_on_chapter_eleven();
    let before = study(&app).draws.len();
    press(&mut app, &["r", "y", "j"]);
    assert_eq!(study(&app).draws.len(), before + 1);
    let chosen = study(&app).draws.last().expect("draw").chosen.clone();
    let text = screen(&app);
    assert!(text.contains(&format!("Presenter now: {chosen}")), "{text}");
    assert!(
        text.contains("Enter keep"),
        "the hints say what Enter does:\n{text}"
    );
    assert!(text.contains("r draw again"), "and r:\n{text}");

    press(&mut app, &["Enter"]);
    assert!(app.overlay.is_none(), "Enter closes");
    assert_eq!(study(&app).draws.len(), before + 1, "without a second draw");
    assert_eq!(
        study(&app).chapters[10].presenter.as_deref(),
        Some(chosen.as_str())
    );
}

#[test]
fn drawing_again_replaces_the_result_just_drawn_only_after_a_yes() {
    let mut app = roulette_on_chapter_eleven();
    let before = study(&app).draws.len();
    press(&mut app, &["r", "y", "j"]);
    let chosen = study(&app).draws.last().expect("draw").chosen.clone();
    press(&mut app, &["r"]);
    let text = screen(&app);
    assert!(
        text.contains(&format!("Replace {chosen}, drawn just now")),
        "{text}"
    );
    press(&mut app, &["n"]);
    assert_eq!(study(&app).draws.len(), before + 1, "n draws nothing");
    assert!(
        screen(&app).contains("Saved."),
        "the result is back in view"
    );
    press(&mut app, &["r", "y", "j"]);
    assert_eq!(study(&app).draws.len(), before + 2, "y draws again");
}

#[test]
fn the_previous_draws_do_not_tell_the_result_before_the_spin_does() {
    let mut app = roulette_on_chapter_eleven();
    let shown = |app: &App| screen(app).matches("ch. 11 ").count();
    let before = shown(&app);
    press(&mut app, &["r", "y"]);
    assert!(app.next_frame_in().is_some(), "spinning");
    assert_eq!(shown(&app), before, "no new draw listed mid-spin");
    press(&mut app, &["j"]);
    assert_eq!(shown(&app), before + 1, "listed once the spin shows it");
}

#[test]
fn leaving_everyone_out_is_refused() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "k", "r"]);
    for _ in 0..5 {
        press(&mut app, &["Space", "j"]);
    }
    press(&mut app, &["r"]);
    assert!(screen(&app).contains("everyone is excluded"));
}

#[test]
fn a_table_of_contents_can_be_typed_line_by_line() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "t"]);
    type_text(&mut app, "부록 A. 더 읽을거리");
    press(&mut app, &["Enter"]);
    type_text(&mut app, "부록 B");
    press(&mut app, &["C-s"]);
    assert!(screen(&app).contains("numbered 13 to 14 in order"));
    press(&mut app, &["Enter"]);
    let titles: Vec<(u32, String)> = study(&app)
        .chapters
        .iter()
        .skip(12)
        .map(|c| (c.number, c.title.clone()))
        .collect();
    assert_eq!(
        titles,
        vec![
            (13, "부록 A. 더 읽을거리".to_owned()),
            (14, "부록 B".to_owned())
        ]
    );
}

#[test]
fn a_point_taller_than_its_column_is_shown_when_selected_and_keeps_its_place() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "4", "a"]);
    let long = format!(
        "긴 회고 시작. {}",
        "매주 발표를 준비하며 배운 점이 많았다. ".repeat(20)
    );
    app.handle_paste(&long);
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("긴 회고 시작."),
        "the new point is in view:\n{text}"
    );
    press(&mut app, &["a"]);
    type_text(&mut app, "짧은 점");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("짧은 점"), "{text}");
    assert!(
        !text.contains("긴 회고 시작."),
        "the tall point does not fit above it"
    );
    assert!(text.contains("3 more"), "and the column says so:\n{text}");
    press(&mut app, &["k"]);
    let text = screen(&app);
    assert!(
        text.contains("긴 회고 시작."),
        "selected, it shows:\n{text}"
    );
    let good: Vec<&str> = study(&app)
        .retro
        .iter()
        .filter(|p| p.kind == RetroKind::Good)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(good.last(), Some(&"짧은 점"), "added last, listed last");
}

#[test]
fn a_session_covers_a_range_of_chapters() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "a"]);
    focus(&mut app, "Chapters");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "10-12");
    press(&mut app, &["C-s"]);
    let session = study(&app).sessions.last().expect("session").clone();
    assert_eq!(session.chapters, vec![10, 11, 12]);
    let row = screen(&app)
        .lines()
        .find(|l| l.contains(&session.held_on.to_string()))
        .map(str::to_owned)
        .expect("the session is listed");
    assert!(row.contains(" 10-12 "), "listed as typed: {row}");

    press(&mut app, &["a"]);
    focus(&mut app, "Chapters");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "5-3");
    press(&mut app, &["C-s"]);
    assert!(form_open(&app));
    assert!(screen(&app).contains("5-3 runs backwards; write the lower number first: 3-5"));
}

#[test]
fn marking_a_second_member_as_me_says_who_was_me_before() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "3", "a"]);
    type_text(&mut app, "한지민");
    press(&mut app, &["Tab", "Space", "C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("now marked as me instead of \"김서연\""),
        "{text}"
    );
}

#[test]
fn cycling_a_status_says_what_it_is_now() {
    let mut app = app(60, 24);
    press(&mut app, &["Enter", "G", "s"]);
    assert!(screen(&app).contains("Chapter 12 is now reading."));
}

#[test]
fn a_problem_under_a_field_wraps_in_the_value_column() {
    let mut app = app_with(&[], 60, 24);
    press(&mut app, &["a"]);
    type_text(&mut app, "스터디");
    focus(&mut app, "Started");
    type_text(&mut app, "2024-13-01");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    let rows: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("2024-13-01"))
        .skip(1)
        .take_while(|l| !l.contains("Ended"))
        .collect();
    assert!(rows.len() >= 2, "the problem takes rows:\n{text}");
    for row in rows {
        let value_column = row.chars().skip(1).take(20).all(|c| c == ' ');
        assert!(value_column, "{row:?} starts under the labels:\n{text}");
    }
}

#[test]
fn ctrl_c_asks_before_losing_unsaved_text_and_a_second_one_quits() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "a"]);
    focus(&mut app, "Title");
    type_text(&mut app, "저장 안 한 제목");
    press(&mut app, &["C-c"]);
    assert!(!app.should_quit);
    assert!(screen(&app).contains("Quit without saving what you typed"));
    press(&mut app, &["n"]);
    assert!(form_open(&app) && !app.should_quit);
    assert!(
        screen(&app).contains("저장 안 한 제목"),
        "the text is still there"
    );
    press(&mut app, &["C-c", "y"]);
    assert!(app.should_quit);

    let mut app = ui::app(80, 24);
    press(&mut app, &["Enter", "n"]);
    type_text(&mut app, "메모");
    press(&mut app, &["C-c"]);
    assert!(screen(&app).contains("Quit without saving the changes to these notes?"));
    press(&mut app, &["Esc"]);
    assert!(matches!(app.overlay, Some(Overlay::Editor(_))) && !app.should_quit);
    press(&mut app, &["C-c", "C-c"]);
    assert!(app.should_quit, "a second Ctrl-c quits all the same");

    let mut app = ui::app(80, 24);
    press(&mut app, &["Enter", "a", "C-c"]);
    assert!(app.should_quit, "nothing typed: nothing to ask");
}

#[test]
fn a_pasted_table_of_contents_that_clashes_says_which_line_and_adds_nothing() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "t"]);
    app.handle_paste("13. 부록\n3. 중복된 장\n");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("chapter 3 \"중복된 장\" is already in the study as \"저장소와 검색\""),
        "{text}"
    );
    assert_eq!(study(&app).chapters.len(), 12);

    press(&mut app, &["C-u"]);
    app.handle_paste("1부 기초\n13장 하나\n13장 둘\n");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("chapter 13 comes twice in the paste"),
        "{text}"
    );
    assert_eq!(study(&app).chapters.len(), 12);
}

#[test]
fn undo_selects_what_it_brings_back_and_the_question_says_what_goes_with_it() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "j", "j", "d"]);
    let text = screen(&app);
    assert!(
        text.contains("and take it out of 1 session"),
        "chapter 3 was held in a session:\n{text}"
    );
    press(&mut app, &["y", "G"]);
    press(&mut app, &["u"]);
    let screen_ = app.study.as_ref().expect("study");
    let selected = screen_.list().selected_item(12).expect("selection");
    assert_eq!(study(&app).chapters[selected].number, 3);
}

#[test]
fn on_a_small_window_the_roulette_keeps_the_member_in_focus_and_the_result_in_view() {
    let mut app = app(40, 12);
    // Five more members than the demo's five: more than the window has rows.
    press(&mut app, &["Enter", "3"]);
    for name in ["한지민", "오세훈", "유나래", "강민호", "서하늘"] {
        press(&mut app, &["a"]);
        type_text(&mut app, name);
        press(&mut app, &["C-s"]);
    }
    press(&mut app, &["1", "G", "r"]);
    for _ in 0..9 {
        press(&mut app, &["j"]);
    }
    let text = screen(&app);
    assert!(
        text.contains("서하늘"),
        "the last member, in focus:\n{text}"
    );
    press(&mut app, &["r", "y", "j"]);
    let text = screen(&app);
    assert!(text.contains("Saved."), "the result is in view:\n{text}");
    let chosen = study(&app).draws.last().expect("draw").chosen.clone();
    assert!(text.contains(&chosen), "and the chosen member:\n{text}");
}

#[test]
fn a_session_and_a_point_are_edited_deleted_and_brought_back() {
    let mut app = app(80, 24);
    // The first session: 최지우 marked absent in its form.
    press(&mut app, &["Enter", "2", "e"]);
    focus(&mut app, "최지우");
    press(&mut app, &["Space"]);
    press(&mut app, &["C-s"]);
    let first = study(&app).sessions[0].clone();
    let mark = first
        .attendance
        .iter()
        .find(|a| a.member == "최지우")
        .map(|a| a.status);
    assert_eq!(mark, Some(AttendanceStatus::Absent));
    // Its notes, in the editor.
    press(&mut app, &["n"]);
    type_text(&mut app, "첫 모임 메모");
    press(&mut app, &["C-s"]);
    assert!(app.overlay.is_none());

    press(&mut app, &["d", "y"]);
    assert_eq!(study(&app).sessions.len(), 8);
    press(&mut app, &["u"]);
    assert_eq!(study(&app).sessions.len(), 9);
    assert_eq!(study(&app).sessions[0].held_on, first.held_on);

    // A point rewritten and moved to Try by its form.
    press(&mut app, &["4", "e"]);
    press(&mut app, &["C-u"]);
    type_text(&mut app, "발표 추첨은 계속한다");
    focus(&mut app, "Kind");
    press(&mut app, &["Space", "Space", "C-s"]);
    let point = study(&app)
        .retro
        .iter()
        .find(|p| p.text == "발표 추첨은 계속한다")
        .expect("edited")
        .clone();
    assert_eq!(point.kind, RetroKind::Try);
    let before = study(&app).retro.len();
    press(&mut app, &["d", "y"]);
    assert_eq!(study(&app).retro.len(), before - 1);
    press(&mut app, &["u"]);
    assert_eq!(study(&app).retro.len(), before);
}

#[test]
fn a_session_before_the_study_started_is_saved_with_a_word_of_doubt() {
    let mut app = app(120, 24);
    press(&mut app, &["Enter", "2", "a", "C-u"]);
    type_text(&mut app, "2025-01-05");
    press(&mut app, &["C-s"]);
    assert!(!form_open(&app), "saved: it may be meant");
    let text = screen(&app);
    assert!(
        text.contains("check it: 2025-01-05 is before the study started (2025-03-02)"),
        "{text}"
    );
}

#[test]
fn a_chapter_dated_after_the_study_ended_is_saved_with_a_word_of_doubt() {
    let mut app = app(160, 24);
    press(&mut app, &["Enter", "a"]);
    focus(&mut app, "Title");
    type_text(&mut app, "부록");
    focus(&mut app, "Date");
    type_text(&mut app, "2025-07-01");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("check it: 2025-07-01 is after the study ended (2025-05-25)"),
        "{text}"
    );
}

#[test]
fn every_problem_of_a_form_shows_at_once() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "a", "C-u"]);
    type_text(&mut app, "2025-13-01");
    focus(&mut app, "Chapters");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "99");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("\"2025-13-01\" is not a date"), "{text}");
    assert!(text.contains("there is no chapter 99"), "{text}");

    let mut app = ui::app(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "Ended");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "2025-01-01");
    focus(&mut app, "Deposit");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "10만원");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("is before the start, 2025-03-02"), "{text}");
    assert!(text.contains("\"10만원\" is not an amount"), "{text}");
}

#[test]
fn a_table_of_contents_adds_only_its_chapters_after_the_preview_says_yes() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter"]);
    let chapters_before = study(&app).chapters.len();
    press(&mut app, &["t"]);
    app.handle_paste(
        "3부 분산 데이터의 끝\n\
         13장 데이터 시스템의 미래 ........ 489\n\
         13.1 데이터 통합\n\
         13.2 데이터베이스 언번들링\n\
         13.3 정확성을 목표로\n\
         Part V: Ethics\n\
         14. 옳은 일 하기\n\
         14.1 예측 분석\n\
         14.2 사생활과 추적\n",
    );
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(
        text.contains("2 chapters; skipped 2 part headings and 5 sections"),
        "{text}"
    );
    assert!(text.contains("13. 데이터 시스템의 미래"), "{text}");
    assert!(text.contains("14. 옳은 일 하기"), "{text}");
    assert_eq!(study(&app).chapters.len(), chapters_before, "nothing yet");

    // Esc goes back to the text, intact; Esc again asks about a table of contents.
    press(&mut app, &["Esc"]);
    assert!(editor_text(&app).contains("13.2 데이터베이스 언번들링"));
    assert_eq!(study(&app).chapters.len(), chapters_before);
    press(&mut app, &["Esc"]);
    assert!(
        screen(&app).contains("Throw away this table of contents?"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["n", "C-s", "y"]);
    let added: Vec<(u32, String)> = study(&app)
        .chapters
        .iter()
        .skip(chapters_before)
        .map(|c| (c.number, c.title.clone()))
        .collect();
    assert_eq!(
        added,
        vec![
            (13, "데이터 시스템의 미래".to_owned()),
            (14, "옳은 일 하기".to_owned())
        ]
    );
    assert!(app.overlay.is_none());
    assert!(screen(&app).contains("Added 2 chapters"));
}

#[test]
fn a_long_preview_scrolls_and_a_preface_without_a_number_is_explained() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "t"]);
    let toc: String = (13..=40)
        .map(|n| format!("{n}장 긴 목차의 {n}번째 장\n"))
        .collect();
    app.handle_paste(&toc);
    press(&mut app, &["C-s"]);
    assert!(screen(&app).contains("28 chapters"));
    assert!(!screen(&app).contains("40. 긴 목차의 40번째 장"));
    press(&mut app, &["G"]);
    assert!(
        screen(&app).contains("40. 긴 목차의 40번째 장"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["n", "C-u"]);
    app.handle_paste("들어가며\n13장 하나\n14장 둘\n");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("line 1 \"들어가며\" has no number"), "{text}");
    assert_eq!(study(&app).chapters.len(), 12, "nothing added");
}

#[test]
fn enter_on_a_long_text_writes_it_in_the_editor_and_the_form_saves_it() {
    // A new study's form opens on the home screen, with no study open.
    let mut app = app_with(&[], 80, 24);
    press(&mut app, &["a"]);
    type_text(&mut app, "러스트 스터디");
    focus(&mut app, "Book");
    type_text(&mut app, "러스트 프로그래밍 공식 가이드");
    focus(&mut app, "How it ran");
    press(&mut app, &["Enter"]);
    assert!(
        matches!(app.overlay, Some(Overlay::Editor(_))),
        "{}",
        screen(&app)
    );
    type_text(&mut app, "매주 한 장씩 발표했다.");
    press(&mut app, &["Enter"]);
    type_text(&mut app, "마지막 달에는 두 장씩.");
    press(&mut app, &["C-s"]);
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("Ctrl-s goes back to the form: {}", screen(&app));
    };
    assert_eq!(
        form.text(StudyField::HowItRan),
        "매주 한 장씩 발표했다.\n마지막 달에는 두 장씩."
    );
    assert_eq!(form.fields[form.focus].label, "How it ran", "focus kept");
    assert_eq!(
        form.text(StudyField::Name),
        "러스트 스터디",
        "the rest as typed"
    );
    assert!(app.studies.is_empty(), "not saved before the form is");
    press(&mut app, &["Tab"]);
    let text = screen(&app);
    assert!(
        text.contains("매주 한 장씩 발표했다. (+1 line)"),
        "the first line and how many more: {text}"
    );
    press(&mut app, &["C-s"]);
    assert!(!form_open(&app), "{}", screen(&app));
    press(&mut app, &["Enter"]);
    assert_eq!(
        study(&app).how_it_ran,
        "매주 한 장씩 발표했다.\n마지막 달에는 두 장씩."
    );
}

#[test]
fn esc_in_a_fields_editor_asks_then_returns_to_the_form_as_it_was() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "Closing");
    let before = study(&app).closing.clone();
    let hint = screen(&app);
    assert!(hint.contains("Enter writes it in the editor"), "{hint}");
    press(&mut app, &["Enter"]);
    type_text(&mut app, " 덧붙임");
    press(&mut app, &["Esc"]);
    assert!(
        screen(&app).contains("Throw away the changes to \"Closing\"?"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["y"]);
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("back in the form: {}", screen(&app));
    };
    assert_eq!(form.text(StudyField::Closing), before);
    // Enter on a one-line field still moves on.
    focus(&mut app, "Venue");
    press(&mut app, &["Enter"]);
    assert!(form_open(&app));
}

#[test]
fn an_amount_typed_with_or_without_commas_is_shown_with_them() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "Deposit");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "10,000");
    focus(&mut app, "Penalty");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "2500");
    press(&mut app, &["Tab"]);
    let text = screen(&app);
    assert!(
        text.contains("2,500"),
        "grouped when the focus leaves: {text}"
    );
    press(&mut app, &["C-s"]);
    assert!(!form_open(&app), "{}", screen(&app));
    assert_eq!(study(&app).deposit.amount, 10_000);
    assert_eq!(study(&app).deposit.penalty, 2_500);
    press(&mut app, &["E"]);
    focus(&mut app, "Deposit");
    let text = screen(&app);
    assert!(text.contains("10,000"), "{text}");
}

#[test]
fn ctrl_c_in_a_fields_editor_asks_for_the_form_too() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "E"]);
    type_text(&mut app, " 2기");
    focus(&mut app, "Closing");
    press(&mut app, &["Enter", "C-c"]);
    assert!(!app.should_quit, "the form's name changed");
    assert!(
        screen(&app).contains("Quit without saving the form \"Edit study\"?"),
        "{}",
        screen(&app)
    );
    press(&mut app, &["n", "C-s"]);
    assert!(form_open(&app), "Ctrl-s went back to the form");
    press(&mut app, &["C-c", "C-c"]);
    assert!(app.should_quit);
}

#[test]
fn undo_is_refused_and_the_other_write_kept_when_another_program_wrote_since() {
    use studylog::store::{OpenMode, Store};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("j.db");
    let mut store = Store::open(&path, OpenMode::CreateIfMissing).expect("journal");
    let json = std::fs::read_to_string("assets/demo.json").expect("demo");
    let studies = studylog::export::interchange::parse(&json).expect("demo");
    store
        .import(&studies, studylog::store::Conflict::Refuse)
        .expect("import");
    let mut app = App::new(
        store,
        ui::post_defaults(),
        studylog::ui::theme::Theme::new(false, false),
    );
    app.resize(80, 24);
    press(&mut app, &["Enter", "j", "j", "d", "y"]);
    let chapters = study(&app).chapters.len();
    let id = app.study.as_ref().expect("study").id;

    // A second studylog (or `studylog draw`) writes to the same study.
    let mut other = Store::open(&path, OpenMode::MustExist).expect("second store");
    let point = studylog::domain::RetroPoint {
        kind: RetroKind::Good,
        text: "다른 창에서 쓴 회고".into(),
        chapter: None,
    };
    other.add_retro_point(id, &point).expect("other write");

    press(&mut app, &["u"]);
    let status = format!("{:?}", app.status);
    assert!(status.contains("changed since the deletion"), "{status}");
    let now = other.load_study(id).expect("load");
    assert_eq!(now.chapters.len(), chapters, "the deletion stands");
    assert!(now.retro.contains(&point), "the other write is kept");
    assert!(study(&app).retro.contains(&point), "and shown");
}
