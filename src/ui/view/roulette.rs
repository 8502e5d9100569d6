//! The presenter roulette: who presents the chapter now, who is in the draw with their
//! chances, the question before a presenter is replaced, the spin, the result, and the
//! study's previous draws.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::roulette::percentages;
use crate::domain::roulette::{Candidate, weights};
use crate::domain::text::display_width;
use crate::ui::action::Action;
use crate::ui::app::App;
use crate::ui::keymap::{Context, key_for};
use crate::ui::roulette::{Phase, Roulette};
use crate::ui::wrap::{fit_cell, truncate_spans, wrap_lines};

/// How many earlier draws the history shows.
const HISTORY: usize = 8;
/// What follows a name on a member's row: ` presented 12  chance 100%  +3 to come`.
const FIGURES_WIDTH: usize = 38;
/// The least of a name a row keeps, even in a narrow window.
const MIN_NAME_WIDTH: usize = 6;

pub fn draw(app: &App, roulette: &Roulette, frame: &mut Frame, area: Rect) {
    let included: Vec<Candidate> = roulette
        .members
        .iter()
        .filter(|e| e.included)
        .map(|e| e.candidate.clone())
        .collect();
    let chances = percentages(&weights(&included));
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2));
    // A long name is cut, never the figures after it: "[x] ", the name, then about 38
    // cells of presentations, chance and turns to come.
    let name_width = roulette
        .members
        .iter()
        .map(|e| display_width(&e.candidate.name))
        .max()
        .unwrap_or(0)
        .min(inner.saturating_sub(4 + FIGURES_WIDTH).max(MIN_NAME_WIDTH));

    let mut members = Vec::new();
    let mut in_draw = 0;
    for (i, entry) in roulette.members.iter().enumerate() {
        let chance = if entry.included {
            in_draw += 1;
            format!("{:>3}%", chances[in_draw - 1])
        } else {
            "out".to_owned()
        };
        let tick = if entry.included { "[x]" } else { "[ ]" };
        let mut line = Line::from(vec![
            Span::raw(format!(
                "{tick} {} ",
                fit_cell(&entry.candidate.name, name_width, app.theme.sym.ellipsis)
            )),
            Span::styled(
                format!(
                    " presented {:<3} chance {chance}",
                    entry
                        .candidate
                        .presentations
                        .saturating_sub(entry.candidate.upcoming)
                ),
                app.theme.dim,
            ),
        ]);
        if entry.candidate.upcoming > 0 {
            // Chapters already drawn for them count against them too; say so.
            line.push_span(Span::styled(
                format!("  +{} to come", entry.candidate.upcoming),
                app.theme.dim,
            ));
        }
        let highlighted = i == focus(roulette);
        if highlighted {
            line = line.patch_style(app.theme.selected);
            for span in &mut line.spans {
                span.style = span.style.patch(app.theme.selected);
            }
        }
        members.push(line);
    }
    let phase = phase_lines(app, roulette);
    let mut history = Vec::new();
    if let Some(screen) = &app.study
        && !screen.study.draws.is_empty()
    {
        history.push(Line::raw(""));
        history.push(Line::styled("Previous draws", app.theme.heading));
        for draw in screen.study.draws.iter().rev().take(HISTORY) {
            let chapter = draw
                .chapter
                .map_or_else(|| "next session".to_owned(), |n| format!("ch. {n}"));
            history.push(Line::from(vec![
                Span::styled(
                    draw.drawn_at.format("%Y-%m-%d %H:%M  ").to_string(),
                    app.theme.dim,
                ),
                Span::raw(format!("{chapter:<8} {}", draw.chosen)),
                Span::styled(format!("  of {}", draw.candidates.len()), app.theme.dim),
            ]));
        }
    }

    // A short window keeps what matters: the member in focus and the result; the earlier
    // draws get the rows left over.
    let room = usize::from(area.height.saturating_sub(2));
    let phase = wrap_lines(&phase, width.saturating_sub(2));
    // The presenter goes first in a window tall enough for it and a member; a shorter one
    // keeps the member in focus and the question or result.
    let mut presenter = wrap_lines(&[presenter_line(app, roulette)], width.saturating_sub(2));
    if room <= phase.len() + presenter.len() {
        presenter.clear();
    }
    let focus = focus(roulette);
    let member_room = room.saturating_sub(phase.len() + presenter.len()).max(1);
    let first = focus
        .saturating_sub(member_room / 2)
        .min(members.len().saturating_sub(member_room));
    let mut rows: Vec<Line> = presenter;
    rows.extend(
        members
            .into_iter()
            .skip(first)
            .take(member_room)
            .map(|line| {
                if line.width() <= inner {
                    return line;
                }
                let style = line.style;
                Line::from(truncate_spans(line.spans, inner, app.theme.sym.ellipsis).0).style(style)
            }),
    );
    rows.extend(phase);
    let left = room.saturating_sub(rows.len());
    if left >= 3 {
        rows.extend(
            wrap_lines(&history, width.saturating_sub(2))
                .into_iter()
                .take(left),
        );
    }
    rows.truncate(room);
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let title = format!(" Who presents {}? ", roulette.what);
    let title = if display_width(&title) <= inner {
        vec![Span::raw(title)]
    } else {
        truncate_spans([Span::raw(title)], inner, app.theme.sym.ellipsis).0
    };
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(rows).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Line::from(title).style(app.theme.title)),
        ),
        popup,
    );
}

/// The member the light is on: the cursor, the name lit by the spin, or the one drawn.
fn focus(roulette: &Roulette) -> usize {
    match roulette.phase {
        Phase::Choosing => roulette.cursor,
        Phase::Spinning { lit, .. } => lit,
        Phase::Done { chosen } => chosen,
        Phase::Confirming { after } => after.unwrap_or(roulette.cursor),
    }
}

/// Who presents the chapter now: the one a draw replaces.
fn presenter_line(app: &App, roulette: &Roulette) -> Line<'static> {
    match &roulette.presenter {
        Some(name) => Line::from(vec![
            Span::styled("Presenter now: ", app.theme.dim),
            Span::styled(name.clone(), app.theme.heading),
        ]),
        None => Line::styled("No presenter yet", app.theme.dim),
    }
}

/// Under the members: what to do next, the question, or the result. Keys are named as the
/// keymap binds them in the context the window is in.
fn phase_lines(app: &App, roulette: &Roulette) -> Vec<Line<'static>> {
    let sep = app.theme.sym.separator;
    let key = |context, action| key_for(context, action).unwrap_or_default();
    let mut lines = vec![Line::raw("")];
    match roulette.phase {
        Phase::Choosing => lines.push(Line::styled(
            format!(
                "{} puts a member in or out {sep} {} draws",
                key(Context::Roulette, Action::ToggleCandidate),
                key(Context::Roulette, Action::DrawPresenter),
            ),
            app.theme.dim,
        )),
        Phase::Confirming { after } => {
            let name = roulette.presenter.as_deref().unwrap_or_default();
            let question = if after.is_some() {
                format!("Replace {name}, drawn just now, by a new draw?")
            } else {
                format!("Replace {name} as presenter by a draw?")
            };
            lines.push(Line::styled(question, app.theme.title));
            lines.push(Line::styled(
                format!(
                    "{} draws in their place {sep} {} keeps {name}",
                    key(Context::Confirm, Action::Yes),
                    key(Context::Confirm, Action::No),
                ),
                app.theme.dim,
            ));
        }
        Phase::Spinning { .. } => lines.push(Line::styled(app.theme.sym.ellipsis, app.theme.dim)),
        Phase::Done { chosen } => {
            let name = &roulette.members[chosen].candidate.name;
            lines.push(Line::styled(
                format!("{name} presents {}. Saved.", roulette.what),
                app.theme.title,
            ));
            lines.push(Line::styled(
                format!(
                    "{} keeps it {sep} {} draws again in {name}'s place",
                    key(Context::RouletteDone, Action::Back),
                    key(Context::RouletteDone, Action::DrawPresenter),
                ),
                app.theme.dim,
            ));
        }
    }
    lines
}
