//! The clipboard through the terminal: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`), which xterm,
//! kitty, WezTerm, iTerm2, Windows Terminal and foot understand, over ssh too, and tmux passes
//! on with `set-clipboard on`. A terminal that does not understand it ignores it; the UI
//! shows the text as well, for copying by hand.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The sequence that puts `text` on the system clipboard (`c`).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_carried_in_base64_between_the_osc_and_bel() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        let korean = osc52("내일 2장");
        let body = korean
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix('\x07'))
            .expect("framed");
        assert_eq!(
            STANDARD.decode(body).expect("base64"),
            "내일 2장".as_bytes()
        );
    }
}
