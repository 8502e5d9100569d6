//! The notes editor never stores a split grapheme: arbitrary edits (typing, pasting,
//! moving, selecting, deleting, cutting, undoing) of text made of whole clusters (Hangul,
//! decomposed Hangul, ZWJ emoji, skin tones, flags, combining marks, fullwidth Latin) leave
//! a text whose graphemes are exactly clusters that were typed whole, with the cursor on
//! screen.

use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use studylog::ui::widgets::editor::{NotesEditor, NotesOf};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Clusters that stay whole next to each other: what a person types or pastes.
const CLUSTERS: [&str; 12] = [
    "a",
    " ",
    "한",
    "\u{1100}\u{1173}\u{11af}", // 글, decomposed
    "👩\u{200d}💻",
    "👍🏽",
    "🇰🇷",
    "🇯🇵",
    "e\u{301}",
    "Ａ",
    "x̄",
    "\n",
];

#[derive(Debug, Clone)]
enum Op {
    /// One cluster typed: a key when it is one character, else a paste.
    Type(usize),
    Paste(Vec<usize>),
    Key(KeyCode, KeyModifiers),
}

fn op() -> impl Strategy<Value = Op> {
    let keys = prop_oneof![
        Just((KeyCode::Left, KeyModifiers::NONE)),
        Just((KeyCode::Right, KeyModifiers::NONE)),
        Just((KeyCode::Up, KeyModifiers::NONE)),
        Just((KeyCode::Down, KeyModifiers::NONE)),
        Just((KeyCode::Home, KeyModifiers::NONE)),
        Just((KeyCode::End, KeyModifiers::NONE)),
        Just((KeyCode::Backspace, KeyModifiers::NONE)),
        Just((KeyCode::Delete, KeyModifiers::NONE)),
        Just((KeyCode::Enter, KeyModifiers::NONE)),
        Just((KeyCode::Left, KeyModifiers::SHIFT)),
        Just((KeyCode::Right, KeyModifiers::SHIFT)),
        Just((KeyCode::Left, KeyModifiers::CONTROL)),
        Just((KeyCode::Right, KeyModifiers::CONTROL)),
        Just((KeyCode::Char('u'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('r'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('x'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('y'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('w'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('k'), KeyModifiers::CONTROL)),
        Just((KeyCode::Tab, KeyModifiers::NONE)),
    ];
    prop_oneof![
        4 => (0..CLUSTERS.len()).prop_map(Op::Type),
        1 => prop::collection::vec(0..CLUSTERS.len(), 1..6).prop_map(Op::Paste),
        4 => keys.prop_map(|(code, modifiers)| Op::Key(code, modifiers)),
    ]
}

fn apply(editor: &mut NotesEditor, op: &Op) {
    match op {
        Op::Type(i) => {
            let cluster = CLUSTERS[*i];
            let mut chars = cluster.chars();
            match (chars.next(), chars.next()) {
                (Some('\n'), None) => editor.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
                (Some(c), None) => editor.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
                _ => editor.insert(cluster),
            }
        }
        Op::Paste(clusters) => {
            let text: String = clusters.iter().map(|&i| CLUSTERS[i]).collect();
            editor.insert(&text);
        }
        Op::Key(code, modifiers) => editor.key(KeyEvent::new(*code, *modifiers)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        // A fixed seed: every run checks the same edits, so a CI run is judged on the
        // cases every run before it passed.
        rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_204),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_edit_stores_a_split_grapheme(
        start in prop::collection::vec(0..CLUSTERS.len(), 0..12),
        ops in prop::collection::vec(op(), 1..60),
        width in 6u16..30,
    ) {
        let whole: Vec<String> = CLUSTERS.iter().map(|c| c.nfc().collect()).collect();
        let start: String = start.iter().map(|&i| CLUSTERS[i]).collect();
        let mut editor = NotesEditor::new("n".into(), NotesOf::Toc, &start);
        editor.fit(width, 5);
        for op in &ops {
            apply(&mut editor, op);
            let text = editor.text();
            for grapheme in text.graphemes(true) {
                prop_assert!(
                    whole.iter().any(|w| w == grapheme),
                    "{grapheme:?} in {text:?} after {op:?}"
                );
            }
            let (column, row) = editor.screen_cursor().expect("the cursor is on screen");
            prop_assert!(column < width && row < 5, "cursor at {column},{row}");
        }
    }
}
