//! The UI's state. The journal is read through `Store`; what a screen shows is loaded when
//! the screen opens and kept until it closes.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::action::Tab;
use super::keymap::{self, Context};
use super::theme::Theme;
use super::update;
use crate::domain::Study;
use crate::domain::stats::StudyStats;
use crate::export::post::PostOptions;
use crate::store::{Store, StudyId, StudySummary};

/// A selection in a list and the first row shown, kept so that scrolling is stable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection to `selected` (clamped to `len`) and scrolls so it is among the
    /// `rows` visible rows.
    pub fn select(&mut self, selected: usize, len: usize, rows: usize) {
        self.selected = selected.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}

pub struct StudyScreen {
    pub id: StudyId,
    pub study: Study,
    pub stats: StudyStats,
    pub tab: Tab,
    /// One cursor per tab, so switching tabs keeps each place.
    pub cursors: [Cursor; 5],
    /// The exported post, rendered the first time the Post tab is shown.
    pub post: Option<String>,
}

impl StudyScreen {
    pub fn cursor(&self) -> Cursor {
        self.cursors[self.tab.index()]
    }
}

pub struct App {
    pub(super) store: Store,
    pub studies: Vec<StudySummary>,
    pub home: Cursor,
    pub study: Option<StudyScreen>,
    pub help_open: bool,
    pub should_quit: bool,
    /// A message for the status bar, such as an error opening a study.
    pub status: Option<String>,
    pub theme: Theme,
    pub post_options: PostOptions,
    /// The terminal's size in cells, for paging and scrolling.
    pub width: u16,
    pub height: u16,
}

impl App {
    pub fn new(store: Store, post_options: PostOptions, theme: Theme) -> App {
        let mut app = App {
            store,
            studies: Vec::new(),
            home: Cursor::default(),
            study: None,
            help_open: false,
            should_quit: false,
            status: None,
            theme,
            post_options,
            width: 80,
            height: 24,
        };
        update::reload_studies(&mut app);
        app
    }

    pub fn context(&self) -> Context {
        if self.help_open {
            Context::Help
        } else if self.study.is_some() {
            Context::Study
        } else {
            Context::Home
        }
    }

    /// Handles one key press; keys with no meaning here are ignored.
    pub fn handle_key(&mut self, event: KeyEvent) {
        if event.kind != KeyEventKind::Press {
            return;
        }
        if let Some(action) = keymap::resolve(self.context(), event) {
            update::update(self, action);
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.width = width;
        self.height = height;
        update::keep_selection_visible(self);
    }
}
