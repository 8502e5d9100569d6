//! The event loop on the real terminal. The terminal is restored however the loop ends: a
//! quit, an error (returned), a panic (ratatui's hook), or SIGTERM / SIGHUP (flags the loop
//! checks between events).

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use super::app::App;
use super::view;

/// How often the loop looks at the signal flags while no key arrives.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

pub fn run(app: &mut App) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(app, &mut terminal, &stop);
    ratatui::try_restore()?;
    result
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    stop: &AtomicBool,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    while !app.should_quit && !stop.load(Ordering::Relaxed) {
        terminal.draw(|frame| view::draw(app, frame))?;
        if !event::poll(SIGNAL_POLL)? {
            continue;
        }
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
    Ok(())
}
