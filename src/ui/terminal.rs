//! The event loop on the real terminal. The terminal is restored however the loop ends: a
//! quit, an error (returned), a panic (ratatui's hook), or SIGTERM / SIGHUP (flags the loop
//! checks between events, and a hang-up of the terminal itself, which the loop checks too
//! because a closed terminal does not always send SIGHUP to us).

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
            if hung_up() {
                break;
            }
            continue;
        }
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Paste(text) => app.handle_paste(&text),
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
    Ok(())
}

/// Whether the terminal on standard input has gone (its window closed, its ssh connection
/// dropped): poll(2) reports a hang-up without reading anything.
fn hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match poll(&mut fds, Some(&now)) {
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => false,
    }
}
