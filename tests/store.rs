//! The store on temporary and in-memory journals, without the command line.

use studylog::domain::stats::Progress;
use studylog::domain::{Chapter, ChapterStatus, Member, Session, Study};
use studylog::export::interchange;
use studylog::store::{Conflict, OpenMode, Store, StoreError};

fn example() -> Vec<Study> {
    let json = std::fs::read_to_string("tests/fixtures/example-study.json").expect("example");
    interchange::parse(&json).expect("the example is valid")
}

fn study(name: &str, chapters: u32) -> Study {
    let mut s = Study::new(name, format!("{name}의 책"));
    for n in 1..=chapters {
        let mut c = Chapter::new(n, format!("{n}장"));
        if n % 2 == 0 {
            c.status = ChapterStatus::Done;
        }
        s.chapters.push(c);
    }
    s
}

#[test]
fn a_study_reads_back_as_it_was_written() {
    let mut store = Store::open_in_memory().expect("journal");
    let original = example().remove(0);
    let id = store.insert_study(&original).expect("insert");
    assert_eq!(store.load_study(id).expect("load"), original);
}

#[test]
fn an_outline_leaves_out_the_notes_and_fetches_one_on_demand() {
    let mut store = Store::open_in_memory().expect("journal");
    let original = example().remove(0);
    let id = store.insert_study(&original).expect("insert");
    let outline = store.load_outline(id).expect("outline");

    assert_eq!(outline.chapters().count(), original.chapters.len());
    assert_eq!(outline.members().count(), original.members.len());
    assert_eq!(outline.sessions().count(), original.sessions.len());
    assert_eq!(outline.points().count(), original.retro.len());
    assert!(outline.chapters.iter().all(|c| c.notes.is_empty()));
    assert!(outline.sessions.iter().all(|s| s.notes.is_empty()));
    // Everything else is as stored.
    let mut without_notes = original.clone();
    without_notes
        .chapters
        .iter_mut()
        .for_each(|c| c.notes.clear());
    without_notes
        .sessions
        .iter_mut()
        .for_each(|s| s.notes.clear());
    assert_eq!(*outline.study(), without_notes);

    let (with_notes, _) = original
        .chapters
        .iter()
        .enumerate()
        .find(|(_, c)| !c.notes.is_empty())
        .expect("the example has notes");
    assert_eq!(
        store
            .chapter_notes(outline.chapter(with_notes).expect("chapter").id)
            .expect("notes"),
        original.chapters[with_notes].notes
    );
}

#[test]
fn the_list_keeps_journal_order_and_counts_progress() {
    let mut store = Store::open_in_memory().expect("journal");
    for (name, chapters) in [("나중", 4), ("먼저", 3), ("빈 스터디", 0)] {
        store.insert_study(&study(name, chapters)).expect("insert");
    }
    let list = store.list_studies().expect("list");
    let rows: Vec<(&str, usize, usize)> = list
        .iter()
        .map(|s| (s.name.as_str(), s.progress.finished, s.progress.total))
        .collect();
    assert_eq!(rows, [("나중", 2, 4), ("먼저", 1, 3), ("빈 스터디", 0, 0)]);
    assert_eq!(list[0].book, "나중의 책");
}

#[test]
fn the_list_counts_progress_as_the_study_screen_does() {
    let mut store = Store::open_in_memory().expect("journal");
    // 1 held by a session (stored todo), 2 skipped, 3 reading, 4 done, 5 todo.
    let mut s = study("세션으로", 5);
    s.chapters[1].status = ChapterStatus::Skipped;
    s.chapters[2].status = ChapterStatus::Reading;
    s.chapters[3].status = ChapterStatus::Done;
    s.sessions.push(Session {
        held_on: "2025-03-02".parse().expect("date"),
        chapters: vec![1],
        presenter: None,
        attendance: vec![],
        notes: String::new(),
    });
    let expected = Progress::of(&s);
    assert_eq!((expected.finished, expected.total), (3, 5));
    store.insert_study(&s).expect("insert");
    assert_eq!(store.list_studies().expect("list")[0].progress, expected);
}

#[test]
fn replace_puts_the_new_study_in_the_old_ones_place() {
    let mut store = Store::open_in_memory().expect("journal");
    for name in ["a", "b", "c"] {
        store.insert_study(&study(name, 1)).expect("insert");
    }
    let mut new_b = study("b", 5);
    new_b.closing = "replaced".into();
    let outcome = store.import(&[new_b], Conflict::Replace).expect("replace");
    assert!(outcome[0].replaced);
    let names: Vec<String> = store
        .study_names()
        .expect("names")
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(names, ["a", "b", "c"]);
    let b = store.load_study(outcome[0].id).expect("load");
    assert_eq!((b.chapters.len(), b.closing.as_str()), (5, "replaced"));
}

#[test]
fn rename_finds_the_next_free_number() {
    let mut store = Store::open_in_memory().expect("journal");
    store.insert_study(&study("스터디", 1)).expect("insert");
    store.insert_study(&study("스터디 (2)", 1)).expect("insert");
    let outcome = store
        .import(&[study("스터디", 1)], Conflict::Rename)
        .expect("rename");
    assert_eq!(outcome[0].name, "스터디 (3)");
    assert_eq!(outcome[0].renamed_from.as_deref(), Some("스터디"));
}

#[test]
fn a_refused_import_writes_nothing() {
    let mut store = Store::open_in_memory().expect("journal");
    store.insert_study(&study("taken", 1)).expect("insert");
    let err = store
        .import(&[study("new", 1), study("taken", 2)], Conflict::Refuse)
        .expect_err("refused");
    assert!(
        matches!(err, StoreError::StudiesExist { ref names } if names == &["taken".to_owned()])
    );
    assert_eq!(store.study_names().expect("names").len(), 1);
}

#[test]
fn an_invalid_study_is_never_stored() {
    let mut store = Store::open_in_memory().expect("journal");
    let mut bad = study("s", 1);
    bad.members = vec![
        Member {
            name: "dup".into(),
            me: false,
        },
        Member {
            name: "dup".into(),
            me: false,
        },
    ];
    let err = store.insert_study(&bad).expect_err("refused");
    assert!(err.to_string().contains("members[1].name"), "{err}");
    assert!(store.study_names().expect("names").is_empty());
}

#[test]
fn deleting_a_study_removes_everything_it_owns() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(&dir.path().join("j.db"), OpenMode::CreateIfMissing).expect("open");
    let id = store.insert_study(&example().remove(0)).expect("insert");
    store.delete_study(id).expect("delete");
    let report = store.check().expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert!(store.list_studies().expect("list").is_empty());
}

#[test]
fn a_journal_reopens_with_its_data_and_schema() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("j.db");
    let mut store = Store::open(&path, OpenMode::CreateIfMissing).expect("create");
    store.insert_study(&study("남는다", 2)).expect("insert");
    drop(store);
    let store = Store::open(&path, OpenMode::MustExist).expect("reopen");
    assert_eq!(
        store.schema_version().expect("version"),
        studylog::store::LATEST_VERSION
    );
    assert_eq!(store.list_studies().expect("list")[0].name, "남는다");
}

#[test]
fn an_empty_file_becomes_a_journal() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").expect("touch");
    let store = Store::open(&path, OpenMode::MustExist).expect("an empty file is a new journal");
    assert!(store.list_studies().expect("list").is_empty());
}

#[test]
fn a_read_only_open_leaves_nothing_beside_the_journal_and_refuses_writes() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("j.db");
    let mut store = Store::open(&path, OpenMode::CreateIfMissing).expect("create");
    store.insert_study(&study("읽기만", 2)).expect("insert");
    drop(store);
    let before = std::fs::read(&path).expect("read");
    let mut store = Store::open(&path, OpenMode::ReadOnly).expect("read-only open");
    assert_eq!(store.list_studies().expect("list")[0].name, "읽기만");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files, ["j.db"], "no -wal or -shm while it is open");
    assert!(matches!(
        store.insert_study(&study("쓰기", 1)),
        Err(StoreError::ReadOnly)
    ));
    drop(store);
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_read_only_open_of_an_empty_file_says_it_is_not_a_journal_yet() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").expect("touch");
    assert!(matches!(
        Store::open(&path, OpenMode::ReadOnly),
        Err(StoreError::Empty)
    ));
    assert_eq!(std::fs::metadata(&path).expect("meta").len(), 0);
}
