//! How actions change the state. The only place the UI reads the journal or writes a file.

use super::action::{Action, Tab};
use super::app::{App, Confirm, Overlay, Pending, PostPreview, Status, StudyScreen};
use super::list::{ListState, Searchable};
use super::markdown::styled_lines;
use super::view::{self, layout};
use crate::atomic_write::{WriteError, write_atomically};
use crate::domain::stats::StudyStats;
use crate::domain::{AttendanceStatus, Study};
use crate::export::file_name::post_file_name;
use crate::export::post;

/// The longest filter query; a paste longer than this is cut.
const MAX_QUERY_CHARS: usize = 200;

pub fn update(app: &mut App, action: Action) {
    app.status = None;
    match action {
        Action::Quit => app.should_quit = true,
        Action::ToggleHelp => {
            app.overlay = match app.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            }
        }
        Action::Back => back(app),
        Action::Open => open(app),
        Action::NextTab | Action::PreviousTab | Action::ShowTab(_) => switch_tab(app, action),
        Action::Next
        | Action::Previous
        | Action::First
        | Action::Last
        | Action::PageDown
        | Action::PageUp => match app.overlay {
            Some(Overlay::Reader { .. }) => scroll_reader(app, action),
            Some(Overlay::Help { .. }) => scroll_help(app, action),
            _ => move_cursor(app, action),
        },
        Action::StartFilter => start_filter(app),
        Action::FilterType(c) => {
            let mut query = current_query(app);
            query.push(c);
            set_query(app, query);
        }
        Action::FilterErase => {
            let mut query = current_query(app);
            query.pop();
            set_query(app, query);
        }
        Action::AcceptFilter => with_list(app, |list, total, rows| list.accept_filter(total, rows)),
        Action::ClearFilter => with_list(app, |list, total, rows| list.clear_filter(total, rows)),
        Action::WritePost => write_post(app, false),
        Action::Yes => confirmed(app),
        Action::No => app.overlay = None,
    }
    load_selected_notes(app);
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

/// Reads the study list again, keeping the selection in range.
pub fn reload_studies(app: &mut App) {
    match app.store.list_studies() {
        Ok(studies) => app.studies = studies,
        Err(e) => app.status = Some(Status::Error(format!("cannot read the journal: {e}"))),
    }
    // The list may have changed under the filter: filter it again, afresh.
    if let Some(filter) = app.home.filter.take() {
        let rows = layout::list_rows(app);
        app.home.start_filter(home_searchables(app));
        app.home.set_query(filter.query, rows);
        app.home.accept_filter(app.studies.len(), rows);
    }
    let rows = layout::list_rows(app);
    let len = app.home.len(app.studies.len());
    app.home.cursor.select(app.home.cursor.selected, len, rows);
}

/// After a resize, scrolls every list so its selection is on screen again.
pub fn keep_selection_visible(app: &mut App) {
    let rows = layout::list_rows(app);
    let post_width = view::post::inner_width(app.width);
    if let Some(post) = app.study.as_mut().and_then(|s| s.post.as_mut())
        && post.width != post_width
    {
        post.heights = view::post::line_heights(&post.lines, post_width);
        post.width = post_width;
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
    let max = view::reader::max_scroll(app);
    if let Some(Overlay::Reader { scroll }) = &mut app.overlay {
        *scroll = (*scroll).min(max);
    }
}

/// Enter: open the selected study, or read the selected chapter.
fn open(app: &mut App) {
    match &app.study {
        None => open_selected_study(app),
        Some(screen) if screen.tab == Tab::Chapters => {
            if screen
                .list()
                .selected_item(screen.study.chapters.len())
                .is_some()
            {
                app.overlay = Some(Overlay::Reader { scroll: 0 });
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
        Ok((study, rows)) => {
            app.study = Some(StudyScreen {
                id: summary.id,
                stats: StudyStats::of(&study),
                study,
                rows,
                tab: Tab::default(),
                lists: Default::default(),
                notes: None,
                post: None,
            });
        }
        Err(e) => {
            app.status = Some(Status::Error(format!(
                "cannot open {:?}: {e}",
                summary.name
            )));
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
    if screen.tab == Tab::Post && screen.post.is_none() {
        // The built-in post shows notes only with `with_notes`; a template of the user's
        // may show them anywhere. Otherwise the outline in memory is all the post needs.
        let needs_notes = app.post_options.with_notes || app.post_options.template.is_some();
        let render = |study: &Study| {
            post::render(study, &app.post_options)
                .unwrap_or_else(|e| format!("The post cannot be rendered: {e}"))
        };
        let text = if needs_notes {
            match app.store.load_study(screen.id) {
                Ok(study) => render(&study),
                Err(e) => format!("The study cannot be read for the post: {e}"),
            }
        } else {
            render(&screen.study)
        };
        let lines = styled_lines(&text, &app.theme);
        let width = view::post::inner_width(app.width);
        screen.post = Some(PostPreview {
            file_name: post_file_name(&screen.study.name, app.post_options.date),
            heights: view::post::line_heights(&lines, width),
            width,
            text,
            lines,
        });
    }
}

fn move_cursor(app: &mut App, action: Action) {
    let rows = layout::list_rows(app);
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
}

fn scroll_reader(app: &mut App, action: Action) {
    let page = usize::from(app.height.saturating_sub(3)).max(1);
    let max = view::reader::max_scroll(app);
    let Some(Overlay::Reader { scroll }) = &mut app.overlay else {
        return;
    };
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
    let max = view::help::max_scroll(app);
    let Some(Overlay::Help { scroll }) = &mut app.overlay else {
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
            view::post::max_top(&p.heights, view::post::inner_rows(height)) + 1
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

fn item_count(study: &Study, tab: Tab) -> usize {
    match tab {
        Tab::Chapters => study.chapters.len(),
        Tab::Sessions => study.sessions.len(),
        Tab::Members => study.members.len(),
        Tab::Retro => study.retro.len(),
        Tab::Post => 0,
    }
}

fn current_query(app: &App) -> String {
    app.current_list()
        .filter
        .as_ref()
        .map(|f| f.query.clone())
        .unwrap_or_default()
}

pub fn paste_into_filter(app: &mut App, text: &str) {
    let mut query = current_query(app);
    // A filter is one line: a pasted line break ends it, control characters are dropped.
    let line = text.lines().next().unwrap_or_default();
    query.extend(line.chars().filter(|c| !c.is_control()));
    set_query(app, query);
}

fn start_filter(app: &mut App) {
    match app.study.as_mut() {
        None => {
            let items = home_searchables(app);
            app.home.start_filter(items);
        }
        Some(screen) if screen.tab != Tab::Post => {
            let items = tab_searchables(&screen.study, screen.tab);
            screen.lists[screen.tab.index()].start_filter(items);
        }
        Some(_) => {}
    }
}

fn set_query(app: &mut App, query: String) {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    with_list(app, |list, _, rows| list.set_query(query, rows));
}

fn home_searchables(app: &App) -> Vec<Searchable> {
    app.studies
        .iter()
        .map(|s| Searchable {
            shown: s.name.clone(),
            also: format!("{} {}", s.book, s.status.as_str()),
        })
        .collect()
}

/// What the filter looks at in each row of a tab: the first text column, then the rest.
fn tab_searchables(study: &Study, tab: Tab) -> Vec<Searchable> {
    match tab {
        Tab::Chapters => study
            .chapters
            .iter()
            .map(|c| Searchable {
                shown: c.title.clone(),
                also: format!(
                    "{} {} {}",
                    c.number,
                    c.presenter.as_deref().unwrap_or_default(),
                    c.status.as_str()
                ),
            })
            .collect(),
        Tab::Sessions => study
            .sessions
            .iter()
            .map(|s| Searchable {
                shown: s.held_on.to_string(),
                also: format!(
                    "{} {}",
                    s.presenter.as_deref().unwrap_or_default(),
                    s.attendance
                        .iter()
                        .filter(|a| a.status != AttendanceStatus::Present)
                        .map(|a| format!("{} {}", a.member, a.status.as_str()))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            })
            .collect(),
        Tab::Members => study
            .members
            .iter()
            .map(|m| Searchable {
                shown: m.name.clone(),
                also: String::new(),
            })
            .collect(),
        Tab::Retro => study
            .retro
            .iter()
            .map(|p| Searchable {
                shown: p.text.clone(),
                also: p.kind.as_str().to_owned(),
            })
            .collect(),
        Tab::Post => Vec::new(),
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
    let Some(&row) = screen.rows.chapters.get(selected) else {
        return;
    };
    match app.store.chapter_notes(row) {
        Ok(notes) => screen.notes = Some((selected, notes)),
        Err(e) => {
            screen.notes = None;
            app.status = Some(Status::Error(format!("cannot read the notes: {e}")));
        }
    }
}

/// Writes the post next to where studylog was started. A file already there is replaced
/// only after the person says yes.
fn write_post(app: &mut App, replace: bool) {
    let Some(preview) = app.study.as_ref().and_then(|s| s.post.as_ref()) else {
        return;
    };
    let path = app.post_folder.join(&preview.file_name);
    match write_atomically(&path, preview.text.as_bytes(), replace) {
        Ok(()) => {
            let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
            app.status = Some(Status::Info(format!("Wrote {}", shown.display())));
        }
        Err(WriteError::Exists(_)) => {
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: format!("{} already exists. Replace it?", preview.file_name),
                on_yes: Pending::ReplacePost,
            }));
        }
        Err(e) => app.status = Some(Status::Error(e.to_string())),
    }
}

fn confirmed(app: &mut App) {
    let Some(Overlay::Confirm(confirm)) = app.overlay.take() else {
        return;
    };
    match confirm.on_yes {
        Pending::ReplacePost => write_post(app, true),
    }
}
