//! The study screen: a header with the study, its book and progress, the tab bar, and the
//! selected tab.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Tabs;

use super::{chapters, members, post, retro, sessions};
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, StudyScreen};
use crate::ui::view::layout::draw_header;

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let [header, tabs, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let progress = screen.stats.progress;
    let line = Line::from(vec![
        Span::styled(format!(" {} ", screen.study.name), app.theme.title),
        Span::styled(
            format!(
                "{} {}/{}  ",
                app.theme.bar(progress.ratio(), 10),
                progress.finished,
                progress.total
            ),
            app.theme.gauge,
        ),
    ]);
    // Progress before the book's title, so a long title is what gets cut (for the demo
    // note too).
    let title = Span::raw(screen.study.book.title.clone());
    draw_header(app, frame, header, line, Some(title));
    // A narrow window names only the tab in view; the others keep their number.
    let narrow = area.width < 64;
    let titles = Tab::ALL.iter().enumerate().map(|(i, t)| {
        if narrow && *t != screen.tab {
            format!("{}", i + 1)
        } else {
            format!("{} {}", i + 1, app.tr.get(t.title()))
        }
    });
    frame.render_widget(
        Tabs::new(titles)
            .select(screen.tab.index())
            .highlight_style(app.theme.selected)
            .divider(if app.theme.ascii { "|" } else { "│" }),
        tabs,
    );
    match screen.tab {
        Tab::Chapters => chapters::draw(app, screen, frame, body),
        Tab::Sessions => sessions::draw(app, screen, frame, body),
        Tab::Members => members::draw(app, screen, frame, body),
        Tab::Retro => retro::draw(app, screen, frame, body),
        Tab::Post => post::draw(app, screen, frame, body),
    }
}
