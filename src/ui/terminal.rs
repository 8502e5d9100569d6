//! The event loop on the real terminal. The terminal is restored however the loop ends: a
//! quit, an error (returned), a panic (ratatui's hook, and ours for bracketed paste), or
//! SIGTERM / SIGINT / SIGHUP (flags the loop checks between events, and a hang-up of the terminal
//! itself, which the loop checks too because a closed terminal does not always send SIGHUP
//! to us). It also lends the terminal to the person's editor for Ctrl-e.

use std::io::{self, BufWriter, Stdout, Write};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::state::app::App;
use super::view;
use crate::i18n::Tr;

/// Why the person's editor gave no text back; the text is left as it was.
#[derive(Debug)]
pub enum EditorError {
    /// The temporary file the text goes through could not be written or read back.
    TempFile(io::Error),
    CannotStart {
        editor: String,
        source: io::Error,
    },
    Failed {
        editor: String,
        status: std::process::ExitStatus,
    },
}

impl EditorError {
    /// What went wrong, in the interface's language (the system's own reason as it gives it).
    pub fn message(&self, tr: Tr) -> String {
        match self {
            EditorError::TempFile(e) => tr.error_editor_temp_file(e),
            EditorError::CannotStart { editor, source } => {
                tr.error_editor_cannot_start(editor, source)
            }
            EditorError::Failed { editor, status } => tr.error_editor_failed(editor, status),
        }
    }
}

/// In English, for logs and callers without the interface's language.
impl std::fmt::Display for EditorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Tr::EN))
    }
}

impl std::error::Error for EditorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EditorError::TempFile(e) | EditorError::CannotStart { source: e, .. } => Some(e),
            EditorError::Failed { .. } => None,
        }
    }
}

impl From<io::Error> for EditorError {
    fn from(e: io::Error) -> Self {
        EditorError::TempFile(e)
    }
}

/// The terminal as the UI draws on it: ratatui's, with standard output buffered whole, so a
/// frame goes out in one write instead of a write per kilobyte (standard output's own
/// buffer), which a pseudo-terminal then passes on in as many pieces.
type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Room for a frame of a large terminal, cell by cell with its colours.
const FRAME_BUFFER: usize = 256 * 1024;

/// How often the loop looks at the signal flags while no key arrives.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

pub fn run(app: &mut App, editor: &str) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    // SIGINT too: in raw mode Ctrl-c is a key, but `kill -INT` or `timeout -s INT` still
    // sends the signal, whose default action would end us with the terminal left raw.
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGINT, SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = init()?;
    // A paste arrives as one event, so a long one is one edit and never runs as keys.
    execute!(io::stdout(), EnableBracketedPaste)?;
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui_hook(info);
    }));
    let result = event_loop(app, &mut terminal, &stop, editor);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::try_restore()?;
    result
}

/// What `ratatui::try_init` does, on a buffered standard output: a panic hook that restores
/// the terminal before the message, raw mode, the alternate screen.
fn init() -> io::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::try_restore();
        hook(info);
    }));
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        io::stdout(),
    )))
}

fn event_loop(
    app: &mut App,
    terminal: &mut Screen,
    stop: &AtomicBool,
    editor: &str,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut drawn_for = None;
    // Only an event or the roulette's spin changes the screen. Waking to look at the
    // signals draws nothing: even a frame equal to the last one writes its closing
    // sequences, which a multiplexer takes for activity and ssh carries every 100 ms.
    let mut stale = true;
    while !app.should_quit && !stop.load(Ordering::Relaxed) {
        if stale {
            // A new window or screen is drawn whole. Terminals disagree on the width of
            // some emoji sequences (tmux draws 👍🏽 in four cells, ratatui counts two);
            // drawing only the changed cells would leave the part the terminal drew wider.
            let context = app.context();
            if drawn_for.is_some_and(|drawn| drawn != context) {
                // `resize` to the same size clears the screen and forgets the last frame
                // without asking the terminal where its cursor is (`clear` would).
                let size = terminal.size()?;
                terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
            }
            drawn_for = Some(context);
            terminal.draw(|frame| view::draw(app, frame))?;
            stale = false;
        }
        let animating = app.next_frame_in();
        if !event::poll(animating.unwrap_or(SIGNAL_POLL))? {
            if hung_up() {
                break;
            }
            if animating.is_some() {
                app.tick();
                stale = true;
            }
            continue;
        }
        stale = true;
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Paste(text) => app.handle_paste(&text),
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
        if let Some(text) = app.take_clipboard() {
            let mut stdout = io::stdout();
            stdout.write_all(super::clipboard::osc52(&text).as_bytes())?;
            stdout.flush()?;
        }
        if let Some(text) = app.take_external_edit() {
            let result = edit_outside(terminal, editor, &text);
            app.finish_external_edit(result);
        }
    }
    Ok(())
}

/// Hands `text` to the person's editor in a temporary `.md` file, with the terminal back in
/// its normal state, and takes the file's text back when the editor exits.
fn edit_outside(terminal: &mut Screen, editor: &str, text: &str) -> Result<String, EditorError> {
    let mut file = tempfile::Builder::new()
        .prefix("studylog-") // not text: a file name
        .suffix(".md") // not text: a file extension
        .tempfile()?;
    file.write_all(text.as_bytes())?;
    file.flush()?;

    let mut stdout = io::stdout();
    let _ = execute!(stdout, DisableBracketedPaste, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let _ = terminal.show_cursor();
    // Through the shell, so that an editor set as `code --wait` gets its arguments.
    let status = Command::new("sh") // not text: a program
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("studylog-editor") // not text: the script's name ($0)
        .arg(file.path())
        .status();
    let _ = enable_raw_mode();
    let _ = execute!(stdout, EnterAlternateScreen, EnableBracketedPaste);
    let _ = terminal.clear();

    match status {
        Ok(status) if status.success() => Ok(std::fs::read_to_string(file.path())?),
        Ok(status) => Err(EditorError::Failed {
            editor: editor.to_owned(),
            status,
        }),
        Err(source) => Err(EditorError::CannotStart {
            editor: editor.to_owned(),
            source,
        }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editor_that_does_not_start_is_said_in_the_interfaces_language() {
        let error = EditorError::CannotStart {
            editor: "vim".to_owned(),
            source: io::Error::new(io::ErrorKind::NotFound, "not found"),
        };
        assert_eq!(error.message(Tr::KO), "vim을 실행할 수 없어요 (not found).");
        assert_eq!(error.to_string(), "cannot start vim: not found");
        let temp = EditorError::from(io::Error::other("disk full"));
        assert_eq!(temp.to_string(), "disk full");
        assert!(temp.message(Tr::KO).ends_with(": disk full"));
    }
}
