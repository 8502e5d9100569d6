//! The terminal UI: state (`app`), intents (`action`), the key table (`keymap`), state
//! changes (`update`) and drawing (`view`). Only `terminal` touches the real terminal, so
//! everything else is driven by tests with plain key events and a `TestBackend`.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod discard;
pub mod editor;
pub mod form;
pub mod forms;
pub mod fuzzy;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod markdown;
pub mod pages;
pub mod roulette;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod wrap;

pub use app::App;
pub use terminal::run;
