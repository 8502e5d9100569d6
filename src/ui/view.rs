//! Drawing: a pure function of the state. Nothing here changes `App` or reads the journal.

mod chapters;
mod help;
mod home;
pub mod layout;
mod members;
mod post;
mod retro;
mod sessions;
mod status;
mod study;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout};
use ratatui::widgets::Paragraph;

use super::app::App;
use layout::{MIN_HEIGHT, MIN_WIDTH};

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = format!(
            "The window is too small ({}x{}).\nstudylog needs at least {MIN_WIDTH}x{MIN_HEIGHT}.\nCtrl-c quits.",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(message)
                .alignment(Alignment::Center)
                .style(app.theme.error),
            area,
        );
        return;
    }
    let [body, status_line] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match &app.study {
        None => home::draw(app, frame, body),
        Some(screen) => study::draw(app, screen, frame, body),
    }
    status::draw(app, frame, status_line);
    if app.help_open {
        help::draw(app, frame, body);
    }
}
