//! How actions change the state. The only place the UI reads the journal or writes a file.

mod attendance;
mod delete;
mod discard;
mod edit;
mod filter;
mod form_input;
mod notes;
mod post;
mod reload;
mod retro;
mod roulette;
mod share;
mod sync;
mod toc;

use super::keymap::Context;
use super::state::action::{Action, Tab};
use super::state::app::{App, Overlay, Pending, Status, StudyScreen};
use super::state::forms::PostField;
use super::widgets::list::ListState;
use super::{layout, pages};
use crate::domain::RetroKind;
use crate::domain::stats::StudyStats;
use crate::domain::text::quoted;
use crate::i18n::errors::store_error;
pub use filter::paste_into_filter;
use filter::{current_query, set_query, start_filter};
pub use notes::finish_external_edit;
use post::{SettingChange, render_post};
pub use reload::reload_studies;
use reload::{item_count, reload_study, retro_by_column, select_item};
pub use roulette::finish as finish_draw;
pub use sync::catch_up;

pub fn update(app: &mut App, action: Action) {
    app.status = None;
    // The discard question takes every key while it is up, over whatever it asks about.
    if app.discard.is_some() {
        discard::answer(app, action);
        return;
    }
    // In a form, keys edit the focused field.
    if app.context() == Context::Form && form_input::edit_field(app, action) {
        return;
    }
    match action {
        Action::Quit => discard::quit(app),
        Action::ToggleHelp => toggle_help(app),
        Action::Back => back(app),
        Action::Open => match app.study.as_ref().map(|s| s.tab) {
            Some(Tab::Sessions) => attendance::open(app),
            _ => open(app),
        },
        Action::NextTab | Action::PreviousTab | Action::ShowTab(_) => switch_tab(app, action),
        Action::Next
        | Action::Previous
        | Action::First
        | Action::Last
        | Action::PageDown
        | Action::PageUp => match app.overlay {
            Some(Overlay::Reader { .. }) => scroll_reader(app, action),
            Some(Overlay::Help { .. }) => scroll_help(app, action),
            Some(Overlay::Attendance { .. }) => attendance::move_cursor(app, action),
            Some(Overlay::Roulette(_)) => {
                roulette::move_cursor(app, matches!(action, Action::Next | Action::PageDown));
            }
            Some(Overlay::Editor(_)) => toc::scroll(app, action),
            _ => move_cursor(app, action),
        },
        Action::StartFilter => start_filter(app),
        Action::Type(c) => {
            let mut query = current_query(app);
            query.push(c);
            set_query(app, query);
        }
        Action::Erase => {
            let mut query = current_query(app);
            // Backspace on an empty filter closes it, as in a shell's search.
            if query.pop().is_none() {
                with_list(app, |list, total, rows| list.clear_filter(total, rows));
            } else {
                set_query(app, query);
            }
        }
        Action::AcceptFilter => with_list(app, |list, total, rows| list.accept_filter(total, rows)),
        Action::ClearFilter => with_list(app, |list, total, rows| list.clear_filter(total, rows)),
        Action::WritePost => post::write_post(app, false),
        Action::CopyAnnouncement => share::copy_announcement(app),
        Action::CopyPost => share::copy_post(app),
        Action::SwitchPostLanguage => post::change_setting(app, SettingChange::Language),
        Action::SwitchPostVoice => post::change_setting(app, SettingChange::Voice),
        Action::TogglePostNotes => post::change_setting(app, SettingChange::Notes),
        Action::TogglePostCharts => post::change_setting(app, SettingChange::Charts),
        Action::CyclePostFrontMatter => post::change_setting(app, SettingChange::FrontMatter),
        Action::EditPostTitle => post::edit_title_or_date(app, PostField::Title),
        Action::EditPostDate => post::edit_title_or_date(app, PostField::Date),
        Action::Yes => confirmed(app),
        Action::No => match &mut app.overlay {
            // Back from the preview to the text, as it was.
            Some(Overlay::Editor(editor)) => editor.preview = None,
            Some(Overlay::Roulette(_)) => roulette::keep(app),
            _ => app.overlay = None,
        },
        Action::Add => edit::add(app),
        Action::Edit => edit::edit(app),
        Action::EditStudy => edit::edit_open_study(app),
        Action::Delete => delete::ask_delete(app),
        Action::Undo => delete::undo(app),
        Action::CycleStatus => edit::cycle_status(app),
        Action::PasteToc => toc::open(app, ""),
        Action::ColumnLeft | Action::ColumnRight => {
            retro::focus_column(app, action == Action::ColumnRight);
        }
        Action::MoveUp | Action::MoveDown => retro::move_point(app, action == Action::MoveDown),
        Action::MoveLeft | Action::MoveRight => {
            retro::move_point_across(app, action == Action::MoveRight);
        }
        Action::CycleMark => attendance::cycle_mark(app),
        Action::Save => match app.overlay {
            Some(Overlay::Editor(_)) => notes::save(app),
            _ => edit::save(app),
        },
        Action::Cancel => discard::cancel(app),
        Action::EditNotes => notes::open(app),
        Action::ExternalEditor => notes::request_external(app),
        Action::OpenField => notes::open_field(app),
        // `App::handle_key` hands the pressed key on as `EditorKey`.
        Action::EditText => {}
        Action::EditorKey(key) => {
            if let Some(Overlay::Editor(editor)) = &mut app.overlay {
                editor.key(key);
            }
        }
        Action::DrawPresenter => match app.overlay {
            Some(Overlay::Roulette(_)) => roulette::ask_or_draw(app),
            _ => roulette::open(app),
        },
        Action::ToggleCandidate => roulette::toggle(app),
        // Field keys outside a form do nothing.
        Action::NextField
        | Action::PreviousField
        | Action::CursorLeft
        | Action::CursorRight
        | Action::CursorHome
        | Action::CursorEnd
        | Action::DeleteForward
        | Action::Newline
        | Action::ClearField => {}
    }
    load_selected_notes(app);
}

/// A bracketed paste: into the filter or the focused field, or, on the Chapters tab, a
/// table of contents to add.
pub fn paste(app: &mut App, text: &str) {
    match app.context() {
        Context::Filter => paste_into_filter(app, text),
        Context::Form => {
            form_input::paste_into_field(app, text);
        }
        Context::Editor => notes::paste(app, text),
        Context::Study(Tab::Chapters) => toc::open(app, text),
        _ => {}
    }
}

/// `?`: the help over what is open, which comes back when the help closes.
fn toggle_help(app: &mut App) {
    app.overlay = match app.overlay.take() {
        Some(Overlay::Help { under, .. }) => under.map(|overlay| *overlay),
        under => Some(Overlay::Help {
            scroll: 0,
            under: under.map(Box::new),
        }),
    };
}

/// Esc and `q`: close what is open, clear a filter, or go up a level.
fn back(app: &mut App) {
    if app.overlay.take().is_some() {
        return;
    }
    if app.current_list().filter.is_some() {
        with_list(app, |list, total, rows| list.clear_filter(total, rows));
        return;
    }
    match app.study.take() {
        Some(_) => reload_studies(app),
        None => app.should_quit = true,
    }
}

/// After a resize, scrolls every list so its selection is on screen again.
pub fn keep_selection_visible(app: &mut App) {
    let rows = layout::list_rows(app);
    if let Some(post) = app.study.as_mut().and_then(|s| s.post.as_mut()) {
        post.fit(&app.theme, app.width);
    }
    let len = app.home.len(app.studies.len());
    app.home.cursor.select(app.home.cursor.selected, len, rows);
    if let Some(screen) = app.study.as_mut() {
        for tab in Tab::ALL {
            let len = scroll_len(screen, tab, app.height);
            let list = &mut screen.lists[tab.index()];
            list.cursor.select(list.cursor.selected, len, rows);
        }
    }
    toc::fit_preview(app);
    // The reader's text, wrapped again for the new width.
    if matches!(app.overlay, Some(Overlay::Reader { .. })) {
        let wrapped = pages::reader::rows(app, app.width).unwrap_or_default();
        let max = layout::reader_max_scroll(wrapped.len(), app.height);
        if let Some(Overlay::Reader { scroll, rows }) = &mut app.overlay {
            *scroll = (*scroll).min(max);
            *rows = wrapped;
        }
    }
}

/// Enter: open the selected study, or read the selected chapter.
fn open(app: &mut App) {
    match &app.study {
        None => open_selected_study(app),
        Some(screen) if screen.tab == Tab::Chapters => {
            if let Some(rows) = pages::reader::rows(app, app.width) {
                app.overlay = Some(Overlay::Reader { scroll: 0, rows });
            }
        }
        Some(_) => {}
    }
}

fn open_selected_study(app: &mut App) {
    let Some(summary) = app
        .home
        .selected_item(app.studies.len())
        .and_then(|i| app.studies.get(i))
    else {
        return;
    };
    match app.store.load_outline(summary.id) {
        Ok(mut study) => {
            retro_by_column(&mut study);
            app.study = Some(StudyScreen {
                id: summary.id,
                stats: StudyStats::of(&study),
                retro_column: study.retro.first().map_or(RetroKind::Good, |p| p.kind),
                study,
                tab: Tab::default(),
                lists: Default::default(),
                notes: None,
                post: None,
            });
        }
        Err(e) => {
            let message = app
                .tr
                .error_open_study(quoted(&summary.name), store_error(app.tr, &e));
            app.status = Some(Status::Error(message));
        }
    }
}

fn switch_tab(app: &mut App, action: Action) {
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    screen.tab = match action {
        Action::NextTab => screen.tab.next(),
        Action::PreviousTab => screen.tab.previous(),
        Action::ShowTab(tab) => tab,
        _ => screen.tab,
    };
    render_post(app);
}

fn move_cursor(app: &mut App, action: Action) {
    let rows = match &app.study {
        // A page of the post keeps its last row in view, above the box's new first.
        Some(screen) if screen.tab == Tab::Post => {
            layout::post_inner_rows(app.height).saturating_sub(1)
        }
        _ => layout::list_rows(app),
    };
    let (list, len) = match app.study.as_mut() {
        None => {
            let len = app.home.len(app.studies.len());
            (&mut app.home, len)
        }
        Some(screen) => {
            let len = scroll_len(screen, screen.tab, app.height);
            (&mut screen.lists[screen.tab.index()], len)
        }
    };
    let cursor = &mut list.cursor;
    let page = rows.max(1);
    let target = match action {
        Action::Next => cursor.selected.saturating_add(1),
        Action::Previous => cursor.selected.saturating_sub(1),
        Action::First => 0,
        Action::Last => len.saturating_sub(1),
        Action::PageDown => cursor.selected.saturating_add(page),
        Action::PageUp => cursor.selected.saturating_sub(page),
        _ => cursor.selected,
    };
    cursor.select(target, len, rows);
    // On the retro tab, the column `a` adds to follows the selected point.
    if let Some(screen) = app.study.as_mut()
        && screen.tab == Tab::Retro
        && let Some(i) = screen.list().selected_item(screen.study.retro.len())
    {
        screen.retro_column = screen.study.retro[i].kind;
    }
}

fn scroll_reader(app: &mut App, action: Action) {
    let page = usize::from(app.height.saturating_sub(3)).max(1);
    let height = app.height;
    let Some(Overlay::Reader { scroll, rows }) = &mut app.overlay else {
        return;
    };
    let max = layout::reader_max_scroll(rows.len(), height);
    *scroll = match action {
        Action::Next => scroll.saturating_add(1),
        Action::Previous => scroll.saturating_sub(1),
        Action::First => 0,
        Action::Last => max,
        Action::PageDown => scroll.saturating_add(page),
        Action::PageUp => scroll.saturating_sub(page),
        _ => *scroll,
    }
    .min(max);
}

fn scroll_help(app: &mut App, action: Action) {
    let max = pages::help::max_scroll(app);
    let Some(Overlay::Help { scroll, .. }) = &mut app.overlay else {
        return;
    };
    *scroll = match action {
        Action::Next | Action::PageDown => scroll.saturating_add(1),
        Action::Previous | Action::PageUp => scroll.saturating_sub(1),
        Action::First => 0,
        Action::Last => max,
        _ => *scroll,
    }
    .min(max);
}

/// How many positions the tab scrolls through: its rows, filtered; for the post, the lines
/// that can be the top one.
fn scroll_len(screen: &StudyScreen, tab: Tab, height: u16) -> usize {
    let list = &screen.lists[tab.index()];
    let study = &screen.study;
    match tab {
        Tab::Chapters => list.len(study.chapters.len()),
        Tab::Sessions => list.len(study.sessions.len()),
        Tab::Members => list.len(study.members.len()),
        Tab::Retro => list.len(study.retro.len()),
        Tab::Post => screen.post.as_ref().map_or(0, |p| {
            pages::post::max_top(p, layout::post_inner_rows(height)) + 1
        }),
    }
}

/// Runs `change` on the list in view with its item count and the rows on screen.
fn with_list(app: &mut App, change: impl FnOnce(&mut ListState, usize, usize)) {
    let rows = layout::list_rows(app);
    match app.study.as_mut() {
        None => change(&mut app.home, app.studies.len(), rows),
        Some(screen) if screen.tab != Tab::Post => {
            let total = item_count(&screen.study, screen.tab);
            change(&mut screen.lists[screen.tab.index()], total, rows);
        }
        Some(_) => {}
    }
}

/// Keeps the selected chapter's notes loaded: one indexed read when the selection changes.
fn load_selected_notes(app: &mut App) {
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    let lists = &screen.lists[Tab::Chapters.index()];
    let Some(selected) = lists.selected_item(screen.study.chapters.len()) else {
        return;
    };
    if screen.notes.as_ref().is_some_and(|(i, _)| *i == selected) {
        return;
    }
    let Some(chapter) = screen.study.chapter(selected) else {
        return;
    };
    match app.store.chapter_notes(chapter.id) {
        Ok(notes) => screen.notes = Some((selected, notes)),
        Err(e) => {
            screen.notes = None;
            app.status = Some(Status::Error(
                app.tr.error_read_notes(store_error(app.tr, &e)),
            ));
        }
    }
}

fn confirmed(app: &mut App) {
    if matches!(&app.overlay, Some(Overlay::Editor(e)) if e.preview.is_some()) {
        toc::add(app);
        return;
    }
    if let Some(Overlay::Roulette(_)) = app.overlay {
        roulette::replace(app);
        return;
    }
    let Some(Overlay::Confirm(confirm)) = app.overlay.take() else {
        return;
    };
    match confirm.on_yes {
        Pending::ReplacePost => post::write_post(app, true),
        Pending::Delete(deletion, what) => delete::delete(app, deletion, what),
    }
}
