//! What a key does in the notes editor, for the keys the keymap leaves to it (Ctrl-s,
//! Esc, Ctrl-e, Ctrl-u and Ctrl-r are the keymap's, and listed in the help). The bindings
//! follow the ones terminal editors share (readline's and emacs's Ctrl and Alt keys).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a move goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Left,
    Right,
    Up,
    Down,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    Top,
    Bottom,
    PageUp,
    PageDown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Type(char),
    NewLine,
    Indent,
    Backspace,
    Delete,
    DeleteWordBack,
    DeleteWordForward,
    DeleteToLineEnd,
    /// A move; with Shift, the selection grows or shrinks with it.
    Move {
        to: Motion,
        select: bool,
    },
    Undo,
    Redo,
    /// Ctrl-x: the selection out, kept for Ctrl-y.
    Cut,
    /// Alt-w: the selection kept for Ctrl-y.
    Copy,
    /// Ctrl-y: what was cut or copied last, at the cursor.
    Yank,
}

/// The command a key gives, if any.
pub fn command(key: KeyEvent) -> Option<Command> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let select = key.modifiers.contains(KeyModifiers::SHIFT);
    let go = |to| Some(Command::Move { to, select });
    match key.code {
        KeyCode::Char(c) if !ctrl && !alt => Some(Command::Type(c)),
        KeyCode::Char(c) if ctrl && !alt => control(c, select),
        KeyCode::Char(c) if alt && !ctrl => meta(c),
        KeyCode::Enter => Some(Command::NewLine),
        KeyCode::Tab => Some(Command::Indent),
        KeyCode::Backspace if ctrl || alt => Some(Command::DeleteWordBack),
        KeyCode::Backspace => Some(Command::Backspace),
        KeyCode::Delete if ctrl || alt => Some(Command::DeleteWordForward),
        KeyCode::Delete => Some(Command::Delete),
        KeyCode::Left if ctrl || alt => go(Motion::WordLeft),
        KeyCode::Right if ctrl || alt => go(Motion::WordRight),
        KeyCode::Left => go(Motion::Left),
        KeyCode::Right => go(Motion::Right),
        KeyCode::Up => go(Motion::Up),
        KeyCode::Down => go(Motion::Down),
        KeyCode::Home if ctrl => go(Motion::Top),
        KeyCode::End if ctrl => go(Motion::Bottom),
        KeyCode::Home => go(Motion::LineStart),
        KeyCode::End => go(Motion::LineEnd),
        KeyCode::PageUp => go(Motion::PageUp),
        KeyCode::PageDown => go(Motion::PageDown),
        KeyCode::Insert if ctrl => Some(Command::Copy),
        _ => None,
    }
}

fn control(c: char, select: bool) -> Option<Command> {
    let go = |to| Some(Command::Move { to, select });
    match c {
        'u' => Some(Command::Undo),
        'r' => Some(Command::Redo),
        'h' => Some(Command::Backspace),
        'd' => Some(Command::Delete),
        'w' => Some(Command::DeleteWordBack),
        'k' => Some(Command::DeleteToLineEnd),
        'j' | 'm' => Some(Command::NewLine),
        'x' => Some(Command::Cut),
        'y' => Some(Command::Yank),
        'a' => go(Motion::LineStart),
        'b' => go(Motion::Left),
        'f' => go(Motion::Right),
        'p' => go(Motion::Up),
        'n' => go(Motion::Down),
        'v' => go(Motion::PageDown),
        _ => None,
    }
}

fn meta(c: char) -> Option<Command> {
    let go = |to| Some(Command::Move { to, select: false });
    match c {
        'b' => go(Motion::WordLeft),
        'f' => go(Motion::WordRight),
        'd' => Some(Command::DeleteWordForward),
        'w' => Some(Command::Copy),
        'v' => go(Motion::PageUp),
        '<' => go(Motion::Top),
        '>' => go(Motion::Bottom),
        _ => None,
    }
}
