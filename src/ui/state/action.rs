//! What a person means by a key: the UI's intents, named after what they do.

use crate::i18n::Msg;

/// The tabs of the study screen, in the order `1` to `5` select them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Chapters,
    Sessions,
    Members,
    Retro,
    Post,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Chapters,
        Tab::Sessions,
        Tab::Members,
        Tab::Retro,
        Tab::Post,
    ];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab's name, as its heading shows it.
    pub fn title(self) -> Msg {
        match self {
            Tab::Chapters => Msg::TabsChapters,
            Tab::Sessions => Msg::TabsSessions,
            Tab::Members => Msg::TabsMembers,
            Tab::Retro => Msg::TabsRetro,
            Tab::Post => Msg::TabsPost,
        }
    }

    pub fn next(self) -> Tab {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    pub fn previous(self) -> Tab {
        Self::ALL[(self.index() + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    /// The tab that lists `item`.
    pub fn of(item: crate::store::ItemId) -> Tab {
        use crate::store::ItemId;
        match item {
            ItemId::Chapter(_) => Tab::Chapters,
            ItemId::Session(_) => Tab::Sessions,
            ItemId::Member(_) => Tab::Members,
            ItemId::Point(_) => Tab::Retro,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Back one level; quits on the home screen.
    Back,
    ToggleHelp,
    Next,
    Previous,
    First,
    Last,
    PageDown,
    PageUp,
    Open,
    NextTab,
    PreviousTab,
    ShowTab(Tab),
    /// `/`: start typing a filter for the current list.
    StartFilter,
    /// A character typed into the filter or the focused field.
    Type(char),
    /// Backspace in the filter or the focused field.
    Erase,
    /// Keep the filter and go back to moving in the list.
    AcceptFilter,
    ClearFilter,
    /// Write the post to `YYYY-MM-DD-<slug>.md`, asking before replacing a file.
    WritePost,
    /// Copy the chat announcement (the selected chapter's, the next session's, the chapter
    /// just drawn) to the clipboard with OSC 52, and show it.
    CopyAnnouncement,
    /// Copy the whole post to the clipboard with OSC 52.
    CopyPost,
    /// Post settings, each saved with the study at once: the language (English or Korean),
    /// the voice (formal or plain), the chapter notes and the attendance chart on or off,
    /// the next front matter flavour; the title and the date in a small form.
    SwitchPostLanguage,
    SwitchPostVoice,
    TogglePostNotes,
    TogglePostCharts,
    CyclePostFrontMatter,
    EditPostTitle,
    EditPostDate,
    Yes,
    No,

    // Editing.
    Add,
    Edit,
    Delete,
    Undo,
    /// Edit the open study's own fields (book, deposit, the retrospective's text).
    EditStudy,
    CycleStatus,
    PasteToc,
    EditNotes,
    DrawPresenter,
    /// Retro: focus the column on the left or right.
    ColumnLeft,
    ColumnRight,
    /// Retro: move the selected point up or down its column, or to another column.
    MoveUp,
    MoveDown,
    MoveLeft,
    MoveRight,
    /// Attendance: the selected member's next mark.
    CycleMark,
    /// Roulette: put the selected member in or out of the draw.
    ToggleCandidate,

    // In a form.
    NextField,
    /// Enter: a long text opens in the notes editor; another field passes to the next.
    OpenField,
    PreviousField,
    Save,
    Cancel,
    ExternalEditor,
    /// A key for the notes editor's text area: typing, moving, undo and redo.
    EditorKey(ratatui::crossterm::event::KeyEvent),
    /// In the keymap's table: the pressed key goes to the notes editor as it is (the table
    /// lists the editor's text keys for the help; the editor decides what each does).
    EditText,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    DeleteForward,
    Newline,
    ClearField,
}
