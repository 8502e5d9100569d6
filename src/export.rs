//! Turning studies into text and back: the interchange JSON (`interchange`) and the retrospective
//! post (`post`, with `front_matter` and `anonymize`). Pure functions: no disk, no database.

pub mod announce;
pub mod anonymize;
pub mod calendar;
pub mod chart;
pub mod file_name;
pub mod front_matter;
pub mod interchange;
pub mod post;

/// The months' English names, for dates and periods in words.
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
