//! The presenter roulette: who presents the chapter now, who is in the draw with their
//! chances, the question before a presenter is replaced, the spin, the result, and the
//! study's previous draws.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::roulette::{Candidate, percentages, weights};
use crate::domain::text::{display_width, pad_to_width};
use crate::i18n::{Msg, Tr, format};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::state::roulette::{Entry, Phase, Roulette};
use crate::ui::widgets::wrap::{fit_cell, fit_line, wrap_lines};

/// How many earlier draws the history shows.
const HISTORY: usize = 8;
/// What follows a name on a member's row: ` presented 12  chance 100%  +3 to come`
/// (38 cells in English), in `tr`'s language.
fn figures_width(tr: Tr) -> usize {
    1 + display_width(&figures(tr, 999, "100%")) + display_width(&to_come(tr, 9))
}

/// `presented 12  chance 100%`: the count padded as wide as three digits make it, so that
/// the chances line up.
fn figures(tr: Tr, presented: u32, chance: &str) -> String {
    format!(
        "{} {}",
        pad_to_width(
            &tr.roulette_presented(presented),
            display_width(&tr.roulette_presented(999))
        ),
        tr.roulette_chance(chance)
    )
}

/// `  +3 to come`: chapters already drawn for a member.
fn to_come(tr: Tr, upcoming: u32) -> String {
    format!("  {}", tr.roulette_to_come(upcoming))
}
/// The least of a name a row keeps, even in a narrow window.
const MIN_NAME_WIDTH: usize = 6;

/// The roulette's window, centred over `area`: at most 64 cells wide, as tall as its rows.
pub fn draw(app: &App, roulette: &Roulette, frame: &mut Frame, area: Rect) {
    let width = area.width.min(64);
    let inner = width.saturating_sub(2);
    let room = usize::from(area.height.saturating_sub(2));
    let rows = rows(app, roulette, inner, room);
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let title = title(app, roulette, usize::from(inner));
    let block = Block::bordered().border_set(app.theme.border).title(title);
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(Paragraph::new(rows).block(block), popup);
}

/// The window's rows, `inner` cells wide, fitted to `room` rows. A short window keeps what
/// matters: the member in focus and the question or result; the presenter goes first when
/// there is room for it and a member, and the earlier draws get the rows left over.
fn rows(app: &App, roulette: &Roulette, inner: u16, room: usize) -> Vec<Line<'static>> {
    let phase = wrap_lines(&phase_lines(app, roulette), inner);
    let mut presenter = wrap_lines(&[presenter_line(app, roulette)], inner);
    if room <= phase.len() + presenter.len() {
        presenter.clear();
    }
    let member_room = room.saturating_sub(phase.len() + presenter.len()).max(1);
    let mut rows = presenter;
    rows.extend(members_in_view(
        app,
        roulette,
        usize::from(inner),
        member_room,
    ));
    rows.extend(phase);
    let left = room.saturating_sub(rows.len());
    if left >= 3 {
        rows.extend(
            wrap_lines(&history_lines(app), inner)
                .into_iter()
                .take(left),
        );
    }
    rows.truncate(room);
    rows
}

/// The members' rows around the one in focus, as many as `room` holds, each cut to `inner`
/// cells.
fn members_in_view(
    app: &App,
    roulette: &Roulette,
    inner: usize,
    room: usize,
) -> impl Iterator<Item = Line<'static>> {
    let members = member_lines(app, roulette, inner);
    let first = focus(roulette)
        .saturating_sub(room / 2)
        .min(members.len().saturating_sub(room));
    let ellipsis = app.theme.sym.ellipsis;
    members
        .into_iter()
        .skip(first)
        .take(room)
        .map(move |line| fit_line(line, inner, ellipsis))
}

/// A row for each member: in or out of the draw, the name, then presentations, chance and
/// turns to come; the member in focus highlighted.
fn member_lines(app: &App, roulette: &Roulette, inner: usize) -> Vec<Line<'static>> {
    let included: Vec<Candidate> = roulette
        .members
        .iter()
        .filter(|e| e.included)
        .map(|e| e.candidate.clone())
        .collect();
    let mut chances = percentages(&weights(&included)).into_iter();
    // A long name is cut, never the figures after it: "[x] ", the name and a space, then
    // about 38 cells of presentations, chance and turns to come (fewer in Korean).
    let name_width = roulette
        .members
        .iter()
        .map(|e| display_width(&e.candidate.name))
        .max()
        .unwrap_or(0)
        .min(
            inner
                .saturating_sub(5 + figures_width(app.tr))
                .max(MIN_NAME_WIDTH),
        );
    let focus = focus(roulette);
    roulette
        .members
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let chance = entry.included.then(|| chances.next().unwrap_or_default());
            member_line(app, entry, chance, name_width, i == focus)
        })
        .collect()
}

/// One member's row; `chance` is their percentage, none when they are out of the draw.
fn member_line(
    app: &App,
    entry: &Entry,
    chance: Option<u64>,
    name_width: usize,
    highlighted: bool,
) -> Line<'static> {
    let tr = app.tr;
    let chance = chance.map_or_else(
        || tr.get(Msg::RouletteOut).to_owned(),
        |c| format!("{c:>3}%"),
    );
    let tick = if entry.included { "[x]" } else { "[ ]" };
    let mut line = Line::from(vec![
        Span::raw(format!(
            "{tick} {} ",
            fit_cell(&entry.candidate.name, name_width, app.theme.sym.ellipsis)
        )),
        Span::styled(
            format!(
                " {}",
                figures(
                    tr,
                    entry
                        .candidate
                        .presentations
                        .saturating_sub(entry.candidate.upcoming),
                    &chance
                )
            ),
            app.theme.dim,
        ),
    ]);
    if entry.candidate.upcoming > 0 {
        // Chapters already drawn for them count against them too; say so.
        line.push_span(Span::styled(
            to_come(tr, entry.candidate.upcoming),
            app.theme.dim,
        ));
    }
    if highlighted {
        line = line.patch_style(app.theme.selected);
        for span in &mut line.spans {
            span.style = span.style.patch(app.theme.selected);
        }
    }
    line
}

/// The study's last draws, newest first, under a heading; nothing when there are none.
fn history_lines(app: &App) -> Vec<Line<'static>> {
    let tr = app.tr;
    let mut history = Vec::new();
    if let Some(screen) = &app.study
        && !screen.study.draws.is_empty()
    {
        history.push(Line::raw(""));
        history.push(Line::styled(
            tr.get(Msg::RoulettePreviousDraws),
            app.theme.heading,
        ));
        let draws: Vec<_> = screen.study.draws.iter().rev().take(HISTORY).collect();
        // Korean dates differ in width (`2025. 3. 8.`, `2025. 12. 14.`): the column takes
        // the widest.
        let when: Vec<String> = draws
            .iter()
            .map(|draw| {
                format!(
                    "{} {}",
                    format::date(tr.lang, draw.drawn_at.date_naive()),
                    draw.drawn_at.format("%H:%M")
                )
            })
            .collect();
        let when_width = when.iter().map(|w| display_width(w)).max().unwrap_or(0);
        for (draw, when) in draws.into_iter().zip(when) {
            let chapter = draw.chapter.map_or_else(
                || tr.get(Msg::RouletteNextSession).to_owned(),
                |n| format::chapter(tr.lang, n),
            );
            history.push(Line::from(vec![
                Span::styled(
                    format!("{}  ", pad_to_width(&when, when_width)),
                    app.theme.dim,
                ),
                Span::raw(format!("{} {}", pad_to_width(&chapter, 8), draw.chosen)),
                Span::styled(
                    format!("  {}", tr.roulette_of(draw.candidates.len())),
                    app.theme.dim,
                ),
            ]));
        }
    }
    history
}

/// ` Who presents chapter 3 "저장소와 검색"? `, cut to the window's inner width.
fn title(app: &App, roulette: &Roulette, inner: usize) -> Line<'static> {
    let title = Line::raw(format!(" {} ", app.tr.roulette_title(&roulette.what)));
    fit_line(title, inner, app.theme.sym.ellipsis).style(app.theme.title)
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
            Span::styled(
                format!("{} ", app.tr.get(Msg::RoulettePresenterNow)),
                app.theme.dim,
            ),
            Span::styled(name.clone(), app.theme.heading),
        ]),
        None => Line::styled(app.tr.get(Msg::RouletteNoPresenter), app.theme.dim),
    }
}

/// Under the members: what to do next, the question, or the result. Keys are named as the
/// keymap binds them in the context the window is in.
fn phase_lines(app: &App, roulette: &Roulette) -> Vec<Line<'static>> {
    let tr = app.tr;
    let sep = app.theme.sym.separator;
    let key = |context, action| key_for(context, action).unwrap_or_default();
    let mut lines = vec![Line::raw("")];
    match roulette.phase {
        Phase::Choosing => lines.push(Line::styled(
            tr.roulette_choosing(
                key(Context::Roulette, Action::ToggleCandidate),
                sep,
                key(Context::Roulette, Action::DrawPresenter),
            ),
            app.theme.dim,
        )),
        Phase::Confirming { after } => {
            let name = roulette.presenter.as_deref().unwrap_or_default();
            let question = if after.is_some() {
                tr.roulette_replace_drawn(name)
            } else {
                tr.roulette_replace_presenter(name)
            };
            lines.push(Line::styled(question, app.theme.title));
            lines.push(Line::styled(
                tr.roulette_confirm_hint(
                    key(Context::Confirm, Action::Yes),
                    sep,
                    key(Context::Confirm, Action::No),
                    name,
                ),
                app.theme.dim,
            ));
        }
        Phase::Spinning { .. } => lines.push(Line::styled(app.theme.sym.ellipsis, app.theme.dim)),
        Phase::Done { chosen } => {
            let name = &roulette.members[chosen].candidate.name;
            lines.push(Line::styled(
                tr.roulette_result(name, &roulette.what),
                app.theme.title,
            ));
            lines.push(Line::styled(
                tr.roulette_done_hint(
                    key(Context::RouletteDone, Action::Back),
                    sep,
                    key(Context::RouletteDone, Action::DrawPresenter),
                    name,
                ),
                app.theme.dim,
            ));
        }
    }
    lines
}
