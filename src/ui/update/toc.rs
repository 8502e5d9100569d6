//! `t` on the Chapters tab: a table of contents typed or pasted into the editor, read into
//! chapters on Ctrl-s, shown to check (what is added, what is skipped, which numbers were not
//! in the text), and added only after a yes.

use super::reload_study;
use crate::domain::text::quoted;
use crate::domain::toc::{Toc, TocEntry, read_toc};
use crate::domain::{Chapter, Study};
use crate::i18n::errors::store_error;
use crate::i18n::{Msg, Tr};
use crate::store::ItemId;
use crate::ui::state::action::Action;
use crate::ui::state::app::{App, Overlay, Status};
use crate::ui::widgets::editor::{NotesEditor, NotesOf, TocPreview};
use crate::ui::{layout, pages};

/// `t` on the Chapters tab, or a paste there: a table of contents to add, one chapter per
/// line, in the editor (Enter is a new line there).
pub(super) fn open(app: &mut App, text: &str) {
    if app.study.is_none() {
        return;
    }
    let mut editor = NotesEditor::new(app.tr.get(Msg::TocEditorTitle).to_owned(), NotesOf::Toc, "");
    editor.tr = app.tr;
    editor.insert(text);
    app.overlay = Some(Overlay::Editor(Box::new(editor)));
}

/// Ctrl-s in the table of contents: what it adds, to check; or why it cannot be added, above
/// the text.
pub(super) fn preview(app: &mut App) {
    let tr = app.tr;
    let (Some(screen), Some(Overlay::Editor(editor))) = (&app.study, &mut app.overlay) else {
        return;
    };
    let next = screen.study.next_chapter_number().unwrap_or(u32::MAX);
    let toc = read_toc(&editor.text(), next);
    if toc.entries.is_empty() {
        editor.error = Some(if toc.part_headings + toc.sections > 0 {
            tr.toc_only_headings(pages::toc::skipped_headings(tr, &toc))
        } else {
            tr.get(Msg::TocEmpty).to_owned()
        });
        return;
    }
    if let Some(clash) = toc_clash(tr, &screen.study, &toc) {
        editor.error = Some(clash);
        return;
    }
    editor.preview = Some(TocPreview {
        rows: pages::toc::rows(app.tr, &app.theme, &toc, app.width),
        fitted_to: app.width,
        toc,
        scroll: 0,
    });
}

/// The preview's rows wrapped again for a window that changed size.
pub(super) fn fit_preview(app: &mut App) {
    if let Some(Overlay::Editor(editor)) = &mut app.overlay
        && let Some(preview) = &mut editor.preview
        && preview.fitted_to != app.width
    {
        preview.rows = pages::toc::rows(app.tr, &app.theme, &preview.toc, app.width);
        preview.fitted_to = app.width;
        let (max, _) = layout::toc_scroll_limits(preview.rows.len(), app.height);
        preview.scroll = preview.scroll.min(max);
    }
}

/// A yes to the preview: adds the chapters, in one transaction.
pub(super) fn add(app: &mut App) {
    let tr = app.tr;
    let (Some(screen), Some(Overlay::Editor(editor))) = (&app.study, &mut app.overlay) else {
        return;
    };
    let Some(preview) = editor.preview.take() else {
        return;
    };
    let chapters = preview.toc.chapters();
    match app.store.add_chapters(screen.id, &chapters) {
        Ok(added) => {
            app.overlay = None;
            app.undo = None;
            reload_study(app, added.first().copied().map(ItemId::Chapter));
            app.status = Some(Status::Info(match chapters.len() {
                1 => tr.get(Msg::TocAddedOne).to_owned(),
                n => tr.toc_added(n),
            }));
        }
        Err(e) => editor.error = Some(tr.toc_nothing_added(store_error(tr, &e))),
    }
}

/// j/k and the page keys in the preview.
pub(super) fn scroll(app: &mut App, action: Action) {
    let height = app.height;
    let Some(Overlay::Editor(editor)) = &mut app.overlay else {
        return;
    };
    let Some(preview) = &mut editor.preview else {
        return;
    };
    let (max, page) = layout::toc_scroll_limits(preview.rows.len(), height);
    preview.scroll = match action {
        Action::Next => preview.scroll.saturating_add(1),
        Action::Previous => preview.scroll.saturating_sub(1),
        Action::First => 0,
        Action::Last => max,
        Action::PageDown => preview.scroll.saturating_add(page),
        Action::PageUp => preview.scroll.saturating_sub(page),
        _ => preview.scroll,
    }
    .min(max);
}

/// Why the chapters cannot be added as they are: a number used twice in the text, or already
/// in the study. Said with the titles and lines, so the one to fix is easy to find.
fn toc_clash(tr: Tr, study: &Study, toc: &Toc) -> Option<String> {
    let mut seen: std::collections::HashMap<u32, &TocEntry> = std::collections::HashMap::new();
    let last_number = study.chapters.iter().map(|c| c.number).max().unwrap_or(0);
    for entry in &toc.entries {
        let Chapter { number, title, .. } = &entry.chapter;
        if let Some(existing) = study.chapter(*number) {
            return Some(if entry.numbered_here {
                tr.toc_clash_unnumbered_exists(
                    entry.line,
                    quoted(title),
                    number,
                    quoted(&existing.title),
                    last_number,
                )
            } else {
                tr.toc_clash_exists(number, quoted(title), quoted(&existing.title), last_number)
            });
        }
        if let Some(first) = seen.insert(*number, entry) {
            let guessed = [first, entry].into_iter().find(|e| e.numbered_here);
            return Some(match guessed {
                Some(guessed) => tr.toc_clash_unnumbered_twice(
                    guessed.line,
                    quoted(&guessed.chapter.title),
                    number,
                    quoted(if std::ptr::eq(guessed, first) {
                        title
                    } else {
                        &first.chapter.title
                    }),
                ),
                None => tr.toc_clash_twice(number, quoted(&first.chapter.title), quoted(title)),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skipped_headings_read_as_the_summary_in_english_and_count_in_korean() {
        for text in [
            "Part I: Foundations",
            "Part I\nPart II\n13.1 해시 인덱스",
            "13.1 해시 인덱스\n13.2 SSTable",
            "Part I\n1-1 개요",
        ] {
            let toc = read_toc(text, 1);
            assert!(toc.entries.is_empty(), "{text}");
            assert_eq!(
                format!(
                    "0 chapters; skipped {}",
                    pages::toc::skipped_headings(Tr::EN, &toc)
                ),
                pages::toc::summary(Tr::EN, &toc),
                "{text}"
            );
        }
        let toc = read_toc("Part I\nPart II\n13.1 해시 인덱스", 1);
        assert_eq!(
            pages::toc::skipped_headings(Tr::KO, &toc),
            "부 제목 2개, 절 제목 1개"
        );
    }
}
