//! Two programs on one journal: the interface open on a study while another studylog, or
//! `studylog draw`, writes to it. The key pressed after acts on the journal as it is, and a
//! form saved after keeps the other program's change in every field not typed in.

#[path = "common/ui.rs"]
mod ui;

use studylog::domain::Study;
use studylog::export::interchange;
use studylog::store::{Conflict, OpenMode, Store, StudyId};
use studylog::ui::App;
use studylog::ui::theme::Theme;
use ui::{post_defaults, press, type_text};

const STUDY: &str = r#"{ "format": "studylog", "version": 1, "studies": [{
    "name": "둘이 쓰는 스터디", "book": { "title": "책" },
    "members": [{ "name": "가영" }, { "name": "나래" }],
    "chapters": [{ "number": 1, "title": "첫 장" }, { "number": 2, "title": "둘째 장" }] }] }"#;

/// A journal file with the study, the interface open on it, and a second connection to
/// the same file: the other program.
fn two_writers(dir: &tempfile::TempDir) -> (App, Store, StudyId) {
    let path = dir.path().join("journal.db");
    let mut other = Store::open(&path, OpenMode::CreateIfMissing).expect("journal");
    let studies = interchange::parse(STUDY).expect("valid");
    other.import(&studies, Conflict::Refuse).expect("import");
    let id = other.list_studies().expect("list")[0].id;
    let store = Store::open(&path, OpenMode::MustExist).expect("journal");
    let mut app = App::new(store, post_defaults(), Theme::new(false, false));
    app.resize(100, 30);
    (app, other, id)
}

fn first_chapter(store: &Store, id: StudyId) -> studylog::store::ChapterId {
    store
        .load_outline(id)
        .expect("outline")
        .chapter(0)
        .expect("chapter")
        .id
}

fn saved(store: &Store, id: StudyId) -> Study {
    store.load_study(id).expect("load")
}

#[test]
fn a_chapter_form_saved_after_a_draw_elsewhere_keeps_the_drawn_presenter() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    // The first chapter's form, its title changed.
    press(&mut app, &["Enter", "1", "e", "Tab", "End"]);
    type_text(&mut app, " (개정)");
    // Meanwhile the other program names the chapter's presenter.
    let outline = other.load_outline(id).expect("outline");
    let first = outline.chapter(0).expect("chapter");
    let mut drawn = first.item.clone();
    drawn.presenter = Some("나래".into());
    other
        .update_chapter(id, first.id, &drawn)
        .expect("presenter set elsewhere");

    press(&mut app, &["C-s"]);
    let chapter = saved(&other, id).chapters[0].clone();
    assert_eq!(chapter.title, "첫 장 (개정)", "what was typed is saved");
    assert_eq!(
        chapter.presenter.as_deref(),
        Some("나래"),
        "the presenter set elsewhere is kept"
    );
}

#[test]
fn a_post_key_after_a_title_set_elsewhere_keeps_that_title() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    press(&mut app, &["Enter", "5"]);
    let mut settings = saved(&other, id).post;
    settings.title = "다른 창에서 정한 제목".into();
    other
        .set_post_settings(id, &settings)
        .expect("title set elsewhere");

    // `f`: the next front matter, written over the post settings as the journal has them.
    press(&mut app, &["f"]);
    let post = saved(&other, id).post;
    assert_eq!(post.title, "다른 창에서 정한 제목");
    assert!(
        post.front_matter.is_some(),
        "the key did its own change too"
    );
}

#[test]
fn a_study_form_keeps_a_field_saved_elsewhere_and_the_screen_shows_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    press(&mut app, &["Enter", "E"]);
    let mut study = saved(&other, id);
    study.venue = "강남역 스터디룸".into();
    other.update_study(id, &study).expect("venue set elsewhere");

    // Any key brings the new venue into the untouched field; the save keeps it.
    press(&mut app, &["Tab"]);
    press(&mut app, &["C-s"]);
    assert_eq!(saved(&other, id).venue, "강남역 스터디룸");
}

#[test]
fn notes_changed_elsewhere_are_not_written_over_unseen() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    press(&mut app, &["Enter", "1", "n"]);
    type_text(&mut app, "내 노트");
    let chapter = first_chapter(&other, id);
    other
        .set_chapter_notes(id, chapter, "다른 창의 노트")
        .expect("notes written elsewhere");

    press(&mut app, &["C-s"]);
    assert_eq!(
        other.chapter_notes(chapter).expect("notes"),
        "다른 창의 노트",
        "the first save is held back"
    );
    let shown = ui::screen(&app);
    assert!(
        shown.contains("Another program changed these notes"),
        "the editor says why: {shown}"
    );
    press(&mut app, &["C-s"]);
    assert_eq!(other.chapter_notes(chapter).expect("notes"), "내 노트");
}

#[test]
fn an_edit_of_a_chapter_deleted_elsewhere_is_not_called_saved_and_keeps_the_text() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    press(&mut app, &["Enter", "1", "e", "Tab", "End"]);
    type_text(&mut app, " 수정");
    other
        .delete_chapter(id, first_chapter(&other, id))
        .expect("deleted elsewhere");

    press(&mut app, &["C-s"]);
    let shown = ui::screen(&app);
    assert!(
        shown.contains("no longer in the journal") && shown.contains("첫 장 수정"),
        "the form stays, with the text and why it was not saved: {shown}"
    );
    assert_eq!(saved(&other, id).chapters.len(), 1);
}

#[test]
fn notes_of_a_chapter_deleted_elsewhere_are_not_called_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    press(&mut app, &["Enter", "1", "n"]);
    type_text(&mut app, "사라질 노트");
    other
        .delete_chapter(id, first_chapter(&other, id))
        .expect("deleted elsewhere");

    press(&mut app, &["C-s"]);
    let shown = ui::screen(&app);
    assert!(
        shown.contains("no longer in the journal") && shown.contains("사라질 노트"),
        "{shown}"
    );
}

#[test]
fn the_selection_stays_on_its_chapter_when_another_program_replaces_the_study() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    // The second chapter selected.
    press(&mut app, &["Enter", "1", "j"]);
    let selected = |app: &App| {
        app.study
            .as_ref()
            .and_then(|s| s.selected_chapter())
            .map(|c| c.item.title.clone())
    };
    assert_eq!(selected(&app).as_deref(), Some("둘째 장"));
    // Replaced by an import (every id new): the first chapter gone, a third added, so the
    // second chapter is now the first row and the second row is another chapter.
    let mut study = saved(&other, id);
    study.chapters.remove(0);
    study
        .chapters
        .push(studylog::domain::Chapter::new(3, "셋째 장"));
    other.import(&[study], Conflict::Replace).expect("replaced");

    // A key that does nothing here: only the catching up.
    press(&mut app, &["F5"]);
    assert_eq!(selected(&app).as_deref(), Some("둘째 장"));
}

#[test]
fn a_form_whose_chapter_was_replaced_elsewhere_never_saves_into_another_chapter() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut app, mut other, id) = two_writers(&dir);
    // The second chapter's form, its title changed.
    press(&mut app, &["Enter", "1", "j", "e", "Tab", "End"]);
    type_text(&mut app, " 수정");
    // Replaced elsewhere: the second chapter gone, a third added (SQLite may give it the
    // second's old id).
    let mut study = saved(&other, id);
    study.chapters.remove(1);
    study
        .chapters
        .push(studylog::domain::Chapter::new(3, "셋째 장"));
    other.import(&[study], Conflict::Replace).expect("replaced");

    press(&mut app, &["C-s"]);
    let titles: Vec<String> = saved(&other, id)
        .chapters
        .iter()
        .map(|c| c.title.clone())
        .collect();
    assert_eq!(titles, ["첫 장", "셋째 장"], "no chapter took the edit");
    assert!(ui::screen(&app).contains("no longer in the journal"));
}
