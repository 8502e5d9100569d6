//! Numbers, dates, money and chapter numbers as each language writes them on screen:
//! `10,000원` / `10,000 KRW`, `2024. 3. 10.` / `2024-03-10`, `3장` / `ch. 3`.
//!
//! Forms keep reading and showing dates as `YYYY-MM-DD`, the one way to type them that
//! both languages accept; these are for text the interface shows.

use chrono::{Datelike, NaiveDate};

use super::Lang;

/// A day: `2024. 3. 10.` in Korean, `2024-03-10` in English.
pub fn date(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => crate::domain::date::format(day),
        Lang::Ko => format!("{}. {}. {}.", day.year(), day.month(), day.day()),
    }
}

/// A day in a narrow column: `24. 3. 10.` in Korean, `24.03.10` in English.
pub fn short_date(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => format!(
            "{:02}.{:02}.{:02}",
            day.year().rem_euclid(100),
            day.month(),
            day.day()
        ),
        Lang::Ko => format!("{}. {}. {}.", day.year() % 100, day.month(), day.day()),
    }
}

/// A day without its year, in a narrow column: `3. 10.` in Korean, `03-10` in English.
pub fn month_day(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => format!("{:02}-{:02}", day.month(), day.day()),
        Lang::Ko => format!("{}. {}.", day.month(), day.day()),
    }
}

/// 20000 → `20,000`, as both languages group an amount.
pub use crate::export::post::thousands;

/// An amount in its currency: `20,000원` in Korean when the currency is won, `20,000 KRW`
/// otherwise; the bare number when no currency is set.
pub fn money(lang: Lang, amount: u64, currency: &str) -> String {
    // The post's rule: the screen and the post write an amount alike.
    crate::export::post::money(amount, currency, lang)
}

/// A chapter by number: `3장` in Korean, `ch. 3` in English.
pub fn chapter(lang: Lang, number: u32) -> String {
    match lang {
        Lang::En => format!("ch. {number}"),
        Lang::Ko => format!("{number}장"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn each_language_writes_a_day_its_own_way() {
        assert_eq!(date(Lang::Ko, day(2024, 3, 10)), "2024. 3. 10.");
        assert_eq!(date(Lang::En, day(2024, 3, 10)), "2024-03-10");
        assert_eq!(short_date(Lang::Ko, day(2025, 3, 2)), "25. 3. 2.");
        assert_eq!(short_date(Lang::En, day(2025, 3, 2)), "25.03.02");
        assert_eq!(month_day(Lang::Ko, day(2025, 3, 2)), "3. 2.");
        assert_eq!(month_day(Lang::En, day(2025, 3, 2)), "03-02");
    }

    #[test]
    fn english_days_are_what_chronos_format_strings_write() {
        // Written by hand for speed (the home screen writes a period for every study on
        // each frame); these are the format strings they stand for.
        let mut days = vec![day(1, 1, 1), day(99, 12, 31), day(10_000, 2, 29)];
        days.extend((0..800).map(|n| day(1999, 1, 1) + chrono::Days::new(n * 37)));
        for d in days {
            assert_eq!(date(Lang::En, d), d.format("%Y-%m-%d").to_string());
            assert_eq!(short_date(Lang::En, d), d.format("%y.%m.%d").to_string());
            assert_eq!(month_day(Lang::En, d), d.format("%m-%d").to_string());
        }
    }

    #[test]
    fn won_is_written_after_the_number_in_korean() {
        assert_eq!(money(Lang::Ko, 10_000, "KRW"), "10,000원");
        assert_eq!(money(Lang::Ko, 10_000, "원"), "10,000원");
        assert_eq!(money(Lang::En, 10_000, "KRW"), "10,000 KRW");
        assert_eq!(money(Lang::En, 10_000, "원"), "10,000 KRW");
        assert_eq!(money(Lang::Ko, 1_234_567, "USD"), "1,234,567 USD");
        assert_eq!(money(Lang::En, 0, ""), "0");
    }

    #[test]
    fn chapters_are_numbered_as_each_language_says() {
        assert_eq!(chapter(Lang::Ko, 3), "3장");
        assert_eq!(chapter(Lang::En, 3), "ch. 3");
    }
}
