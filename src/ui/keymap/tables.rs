//! The key tables, one per screen or part of one. `keymap` composes them per context.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Binding, alt, bind, ctrl, key, special, with};
use crate::ui::state::action::{Action, Tab};

pub(super) const NAVIGATION: &[Binding] = &[
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        "next item",
        None,
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        "previous item",
        None,
    ),
    bind(
        &[key('g'), special(KeyCode::Home)],
        Action::First,
        "first item",
        None,
    ),
    bind(
        &[key('G'), special(KeyCode::End)],
        Action::Last,
        "last item",
        None,
    ),
    bind(
        &[special(KeyCode::PageDown)],
        Action::PageDown,
        "page down",
        None,
    ),
    bind(&[special(KeyCode::PageUp)], Action::PageUp, "page up", None),
];

/// The keys that move in a list while letters are being typed into its filter.
pub(super) const ARROWS: &[Binding] = &[
    bind(&[special(KeyCode::Down)], Action::Next, "next match", None),
    bind(
        &[special(KeyCode::Up)],
        Action::Previous,
        "previous match",
        None,
    ),
    bind(
        &[special(KeyCode::PageDown)],
        Action::PageDown,
        "page down",
        None,
    ),
    bind(&[special(KeyCode::PageUp)], Action::PageUp, "page up", None),
];

pub(super) const HOME: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        "open the selected study",
        Some("open"),
    ),
    bind(&[key('a')], Action::Add, "add a study", Some("add")),
    bind(
        &[key('e')],
        Action::Edit,
        "edit the selected study's details",
        Some("edit"),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        "delete the selected study (asks first)",
        Some("delete"),
    ),
    bind(
        &[key('u')],
        Action::Undo,
        "undo the last deletion",
        Some("undo"),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        "filter the studies as you type",
        Some("filter"),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "quit; closes a filter first",
        Some("quit"),
    ),
];

pub(super) const CHAPTERS: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        "read the chapter's whole text",
        Some("read"),
    ),
    bind(&[key('a')], Action::Add, "add a chapter", Some("add")),
    bind(&[key('e')], Action::Edit, "edit the chapter", Some("edit")),
    bind(
        &[key('n')],
        Action::EditNotes,
        "write the chapter's presentation notes",
        Some("notes"),
    ),
    bind(
        &[key('s')],
        Action::CycleStatus,
        "next status: todo, reading, done, presented",
        Some("status"),
    ),
    bind(
        &[key('r')],
        Action::DrawPresenter,
        "draw the chapter's presenter at random",
        Some("draw"),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        "copy the chapter's announcement for the chat (OSC 52)",
        Some("announce"),
    ),
    bind(
        &[key('t')],
        Action::PasteToc,
        "add chapters from a pasted table of contents",
        Some("contents"),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        "delete the chapter and its notes (asks first)",
        Some("delete"),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        "filter the chapters by title, presenter, status",
        Some("filter"),
    ),
];

pub(super) const SESSIONS: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        "take attendance: a key per member",
        Some("attendance"),
    ),
    bind(
        &[key('a')],
        Action::Add,
        "add a session: the next date, the next chapter, everyone present",
        Some("add"),
    ),
    bind(&[key('e')], Action::Edit, "edit the session", Some("edit")),
    bind(
        &[key('n')],
        Action::EditNotes,
        "write the session's notes",
        Some("notes"),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        "delete the session (asks first)",
        Some("delete"),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        "copy the next session's announcement for the chat (OSC 52)",
        Some("announce"),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        "filter the sessions as you type",
        Some("filter"),
    ),
];

pub(super) const MEMBERS: &[Binding] = &[
    bind(&[key('a')], Action::Add, "add a member", Some("add")),
    bind(
        &[key('e')],
        Action::Edit,
        "rename the member, or mark them as me",
        Some("edit"),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        "delete the member and their attendance (asks first)",
        Some("delete"),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        "filter the members as you type",
        Some("filter"),
    ),
];

pub(super) const RETRO: &[Binding] = &[
    bind(
        &[key('a')],
        Action::Add,
        "add a point to the focused column",
        Some("add"),
    ),
    bind(&[key('e')], Action::Edit, "edit the point", Some("edit")),
    bind(
        &[key('h'), special(KeyCode::Left)],
        Action::ColumnLeft,
        "focus the column on the left",
        Some("prev column"),
    ),
    bind(
        &[key('l'), special(KeyCode::Right)],
        Action::ColumnRight,
        "focus the column on the right",
        Some("next column"),
    ),
    bind(&[key('K')], Action::MoveUp, "move the point up", Some("up")),
    bind(
        &[key('J')],
        Action::MoveDown,
        "move the point down",
        Some("down"),
    ),
    bind(
        &[key('<')],
        Action::MoveLeft,
        "move the point to the column on the left",
        Some("to left"),
    ),
    bind(
        &[key('>')],
        Action::MoveRight,
        "move the point to the column on the right",
        Some("to right"),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        "delete the point (asks first)",
        Some("delete"),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        "filter the points as you type",
        Some("filter"),
    ),
];

pub(super) const POST: &[Binding] = &[
    bind(
        &[key('w')],
        Action::WritePost,
        "write the post as YYYY-MM-DD-<slug>.md (current folder)",
        Some("write file"),
    ),
    bind(
        &[key('y')],
        Action::CopyPost,
        "copy the whole post to the clipboard (OSC 52)",
        Some("copy"),
    ),
    bind(
        &[key('L')],
        Action::SwitchPostLanguage,
        "switch the post between English and Korean (remembered for this study)",
        Some("language"),
    ),
    bind(
        &[key('v')],
        Action::SwitchPostVoice,
        "switch the Korean post's voice: formal (합니다체) or plain (해라체)",
        Some("voice"),
    ),
    bind(
        &[key('n')],
        Action::TogglePostNotes,
        "put each chapter's why, notes and links in the post, or leave them out",
        Some("notes"),
    ),
    bind(
        &[key('c')],
        Action::TogglePostCharts,
        "write the attendance chart beside the post, or not",
        Some("chart"),
    ),
    bind(
        &[key('f')],
        Action::CyclePostFrontMatter,
        "next front matter: gatsby, hugo, jekyll, zola, none",
        Some("front matter"),
    ),
    bind(
        &[key('t')],
        Action::EditPostTitle,
        "the post's title (empty: the default title)",
        Some("title"),
    ),
    bind(
        &[key('D')],
        Action::EditPostDate,
        "the post's date (empty: the day it is written)",
        Some("date"),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        "scroll down",
        None,
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        "scroll up",
        None,
    ),
];

pub(super) const STUDY: &[Binding] = &[
    bind(
        &[special(KeyCode::Tab)],
        Action::NextTab,
        "next tab",
        Some("tab"),
    ),
    bind(
        &[special(KeyCode::BackTab)],
        Action::PreviousTab,
        "previous tab",
        None,
    ),
    bind(
        &[key('1')],
        Action::ShowTab(Tab::Chapters),
        "Chapters tab",
        None,
    ),
    bind(
        &[key('2')],
        Action::ShowTab(Tab::Sessions),
        "Sessions tab",
        None,
    ),
    bind(
        &[key('3')],
        Action::ShowTab(Tab::Members),
        "Members tab",
        None,
    ),
    bind(&[key('4')], Action::ShowTab(Tab::Retro), "Retro tab", None),
    bind(&[key('5')], Action::ShowTab(Tab::Post), "Post tab", None),
    bind(
        &[key('E')],
        Action::EditStudy,
        "edit the study: book, dates, deposit, the retrospective's words",
        Some("study"),
    ),
    bind(
        &[key('u')],
        Action::Undo,
        "undo the last deletion",
        Some("undo"),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "back to the studies; closes a filter first",
        Some("back"),
    ),
];

pub(super) const HELP: &[Binding] = &[bind(
    &[
        key('?'),
        key('q'),
        special(KeyCode::Esc),
        special(KeyCode::F(1)),
    ],
    Action::ToggleHelp,
    "close the help",
    Some("close"),
)];

pub(super) const FILTER: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::AcceptFilter,
        "keep the filter and move in the list",
        Some("keep"),
    ),
    bind(
        &[special(KeyCode::Esc)],
        Action::ClearFilter,
        "clear the filter",
        Some("clear"),
    ),
    bind(
        &[special(KeyCode::Backspace)],
        Action::Erase,
        "erase the last character",
        None,
    ),
];

pub(super) const READER: &[Binding] = &[
    bind(
        &[key('q'), special(KeyCode::Esc), special(KeyCode::Enter)],
        Action::Back,
        "back to the chapters",
        Some("back"),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        "scroll down",
        Some("scroll"),
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        "scroll up",
        None,
    ),
];

pub(super) const CONFIRM: &[Binding] = &[
    bind(&[key('y')], Action::Yes, "yes", Some("yes")),
    bind(
        &[key('n'), special(KeyCode::Esc), key('q')],
        Action::No,
        "no",
        Some("no"),
    ),
];

pub(super) const TOC_PREVIEW: &[Binding] = &[
    bind(
        &[key('y'), special(KeyCode::Enter)],
        Action::Yes,
        "add these chapters",
        Some("add"),
    ),
    bind(
        &[key('n'), special(KeyCode::Esc), key('q')],
        Action::No,
        "back to the text, to change it",
        Some("back"),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        "scroll down",
        Some("scroll"),
    ),
];

pub(super) const QUIT: &[Binding] = &[bind(
    &[ctrl('c')],
    Action::Quit,
    "quit from anywhere (edits are already saved)",
    None,
)];

pub(super) const GLOBAL: &[Binding] = &[
    bind(
        &[key('?')],
        Action::ToggleHelp,
        "help: every key of this screen",
        Some("help"),
    ),
    bind(
        &[ctrl('c')],
        Action::Quit,
        "quit from anywhere: saved edits are kept; unsaved text asks first",
        None,
    ),
];

/// In a form, letters are text: only keys that type nothing are bound.
pub(super) const FORM: &[Binding] = &[
    bind(&[ctrl('s')], Action::Save, "save and close", Some("save")),
    bind(
        &[special(KeyCode::Esc)],
        Action::Cancel,
        "cancel (asks first if something changed)",
        Some("cancel"),
    ),
    bind(
        &[special(KeyCode::Tab), special(KeyCode::Down)],
        Action::NextField,
        "next field",
        Some("next"),
    ),
    bind(
        &[special(KeyCode::Enter)],
        Action::OpenField,
        "on a long text, write it in the notes editor; elsewhere, the next field",
        None,
    ),
    bind(
        &[special(KeyCode::BackTab), special(KeyCode::Up)],
        Action::PreviousField,
        "previous field",
        None,
    ),
    bind(
        &[ctrl('e')],
        Action::ExternalEditor,
        "edit this field in $VISUAL / $EDITOR",
        Some("editor"),
    ),
    bind(
        &[alt(KeyCode::Enter)],
        Action::Newline,
        "a line break in a long text",
        None,
    ),
    bind(
        &[special(KeyCode::Left)],
        Action::CursorLeft,
        "cursor left; on a choice, the previous option",
        None,
    ),
    bind(
        &[special(KeyCode::Right)],
        Action::CursorRight,
        "cursor right; on a choice, the next option",
        None,
    ),
    bind(
        &[special(KeyCode::Home), ctrl('a')],
        Action::CursorHome,
        "start of the field",
        None,
    ),
    bind(
        &[special(KeyCode::End)],
        Action::CursorEnd,
        "end of the field",
        None,
    ),
    bind(
        &[special(KeyCode::Backspace)],
        Action::Erase,
        "erase before the cursor",
        None,
    ),
    bind(
        &[special(KeyCode::Delete)],
        Action::DeleteForward,
        "erase after the cursor",
        None,
    ),
    bind(&[ctrl('u')], Action::ClearField, "clear the field", None),
];

/// Taking attendance at a session, one member per row.
pub(super) const ATTENDANCE: &[Binding] = &[
    bind(
        &[key(' '), special(KeyCode::Enter)],
        Action::CycleMark,
        "cycle the member's mark: present, absent, unprepared, not counted (saved at once)",
        Some("mark"),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "done (every mark is saved as it is made)",
        Some("done"),
    ),
];

/// The notes editor. Every other key edits the text: Enter is a new line, the arrows, Home
/// and End move, Ctrl-u and Ctrl-r undo and redo.
pub(super) const EDITOR: &[Binding] = &[
    bind(
        &[special(KeyCode::F(1))],
        Action::ToggleHelp,
        "help: every key of the editor (? is text here)",
        Some("help"),
    ),
    bind(
        &[ctrl('s')],
        Action::Save,
        "save the notes and close",
        Some("save"),
    ),
    bind(
        &[special(KeyCode::Esc)],
        Action::Cancel,
        "close (asks first if something changed)",
        Some("cancel"),
    ),
    bind(
        &[ctrl('e')],
        Action::ExternalEditor,
        "continue in $VISUAL / $EDITOR, then come back",
        Some("editor"),
    ),
    bind(
        &[ctrl('u')],
        Action::EditorKey(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
        "undo",
        Some("undo"),
    ),
    bind(
        &[ctrl('r')],
        Action::EditorKey(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
        "redo",
        None,
    ),
    bind(
        &[special(KeyCode::Enter)],
        Action::EditText,
        "a new line; after a list item (- , * , 1. ), the next item; on an empty item, the list ends",
        None,
    ),
    bind(
        &[
            with(KeyModifiers::SHIFT, KeyCode::Left),
            with(KeyModifiers::SHIFT, KeyCode::Right),
            with(KeyModifiers::SHIFT, KeyCode::Up),
            with(KeyModifiers::SHIFT, KeyCode::Down),
        ],
        Action::EditText,
        "select (with Home, End and the word keys too)",
        None,
    ),
    bind(
        &[
            with(KeyModifiers::CONTROL, KeyCode::Left),
            with(KeyModifiers::CONTROL, KeyCode::Right),
        ],
        Action::EditText,
        "a word back, a word on (also Alt-b, Alt-f)",
        None,
    ),
    bind(
        &[
            with(KeyModifiers::CONTROL, KeyCode::Home),
            with(KeyModifiers::CONTROL, KeyCode::End),
        ],
        Action::EditText,
        "the start, the end of the text",
        None,
    ),
    bind(
        &[ctrl('w'), alt(KeyCode::Backspace)],
        Action::EditText,
        "delete the word before the cursor",
        None,
    ),
    bind(
        &[alt(KeyCode::Char('d'))],
        Action::EditText,
        "delete the word after the cursor",
        None,
    ),
    bind(
        &[ctrl('k')],
        Action::EditText,
        "delete to the end of the line",
        None,
    ),
    bind(&[ctrl('x')], Action::EditText, "cut the selection", None),
    bind(
        &[alt(KeyCode::Char('w'))],
        Action::EditText,
        "copy the selection",
        None,
    ),
    bind(
        &[ctrl('y')],
        Action::EditText,
        "put back what was cut or copied",
        None,
    ),
    bind(
        &[special(KeyCode::Tab)],
        Action::EditText,
        "spaces to the next stop of four",
        None,
    ),
];

/// The presenter roulette: choose who is in the draw, then draw.
pub(super) const ROULETTE: &[Binding] = &[
    bind(
        &[key('r'), special(KeyCode::Enter)],
        Action::DrawPresenter,
        "draw (asks first when the chapter has a presenter); saved when the spin ends",
        Some("draw"),
    ),
    bind(
        &[key(' ')],
        Action::ToggleCandidate,
        "put the selected member in or out of the draw",
        Some("in/out"),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "close",
        Some("close"),
    ),
];

/// The roulette once a draw is shown: Enter keeps it, and only `r` draws again, which
/// replaces the result just drawn (so it asks first).
pub(super) const ROULETTE_DONE: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter), key('q'), special(KeyCode::Esc)],
        Action::Back,
        "keep the result (already saved) and close",
        Some("keep"),
    ),
    bind(
        &[key('r')],
        Action::DrawPresenter,
        "draw again in place of the result (asks first)",
        Some("draw again"),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        "copy the drawn chapter's announcement for the chat (OSC 52)",
        Some("announce"),
    ),
];

pub(super) const COPIED: &[Binding] = &[bind(
    &[key('q'), special(KeyCode::Esc), special(KeyCode::Enter)],
    Action::Back,
    "close",
    Some("close"),
)];
