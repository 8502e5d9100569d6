//! The copy keys in the real binary: `y` writes a well-formed OSC 52 sequence to the
//! terminal carrying the announcement `studylog announce` prints, and shows it.

mod common;
#[path = "common/pty.rs"]
mod pty;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use pty::{DEADLINE, Tui};

const OSC52: &[u8] = b"\x1b]52;c;";

/// The text of each complete OSC 52 sequence written so far, decoded.
fn copied(tui: &Tui) -> Vec<String> {
    let output = tui.output.lock().expect("output").clone();
    let mut texts = Vec::new();
    let mut rest = output.as_slice();
    while let Some(start) = rest.windows(OSC52.len()).position(|w| w == OSC52) {
        let body = &rest[start + OSC52.len()..];
        let Some(end) = body.iter().position(|&b| b == 0x07) else {
            break;
        };
        let payload = &body[..end];
        assert!(
            payload
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')),
            "only base64 between `ESC ] 52 ; c ;` and BEL: {:?}",
            String::from_utf8_lossy(payload)
        );
        let bytes = STANDARD.decode(payload).expect("valid base64");
        texts.push(String::from_utf8(bytes).expect("UTF-8"));
        rest = &body[end + 1..];
    }
    texts
}

fn wait_for_copy(tui: &Tui, count: usize) -> Vec<String> {
    common::wait_until(DEADLINE, || {
        Some(copied(tui)).filter(|texts| texts.len() >= count)
    })
    .unwrap_or_else(|| panic!("no OSC 52 sequence; screen:\n{}", tui.screen()))
}

#[test]
fn y_on_a_chapter_copies_its_announcement_with_osc_52_and_shows_it() {
    let journal = common::Journal::new();
    journal.import_example();
    let expected = journal.stdout_of(&["announce", "--chapter", "2", "--lang", "en"]);
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("DDIA reading group");
    tui.send(b"\r");
    tui.wait_for("Reliable, Scalable");
    // The second chapter, then the copy key.
    tui.send(b"j");
    tui.wait_for("Data Models");
    tui.send(b"y");
    let texts = wait_for_copy(&tui, 1);
    assert_eq!(texts, [expected]);
    tui.wait_for("Copied to the clipboard");
    tui.wait_for("copied the announcement");
    tui.wait_for("Chen was drawn from Ana, Chen");
    // `q` closes the window (Esc too, but Esc and a key sent at once read as Alt-key); on
    // the Post tab `y` copies the whole post.
    tui.send(b"q");
    tui.wait_for("Reliable, Scalable");
    tui.send(b"5");
    tui.wait_for("w write file");
    tui.send(b"y");
    let texts = wait_for_copy(&tui, 2);
    let post = journal.stdout_of(&["export", "--lang", "en"]);
    assert_eq!(texts[1], post);
    tui.wait_for("copied the post");
    tui.send(b"q");
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}
