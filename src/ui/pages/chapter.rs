//! A chapter's page: its title, when it was held and by whom, why it matters, its notes
//! (styled markdown) and links; the detail pane shows its start, the reader all of it.

use ratatui::text::Line;

use crate::domain::held::{ChapterFacts, Coverage};
use crate::domain::{Chapter, ChapterStatus};
use crate::i18n::{Msg, Tr, format};
use crate::ui::state::app::StudyScreen;
use crate::ui::theme::Theme;
use crate::ui::widgets::markdown::styled_lines;

/// What became of chapter `i`, by the one rule of [`Coverage`]: its first session's date
/// and presenter, else its own; presented once a session covered it.
pub fn held(screen: &StudyScreen, i: usize) -> ChapterFacts<'_> {
    match screen.chapter_facts(i) {
        Some(held) => ChapterFacts {
            status: held.status,
            held: held.held,
            date: held.date,
            presenter: held.presenter.as_deref(),
        },
        // The stats are read with the study; this is only a guard.
        None => Coverage::default().facts(&screen.study.chapters[i]),
    }
}

/// A chapter's status as the interface says it.
pub fn status_label(tr: Tr, status: ChapterStatus) -> &'static str {
    crate::i18n::words::chapter_status(tr, status)
}

/// A chapter's title, when it was held and by whom, why it matters, notes (styled
/// markdown) and links.
pub fn detail_lines<'a>(
    tr: Tr,
    theme: &Theme,
    chapter: &'a Chapter,
    facts: ChapterFacts<'_>,
    notes: &'a str,
    width: u16,
) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(
        format!("{}. {}", chapter.number, chapter.title),
        theme.title,
    )];
    let mut said = Vec::new();
    if let Some(date) = facts.date {
        said.push(format::date(tr.lang, date));
    }
    if let Some(presenter) = facts.presenter {
        said.push(presenter.to_owned());
    }
    said.push(status_label(tr, facts.status).to_owned());
    lines.push(Line::styled(
        said.join(&format!(" {} ", theme.sym.separator)),
        theme.dim,
    ));
    if !chapter.why.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr.get(Msg::ChaptersWhy), theme.heading));
        lines.extend(chapter.why.lines().map(Line::raw));
    }
    if !notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr.get(Msg::ChaptersNotes), theme.heading));
        lines.extend(styled_lines(notes, theme, width));
    }
    if !chapter.links.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr.get(Msg::ChaptersLinks), theme.heading));
        for link in &chapter.links {
            lines.push(Line::raw(format!(
                "{} {} <{}>",
                theme.sym.bullet, link.title, link.url
            )));
        }
    }
    lines
}
