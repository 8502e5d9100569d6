//! The presenter roulette: who is in the draw with their chances, the spin, the result, and
//! the study's previous draws.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::roulette::{Candidate, weights};
use crate::domain::text::{display_width, pad_to_width};
use crate::ui::app::App;
use crate::ui::roulette::{Phase, Roulette};
use crate::ui::wrap::wrap_lines;

/// How many earlier draws the history shows.
const HISTORY: usize = 8;

pub fn draw(app: &App, roulette: &Roulette, frame: &mut Frame, area: Rect) {
    let included: Vec<Candidate> = roulette
        .members
        .iter()
        .filter(|e| e.included)
        .map(|e| e.candidate.clone())
        .collect();
    let chances = weights(&included);
    let total: u64 = chances.iter().sum();
    let name_width = roulette
        .members
        .iter()
        .map(|e| display_width(&e.candidate.name))
        .max()
        .unwrap_or(0);

    let mut lines = Vec::new();
    let mut in_draw = 0;
    for (i, entry) in roulette.members.iter().enumerate() {
        let chance = if entry.included {
            in_draw += 1;
            format!("{}/{total}", chances[in_draw - 1])
        } else {
            "out".to_owned()
        };
        let tick = if entry.included { "[x]" } else { "[ ]" };
        let mut line = Line::from(vec![
            Span::raw(format!(
                "{tick} {} ",
                pad_to_width(&entry.candidate.name, name_width)
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
        let highlighted = match roulette.phase {
            Phase::Choosing => i == roulette.cursor,
            Phase::Spinning { lit, .. } => i == lit,
            Phase::Done { chosen } => i == chosen,
        };
        if highlighted {
            line = line.patch_style(app.theme.selected);
            for span in &mut line.spans {
                span.style = span.style.patch(app.theme.selected);
            }
        }
        lines.push(line);
    }
    lines.push(Line::raw(""));
    match roulette.phase {
        Phase::Choosing => lines.push(Line::styled(
            format!(
                "Space puts a member in or out {} r or Enter draws",
                app.theme.sym.separator
            ),
            app.theme.dim,
        )),
        Phase::Spinning { .. } => lines.push(Line::styled(app.theme.sym.ellipsis, app.theme.dim)),
        Phase::Done { chosen } => {
            let name = &roulette.members[chosen].candidate.name;
            lines.push(Line::styled(
                format!("{name} presents {}. Saved.", roulette.what),
                app.theme.title,
            ));
        }
    }
    if let Some(screen) = &app.study
        && !screen.study.draws.is_empty()
    {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Previous draws", app.theme.heading));
        for draw in screen.study.draws.iter().rev().take(HISTORY) {
            let chapter = draw
                .chapter
                .map_or_else(|| "next session".to_owned(), |n| format!("ch. {n}"));
            lines.push(Line::from(vec![
                Span::styled(
                    draw.drawn_at.format("%Y-%m-%d %H:%M  ").to_string(),
                    app.theme.dim,
                ),
                Span::raw(format!("{chapter:<8} {}", draw.chosen)),
                Span::styled(format!("  of {}", draw.candidates.len()), app.theme.dim),
            ]));
        }
    }

    let width = area.width.min(64);
    let rows = wrap_lines(&lines, width.saturating_sub(2));
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(rows).block(Block::bordered().border_set(app.theme.border).title(
            Span::styled(
                format!(" Who presents {}? ", roulette.what),
                app.theme.title,
            ),
        )),
        popup,
    );
}
