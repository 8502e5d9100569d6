//! Colours and borders. `NO_COLOR` turns colour off (emphasis stays); ASCII borders are for
//! terminals where box-drawing characters are drawn double width (some CJK setups).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::config::ThemeName;

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// The marks drawn around text. Terminals that draw box-drawing characters double width
/// draw these double width too (they are East Asian "ambiguous"), so ASCII mode replaces
/// every one of them with a one-cell ASCII character: the layout counts each as one cell.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    pub bullet: &'static str,
    /// Between facts on one line: `2025-03-02 · 이도윤`.
    pub separator: &'static str,
    /// Where text was cut.
    pub ellipsis: &'static str,
    /// More rows above or below what is shown.
    pub above: &'static str,
    pub below: &'static str,
    /// A line break shown inside a one-line field.
    pub line_break: &'static str,
    /// An empty choice.
    pub none: &'static str,
    /// Around a choice that Left and Right change.
    pub choice_left: &'static str,
    pub choice_right: &'static str,
    /// After an item that has notes, such as a session in the Sessions list.
    pub has_notes: &'static str,
    /// A chapter's status in the chapter list.
    pub chapter: ChapterMarks,
    /// A session whose presenter is marked absent from it.
    pub contradiction: &'static str,
}

/// One cell per chapter status, so that a glance down the list tells what is still to come.
#[derive(Debug, Clone, Copy)]
pub struct ChapterMarks {
    pub todo: &'static str,
    pub reading: &'static str,
    pub done: &'static str,
    pub presented: &'static str,
    pub skipped: &'static str,
}

const UNICODE_SYMBOLS: Symbols = Symbols {
    bullet: "•",
    separator: "·",
    ellipsis: "…",
    above: "↑",
    below: "↓",
    line_break: "⏎",
    none: "—",
    choice_left: "‹",
    choice_right: "›",
    has_notes: "✎",
    chapter: ChapterMarks {
        todo: "○",
        reading: "◐",
        done: "✓",
        presented: "●",
        skipped: "↷",
    },
    contradiction: "!",
};

const ASCII_SYMBOLS: Symbols = Symbols {
    bullet: "*",
    separator: "|",
    ellipsis: "~",
    above: "^",
    below: "v",
    line_break: "|",
    none: "-",
    choice_left: "<",
    choice_right: ">",
    has_notes: "+",
    chapter: ChapterMarks {
        todo: ".",
        reading: "r",
        done: "d",
        presented: "p",
        skipped: "s",
    },
    contradiction: "!",
};

#[derive(Debug, Clone)]
pub struct Theme {
    pub title: Style,
    pub heading: Style,
    pub selected: Style,
    pub dim: Style,
    pub key: Style,
    pub error: Style,
    /// A message that reports success.
    pub info: Style,
    /// The characters a filter matched; underlined so it shows without colour too.
    pub matched: Style,
    /// `code` in notes and the post.
    pub code: Style,
    pub good: Style,
    pub bad: Style,
    pub try_: Style,
    pub gauge: Style,
    pub border: border::Set<'static>,
    /// Whether lines between cells use ASCII, for the same terminals.
    pub ascii: bool,
    pub sym: Symbols,
}

impl Theme {
    pub fn new(color: bool, ascii: bool) -> Theme {
        let fg = |c: Color| {
            if color {
                Style::new().fg(c)
            } else {
                Style::new()
            }
        };
        Theme {
            title: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            heading: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: if color {
                Style::new().fg(Color::DarkGray)
            } else {
                Style::new().add_modifier(Modifier::DIM)
            },
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            error: fg(Color::Red).add_modifier(Modifier::BOLD),
            info: fg(Color::Green),
            matched: fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            code: fg(Color::Magenta),
            good: fg(Color::Green).add_modifier(Modifier::BOLD),
            bad: fg(Color::Red).add_modifier(Modifier::BOLD),
            try_: fg(Color::Blue).add_modifier(Modifier::BOLD),
            gauge: fg(Color::Green),
            border: if ascii { ASCII_BORDER } else { border::ROUNDED },
            ascii,
            sym: if ascii {
                ASCII_SYMBOLS
            } else {
                UNICODE_SYMBOLS
            },
        }
    }

    /// The theme the config names, less colour when `NO_COLOR` is set (to anything
    /// non-empty) and in ASCII when `STUDYLOG_ASCII` is.
    pub fn from_env(name: ThemeName) -> Theme {
        let set = |key| std::env::var_os(key).is_some_and(|v| !v.is_empty());
        let no_color = name.is_mono() || set("NO_COLOR"); // not text: a variable's name
        let ascii = name.is_ascii() || set("STUDYLOG_ASCII"); // not text: a variable's name
        Theme::new(!no_color, ascii)
    }

    /// A progress bar of `width` cells, filled to `ratio`.
    pub fn bar(&self, ratio: f64, width: usize) -> String {
        let filled = ((ratio.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
        let (full, empty) = if self.ascii {
            ('#', '.')
        } else {
            ('█', '░')
        };
        std::iter::repeat_n(full, filled)
            .chain(std::iter::repeat_n(empty, width - filled))
            .collect()
    }
}
