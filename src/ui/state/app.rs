//! The UI's state. The journal is read through `Store`; what a screen shows is loaded when
//! the screen opens and kept until it closes.

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::text::Line;

use crate::domain::stats::{ScheduledChapter, StudyStats};
use crate::domain::{Chapter, Member, RetroKind, RetroPoint, Session};
use crate::export::post::{PostDefaults, PostOptions};
use crate::i18n::{Lang, Tr};
use crate::store::{
    ChapterId, Identified, ItemId, MemberId, Outline, PointId, SessionId, Store, StudyId,
    StudySummary, UndoCopy,
};
use crate::ui::keymap::{self, Context};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::discard::Leaving;
use crate::ui::state::forms::EntityForm;
use crate::ui::state::roulette::{Phase, Roulette};
use crate::ui::terminal::EditorError;
use crate::ui::theme::Theme;
use crate::ui::update;
use crate::ui::widgets::editor::NotesEditor;
use crate::ui::widgets::list::ListState;

pub use crate::ui::widgets::list::Cursor;

pub struct StudyScreen {
    pub id: StudyId,
    /// The study without its notes (they load one at a time, when shown), its items with
    /// their ids.
    pub study: Outline,
    pub stats: StudyStats,
    pub tab: Tab,
    /// One list per tab, so switching tabs keeps each place and filter.
    pub lists: [ListState; 5],
    /// The notes of the selected chapter, by its index in `study.chapters`.
    pub notes: Option<(usize, String)>,
    /// The exported post, rendered the first time the Post tab is shown.
    pub post: Option<PostPreview>,
    /// The retro column that `a` adds to: the selected point's, or the one moved to.
    pub retro_column: RetroKind,
}

impl StudyScreen {
    pub fn list(&self) -> &ListState {
        &self.lists[self.tab.index()]
    }

    /// What became of chapter `i` (its status, date and one presenter), as the stats read
    /// it with the study; `None` only if the two were ever out of step.
    pub fn chapter_facts(&self, i: usize) -> Option<&ScheduledChapter> {
        let number = self.study.chapters.get(i)?.number;
        self.stats.schedule.get(i).filter(|c| c.number == number)
    }

    pub fn cursor(&self) -> Cursor {
        self.list().cursor
    }

    /// The index of the item selected in `tab`'s list, among `len` items.
    fn selected_in(&self, tab: Tab, len: usize) -> Option<usize> {
        self.lists[tab.index()].selected_item(len)
    }

    /// The chapter selected on the Chapters tab, with its id.
    pub fn selected_chapter(&self) -> Option<Identified<'_, ChapterId, Chapter>> {
        let i = self.selected_in(Tab::Chapters, self.study.chapters.len())?;
        self.study.chapter(i)
    }

    /// The session selected on the Sessions tab, with its id.
    pub fn selected_session(&self) -> Option<Identified<'_, SessionId, Session>> {
        let i = self.selected_in(Tab::Sessions, self.study.sessions.len())?;
        self.study.session(i)
    }

    /// The member selected on the Members tab, with its id.
    pub fn selected_member(&self) -> Option<Identified<'_, MemberId, Member>> {
        let i = self.selected_in(Tab::Members, self.study.members.len())?;
        self.study.member(i)
    }

    /// The point selected on the Retro tab, with its id.
    pub fn selected_point(&self) -> Option<Identified<'_, PointId, RetroPoint>> {
        let i = self.selected_in(Tab::Retro, self.study.retro.len())?;
        self.study.point(i)
    }

    /// The selected chapter's notes, once loaded.
    pub fn notes_of(&self, chapter: usize) -> Option<&str> {
        self.notes
            .as_ref()
            .filter(|(i, _)| *i == chapter)
            .map(|(_, text)| text.as_str())
    }
}

/// The post as it will be written, and its lines styled once for the preview.
pub struct PostPreview {
    pub text: String,
    /// The options it was rendered with: the study's settings over the defaults.
    pub options: PostOptions,
    pub lines: Vec<Line<'static>>,
    /// `YYYY-MM-DD-<slug>.md`, the name the post is written under.
    pub file_name: String,
    /// The attendance chart written beside the post, when the study's settings ask for it.
    pub chart: Option<String>,
    /// The screen row each line starts at in the preview box, and the total at the end.
    pub starts: Vec<usize>,
    /// The box's inner width the lines were laid out for.
    pub width: u16,
}

/// A screen drawn over the others, which takes the keys while it is open.
pub enum Overlay {
    /// The keys of what is underneath, scrolled by `scroll` lines: the window it was
    /// opened over (which comes back when it closes), else the screen.
    Help {
        scroll: usize,
        under: Option<Box<Overlay>>,
    },
    /// The selected chapter's whole text, scrolled by `scroll` wrapped lines.
    Reader {
        scroll: usize,
        /// The chapter's text wrapped to the window, for scrolling without wrapping again.
        rows: Vec<ratatui::text::Line<'static>>,
    },
    /// A yes/no question.
    Confirm(Confirm),
    /// Adding or editing one entity.
    Form(Box<EntityForm>),
    /// Taking attendance at the selected session; `cursor` is the member's row.
    Attendance { cursor: usize },
    /// Writing notes.
    Editor(Box<NotesEditor>),
    /// Drawing a presenter.
    Roulette(Box<Roulette>),
    /// Text just copied to the clipboard, shown for reading or copying by hand.
    Copied(String),
}

/// Where keys go while `overlay` is open.
fn overlay_context(overlay: &Overlay) -> Context {
    match overlay {
        Overlay::Help { .. } => Context::Help,
        Overlay::Copied(_) => Context::Copied,
        Overlay::Reader { .. } => Context::Reader,
        Overlay::Confirm(_) => Context::Confirm,
        Overlay::Form(_) => Context::Form,
        Overlay::Attendance { .. } => Context::Attendance,
        Overlay::Editor(editor) if editor.preview.is_some() => Context::TocPreview,
        Overlay::Editor(_) => Context::Editor,
        Overlay::Roulette(roulette) => match roulette.phase {
            Phase::Confirming { .. } => Context::Confirm,
            Phase::Done { .. } => Context::RouletteDone,
            Phase::Choosing | Phase::Spinning { .. } => Context::Roulette,
        },
    }
}

pub struct Confirm {
    pub question: String,
    pub on_yes: Pending,
}

/// What a confirmed question goes on to do.
pub enum Pending {
    /// Write the post over the file of the same name.
    ReplacePost,
    /// Delete this; the text says what it is, for the message afterwards.
    Delete(Deletion, String),
}

/// Something the person asked to delete, by its id in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deletion {
    Study(StudyId),
    Chapter { study: StudyId, id: ChapterId },
    Member { study: StudyId, id: MemberId },
    Session { study: StudyId, id: SessionId },
    RetroPoint { study: StudyId, id: PointId },
}

impl Deletion {
    /// The item of the open study's lists it deletes; `None` for a whole study.
    pub fn item(&self) -> Option<ItemId> {
        match *self {
            Deletion::Study(_) => None,
            Deletion::Chapter { id, .. } => Some(ItemId::Chapter(id)),
            Deletion::Member { id, .. } => Some(ItemId::Member(id)),
            Deletion::Session { id, .. } => Some(ItemId::Session(id)),
            Deletion::RetroPoint { id, .. } => Some(ItemId::Point(id)),
        }
    }
}

/// The last deletion, which `u` takes back while the study has not changed since.
pub struct Undo {
    pub copy: UndoCopy,
    /// What was deleted, for the message: `chapter 3 "저장소와 검색"`.
    pub what: String,
    /// Whether the study itself was deleted (and the home screen shows the result).
    pub whole_study: bool,
    /// Where the deleted item was (its tab, its index among the study's items), to select
    /// it again when it comes back.
    pub at: Option<(crate::ui::state::action::Tab, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Info(String),
    Error(String),
}

pub struct App {
    pub(in crate::ui) store: Store,
    pub studies: Vec<StudySummary>,
    pub home: ListState,
    pub study: Option<StudyScreen>,
    pub overlay: Option<Overlay>,
    pub should_quit: bool,
    /// The discard question, up over the form or the editor whose text would be lost: what
    /// a yes does.
    pub discard: Option<Leaving>,
    /// A message for the status bar, such as an error opening a study.
    pub status: Option<Status>,
    pub theme: Theme,
    /// What every study's post starts from (config, locale, today); each study's saved
    /// settings go over it.
    pub post_defaults: PostDefaults,
    /// Where the post is written.
    pub post_folder: PathBuf,
    /// The last deletion, until another edit makes it stale.
    pub undo: Option<Undo>,
    /// Text waiting to be edited in the person's own editor: the event loop hands it over
    /// (the terminal is the loop's), then gives the result to `finish_external_edit`.
    pub external_edit: Option<String>,
    /// Text for the clipboard: the event loop writes it to the terminal as OSC 52 (the
    /// terminal is the loop's).
    pub clipboard: Option<String>,
    /// The terminal's size in cells, for paging and scrolling.
    pub width: u16,
    pub height: u16,
    /// The journal is `studylog demo`'s throwaway copy, which the screens say.
    pub demo: bool,
    /// The interface's words, in its language (not the post's).
    pub tr: Tr,
}

impl App {
    pub fn new(store: Store, post_defaults: PostDefaults, theme: Theme) -> App {
        let mut app = App::without_studies(store, post_defaults, theme);
        update::reload_studies(&mut app);
        app
    }

    fn without_studies(store: Store, post_defaults: PostDefaults, theme: Theme) -> App {
        App {
            store,
            studies: Vec::new(),
            home: ListState::default(),
            study: None,
            overlay: None,
            should_quit: false,
            discard: None,
            status: None,
            theme,
            post_defaults,
            post_folder: PathBuf::from("."),
            undo: None,
            external_edit: None,
            clipboard: None,
            width: 80,
            height: 24,
            demo: false,
            tr: Tr::EN,
        }
    }

    /// The folder the post is written to (the current folder unless told otherwise).
    pub fn with_post_folder(mut self, folder: PathBuf) -> App {
        self.post_folder = folder;
        self
    }

    /// The interface in `lang` (English unless told).
    pub fn in_lang(mut self, lang: Lang) -> App {
        self.tr = Tr::new(lang);
        self
    }

    /// Marks the journal as the demo's throwaway copy, deleted when studylog quits.
    pub fn as_demo(mut self) -> App {
        self.demo = true;
        self
    }

    /// The list the person is looking at: the studies, or the current tab's.
    pub fn current_list(&self) -> &ListState {
        self.study.as_ref().map_or(&self.home, StudyScreen::list)
    }

    /// Where keys go: an open overlay first, then the screen.
    pub fn context(&self) -> Context {
        if self.discard.is_some() {
            return Context::Confirm;
        }
        match &self.overlay {
            Some(overlay) => overlay_context(overlay),
            None => self.screen_context(),
        }
    }

    /// What the help describes: the window it was opened over, else the screen.
    pub fn help_context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help {
                under: Some(under), ..
            }) => overlay_context(under),
            _ => self.screen_context(),
        }
    }

    /// The context of the screen under any overlay: what the help describes.
    pub fn screen_context(&self) -> Context {
        if self.current_list().is_typing() {
            return Context::Filter;
        }
        match &self.study {
            Some(screen) => Context::Study(screen.tab),
            None => Context::Home,
        }
    }

    /// Handles one key press; keys with no meaning here are ignored.
    pub fn handle_key(&mut self, event: KeyEvent) {
        if event.kind == KeyEventKind::Release {
            return;
        }
        // The key acts on the journal as it is now, not as this screen last read it.
        update::catch_up(self);
        // Any key ends the roulette's spin at once (Ctrl-c still quits, and a draw not
        // yet seen is not saved).
        if let Some(Overlay::Roulette(roulette)) = &mut self.overlay
            && roulette.is_spinning()
            && !(event.code == KeyCode::Char('c') && event.modifiers == KeyModifiers::CONTROL)
        {
            if let Some(draw) = roulette.skip() {
                update::finish_draw(self, &draw);
            }
            return;
        }
        let context = self.context();
        let action = keymap::resolve(context, event).or_else(|| match (context, event.code) {
            // While a filter or a field is typed, letters are text, never commands.
            (Context::Filter | Context::Form, KeyCode::Char(c))
                if !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Type(c))
            }
            // The notes editor takes every other key as text or a text command.
            (Context::Editor, _) => Some(Action::EditorKey(event)),
            _ => None,
        });
        let action = match action {
            Some(Action::EditText) => Some(Action::EditorKey(event)),
            other => other,
        };
        if let Some(action) = action {
            update::update(self, action);
        }
        self.fit_editor();
    }

    /// Text pasted into the terminal (bracketed paste): into the filter or the focused
    /// field; on the Chapters tab, a table of contents to add.
    pub fn handle_paste(&mut self, text: &str) {
        update::catch_up(self);
        update::paste(self, text);
        self.fit_editor();
    }

    /// While something moves on screen (the roulette's spin), how long until its next
    /// frame; `None` when the screen only changes on keys.
    pub fn next_frame_in(&self) -> Option<std::time::Duration> {
        match &self.overlay {
            Some(Overlay::Roulette(r)) if r.is_spinning() => {
                Some(std::time::Duration::from_millis(r.frame_delay_ms()))
            }
            _ => None,
        }
    }

    /// The next frame of whatever moves.
    pub fn tick(&mut self) {
        if let Some(Overlay::Roulette(roulette)) = &mut self.overlay
            && let Some(draw) = roulette.tick()
        {
            update::finish_draw(self, &draw);
        }
    }

    /// The text to put on the clipboard, if a copy key asked for it.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// The text an external editor should open, if Ctrl-e asked for one.
    pub fn take_external_edit(&mut self) -> Option<String> {
        self.external_edit.take()
    }

    /// The external editor's result (or why it failed) back into the field or notes that
    /// asked for it.
    pub fn finish_external_edit(&mut self, result: Result<String, EditorError>) {
        update::finish_external_edit(self, result);
        self.fit_editor();
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.width = width;
        self.height = height;
        update::keep_selection_visible(self);
        self.fit_editor();
    }

    /// The notes editor, if open, fitted to the text area it is drawn in: after every key,
    /// paste and resize, so that the frame shows the cursor's row and a full window.
    fn fit_editor(&mut self) {
        let body = crate::ui::layout::body(self);
        if let Some(Overlay::Editor(editor)) = &mut self.overlay {
            let (_, text) = crate::ui::layout::editor_areas(body, editor.error.as_deref());
            editor.fit(text.width, text.height);
        }
    }
}
