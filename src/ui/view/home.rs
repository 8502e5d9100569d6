//! The home screen: every study with its book, period, status and progress, a summary of
//! the selected one, and a way to begin when the journal is empty.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, render_list};
use crate::domain::StudyStatus;
use crate::domain::text::{display_width, pad_to_width};
use crate::i18n::{Lang, Msg, format};
use crate::store::StudySummary;
use crate::ui::keymap::{self, Context};
use crate::ui::layout::list_rows;
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::view::layout::{Column, draw_header, fit_table, study_status_label as status_label};
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let line = Line::from(vec![
        Span::styled(" studylog ", app.theme.title), // not text: the program's name
        Span::styled(
            match app.studies.len() {
                1 => app.tr.get(Msg::HomeOneStudy).to_owned(),
                n => app.tr.home_studies(n),
            },
            app.theme.dim,
        ),
    ]);
    draw_header(app, frame, title, line, None);
    if app.studies.is_empty() {
        draw_empty(app, frame, body);
        return;
    }
    let wide = body.width >= 100;
    let [list, side] = if wide {
        // The summary repeats the selected row: it gets a third, the table the rest.
        Layout::horizontal([Constraint::Fill(2), Constraint::Fill(1)]).areas(body)
    } else {
        [body, Rect::default()]
    };
    draw_list(app, frame, list);
    let selected = app.home.selected_item(app.studies.len());
    if wide && let Some(i) = selected.filter(|i| *i < app.studies.len()) {
        draw_summary(app, &app.studies[i], frame, side);
    }
}

fn period(lang: Lang, study: &StudySummary) -> String {
    match (study.started_on, study.ended_on) {
        (None, None) => "-".to_owned(),
        (start, end) => format!(
            "{}~{}",
            start.map_or_else(String::new, |d| format::short_date(lang, d)),
            end.map_or_else(String::new, |d| format::short_date(lang, d))
        ),
    }
}

fn draw_list(app: &App, frame: &mut Frame, area: Rect) {
    let visible = app.home.visible(app.studies.len(), list_rows(app));
    let table_rows = visible.into_iter().map(|(i, matched)| {
        let s = &app.studies[i];
        let progress = format!(
            "{} {:>3.0}%",
            app.theme.bar(s.progress.ratio(), 8),
            s.progress.ratio() * 100.0
        );
        vec![
            highlighted(&s.name, matched, app.theme.matched),
            Line::raw(s.book.clone()),
            Line::raw(period(app.tr.lang, s)),
            Line::raw(status_label(app.tr, s.status)),
            Line::raw(progress),
        ]
    });
    // The period's dates are as wide as the language writes them.
    let period_width = app
        .studies
        .iter()
        .map(|s| display_width(&period(app.tr.lang, s)))
        .max()
        .unwrap_or(0);
    let status_width = StudyStatus::ALL
        .iter()
        .map(|s| display_width(status_label(app.tr, *s)))
        .max()
        .unwrap_or(0);
    let tr = app.tr;
    let columns = [
        Column {
            header: tr.get(Msg::HomeColumnStudy),
            width: Constraint::Fill(4),
            from: 0,
        },
        Column {
            header: tr.get(Msg::HomeColumnBook),
            width: Constraint::Fill(3),
            from: 70,
        },
        Column {
            header: tr.get(Msg::HomeColumnPeriod),
            width: Constraint::Length(cells(period_width).max(17)),
            from: 80,
        },
        Column {
            header: tr.get(Msg::HomeColumnStatus),
            width: Constraint::Length(cells(status_width).max(8)),
            from: 90,
        },
        Column {
            header: tr.get(Msg::HomeColumnProgress),
            width: Constraint::Length(13),
            from: 0,
        },
    ];
    let table = fit_table(&columns, area.width, &app.theme, table_rows);
    render_list(app, frame, area, table, &app.home, app.studies.len());
}

/// A width in cells as a layout takes it.
fn cells(width: usize) -> u16 {
    u16::try_from(width).unwrap_or(u16::MAX)
}

fn draw_summary(app: &App, study: &StudySummary, frame: &mut Frame, area: Rect) {
    let tr = app.tr;
    let p = study.progress;
    let chapters = tr.home_summary_finished(p.finished, p.total);
    let bar = app.theme.bar(p.ratio(), 20);
    // The labels in a column, two cells before the facts.
    let labels = [
        tr.get(Msg::HomeColumnStatus),
        tr.get(Msg::HomeColumnPeriod),
        tr.get(Msg::HomeSummaryChapters),
    ];
    let label_width = labels.iter().map(|l| display_width(l)).max().unwrap_or(0) + 2;
    let [status, period_label, chapters_label] = labels.map(|l| pad_to_width(l, label_width));
    let open = keymap::key_for(Context::Home, Action::Open)
        .map(|key| tr.home_summary_open(key))
        .unwrap_or_default();
    let lines = vec![
        Line::styled(study.name.as_str(), app.theme.title),
        Line::raw(study.book.as_str()),
        Line::raw(""),
        Line::from(vec![
            Span::styled(status, app.theme.dim),
            Span::raw(status_label(tr, study.status)),
        ]),
        Line::from(vec![
            Span::styled(period_label, app.theme.dim),
            Span::raw(period(tr.lang, study)),
        ]),
        Line::from(vec![
            Span::styled(chapters_label, app.theme.dim),
            Span::raw(chapters),
        ]),
        Line::styled(bar, app.theme.gauge),
        Line::raw(""),
        Line::styled(open, app.theme.dim),
    ];
    frame.render_widget(
        Paragraph::new(wrap_lines(&lines, area.width.saturating_sub(2))).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(format!(" {} ", tr.get(Msg::HomeSummaryTitle))),
        ),
        area,
    );
}

fn draw_empty(app: &App, frame: &mut Frame, area: Rect) {
    let tr = app.tr;
    let file = tr.get(Msg::HomeEmptyFile);
    // An import must go to this journal, which may not be the default one.
    let import = match app.store.path() {
        // not text: a command, typed as it is in any language
        Some(path) => format!("  studylog --db {} import {file}", path.display()),
        None => format!("  studylog import {file}"), // not text: a command
    };
    let width = usize::from(area.width.saturating_sub(2));
    // What to type, then what it does: the descriptions in a column, each wrapped under
    // itself; a narrow window brings the column in to the commands.
    let mut commands = Vec::new();
    if let Some(key) = keymap::key_for(Context::Home, Action::Add) {
        commands.push((format!("  {key}"), tr.get(Msg::HomeEmptyAdd)));
    }
    // not text: a command
    commands.push(("  studylog demo".to_owned(), tr.get(Msg::HomeEmptyDemo)));
    let widest = commands
        .iter()
        .map(|(command, _)| display_width(command))
        .max()
        .unwrap_or(0);
    let roomy = (widest + 2).max(25);
    let column = if commands
        .iter()
        .all(|(_, what)| roomy + display_width(what) <= width)
    {
        roomy
    } else {
        widest + 1
    };
    let described = |command: &str, what: &str| {
        let room = u16::try_from(width.saturating_sub(column).max(8)).unwrap_or(u16::MAX);
        let mut rows = Vec::new();
        for (i, row) in wrap_lines(&[Line::raw(what.to_owned())], room)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { command } else { "" };
            let pad = " ".repeat(column.saturating_sub(display_width(lead)));
            let mut spans = vec![Span::styled(lead.to_owned(), app.theme.key), Span::raw(pad)];
            spans.extend(row.spans);
            rows.push(Line::from(spans));
        }
        rows
    };
    let mut lines = vec![
        Line::styled(tr.get(Msg::HomeEmptyTitle), app.theme.title),
        Line::raw(""),
        Line::raw(tr.get(Msg::HomeEmptyBegin)),
    ];
    for (command, what) in &commands {
        lines.extend(described(command, what));
    }
    lines.extend([
        Line::raw(""),
        Line::raw(tr.get(Msg::HomeEmptyImport)),
        Line::styled(import, app.theme.key),
    ]);
    let mut rows = wrap_lines(&lines, area.width.saturating_sub(2));
    // A short window leaves out the blank lines before it leaves out the import.
    if rows.len() > usize::from(area.height.saturating_sub(2)) {
        rows.retain(|row| row.width() > 0);
    }

    frame.render_widget(
        Paragraph::new(rows).block(Block::bordered().border_set(app.theme.border)),
        area,
    );
}
