//! The key tables, one per screen or part of one. `keymap` composes them per context.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Binding, alt, bind, ctrl, key, special, with};
use crate::i18n::Msg;
use crate::ui::state::action::{Action, Tab};

pub(super) const NAVIGATION: &[Binding] = &[
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        Msg::KeysNextItem,
        None,
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        Msg::KeysPreviousItem,
        None,
    ),
    bind(
        &[key('g'), special(KeyCode::Home)],
        Action::First,
        Msg::KeysFirstItem,
        None,
    ),
    bind(
        &[key('G'), special(KeyCode::End)],
        Action::Last,
        Msg::KeysLastItem,
        None,
    ),
    bind(
        &[special(KeyCode::PageDown)],
        Action::PageDown,
        Msg::KeysPageDown,
        None,
    ),
    bind(
        &[special(KeyCode::PageUp)],
        Action::PageUp,
        Msg::KeysPageUp,
        None,
    ),
];

/// The keys that move in a list while letters are being typed into its filter.
pub(super) const ARROWS: &[Binding] = &[
    bind(
        &[special(KeyCode::Down)],
        Action::Next,
        Msg::KeysNextMatch,
        None,
    ),
    bind(
        &[special(KeyCode::Up)],
        Action::Previous,
        Msg::KeysPreviousMatch,
        None,
    ),
    bind(
        &[special(KeyCode::PageDown)],
        Action::PageDown,
        Msg::KeysPageDown,
        None,
    ),
    bind(
        &[special(KeyCode::PageUp)],
        Action::PageUp,
        Msg::KeysPageUp,
        None,
    ),
];

pub(super) const HOME: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        Msg::KeysOpenSelectedStudy,
        Some(Msg::HintsOpen),
    ),
    bind(
        &[key('a')],
        Action::Add,
        Msg::KeysAddStudy,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('e')],
        Action::Edit,
        Msg::KeysEditSelectedStudyDetails,
        Some(Msg::HintsEdit),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        Msg::KeysDeleteSelectedStudyAsks,
        Some(Msg::HintsDelete),
    ),
    bind(
        &[key('u')],
        Action::Undo,
        Msg::KeysUndoLastDeletion,
        Some(Msg::HintsUndo),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        Msg::KeysFilterStudiesYouType,
        Some(Msg::HintsFilter),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        Msg::KeysQuitClosesFilter,
        Some(Msg::HintsQuit),
    ),
];

pub(super) const CHAPTERS: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        Msg::KeysReadChapterWholeText,
        Some(Msg::HintsRead),
    ),
    bind(
        &[key('a')],
        Action::Add,
        Msg::KeysAddChapter,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('e')],
        Action::Edit,
        Msg::KeysEditChapter,
        Some(Msg::HintsEdit),
    ),
    bind(
        &[key('n')],
        Action::EditNotes,
        Msg::KeysWriteChapterPresentationNotes,
        Some(Msg::HintsNotes),
    ),
    bind(
        &[key('s')],
        Action::CycleStatus,
        Msg::KeysNextStatusTodoReadingDone,
        Some(Msg::HintsStatus),
    ),
    bind(
        &[key('r')],
        Action::DrawPresenter,
        Msg::KeysDrawChapterPresenterRandom,
        Some(Msg::HintsDraw),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        Msg::KeysCopyChapterAnnouncementChatOsc,
        Some(Msg::HintsAnnounce),
    ),
    bind(
        &[key('t')],
        Action::PasteToc,
        Msg::KeysAddChaptersFromPastedTable,
        Some(Msg::HintsContents),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        Msg::KeysDeleteChapterNotesAsks,
        Some(Msg::HintsDelete),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        Msg::KeysFilterChaptersTitlePresenterStatus,
        Some(Msg::HintsFilter),
    ),
];

pub(super) const SESSIONS: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        Msg::KeysTakeAttendanceKeyPerMember,
        Some(Msg::HintsAttendance),
    ),
    bind(
        &[key('a')],
        Action::Add,
        Msg::KeysAddSessionNextDateNext,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('e')],
        Action::Edit,
        Msg::KeysEditSession,
        Some(Msg::HintsEdit),
    ),
    bind(
        &[key('n')],
        Action::EditNotes,
        Msg::KeysWriteSessionNotes,
        Some(Msg::HintsNotes),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        Msg::KeysDeleteSessionAsks,
        Some(Msg::HintsDelete),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        Msg::KeysCopyNextSessionAnnouncementChat,
        Some(Msg::HintsAnnounce),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        Msg::KeysFilterSessionsYouType,
        Some(Msg::HintsFilter),
    ),
];

pub(super) const MEMBERS: &[Binding] = &[
    bind(
        &[key('a')],
        Action::Add,
        Msg::KeysAddMember,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('e')],
        Action::Edit,
        Msg::KeysRenameMemberMarkMe,
        Some(Msg::HintsEdit),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        Msg::KeysDeleteMemberAttendanceAsks,
        Some(Msg::HintsDelete),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        Msg::KeysFilterMembersYouType,
        Some(Msg::HintsFilter),
    ),
];

pub(super) const RETRO: &[Binding] = &[
    bind(
        &[key('a')],
        Action::Add,
        Msg::KeysAddPointFocusedColumn,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('e')],
        Action::Edit,
        Msg::KeysEditPoint,
        Some(Msg::HintsEdit),
    ),
    bind(
        &[key('h'), special(KeyCode::Left)],
        Action::ColumnLeft,
        Msg::KeysFocusColumnLeft,
        Some(Msg::HintsPrevColumn),
    ),
    bind(
        &[key('l'), special(KeyCode::Right)],
        Action::ColumnRight,
        Msg::KeysFocusColumnRight,
        Some(Msg::HintsNextColumn),
    ),
    bind(
        &[key('K')],
        Action::MoveUp,
        Msg::KeysMovePointUp,
        Some(Msg::HintsUp),
    ),
    bind(
        &[key('J')],
        Action::MoveDown,
        Msg::KeysMovePointDown,
        Some(Msg::HintsDown),
    ),
    bind(
        &[key('<')],
        Action::MoveLeft,
        Msg::KeysMovePointColumnLeft,
        Some(Msg::HintsLeft),
    ),
    bind(
        &[key('>')],
        Action::MoveRight,
        Msg::KeysMovePointColumnRight,
        Some(Msg::HintsRight),
    ),
    bind(
        &[key('d')],
        Action::Delete,
        Msg::KeysDeletePointAsks,
        Some(Msg::HintsDelete),
    ),
    bind(
        &[key('/')],
        Action::StartFilter,
        Msg::KeysFilterPointsYouType,
        Some(Msg::HintsFilter),
    ),
];

pub(super) const POST: &[Binding] = &[
    bind(
        &[key('w')],
        Action::WritePost,
        Msg::KeysWritePostYyyyMmDd,
        Some(Msg::HintsWriteFile),
    ),
    bind(
        &[key('y')],
        Action::CopyPost,
        Msg::KeysCopyWholePostClipboardOsc,
        Some(Msg::HintsCopy),
    ),
    bind(
        &[key('L')],
        Action::SwitchPostLanguage,
        Msg::KeysSwitchPostBetweenEnglishKorean,
        Some(Msg::HintsLanguage),
    ),
    bind(
        &[key('v')],
        Action::SwitchPostVoice,
        Msg::KeysSwitchKoreanPostVoiceFormal,
        Some(Msg::HintsVoice),
    ),
    bind(
        &[key('n')],
        Action::TogglePostNotes,
        Msg::KeysPutEachChapterWhyNotes,
        Some(Msg::HintsNotes),
    ),
    bind(
        &[key('c')],
        Action::TogglePostCharts,
        Msg::KeysWriteAttendanceChartBesidePost,
        Some(Msg::HintsChart),
    ),
    bind(
        &[key('f')],
        Action::CyclePostFrontMatter,
        Msg::KeysNextFrontMatterGatsbyHugo,
        Some(Msg::HintsFrontMatter),
    ),
    bind(
        &[key('t')],
        Action::EditPostTitle,
        Msg::KeysPostTitleEmptyDefaultTitle,
        Some(Msg::HintsTitle),
    ),
    bind(
        &[key('D')],
        Action::EditPostDate,
        Msg::KeysPostDateEmptyDayWritten,
        Some(Msg::HintsDate),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        Msg::KeysScrollDown,
        None,
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        Msg::KeysScrollUp,
        None,
    ),
];

pub(super) const STUDY: &[Binding] = &[
    bind(
        &[special(KeyCode::Tab)],
        Action::NextTab,
        Msg::KeysNextTab,
        Some(Msg::HintsTab),
    ),
    bind(
        &[special(KeyCode::BackTab)],
        Action::PreviousTab,
        Msg::KeysPreviousTab,
        None,
    ),
    bind(
        &[key('1')],
        Action::ShowTab(Tab::Chapters),
        Msg::KeysChaptersTab,
        None,
    ),
    bind(
        &[key('2')],
        Action::ShowTab(Tab::Sessions),
        Msg::KeysSessionsTab,
        None,
    ),
    bind(
        &[key('3')],
        Action::ShowTab(Tab::Members),
        Msg::KeysMembersTab,
        None,
    ),
    bind(
        &[key('4')],
        Action::ShowTab(Tab::Retro),
        Msg::KeysRetroTab,
        None,
    ),
    bind(
        &[key('5')],
        Action::ShowTab(Tab::Post),
        Msg::KeysPostTab,
        None,
    ),
    bind(
        &[key('E')],
        Action::EditStudy,
        Msg::KeysEditStudyBookDatesDeposit,
        Some(Msg::HintsStudy),
    ),
    bind(
        &[key('u')],
        Action::Undo,
        Msg::KeysUndoLastDeletion,
        Some(Msg::HintsUndo),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        Msg::KeysBackStudiesClosesFilter,
        Some(Msg::HintsBack),
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
    Msg::KeysCloseHelp,
    Some(Msg::HintsClose),
)];

pub(super) const FILTER: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::AcceptFilter,
        Msg::KeysKeepFilterMoveList,
        Some(Msg::HintsKeep),
    ),
    bind(
        &[special(KeyCode::Esc)],
        Action::ClearFilter,
        Msg::KeysClearFilter,
        Some(Msg::HintsClear),
    ),
    bind(
        &[special(KeyCode::Backspace)],
        Action::Erase,
        Msg::KeysEraseLastCharacter,
        None,
    ),
];

pub(super) const READER: &[Binding] = &[
    bind(
        &[key('q'), special(KeyCode::Esc), special(KeyCode::Enter)],
        Action::Back,
        Msg::KeysBackChapters,
        Some(Msg::HintsBack),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        Msg::KeysScrollDown,
        Some(Msg::HintsScroll),
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        Msg::KeysScrollUp,
        None,
    ),
];

pub(super) const CONFIRM: &[Binding] = &[
    bind(&[key('y')], Action::Yes, Msg::KeysYes, Some(Msg::HintsYes)),
    bind(
        &[key('n'), special(KeyCode::Esc), key('q')],
        Action::No,
        Msg::KeysNo,
        Some(Msg::HintsNo),
    ),
];

pub(super) const TOC_PREVIEW: &[Binding] = &[
    bind(
        &[key('y'), special(KeyCode::Enter)],
        Action::Yes,
        Msg::KeysAddTheseChapters,
        Some(Msg::HintsAdd),
    ),
    bind(
        &[key('n'), special(KeyCode::Esc), key('q')],
        Action::No,
        Msg::KeysBackTextChange,
        Some(Msg::HintsBack),
    ),
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        Msg::KeysScrollDown,
        Some(Msg::HintsScroll),
    ),
];

/// Ctrl-c where letters are text (a filter, a form, the editor) or a window is open: the
/// same quit as everywhere, which asks first when a form or the notes hold unsaved text.
pub(super) const QUIT: &[Binding] = &[bind(
    &[ctrl('c')],
    Action::Quit,
    Msg::KeysQuitFromAnywhereSavedEdits,
    None,
)];

pub(super) const GLOBAL: &[Binding] = &[
    bind(
        &[key('?')],
        Action::ToggleHelp,
        Msg::KeysHelpKeyScreen,
        Some(Msg::HintsHelp),
    ),
    bind(
        &[ctrl('c')],
        Action::Quit,
        Msg::KeysQuitFromAnywhereSavedEdits,
        None,
    ),
];

/// In a form, letters are text: only keys that type nothing are bound.
pub(super) const FORM: &[Binding] = &[
    bind(
        &[ctrl('s')],
        Action::Save,
        Msg::KeysSaveClose,
        Some(Msg::HintsSave),
    ),
    bind(
        &[special(KeyCode::Esc)],
        Action::Cancel,
        Msg::KeysCancelAsksIfSomethingChanged,
        Some(Msg::HintsCancel),
    ),
    bind(
        &[special(KeyCode::Tab), special(KeyCode::Down)],
        Action::NextField,
        Msg::KeysNextField,
        Some(Msg::HintsNext),
    ),
    bind(
        &[special(KeyCode::Enter)],
        Action::OpenField,
        Msg::KeysLongTextWriteNotesEditor,
        None,
    ),
    bind(
        &[special(KeyCode::BackTab), special(KeyCode::Up)],
        Action::PreviousField,
        Msg::KeysPreviousField,
        None,
    ),
    bind(
        &[ctrl('e')],
        Action::ExternalEditor,
        Msg::KeysEditFieldVisualEditor,
        Some(Msg::HintsEditor),
    ),
    bind(
        &[alt(KeyCode::Enter)],
        Action::Newline,
        Msg::KeysLineBreakLongText,
        None,
    ),
    bind(
        &[special(KeyCode::Left)],
        Action::CursorLeft,
        Msg::KeysCursorLeftChoicePreviousOption,
        None,
    ),
    bind(
        &[special(KeyCode::Right)],
        Action::CursorRight,
        Msg::KeysCursorRightChoiceNextOption,
        None,
    ),
    bind(
        &[special(KeyCode::Home), ctrl('a')],
        Action::CursorHome,
        Msg::KeysStartField,
        None,
    ),
    bind(
        &[special(KeyCode::End)],
        Action::CursorEnd,
        Msg::KeysEndField,
        None,
    ),
    bind(
        &[special(KeyCode::Backspace)],
        Action::Erase,
        Msg::KeysEraseBeforeCursor,
        None,
    ),
    bind(
        &[special(KeyCode::Delete)],
        Action::DeleteForward,
        Msg::KeysEraseAfterCursor,
        None,
    ),
    bind(&[ctrl('u')], Action::ClearField, Msg::KeysClearField, None),
    // Last, as `?` is on other screens: `?` is text here.
    bind(
        &[special(KeyCode::F(1))],
        Action::ToggleHelp,
        Msg::KeysHelpKeyForm,
        Some(Msg::HintsHelp),
    ),
];

/// Taking attendance at a session, one member per row.
pub(super) const ATTENDANCE: &[Binding] = &[
    bind(
        &[key(' '), special(KeyCode::Enter)],
        Action::CycleMark,
        Msg::KeysCycleMemberMarkPresentAbsent,
        Some(Msg::HintsMark),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        Msg::KeysDoneMarkSavedMade,
        Some(Msg::HintsDone),
    ),
];

/// The notes editor. Every other key edits the text: Enter is a new line, the arrows, Home
/// and End move, Ctrl-u and Ctrl-r undo and redo.
pub(super) const EDITOR: &[Binding] = &[
    bind(
        &[special(KeyCode::F(1))],
        Action::ToggleHelp,
        Msg::KeysHelpKeyEditorText,
        Some(Msg::HintsHelp),
    ),
    bind(
        &[ctrl('s')],
        Action::Save,
        Msg::KeysSaveClose,
        Some(Msg::HintsSave),
    ),
    bind(
        &[special(KeyCode::Esc)],
        Action::Cancel,
        Msg::KeysCloseAsksIfSomethingChanged,
        Some(Msg::HintsCancel),
    ),
    bind(
        &[ctrl('e')],
        Action::ExternalEditor,
        Msg::KeysContinueVisualEditorComeBack,
        Some(Msg::HintsEditor),
    ),
    bind(
        &[ctrl('u')],
        Action::EditorKey(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
        Msg::KeysUndo,
        Some(Msg::HintsUndo),
    ),
    bind(
        &[ctrl('r')],
        Action::EditorKey(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
        Msg::KeysRedo,
        None,
    ),
    bind(
        &[special(KeyCode::Enter)],
        Action::EditText,
        Msg::KeysNewLineAfterListItem,
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
        Msg::KeysSelectHomeEndWordKeys,
        None,
    ),
    bind(
        &[
            with(KeyModifiers::CONTROL, KeyCode::Left),
            with(KeyModifiers::CONTROL, KeyCode::Right),
        ],
        Action::EditText,
        Msg::KeysWordBackWordAltB,
        None,
    ),
    bind(
        &[
            with(KeyModifiers::CONTROL, KeyCode::Home),
            with(KeyModifiers::CONTROL, KeyCode::End),
        ],
        Action::EditText,
        Msg::KeysStartEndText,
        None,
    ),
    bind(
        &[ctrl('w'), alt(KeyCode::Backspace)],
        Action::EditText,
        Msg::KeysDeleteWordBeforeCursor,
        None,
    ),
    bind(
        &[alt(KeyCode::Char('d'))],
        Action::EditText,
        Msg::KeysDeleteWordAfterCursor,
        None,
    ),
    bind(&[ctrl('k')], Action::EditText, Msg::KeysDeleteEndLine, None),
    bind(&[ctrl('x')], Action::EditText, Msg::KeysCutSelection, None),
    bind(
        &[alt(KeyCode::Char('w'))],
        Action::EditText,
        Msg::KeysCopySelection,
        None,
    ),
    bind(
        &[ctrl('y')],
        Action::EditText,
        Msg::KeysPutBackCutCopied,
        None,
    ),
    bind(
        &[special(KeyCode::Tab)],
        Action::EditText,
        Msg::KeysSpacesNextStopFour,
        None,
    ),
];

/// The presenter roulette: choose who is in the draw, then draw.
pub(super) const ROULETTE: &[Binding] = &[
    bind(
        &[key('r'), special(KeyCode::Enter)],
        Action::DrawPresenter,
        Msg::KeysDrawAsksChapterPresenterSaved,
        Some(Msg::HintsDraw),
    ),
    bind(
        &[key(' ')],
        Action::ToggleCandidate,
        Msg::KeysPutSelectedMemberOutDraw,
        Some(Msg::HintsInOut),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        Msg::KeysClose,
        Some(Msg::HintsClose),
    ),
];

/// The roulette once a draw is shown: Enter keeps it, and only `r` draws again, which
/// replaces the result just drawn (so it asks first).
pub(super) const ROULETTE_DONE: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter), key('q'), special(KeyCode::Esc)],
        Action::Back,
        Msg::KeysKeepResultAlreadySavedClose,
        Some(Msg::HintsKeep),
    ),
    bind(
        &[key('r')],
        Action::DrawPresenter,
        Msg::KeysDrawAgainPlaceResultAsks,
        Some(Msg::HintsDrawAgain),
    ),
    bind(
        &[key('y')],
        Action::CopyAnnouncement,
        Msg::KeysCopyDrawnChapterAnnouncementChat,
        Some(Msg::HintsAnnounce),
    ),
];

pub(super) const COPIED: &[Binding] = &[bind(
    &[key('q'), special(KeyCode::Esc), special(KeyCode::Enter)],
    Action::Back,
    Msg::KeysClose,
    Some(Msg::HintsClose),
)];
