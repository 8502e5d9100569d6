//! The `/` filter: what it searches in each list, and typing into it.

use super::with_list;
use crate::domain::held::Coverage;
use crate::domain::{AttendanceStatus, RetroKind, Study};
use crate::i18n::{Msg, Tr, format};
use crate::ui::pages::chapter::status_label;
use crate::ui::state::action::Tab;
use crate::ui::state::app::App;
use crate::ui::widgets::list::Searchable;

/// The longest filter query; a paste longer than this is cut.
const MAX_QUERY_CHARS: usize = 200;

pub(super) fn current_query(app: &App) -> String {
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

pub(super) fn start_filter(app: &mut App) {
    match app.study.as_mut() {
        None => {
            let items = home_searchables(app);
            app.home.start_filter(items);
        }
        Some(screen) if screen.tab != Tab::Post => {
            let items = tab_searchables(app.tr, &screen.study, screen.tab);
            screen.lists[screen.tab.index()].start_filter(items);
        }
        Some(_) => {}
    }
}

pub(super) fn set_query(app: &mut App, query: String) {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    with_list(app, |list, _, rows| list.set_query(query, rows));
}

pub(super) fn home_searchables(app: &App) -> Vec<Searchable> {
    app.studies
        .iter()
        .map(|s| Searchable {
            shown: s.name.clone(),
            also: format!(
                "{} {}",
                s.book,
                crate::ui::view::layout::study_status_label(app.tr, s.status)
            ),
        })
        .collect()
}

/// What the filter looks at in each row of a tab: the first text column, then the rest, in
/// the words of the interface's language, as the list shows them.
pub(super) fn tab_searchables(tr: Tr, study: &Study, tab: Tab) -> Vec<Searchable> {
    match tab {
        Tab::Chapters => {
            // The presenter and status the list shows, so that what is seen is what is found.
            let coverage = Coverage::of(study);
            study
                .chapters
                .iter()
                .map(|c| {
                    let facts = coverage.facts(c);
                    Searchable {
                        shown: c.title.clone(),
                        also: format!(
                            "{} {} {}",
                            c.number,
                            facts.presenter.unwrap_or_default(),
                            status_label(tr, facts.status)
                        ),
                    }
                })
                .collect()
        }
        Tab::Sessions => {
            let coverage = Coverage::of(study);
            study
                .sessions
                .iter()
                .map(|s| Searchable {
                    shown: format::date(tr.lang, s.held_on),
                    also: format!(
                        "{} {}",
                        coverage.session_presenters(s).join(" "),
                        s.attendance
                            .iter()
                            .filter(|a| a.status != AttendanceStatus::Present)
                            .map(|a| format!("{} {}", a.member, attendance_label(tr, a.status)))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                })
                .collect()
        }
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
                also: tr
                    .get(match p.kind {
                        RetroKind::Good => Msg::RetroGood,
                        RetroKind::Bad => Msg::RetroBad,
                        RetroKind::Try => Msg::RetroTry,
                    })
                    .to_owned(),
            })
            .collect(),
        Tab::Post => Vec::new(),
    }
}

/// An attendance mark as the Sessions list's headers name it.
fn attendance_label(tr: Tr, status: AttendanceStatus) -> &'static str {
    tr.get(match status {
        AttendanceStatus::Present => Msg::SessionsColumnCame,
        AttendanceStatus::Absent => Msg::SessionsColumnAbsent,
        AttendanceStatus::Unprepared => Msg::SessionsColumnUnprepared,
    })
}
