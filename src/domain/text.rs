//! Rules for the text people type or paste: one canonical form, and the characters that
//! have no place in a journal.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Whether a field holds one line (a name, a title) or free markdown (notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// The canonical form of typed or pasted text: NFC (macOS pastes Hangul decomposed, which
/// would make "스터디" and "스터디" different names) and `\n` line ends.
pub fn normalize(text: &str) -> String {
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    };
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// Whether `text` is already in the form `normalize` gives, without allocating.
pub fn is_normalized(text: &str) -> bool {
    !text.contains('\r') && unicode_normalization::is_nfc(text)
}

/// The first character that cannot be stored in a field, with a description for a message.
/// Tabs and newlines are allowed in multi-line fields; a newline in a name is refused
/// because it would break every list and heading the name appears in.
pub fn forbidden_char(text: &str, lines: Lines) -> Option<(char, String)> {
    text.chars().find_map(|c| {
        let allowed = match c {
            '\n' | '\t' => lines == Lines::Many,
            _ => !c.is_control(),
        };
        (!allowed).then(|| (c, describe_char(c)))
    })
}

/// A character a field refused, for a message: "a line break", "the control character U+0007".
pub fn describe_char(c: char) -> String {
    match c {
        '\n' => "a line break".to_owned(),
        '\t' => "a tab".to_owned(),
        _ => format!("the control character U+{:04X}", c as u32),
    }
}

/// Whether a required text is missing: empty, or only white space.
pub fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Columns `text` takes in a terminal: 2 for each Hangul syllable or CJK ideograph.
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` followed by spaces up to `width` columns (unchanged when already wider).
pub fn pad_to_width(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    let mut out = String::with_capacity(text.len() + fill);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// `text` between double quotes, as written, for a message a person reads. `{:?}` would
/// escape what a terminal shows well, printing a ZWJ emoji as `👩\u{200d}💻`. Control
/// characters are still escaped: no stored text holds one, but an argument typed on the
/// command line or a damaged journal may, and printed raw it could move the cursor.
pub fn quoted(text: &str) -> Quoted<'_> {
    Quoted(text)
}

/// What [`quoted`] returns: written out by `Display`, without a copy of the text.
#[derive(Debug, Clone, Copy)]
pub struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_debug())?;
            } else {
                f.write_char(c)?;
            }
        }
        f.write_char('"')
    }
}

/// `names` each [`quoted`], separated by commas: `"DDIA", "러스트 스터디"`.
pub fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|name| quoted(name).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Chapter numbers as a person writes them: runs of three or more as ranges, in the order
/// given: `[1, 2, 3, 5, 8, 9]` is `1-3, 5, 8, 9`. The session form reads it back the same.
pub fn chapter_list(numbers: &[u32]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let mut end = i;
        while end + 1 < numbers.len() && numbers[end].checked_add(1) == Some(numbers[end + 1]) {
            end += 1;
        }
        if end - i >= 2 {
            parts.push(format!("{}-{}", numbers[i], numbers[end]));
            i = end + 1;
        } else {
            parts.push(numbers[i].to_string());
            i += 1;
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_is_shown_as_written_but_for_control_characters() {
        let coder = "👩\u{200d}💻 스터디";
        assert_eq!(quoted(coder).to_string(), "\"👩\u{200d}💻 스터디\"");
        assert_eq!(format!("{}", quoted("e\u{301}")), "\"e\u{301}\"");
        assert_eq!(
            quoted("\u{1b}[31mred\n").to_string(),
            "\"\\u{1b}[31mred\\n\""
        );
        assert_eq!(
            quoted_list(&["DDIA".into(), coder.into()]),
            "\"DDIA\", \"👩\u{200d}💻 스터디\""
        );
    }

    #[test]
    fn padding_counts_wide_characters_twice() {
        assert_eq!(pad_to_width("스터디", 8), "스터디  ");
        assert_eq!(pad_to_width("abc", 2), "abc");
        assert_eq!(display_width("DDIA 스터디"), 11);
    }

    #[test]
    fn normalize_composes_decomposed_hangul() {
        let decomposed = "\u{1109}\u{1173}\u{1110}\u{1165}\u{1103}\u{1175}"; // 스터디, NFD
        assert_eq!(normalize(decomposed), "스터디");
        assert!(!is_normalized(decomposed));
        assert!(is_normalized("스터디"));
    }

    #[test]
    fn normalize_turns_every_line_end_into_newline() {
        assert_eq!(normalize("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn names_refuse_line_breaks_but_notes_keep_them() {
        assert_eq!(
            forbidden_char("a\nb", Lines::One).map(|(c, _)| c),
            Some('\n')
        );
        assert_eq!(forbidden_char("a\n\tb", Lines::Many), None);
    }

    #[test]
    fn control_characters_are_named_by_code_point() {
        let (c, description) = forbidden_char("bell\u{7}", Lines::Many).expect("found");
        assert_eq!(c, '\u{7}');
        assert_eq!(description, "the control character U+0007");
    }

    #[test]
    fn wide_and_emoji_text_is_allowed() {
        assert_eq!(forbidden_char("발표 🎉 e\u{301}", Lines::One), None);
    }

    #[test]
    fn blank_means_only_white_space() {
        assert!(is_blank(" \t "));
        assert!(!is_blank(" 가 "));
    }

    #[test]
    fn chapter_lists_write_runs_as_ranges() {
        assert_eq!(chapter_list(&[]), "");
        assert_eq!(chapter_list(&[4]), "4");
        assert_eq!(chapter_list(&[8, 9]), "8, 9");
        assert_eq!(chapter_list(&[1, 2, 3, 5, 8, 9]), "1-3, 5, 8, 9");
        assert_eq!(chapter_list(&(1..=50).collect::<Vec<_>>()), "1-50");
        assert_eq!(chapter_list(&[3, 2, 1]), "3, 2, 1", "the order given");
        assert_eq!(
            chapter_list(&[u32::MAX - 1, u32::MAX]),
            format!("{}, {}", u32::MAX - 1, u32::MAX)
        );
    }
}
