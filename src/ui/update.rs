//! How actions change the state. The only place the UI reads the journal.

use super::action::{Action, Tab};
use super::app::{App, Cursor, StudyScreen};
use super::view::layout;
use crate::domain::stats::StudyStats;
use crate::export::post;

pub fn update(app: &mut App, action: Action) {
    app.status = None;
    match action {
        Action::Quit => app.should_quit = true,
        Action::ToggleHelp => app.help_open = !app.help_open,
        Action::Back if app.help_open => app.help_open = false,
        Action::Back => match app.study.take() {
            Some(_) => reload_studies(app),
            None => app.should_quit = true,
        },
        Action::Open => open_selected_study(app),
        Action::NextTab | Action::PreviousTab | Action::ShowTab(_) => switch_tab(app, action),
        Action::Next
        | Action::Previous
        | Action::First
        | Action::Last
        | Action::PageDown
        | Action::PageUp => move_cursor(app, action),
    }
}

/// Reads the study list again, keeping the selection in range.
pub fn reload_studies(app: &mut App) {
    match app.store.list_studies() {
        Ok(studies) => app.studies = studies,
        Err(e) => app.status = Some(format!("cannot read the journal: {e}")),
    }
    let rows = layout::list_rows(app);
    app.home.select(app.home.selected, app.studies.len(), rows);
}

/// After a resize, scrolls every list so its selection is on screen again.
pub fn keep_selection_visible(app: &mut App) {
    let rows = layout::list_rows(app);
    app.home.select(app.home.selected, app.studies.len(), rows);
    if let Some(screen) = app.study.as_mut() {
        for tab in Tab::ALL {
            let len = tab_len_of(screen, tab);
            let cursor = &mut screen.cursors[tab.index()];
            cursor.select(cursor.selected, len, rows);
        }
    }
}

fn open_selected_study(app: &mut App) {
    if app.study.is_some() {
        return;
    }
    let Some(summary) = app.studies.get(app.home.selected) else {
        return;
    };
    match app.store.load_study(summary.id) {
        Ok(study) => {
            app.study = Some(StudyScreen {
                id: summary.id,
                stats: StudyStats::of(&study),
                study,
                tab: Tab::default(),
                cursors: [Cursor::default(); 5],
                post: None,
            });
        }
        Err(e) => app.status = Some(format!("cannot open {:?}: {e}", summary.name)),
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
    if screen.tab == Tab::Post && screen.post.is_none() {
        screen.post = Some(match post::render(&screen.study, &app.post_options) {
            Ok(text) => text,
            Err(e) => format!("The post cannot be rendered: {e}"),
        });
    }
}

fn move_cursor(app: &mut App, action: Action) {
    let rows = layout::list_rows(app);
    let (cursor, len) = match app.study.as_mut() {
        None => (&mut app.home, app.studies.len()),
        Some(screen) => {
            let len = tab_len(screen);
            (&mut screen.cursors[screen.tab.index()], len)
        }
    };
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
}

/// How many rows the current tab scrolls through.
fn tab_len(screen: &StudyScreen) -> usize {
    tab_len_of(screen, screen.tab)
}

fn tab_len_of(screen: &StudyScreen, tab: Tab) -> usize {
    match tab {
        Tab::Chapters => screen.study.chapters.len(),
        Tab::Sessions => screen.study.sessions.len(),
        Tab::Members => screen.study.members.len(),
        Tab::Retro => screen.study.retro.len(),
        Tab::Post => screen.post.as_deref().map_or(0, |p| p.lines().count()),
    }
}
