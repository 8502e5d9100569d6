//! The home screen: every study with its book, period, status and progress, a summary of
//! the selected one, and a way to begin when the journal is empty.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, render_list};
use crate::store::StudySummary;
use crate::ui::layout::list_rows;
use crate::ui::state::app::App;
use crate::ui::view::layout::{Column, draw_header, fit_table};
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let line = Line::from(vec![
        Span::styled(" studylog ", app.theme.title),
        Span::styled(
            match app.studies.len() {
                1 => "1 study".to_owned(),
                n => format!("{n} studies"),
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
        draw_summary(
            app,
            &app.studies[i],
            !app.uncounted.contains(&i),
            frame,
            side,
        );
    }
}

fn period(study: &StudySummary) -> String {
    match (study.started_on, study.ended_on) {
        (None, None) => "-".to_owned(),
        (start, end) => format!(
            "{}~{}",
            start.map_or_else(String::new, |d| d.format("%y.%m.%d").to_string()),
            end.map_or_else(String::new, |d| d.format("%y.%m.%d").to_string())
        ),
    }
}

fn draw_list(app: &App, frame: &mut Frame, area: Rect) {
    let visible = app.home.visible(app.studies.len(), list_rows(app));
    let table_rows = visible.into_iter().map(|(i, matched)| {
        let s = &app.studies[i];
        // Not counted yet (the event loop counts the rows it shows): left blank.
        let progress = if app.uncounted.contains(&i) {
            String::new()
        } else {
            format!(
                "{} {:>3.0}%",
                app.theme.bar(s.progress.ratio(), 8),
                s.progress.ratio() * 100.0
            )
        };
        vec![
            highlighted(&s.name, matched, app.theme.matched),
            Line::raw(s.book.clone()),
            Line::raw(period(s)),
            Line::raw(s.status.as_str()),
            Line::raw(progress),
        ]
    });
    let columns = [
        Column {
            header: "Study",
            width: Constraint::Fill(4),
            from: 0,
        },
        Column {
            header: "Book",
            width: Constraint::Fill(3),
            from: 70,
        },
        Column {
            header: "Period",
            width: Constraint::Length(17),
            from: 80,
        },
        Column {
            header: "Status",
            width: Constraint::Length(8),
            from: 90,
        },
        Column {
            header: "Progress",
            width: Constraint::Length(13),
            from: 0,
        },
    ];
    let table = fit_table(&columns, area.width, &app.theme, table_rows);
    render_list(app, frame, area, table, &app.home, app.studies.len());
}

fn draw_summary(app: &App, study: &StudySummary, counted: bool, frame: &mut Frame, area: Rect) {
    let p = study.progress;
    let (chapters, bar) = if counted {
        (
            format!("{} of {} finished", p.finished, p.total),
            app.theme.bar(p.ratio(), 20),
        )
    } else {
        Default::default()
    };
    let lines = vec![
        Line::styled(study.name.as_str(), app.theme.title),
        Line::raw(study.book.as_str()),
        Line::raw(""),
        Line::from(vec![
            Span::styled("Status    ", app.theme.dim),
            Span::raw(study.status.as_str()),
        ]),
        Line::from(vec![
            Span::styled("Period    ", app.theme.dim),
            Span::raw(period(study)),
        ]),
        Line::from(vec![
            Span::styled("Chapters  ", app.theme.dim),
            Span::raw(chapters),
        ]),
        Line::styled(bar, app.theme.gauge),
        Line::raw(""),
        Line::styled("Enter opens the study.", app.theme.dim),
    ];
    frame.render_widget(
        Paragraph::new(wrap_lines(&lines, area.width.saturating_sub(2))).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(" Summary "),
        ),
        area,
    );
}

fn draw_empty(app: &App, frame: &mut Frame, area: Rect) {
    // An import must go to this journal, which may not be the default one.
    let import = match app.store.path() {
        Some(path) => format!("  studylog --db {} import FILE", path.display()),
        None => "  studylog import FILE".to_owned(),
    };
    let lines = vec![
        Line::styled("The journal is empty.", app.theme.title),
        Line::raw(""),
        Line::raw("To begin:"),
        Line::from(vec![
            Span::styled("  a", app.theme.key),
            Span::raw("                      add a study here: its name and its book"),
        ]),
        Line::from(vec![
            Span::styled("  studylog demo", app.theme.key),
            Span::raw("          look around a sample study first"),
        ]),
        Line::raw(""),
        Line::raw("Or bring in a study from a studylog JSON file:"),
        Line::styled(import, app.theme.key),
    ];

    frame.render_widget(
        Paragraph::new(wrap_lines(&lines, area.width.saturating_sub(2)))
            .block(Block::bordered().border_set(app.theme.border)),
        area,
    );
}
