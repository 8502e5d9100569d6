//! The progress the journal keeps for each study (schema 5: `study_progress`, kept by
//! triggers) is always what the study's chapters and sessions say,
//! whatever edits led there: the home screen and `studylog list` read it without counting.

use studylog::domain::stats::Progress;
use studylog::domain::{Chapter, ChapterStatus, Member, Session, Study};
use studylog::store::{Conflict, OpenMode, Store, StudyId};

/// A small deterministic random source, so a failure names a seed that replays it.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % sides as u64) as usize
    }
}

const STATUSES: [ChapterStatus; 5] = [
    ChapterStatus::Todo,
    ChapterStatus::Reading,
    ChapterStatus::Done,
    ChapterStatus::Presented,
    ChapterStatus::Skipped,
];

fn day(n: usize) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Days::new(n as u64)
}

/// A session on day `n` covering the chapters numbered `chapters`.
fn session(n: usize, chapters: Vec<u32>) -> Session {
    Session {
        held_on: day(n),
        chapters,
        presenter: None,
        attendance: vec![],
        notes: String::new(),
    }
}

fn study(name: &str, chapters: u32) -> Study {
    let mut s = Study::new(name, "책");
    s.chapters = (1..=chapters)
        .map(|n| Chapter::new(n, format!("{n}장")))
        .collect();
    s
}

/// Every study's kept progress against a count of its loaded chapters and sessions.
fn assert_kept_progress_is_counted(store: &Store, seed: u64, step: usize, what: &str) {
    for summary in store.list_studies().expect("list") {
        let counted = Progress::of(&store.load_study(summary.id).expect("load"));
        assert_eq!(
            summary.progress, counted,
            "seed {seed}, step {step} ({what}): {} keeps {:?}, its chapters say {:?}",
            summary.name, summary.progress, counted
        );
    }
    assert_eq!(store.miscounted_progress().expect("recount"), vec![]);
}

/// One random edit of the kind a person makes, named for the failure message.
fn edit(store: &mut Store, dice: &mut Dice, next_number: &mut u32) -> String {
    let studies = store.list_studies().expect("list");
    let Some(summary) = studies.get(dice.roll(studies.len().max(1))) else {
        store.insert_study(&study("새 스터디", 3)).expect("insert");
        return "insert a study".to_owned();
    };
    let id: StudyId = summary.id;
    let outline = store.load_outline(id).expect("outline");
    let chapters: Vec<_> = outline.chapters().map(|c| (c.id, c.item.number)).collect();
    let sessions: Vec<_> = outline.sessions().map(|s| s.id).collect();
    let members: Vec<_> = outline.members().map(|m| m.id).collect();
    let pick_numbers = |dice: &mut Dice| -> Vec<u32> {
        let mut numbers: Vec<u32> = chapters
            .iter()
            .filter(|_| dice.roll(3) == 0)
            .map(|(_, n)| *n)
            .collect();
        numbers.dedup();
        numbers
    };
    match dice.roll(13) {
        0 => {
            *next_number += 1;
            let mut chapter = Chapter::new(*next_number, "추가");
            chapter.status = STATUSES[dice.roll(STATUSES.len())];
            store.add_chapters(id, &[chapter]).expect("add chapter");
            "add a chapter".to_owned()
        }
        1 | 2 if !chapters.is_empty() => {
            let (chapter, _) = chapters[dice.roll(chapters.len())];
            let status = STATUSES[dice.roll(STATUSES.len())];
            store
                .set_chapter_status(id, chapter, status)
                .expect("status");
            format!("set a chapter {status:?}")
        }
        3 if !chapters.is_empty() => {
            let (chapter, _) = chapters[dice.roll(chapters.len())];
            store.delete_chapter(id, chapter).expect("delete chapter");
            "delete a chapter".to_owned()
        }
        4 => {
            let numbers = pick_numbers(dice);
            store
                .add_session(id, &session(dice.roll(300), numbers))
                .expect("add session");
            "add a session".to_owned()
        }
        5 if !sessions.is_empty() => {
            let target = sessions[dice.roll(sessions.len())];
            let numbers = pick_numbers(dice);
            store
                .update_session(id, target, &session(dice.roll(300), numbers))
                .expect("update session");
            "change a session's chapters".to_owned()
        }
        6 if !sessions.is_empty() => {
            let target = sessions[dice.roll(sessions.len())];
            store.delete_session(id, target).expect("delete session");
            "delete a session".to_owned()
        }
        7 => {
            // Deleted, then undone: the copy goes back through the same inserts.
            let mut copy = store.snapshot(id).expect("snapshot");
            store.delete_study(id).expect("delete study");
            store.note_after_delete(&mut copy).expect("note");
            if dice.roll(2) == 0 {
                store.restore(&copy).expect("restore");
                "delete a study and undo".to_owned()
            } else {
                "delete a study".to_owned()
            }
        }
        8 if !chapters.is_empty() => {
            // The chapter form: a new number and a new status in one write.
            let (chapter, _) = chapters[dice.roll(chapters.len())];
            let mut changed = outline
                .chapters()
                .find(|c| c.id == chapter)
                .map(|c| c.item.clone())
                .expect("the chapter just listed");
            *next_number += 1;
            changed.number = *next_number;
            changed.status = STATUSES[dice.roll(STATUSES.len())];
            store
                .update_chapter(id, chapter, &changed)
                .expect("update chapter");
            format!("renumber a chapter and set it {:?}", changed.status)
        }
        9 => {
            *next_number += 1;
            let member = Member {
                name: format!("멤버{next_number}"),
                me: dice.roll(4) == 0,
            };
            store.add_member(id, &member).expect("add member");
            "add a member".to_owned()
        }
        10 if !members.is_empty() => {
            let member = members[dice.roll(members.len())];
            store.delete_member(id, member).expect("delete member");
            "delete a member".to_owned()
        }
        11 => {
            // An import beside it, as "NAME (2)".
            let mut copy = study(&summary.name, 1 + dice.roll(4) as u32);
            copy.chapters[0].status = ChapterStatus::Presented;
            copy.sessions
                .push(session(2, vec![copy.chapters.len() as u32]));
            store.import(&[copy], Conflict::Rename).expect("import");
            "import a copy beside a study".to_owned()
        }
        _ => {
            // An import over it, with other chapters and sessions.
            let mut replacement = study(&summary.name, 1 + dice.roll(6) as u32);
            for chapter in &mut replacement.chapters {
                chapter.status = STATUSES[dice.roll(STATUSES.len())];
            }
            replacement.sessions.push(session(1, vec![1]));
            store
                .import(&[replacement], Conflict::Replace)
                .expect("import");
            "import over a study".to_owned()
        }
    }
}

#[test]
fn the_kept_progress_follows_every_edit() {
    let dir = tempfile::tempdir().expect("dir");
    for seed in 1..=12 {
        // Every third seed on a file, with its write-ahead log, as the app opens it.
        let mut store = if seed % 3 == 0 {
            let path = dir.path().join(format!("journal-{seed}.db"));
            Store::open(&path, OpenMode::CreateIfMissing).expect("journal")
        } else {
            Store::open_in_memory().expect("journal")
        };
        let mut first = study("첫 스터디", 6);
        first.chapters[1].status = ChapterStatus::Done;
        first.sessions.push(session(0, vec![1, 3]));
        store.insert_study(&first).expect("insert");
        store.insert_study(&study("둘째", 4)).expect("insert");
        assert_kept_progress_is_counted(&store, seed, 0, "the start");

        let mut dice = Dice(seed);
        let mut next_number = 100;
        for step in 1..=80 {
            let what = edit(&mut store, &mut dice, &mut next_number);
            assert_kept_progress_is_counted(&store, seed, step, &what);
        }
    }
}

#[test]
fn a_chapter_two_sessions_cover_stays_finished_until_both_let_it_go() {
    let mut store = Store::open_in_memory().expect("journal");
    let id = store.insert_study(&study("둘이 다룸", 2)).expect("insert");
    let progress = |store: &Store| store.list_studies().expect("list")[0].progress;
    assert_eq!(progress(&store).finished, 0);

    let first = store.add_session(id, &session(1, vec![1])).expect("add");
    let second = store.add_session(id, &session(2, vec![1])).expect("add");
    assert_eq!(progress(&store).finished, 1, "counted once");
    store.delete_session(id, first).expect("delete");
    assert_eq!(progress(&store).finished, 1, "the second still covers it");
    store.delete_session(id, second).expect("delete");
    assert_eq!(progress(&store).finished, 0);

    // Covered and presented: one finished chapter, not two.
    let outline = store.load_outline(id).expect("outline");
    let chapter = outline.chapter(0).expect("chapter").id;
    store.add_session(id, &session(3, vec![1])).expect("add");
    store
        .set_chapter_status(id, chapter, ChapterStatus::Presented)
        .expect("status");
    assert_eq!((progress(&store).finished, progress(&store).total), (1, 2));
    store.delete_chapter(id, chapter).expect("delete");
    assert_eq!((progress(&store).finished, progress(&store).total), (0, 1));
}
