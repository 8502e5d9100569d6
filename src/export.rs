//! Turning studies into text and back: the interchange JSON (`interchange`) and, later, the
//! retrospective post. Pure functions: no disk, no database.

pub mod interchange;
