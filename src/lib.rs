//! studylog: the journal a book study group keeps while it runs, and the retrospective
//! post it writes at the end.
//!
//! Layers, dependencies pointing down: `commands` (the command line) → `export` → `store`
//! → `domain`.

pub mod atomic_write;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod export;
pub mod store;
pub mod ui;
