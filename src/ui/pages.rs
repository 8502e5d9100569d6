//! Text laid out for the window: built by `update` when a page opens or the window changes,
//! kept in the state, and drawn by `view` as it is. The reader's chapter, a table of
//! contents' preview, the post and the help are pages; a chapter's detail is one too.

pub mod chapter;
pub mod help;
pub mod post;
pub mod reader;
pub mod toc;
