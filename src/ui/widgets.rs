//! The parts screens are made of, each knowing nothing of the app: a text field, the notes
//! editor, a list with its filter, wrapping by display width, fuzzy matching, and markdown
//! styled for the terminal.

pub mod editor;
pub mod fuzzy;
pub mod input;
pub mod list;
pub mod markdown;
pub mod wrap;
