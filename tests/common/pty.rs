//! The real binary in a pseudo-terminal, as a person at a keyboard sees it: keys typed,
//! the screen read back through a terminal emulator.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};

use crate::common::Journal;

/// Long enough for a slow, shared machine; a hang fails instead of blocking CI.
pub const DEADLINE: Duration = Duration::from_secs(60);

pub struct Tui {
    pub master: Box<dyn MasterPty + Send>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte studylog wrote, for sequences the screen does not show (OSC 52).
    pub output: Arc<Mutex<Vec<u8>>>,
    /// The thread reading studylog's output; it ends when the terminal closes.
    reader: Option<std::thread::JoinHandle<()>>,
}

/// studylog on `journal` in a new 80x24 pseudo-terminal, as a person's terminal runs it.
pub fn spawn(
    journal: &Journal,
    args: &[&str],
    env: &[(&str, &str)],
) -> (
    portable_pty::PtyPair,
    Box<dyn portable_pty::Child + Send + Sync>,
) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_studylog"));
    cmd.arg("--db");
    cmd.arg(&journal.db);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    // English unless a test asks: whatever the machine's own locale or override says.
    cmd.env("LANG", "C.UTF-8");
    for variable in ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "STUDYLOG_LANG"] {
        cmd.env_remove(variable);
    }
    cmd.env("STUDYLOG_CONFIG", journal.path("absent.toml"));
    for (name, value) in env {
        cmd.env(name, value);
    }
    // The post is written to the current folder.
    cmd.cwd(journal.path(""));
    let child = pty.slave.spawn_command(cmd).expect("spawn studylog");
    (pty, child)
}

impl Tui {
    pub fn start(journal: &Journal, args: &[&str]) -> Tui {
        Tui::start_with_env(journal, args, &[])
    }

    /// studylog with environment variables set over the tests' defaults (`LANG=C.UTF-8`).
    pub fn start_with_env(journal: &Journal, args: &[&str], env: &[(&str, &str)]) -> Tui {
        let (pty, child) = spawn(journal, args, env);
        // The child holds its own end; ours would keep the terminal open after it exits.
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).expect("rows"),
            std::num::NonZeroU16::new(80).expect("cols"),
            0,
        )));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let sink = Arc::clone(&parser);
        let output = Arc::new(Mutex::new(Vec::new()));
        let raw = Arc::clone(&output);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw.lock().expect("output").extend_from_slice(&buf[..n]);
                sink.lock().expect("parser").process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Tui {
            master: pty.master,
            writer,
            child,
            parser,
            output,
            reader: Some(reader),
        }
    }

    /// Sends `signal` to studylog, as `kill` would.
    pub fn signal(&self, signal: nix::sys::signal::Signal) {
        let pid = self.child.process_id().expect("pid");
        let pid = nix::unistd::Pid::from_raw(i32::try_from(pid).expect("pid fits"));
        nix::sys::signal::kill(pid, signal).expect("send the signal");
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("type");
        self.writer.flush().expect("flush");
    }

    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Resizes the terminal to `cols` x `rows`, as a person dragging the window's edge does:
    /// the emulator's screen first, so that what studylog draws for the new size lands on a
    /// screen of that size, then the pseudo-terminal, whose kernel side tells studylog
    /// (SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("a terminal has a size");
        self.parser
            .lock()
            .expect("parser")
            .set_size(size(rows), size(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Waits until the screen shows `text`, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text))
    }

    /// Waits until `done` holds for the screen, and returns the screen; `what` says what
    /// was awaited when it never comes.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        self.wait_until_screen(what, |screen| done(&screen.contents()))
            .contents()
    }

    /// Waits until `done` holds for the emulator's screen (its text, and where its cursor
    /// is), and returns that screen.
    pub fn wait_until_screen(
        &self,
        what: &str,
        done: impl Fn(&vt100::Screen) -> bool,
    ) -> vt100::Screen {
        let start = Instant::now();
        loop {
            let screen = self.parser.lock().expect("parser").screen().clone();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "never saw {what}; screen:\n{}",
                screen.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // The reader thread takes the last bytes (the restore sequence) and ends
                // when the terminal closes, which it does once studylog has exited.
                if let Some(reader) = self.reader.take() {
                    while !reader.is_finished() {
                        assert!(start.elapsed() < DEADLINE, "the terminal never closed");
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    reader.join().expect("the reader thread");
                }
                return status;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "studylog did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn cooked(&self) -> bool {
        let termios = self.master.get_termios().expect("termios");
        termios
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    }

    pub fn assert_restored(&self) {
        let parser = self.parser.lock().expect("parser");
        assert!(
            !parser.screen().alternate_screen(),
            "still on the alternate screen"
        );
        assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
        drop(parser);
        assert!(self.cooked(), "the terminal is still in raw mode");
    }
}

/// A failed test must not leave the app running.
impl Drop for Tui {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
        }
    }
}
