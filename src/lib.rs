//! studylog: the journal a book study group keeps while it runs, and the retrospective
//! post it writes at the end.
//!
//! Layers, each importing only the ones listed after its arrow (checked with
//! `grep -rn "crate::" src/LAYER`):
//!
//! - `domain` → nothing: plain types and pure rules; neither rusqlite nor ratatui.
//! - `store` → `domain`: the one owner of the SQLite connection; queries return domain types.
//! - `export` → `domain`: a study in, text out. It never reads the store; its callers load
//!   the study and hand it over.
//! - `ui` → `domain`, `store`, `export` (and `config` for the theme's name, `atomic_write`
//!   to save a post): the terminal app.
//! - `commands` → all of the above and `cli`: each subcommand, and starting the `ui`.
//! - `cli` and `config` → `domain` (and `cli` → `store` for the schema version it prints);
//!   `atomic_write` → nothing.
//!
//! `store` and `export` sit side by side on `domain`: neither imports the other.

pub mod atomic_write;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod store;
pub mod ui;
