//! The real binary in a pseudo-terminal: start on a journal, open a study, visit each tab,
//! quit with `q`, with Ctrl-c, and by SIGTERM and SIGINT; each leaves the alternate screen,
//! shows the cursor and puts the terminal back in cooked mode.

mod common;
#[path = "common/pty.rs"]
mod pty;

use std::time::Instant;

use pty::{DEADLINE, Tui};

fn journal_with_example() -> common::Journal {
    let journal = common::Journal::new();
    journal.import_example();
    journal
}

#[test]
fn open_a_study_visit_every_tab_and_quit_with_q() {
    let journal = journal_with_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    assert!(!tui.cooked(), "the UI runs in raw mode");
    assert!(
        tui.parser
            .lock()
            .expect("parser")
            .screen()
            .alternate_screen()
    );
    tui.send(b"\r");
    tui.wait_for("Reliable, Scalable");
    tui.send(b"2");
    tui.wait_for("Unprepared");
    tui.send(b"3");
    tui.wait_for("Presented");
    tui.send(b"4");
    tui.wait_for("Good (2)");
    tui.send(b"5");
    tui.wait_for("w write file");
    tui.send(b"\t");
    tui.wait_for("Detail");
    tui.send(b"q");
    tui.wait_for("Enter open");
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    tui.assert_restored();
}

#[test]
fn ctrl_c_quits_from_a_study_and_restores_the_terminal() {
    let journal = journal_with_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    tui.send(b"\r5");
    tui.wait_for("w write file");
    tui.send(b"\x03");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let journal = journal_with_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    tui.signal(nix::sys::signal::Signal::SIGTERM);
    tui.wait_exit();
    tui.assert_restored();
}

/// `kill -INT` or `timeout -s INT`: in raw mode Ctrl-c is a key, but SIGINT can still come
/// from outside, and must restore the terminal as SIGTERM does.
#[test]
fn sigint_restores_the_terminal() {
    let journal = journal_with_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    tui.signal(nix::sys::signal::Signal::SIGINT);
    tui.wait_exit();
    tui.assert_restored();
}

#[test]
fn an_empty_journal_opens_on_the_way_to_begin() {
    let journal = common::Journal::new();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("The journal is empty.");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}

#[test]
fn the_demo_opens_a_sample_study_without_touching_the_journal() {
    let journal = common::Journal::new();
    let mut tui = Tui::start(&journal, &["demo"]);
    tui.wait_for("데이터 중심 애플리케이");
    tui.send(b"\r");
    tui.wait_for("저장소와 검색");
    tui.send(b"\x03");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
    assert!(
        !journal.db.exists(),
        "the demo never creates the user's journal"
    );
}

#[test]
fn filter_in_korean_then_write_the_post_from_the_post_tab() {
    let journal = common::Journal::new();
    journal
        .cmd()
        .args(["import", "assets/demo.json"])
        .assert()
        .success();
    journal.import_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    tui.send("/데이터".as_bytes());
    let screen = tui.wait_for("1/1 of 2");
    assert!(!screen.contains("DDIA reading group"), "{screen}");
    tui.send(b"\r\r5");
    tui.wait_for("w write file");
    tui.send(b"w");
    tui.wait_for("Wrote ");
    let written: Vec<_> = std::fs::read_dir(journal.path(""))
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-데이터-중심-애플리케이션-설계-읽기.md"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    tui.send(b"w");
    tui.wait_for("Replace it?");
    tui.send(b"n\x03");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}

/// A terminal window closed under the app: the pseudo-terminal's master side goes away.
/// The app must notice and exit, not spin on a terminal that is gone.
#[test]
fn a_closed_terminal_ends_the_app() {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use std::os::fd::BorrowedFd;

    let journal = journal_with_example();
    let (pty, mut child) = pty::spawn(&journal, &[], &[]);
    drop(pty.slave);

    // Read the master directly (no cloned reader), so dropping it really closes it.
    let fd = pty.master.as_raw_fd().expect("master fd");
    // SAFETY: the master outlives every use of `master_fd` below; it is dropped after.
    let master_fd = unsafe { BorrowedFd::borrow_raw(fd) };
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(24).expect("rows"),
        std::num::NonZeroU16::new(80).expect("cols"),
        0,
    );
    let start = Instant::now();
    while !parser.screen().contents().contains("DDIA reading group") {
        assert!(start.elapsed() < DEADLINE, "the app never drew its screen");
        let mut fds = [PollFd::new(master_fd, PollFlags::POLLIN)];
        if poll(&mut fds, PollTimeout::from(50u16)).expect("poll") > 0 {
            let mut buf = [0u8; 4096];
            let n = nix::unistd::read(fd, &mut buf).expect("read");
            parser.process(&buf[..n]);
        }
    }
    drop(pty.master);

    if common::wait_until(DEADLINE, || child.try_wait().expect("wait")).is_none() {
        child.kill().expect("kill");
        panic!("studylog kept running after its terminal closed");
    }
}

#[test]
fn a_studylog_left_alone_writes_nothing_to_its_terminal() {
    // A terminal multiplexer marks a window that writes as active, and over ssh every
    // write is traffic: while nobody types and nothing moves, the screen is not redrawn.
    let journal = journal_with_example();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("Enter open");
    // The first frame has arrived once nothing more comes for a while (a loaded machine may
    // hand the reader its last bytes late); then the event loop, which wakes every 100 ms
    // to look for signals, is left alone for seven of those.
    let written = || tui.output.lock().expect("output").len();
    let mut before = written();
    for _ in 0..8 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let now = written();
        if now == before {
            break;
        }
        before = now;
    }
    std::thread::sleep(std::time::Duration::from_millis(700));
    let idle = written() - before;
    assert_eq!(idle, 0, "wrote {idle} bytes while left alone");

    // A key is still drawn at once.
    tui.send(b"?");
    tui.wait_for("Keys");
    tui.send(b"q");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}
