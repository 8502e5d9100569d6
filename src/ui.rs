//! The terminal UI, in layers:
//!
//! - `state`: what the UI holds between keys (the app, the intents keys resolve to, forms).
//! - `keymap`: which key means which intent where; the help and hints are drawn from it.
//! - `update`: changes the state for an intent; the only part that writes to the journal.
//! - `layout` and `pages`: sizes from the terminal's size, and text laid out for the
//!   window; both `update` and `view` use them, so neither reaches into the other.
//! - `view`: draws the state; changes nothing.
//! - `widgets`: parts that know nothing of the app (a text field, the notes editor, a
//!   list, wrapping, fuzzy matching, markdown).
//! - `terminal`: the real terminal and its event loop; everything else is driven by tests
//!   with plain key events and a `TestBackend`.

pub mod clipboard;
pub mod keymap;
pub mod layout;
pub mod pages;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

pub use state::app::App;
pub use terminal::run;
