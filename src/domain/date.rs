//! Dates and timestamps as the interchange format writes them, read strictly: a date is
//! exactly `YYYY-MM-DD` (four-digit year, two-digit month and day, nothing around them), a
//! timestamp is RFC 3339. chrono's own readers are lenient (`2024-3-1`, `+2024-03-01`,
//! `24-1-1` as the year 24 all parse), so every date field goes through this module with
//! `#[serde(with = ...)]`: [`self`] for a required date, [`option`] for an optional one,
//! [`timestamp`] for a `drawn_at`.
//!
//! The store keeps reading its own columns with rusqlite's chrono conversion; what it reads
//! is what it wrote (`%Y-%m-%d`), and nothing here loosens it.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serializer};

/// `text` as a date when it is exactly `YYYY-MM-DD` and a real day of the calendar.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// `YYYY-MM-DD`, as [`parse`] reads it back. (chrono's ISO form: the same text as
/// `format("%Y-%m-%d")`, written without reading a format string each time.)
pub fn format(date: NaiveDate) -> String {
    date.to_string()
}

fn invalid<E: serde::de::Error>(text: &str) -> E {
    E::invalid_value(
        serde::de::Unexpected::Str(text),
        &"a date written YYYY-MM-DD",
    )
}

pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*date))
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse(&text).ok_or_else(|| invalid(&text))
}

/// An optional date: `null` (or a missing key, with `#[serde(default)]`) is `None`.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => super::serialize(date, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            Some(text) => super::parse(&text).map(Some).ok_or_else(|| invalid(&text)),
            None => Ok(None),
        }
    }
}

/// An RFC 3339 timestamp, its offset kept as written.
pub mod timestamp {
    use super::*;

    pub fn serialize<S: Serializer>(
        at: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(at, serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(deserializer)?;
        // chrono's RFC 3339 reader still takes a one-digit month; the date part is held to
        // the same shape as a date field.
        let date_ok = text.get(..10).and_then(super::parse).is_some();
        match DateTime::parse_from_rfc3339(&text) {
            Ok(at) if date_ok => Ok(at),
            _ => Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Str(&text),
                &"an RFC 3339 timestamp",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_yyyy_mm_dd_is_a_date() {
        assert_eq!(parse("2024-03-10"), NaiveDate::from_ymd_opt(2024, 3, 10));
        assert_eq!(parse("0024-01-01"), NaiveDate::from_ymd_opt(24, 1, 1));
        for lax in [
            "2024-3-10",
            "2024-03-1",
            " 2024-03-10",
            "2024-03-10 ",
            "+2024-03-10",
            "24-1-1",
            "-2024-03-10",
            "2024-02-30",
            "2024-13-01",
            "2024/03/10",
            "２０２４-03-10",
            "",
        ] {
            assert_eq!(parse(lax), None, "{lax:?}");
        }
    }

    #[test]
    fn a_date_writes_as_it_reads() {
        let date = NaiveDate::from_ymd_opt(987, 6, 5).expect("date");
        assert_eq!(format(date), "0987-06-05");
        assert_eq!(parse(&format(date)), Some(date));
    }

    #[test]
    fn a_timestamp_is_rfc_3339_with_a_strict_date() {
        #[derive(serde::Deserialize)]
        struct At(#[serde(with = "timestamp")] DateTime<FixedOffset>);
        let read =
            |text: &str| serde_json::from_value::<At>(serde_json::json!(text)).map(|at| at.0);
        assert!(read("2025-01-11T21:02:13+09:00").is_ok());
        assert!(read("2025-1-11T21:02:13+09:00").is_err());
        assert!(read("2025-01-11").is_err());
        assert!(read(" 2025-01-11T21:02:13+09:00").is_err());
    }
}
