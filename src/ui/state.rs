//! What the UI holds between keys: the app (screens, lists, the open overlay), the intents
//! keys resolve to, the forms, the discard question and the roulette's spin. `update`
//! changes it; `view` only reads it.

pub mod action;
pub mod app;
pub mod discard;
pub mod form;
pub mod forms;
pub mod roulette;
