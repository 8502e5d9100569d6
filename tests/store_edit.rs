//! Editing a study one entity at a time, as the UI does: every change lands in one
//! transaction, and a change that would leave the study inconsistent is refused with the
//! journal untouched.

use chrono::NaiveDate;
use studylog::domain::{
    AttendanceStatus, Chapter, ChapterStatus, Member, RetroKind, RetroPoint, Session, Study,
};
use studylog::store::{Store, StoreError, StudyId};

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn journal() -> (Store, StudyId) {
    let mut store = Store::open_in_memory().expect("journal");
    let mut study = Study::new("러스트 스터디", "러스트 프로그래밍");
    study.members = vec![
        Member {
            name: "김서연".into(),
            me: true,
        },
        Member {
            name: "이도윤".into(),
            me: false,
        },
    ];
    for (n, title) in [(1, "시작하기"), (2, "소유권"), (4, "구조체")] {
        study.chapters.push(Chapter::new(n, title));
    }
    let id = store.insert_study(&study).expect("insert");
    (store, id)
}

fn load(store: &Store, id: StudyId) -> Study {
    store.load_study(id).expect("load")
}

/// The field a problem's path ends in: `chapters[2].title` → `title`.
fn field(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

fn problem_paths(err: StoreError) -> Vec<String> {
    match err {
        StoreError::Invalid { problems } => problems.into_iter().map(|p| p.path).collect(),
        other => panic!("expected a refusal, got {other}"),
    }
}

#[test]
fn a_renamed_member_is_renamed_everywhere() {
    let (mut store, id) = journal();
    let outline = store.load_outline(id).expect("outline");
    let mut chapter = Chapter::new(1, "시작하기");
    chapter.presenter = Some("이도윤".into());
    store
        .update_chapter(id, outline.chapter(0).expect("chapter").id, &chapter)
        .expect("presenter");
    store
        .update_member(
            id,
            outline.member(1).expect("member").id,
            &Member {
                name: "이도윤2".into(),
                me: false,
            },
        )
        .expect("rename");
    let study = load(&store, id);
    assert_eq!(study.chapters[0].presenter.as_deref(), Some("이도윤2"));
}

#[test]
fn only_one_member_is_me() {
    let (mut store, id) = journal();
    store
        .add_member(
            id,
            &Member {
                name: "박하준".into(),
                me: true,
            },
        )
        .expect("add");
    let study = load(&store, id);
    let me: Vec<&str> = study
        .members
        .iter()
        .filter(|m| m.me)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(me, vec!["박하준"]);
}

#[test]
fn chapters_go_in_number_order_and_a_duplicate_number_is_refused() {
    let (mut store, id) = journal();
    store
        .add_chapters(id, &[Chapter::new(3, "열거형"), Chapter::new(5, "모듈")])
        .expect("add");
    let numbers: Vec<u32> = load(&store, id).chapters.iter().map(|c| c.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);

    let before = load(&store, id);
    let err = store
        .add_chapters(
            id,
            &[Chapter::new(6, "컬렉션"), Chapter::new(2, "또 소유권")],
        )
        .expect_err("a duplicate number");
    assert!(
        problem_paths(err).iter().any(|p| field(p) == "number"),
        "the number is blamed"
    );
    assert_eq!(load(&store, id), before, "neither chapter was added");
}

#[test]
fn a_renumbered_chapter_moves_to_its_place() {
    let (mut store, id) = journal();
    let outline = store.load_outline(id).expect("outline");
    store
        .update_chapter(
            id,
            outline.chapter(0).expect("chapter").id,
            &Chapter::new(9, "시작하기"),
        )
        .expect("renumber");
    let numbers: Vec<u32> = load(&store, id).chapters.iter().map(|c| c.number).collect();
    assert_eq!(numbers, vec![2, 4, 9]);
}

#[test]
fn an_empty_title_and_control_characters_are_refused() {
    let (mut store, id) = journal();
    let outline = store.load_outline(id).expect("outline");
    let before = load(&store, id);
    let err = store
        .update_chapter(
            id,
            outline.chapter(0).expect("chapter").id,
            &Chapter::new(1, "   "),
        )
        .expect_err("empty title");
    assert!(problem_paths(err).iter().any(|p| field(p) == "title"));
    let err = store
        .set_chapter_notes(
            id,
            outline.chapter(0).expect("chapter").id,
            "bell \u{7} here",
        )
        .expect_err("a control character");
    assert_eq!(problem_paths(err), vec!["notes"]);
    assert_eq!(load(&store, id), before);
}

#[test]
fn notes_and_status_are_written_on_their_own() {
    let (mut store, id) = journal();
    let outline = store.load_outline(id).expect("outline");
    store
        .set_chapter_notes(
            id,
            outline.chapter(1).expect("chapter").id,
            "## 빌림\n\n- &와 &mut",
        )
        .expect("notes");
    store
        .set_chapter_status(
            id,
            outline.chapter(1).expect("chapter").id,
            ChapterStatus::Presented,
        )
        .expect("status");
    // A later edit of the chapter's other fields leaves the notes alone.
    let mut chapter = Chapter::new(2, "소유권 이해하기");
    chapter.status = ChapterStatus::Presented;
    store
        .update_chapter(id, outline.chapter(1).expect("chapter").id, &chapter)
        .expect("edit");
    let study = load(&store, id);
    assert_eq!(study.chapters[1].notes, "## 빌림\n\n- &와 &mut");
    assert_eq!(study.chapters[1].title, "소유권 이해하기");
    assert_eq!(study.chapters[1].status, ChapterStatus::Presented);
}

#[test]
fn sessions_go_in_date_order_and_attendance_toggles() {
    let (mut store, id) = journal();
    let session = |day: &str| Session {
        held_on: date(day),
        chapters: vec![1],
        presenter: Some("김서연".into()),
        attendance: vec![],
        notes: String::new(),
    };
    store.add_session(id, &session("2025-03-09")).expect("add");
    let early = store.add_session(id, &session("2025-03-02")).expect("add");
    let dates: Vec<String> = load(&store, id)
        .sessions
        .iter()
        .map(|s| s.held_on.to_string())
        .collect();
    assert_eq!(dates, vec!["2025-03-02", "2025-03-09"]);

    store
        .set_attendance(id, early, "이도윤", Some(AttendanceStatus::Absent))
        .expect("absent");
    store
        .set_attendance(id, early, "이도윤", Some(AttendanceStatus::Present))
        .expect("present");
    store
        .set_attendance(id, early, "김서연", Some(AttendanceStatus::Unprepared))
        .expect("unprepared");
    let first = &load(&store, id).sessions[0];
    let marks: Vec<(&str, AttendanceStatus)> = first
        .attendance
        .iter()
        .map(|a| (a.member.as_str(), a.status))
        .collect();
    assert_eq!(
        marks,
        vec![
            ("이도윤", AttendanceStatus::Present),
            ("김서연", AttendanceStatus::Unprepared)
        ]
    );
    let err = store
        .set_attendance(id, early, "없는 사람", Some(AttendanceStatus::Present))
        .expect_err("not a member");
    assert!(matches!(err, StoreError::Invalid { .. }));
}

#[test]
fn retro_points_move_up_down_and_between_columns() {
    let (mut store, id) = journal();
    let point = |kind, text: &str| RetroPoint {
        kind,
        text: text.into(),
        chapter: None,
    };
    let a = store
        .add_retro_point(id, &point(RetroKind::Good, "첫째"))
        .expect("add");
    let b = store
        .add_retro_point(id, &point(RetroKind::Good, "둘째"))
        .expect("add");
    store.swap_retro_points(id, a, b).expect("swap");
    let mut moved = point(RetroKind::Try, "둘째");
    moved.chapter = Some(4);
    store.update_retro_point(id, b, &moved).expect("move");
    let retro = load(&store, id).retro;
    assert_eq!(retro[0], moved);
    assert_eq!(retro[1].text, "첫째");
    let err = store
        .update_retro_point(
            id,
            a,
            &RetroPoint {
                chapter: Some(99),
                ..point(RetroKind::Bad, "첫째")
            },
        )
        .expect_err("no chapter 99");
    assert!(matches!(err, StoreError::Invalid { .. }));
}

#[test]
fn a_deleted_chapter_comes_back_with_everything_it_had() {
    let (mut store, id) = journal();
    let outline = store.load_outline(id).expect("outline");
    store
        .set_chapter_notes(id, outline.chapter(1).expect("chapter").id, "긴 노트")
        .expect("notes");
    store
        .add_retro_point(
            id,
            &RetroPoint {
                kind: RetroKind::Good,
                text: "좋았다".into(),
                chapter: Some(2),
            },
        )
        .expect("point");
    let mut before = store.snapshot(id).expect("snapshot");
    store
        .delete_chapter(id, outline.chapter(1).expect("chapter").id)
        .expect("delete");
    store.note_after_delete(&mut before).expect("noted");
    let after = load(&store, id);
    assert_eq!(after.chapters.len(), 2);
    assert_eq!(after.retro[0].chapter, None, "the point lost its chapter");

    let restored = store.restore(&before).expect("undo");
    assert_eq!(load(&store, restored), before.study);
    assert_eq!(store.list_studies().expect("list").len(), 1);
}

#[test]
fn a_study_cannot_take_another_studys_name() {
    let (mut store, id) = journal();
    store
        .insert_study(&Study::new("다른 스터디", "책"))
        .expect("insert");
    let mut study = load(&store, id);
    study.name = "다른 스터디".into();
    let err = store.update_study(id, &study).expect_err("taken");
    assert_eq!(problem_paths(err), vec!["name"]);
    study.name = "새 이름".into();
    study.book.authors = vec!["Steve Klabnik".into(), "Carol Nichols".into()];
    store.update_study(id, &study).expect("rename");
    assert_eq!(load(&store, id), study);
}

#[test]
fn the_outline_after_an_edit_is_the_journal_even_when_another_program_writes() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("j.db");
    let mut store =
        Store::open(&path, studylog::store::OpenMode::CreateIfMissing).expect("journal");
    let mut study = Study::new("러스트 스터디", "러스트 프로그래밍");
    study.chapters.push(Chapter::new(1, "시작하기"));
    let id = store.insert_study(&study).expect("insert");
    let outline = store.load_outline(id).expect("outline");

    store
        .set_chapter_status(
            id,
            outline.chapter(0).expect("chapter").id,
            ChapterStatus::Done,
        )
        .expect("edit");
    let after = store.load_outline(id).expect("outline");
    assert_eq!(after.chapters[0].status, ChapterStatus::Done);

    // Another edit, then another program renames the chapter before the screen reads.
    store
        .set_chapter_status(
            id,
            outline.chapter(0).expect("chapter").id,
            ChapterStatus::Presented,
        )
        .expect("edit");
    let other = rusqlite::Connection::open(&path).expect("other program");
    other
        .execute("UPDATE chapter SET title = '다른 제목'", [])
        .expect("write");
    drop(other);
    let after = store.load_outline(id).expect("outline");
    assert_eq!(after.chapters[0].title, "다른 제목");
    assert_eq!(after.chapters[0].status, ChapterStatus::Presented);
}

#[test]
fn undo_is_refused_when_another_program_wrote_to_the_study_since_the_deletion() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("j.db");
    let mut store =
        Store::open(&path, studylog::store::OpenMode::CreateIfMissing).expect("journal");
    let mut study = Study::new("러스트 스터디", "러스트 프로그래밍");
    study.chapters.push(Chapter::new(1, "시작하기"));
    study.chapters.push(Chapter::new(2, "소유권"));
    let id = store.insert_study(&study).expect("insert");
    let outline = store.load_outline(id).expect("outline");

    let mut before = store.snapshot(id).expect("snapshot");
    store
        .delete_chapter(id, outline.chapter(1).expect("chapter").id)
        .expect("delete");
    store.note_after_delete(&mut before).expect("noted");

    // `studylog draw` or a second window adds a session before the undo.
    let mut other = Store::open(&path, studylog::store::OpenMode::MustExist).expect("second store");
    let session = Session {
        held_on: date("2024-03-05"),
        chapters: vec![1],
        presenter: None,
        attendance: Vec::new(),
        notes: String::new(),
    };
    other.add_session(id, &session).expect("other write");
    drop(other);

    let err = store.restore(&before).expect_err("undo refused");
    assert!(
        err.to_string().contains("changed since"),
        "a message that says why: {err}"
    );
    let now = load(&store, id);
    assert_eq!(now.sessions.len(), 1, "the other program's session is kept");
    assert_eq!(now.chapters.len(), 1, "and the deletion stands");
}

#[test]
fn undo_of_a_deleted_study_is_refused_when_its_name_was_taken_since() {
    let (mut store, id) = journal();
    let mut before = store.snapshot(id).expect("snapshot");
    store.delete_study(id).expect("delete");
    store.note_after_delete(&mut before).expect("noted");
    store
        .insert_study(&Study::new("러스트 스터디", "다른 책"))
        .expect("an import of the same name");
    let err = store.restore(&before).expect_err("undo refused");
    assert!(err.to_string().contains("changed since"), "{err}");
    assert_eq!(store.list_studies().expect("list")[0].book, "다른 책");
}
