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
use crate::ui::wrap::{truncate_spans, wrap_lines};

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

    let mut members = Vec::new();
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
        members.push(line);
    }
    let mut phase = vec![Line::raw("")];
    match roulette.phase {
        Phase::Choosing => phase.push(Line::styled(
            format!(
                "Space puts a member in or out {} r or Enter draws",
                app.theme.sym.separator
            ),
            app.theme.dim,
        )),
        Phase::Spinning { .. } => phase.push(Line::styled(app.theme.sym.ellipsis, app.theme.dim)),
        Phase::Done { chosen } => {
            let name = &roulette.members[chosen].candidate.name;
            phase.push(Line::styled(
                format!("{name} presents {}. Saved.", roulette.what),
                app.theme.title,
            ));
        }
    }
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
    let width = area.width.min(64);
    let inner = usize::from(width.saturating_sub(2));
    let room = usize::from(area.height.saturating_sub(2));
    let phase = wrap_lines(&phase, width.saturating_sub(2));
    let focus = match roulette.phase {
        Phase::Choosing => roulette.cursor,
        Phase::Spinning { lit, .. } => lit,
        Phase::Done { chosen } => chosen,
    };
    let member_room = room.saturating_sub(phase.len()).max(1);
    let first = focus
        .saturating_sub(member_room / 2)
        .min(members.len().saturating_sub(member_room));
    let mut rows: Vec<Line> = members
        .into_iter()
        .skip(first)
        .take(member_room)
        .map(|line| {
            if line.width() <= inner {
                return line;
            }
            let style = line.style;
            Line::from(truncate_spans(line.spans, inner, app.theme.sym.ellipsis).0).style(style)
        })
        .collect();
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
