//! Drawing: a pure function of the state. Nothing here changes `App` or reads the journal.

mod attendance;
mod chapters;
mod confirm;
mod copied;
mod editor;
mod form;
pub mod help;
mod home;
pub mod layout;
mod list;
mod members;
pub mod post;
pub mod reader;
mod retro;
mod roulette;
mod sessions;
mod status;
mod study;
pub mod toc_preview;
mod too_small;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::state::app::{App, Overlay};
use super::state::discard;
use crate::ui::layout::{MIN_HEIGHT, MIN_WIDTH};

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small::draw(app, frame, area);
        return;
    }
    let [body, status_line] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    // The editor and the reader cover the whole body: what is under them is not drawn
    // (a chapter's notes in the detail pane may be long).
    let covered = matches!(
        app.overlay,
        Some(Overlay::Editor(_) | Overlay::Reader { .. })
    );
    match &app.study {
        _ if covered => {}
        None => home::draw(app, frame, body),
        Some(screen) => study::draw(app, screen, frame, body),
    }
    if let Some(overlay) = &app.overlay {
        draw_overlay(app, overlay, frame, body);
        if let Some(leaving) = app.discard {
            let question = discard::question(app.tr, overlay, leaving);
            confirm::draw(app, &question, frame, body);
        }
    }
    status::draw(app, frame, status_line);
}

fn draw_overlay(app: &App, overlay: &Overlay, frame: &mut Frame, body: Rect) {
    match overlay {
        Overlay::Help { scroll, under } => {
            // The window the help describes stays in sight behind it.
            if let Some(under) = under {
                draw_overlay(app, under, frame, body);
            }
            help::draw(app, *scroll, frame, body);
        }
        Overlay::Reader { scroll, rows } => reader::draw(app, *scroll, rows, frame, body),
        Overlay::Confirm(confirm) => confirm::draw(app, &confirm.question, frame, body),
        Overlay::Form(form) => form::draw(app, form, frame, body),
        Overlay::Attendance { cursor } => attendance::draw(app, *cursor, frame, body),
        Overlay::Editor(editor) => editor::draw(app, editor, frame, body),
        Overlay::Roulette(roulette) => roulette::draw(app, roulette, frame, body),
        Overlay::Copied(text) => copied::draw(app, text, frame, body),
    }
}
