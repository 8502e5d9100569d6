//! The functions and filters templates call for the parts that depend on language and on
//! markdown structure: periods in months, money, percentages, table cells, headings.

use chrono::{Datelike, NaiveDate};
use minijinja::Environment;

use std::collections::HashMap;

use crate::domain::held::Coverage;
use crate::domain::particle::{Particle, with_particle};
use crate::domain::stats::StudyStats;
use crate::domain::{Study, StudyStatus};
use crate::export::front_matter::Flavor;

use super::escape;
use crate::export::MONTHS_EN;

pub use crate::domain::Lang;

pub(super) fn register(env: &mut Environment<'_>, study: &Study, lang: Lang, flavor: Flavor) {
    let period = told_period(study);
    env.add_function("period_phrase", move || {
        period.map_or_else(String::new, |(start, end)| period_phrase(start, end, lang))
    });
    let currency = study.deposit.currency.clone();
    env.add_function("money", move |amount: u64| money(amount, &currency, lang));
    // A rate is none when no attendance was taken: shown as "-" rather than failing.
    env.add_function("percent", |rate: Option<f64>| {
        rate.map_or_else(|| "-".to_owned(), |r| format!("{:.0}%", r * 100.0))
    });
    let titles: Vec<(u32, String)> = study
        .chapters
        .iter()
        .map(|c| (c.number, c.title.clone()))
        .collect();
    env.add_function("chapter_label", move |number: u32| {
        let title = titles.iter().find(|(n, _)| *n == number).map(|(_, t)| t);
        match (lang, title) {
            (Lang::Ko, Some(t)) => format!("{number}장 {t}"),
            (Lang::Ko, None) => format!("{number}장"),
            (Lang::En, Some(t)) => format!("Chapter {number}, {t}"),
            (Lang::En, None) => format!("Chapter {number}"),
        }
    });
    // The one presenter of each chapter (a session's, else the plan's), as the schedule
    // names it: a template's notes section must not read the plan alone.
    let coverage = Coverage::of(study);
    let presenters: HashMap<u32, String> = study
        .chapters
        .iter()
        .filter_map(|c| Some((c.number, coverage.facts(c).presenter?.to_owned())))
        .collect();
    env.add_function("presenter_of", move |number: u32| {
        presenters.get(&number).cloned()
    });
    // Whether a session covered the chapter: its presenter presented it, or will.
    let held: std::collections::HashSet<u32> = study
        .chapters
        .iter()
        .map(|c| c.number)
        .filter(|n| coverage.is_held(*n))
        .collect();
    env.add_function("is_held", move |number: u32| held.contains(&number));
    env.add_filter("cell", move |text: &str| table_cell(text, flavor));
    // `{{ name | josa("을") }}`: the word and the particle its last sound takes.
    env.add_filter("josa", |word: &str, which: &str| {
        match Particle::parse(which) {
            Some(p) => with_particle(word, p),
            None => format!("{word}{which}"),
        }
    });
    // Plain text (names, titles, cadence, venue), escaped wherever markdown or HTML would
    // change it; and the writer's markdown, kept as written but made safe for the blog
    // engine that will build it.
    env.add_filter("plain", move |text: &str| escape::plain(text, flavor));
    env.add_filter("md", move |text: &str| escape::markdown(text, flavor));
    env.add_filter("href", |url: &str| escape::link_destination(url));
    env.add_filter("demote", |text: &str, level: usize| {
        demote_headings(text, level)
    });
}

/// The period the post tells: the study's own dates, else the span of its sessions. A study
/// still running is told from its start ("since March 2025"): its last date so far, or a
/// planned end, is not when it ended.
pub(super) fn told_period(study: &Study) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let period = study_period(study);
    if study.status == StudyStatus::Finished {
        period
    } else {
        period.map(|(start, _)| (start, None))
    }
}

/// The study's own dates, else the span of its sessions; an open end is `None`.
fn study_period(study: &Study) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let sessions = StudyStats::of(study).period;
    match (study.started_on, study.ended_on) {
        (Some(start), end) => Some((start, end.or(sessions.map(|(_, last)| last)))),
        (None, end) => sessions.map(|(first, last)| (first, end.or(Some(last)))),
    }
}

/// "from March to May 2024" / "2024년 3월부터 5월까지".
pub fn period_phrase(start: NaiveDate, end: Option<NaiveDate>, lang: Lang) -> String {
    let month_en = |d: NaiveDate| MONTHS_EN[d.month0() as usize];
    let Some(end) = end else {
        return match lang {
            Lang::En => format!("since {} {}", month_en(start), start.year()),
            Lang::Ko => format!("{}년 {}월부터", start.year(), start.month()),
        };
    };
    let same_year = start.year() == end.year();
    let same_month = same_year && start.month() == end.month();
    match (lang, same_year, same_month) {
        (Lang::En, _, true) => format!("in {} {}", month_en(start), start.year()),
        (Lang::En, true, false) => {
            format!(
                "from {} to {} {}",
                month_en(start),
                month_en(end),
                end.year()
            )
        }
        (Lang::En, false, _) => format!(
            "from {} {} to {} {}",
            month_en(start),
            start.year(),
            month_en(end),
            end.year()
        ),
        (Lang::Ko, _, true) => format!("{}년 {}월 한 달 동안", start.year(), start.month()),
        (Lang::Ko, true, false) => {
            format!(
                "{}년 {}월부터 {}월까지",
                start.year(),
                start.month(),
                end.month()
            )
        }
        (Lang::Ko, false, _) => format!(
            "{}년 {}월부터 {}년 {}월까지",
            start.year(),
            start.month(),
            end.year(),
            end.month()
        ),
    }
}

/// 20000 → "20,000": how Koreans (and most English readers) write an amount.
pub fn thousands(amount: u64) -> String {
    let digits = amount.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// 20000 KRW → "20,000원" in Korean, "20,000 KRW" in English; a currency typed as `원`
/// reads as KRW in English, as the screen shows it.
pub fn money(amount: u64, currency: &str, lang: Lang) -> String {
    let grouped = thousands(amount);
    match (lang, currency.trim()) {
        (_, "") => grouped,
        (Lang::Ko, "KRW" | "원") => format!("{grouped}원"),
        (Lang::En, "원") => format!("{grouped} KRW"),
        (_, currency) => format!("{grouped} {currency}"),
    }
}

/// Plain text made safe for one cell of a pipe table: escaped as plain text (`|` included),
/// lines joined by `<br>`, or by a space for Hugo, which leaves out raw HTML by default.
pub fn table_cell(text: &str, flavor: Flavor) -> String {
    let joint = if flavor == Flavor::Hugo { " " } else { "<br>" };
    escape::plain_in_cell(text.trim(), flavor)
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(joint)
}

/// Shifts ATX headings (outside code fences) so the shallowest one lands at `level`, keeping
/// their relative depth; nothing goes deeper than `######`.
pub fn demote_headings(text: &str, level: usize) -> String {
    let heading_depth = |line: &str| {
        let hashes = line.chars().take_while(|c| *c == '#').count();
        let rest = &line[hashes..];
        ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' '))).then_some(hashes)
    };
    let mut in_fence = false;
    let mut depths = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence && let Some(d) = heading_depth(line) {
            depths.push(d);
        }
    }
    let Some(shallowest) = depths.into_iter().min() else {
        return text.to_owned();
    };
    let shift = level.saturating_sub(shallowest);
    let mut out = String::with_capacity(text.len() + 16);
    in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        }
        match heading_depth(line).filter(|_| !in_fence) {
            Some(d) => {
                out.push_str(&"#".repeat((d + shift).min(6)));
                out.push_str(&line[d..]);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, 1).expect("date")
    }

    #[test]
    fn periods_read_as_months() {
        assert_eq!(
            period_phrase(d(2024, 3), Some(d(2024, 5)), Lang::En),
            "from March to May 2024"
        );
        assert_eq!(
            period_phrase(d(2024, 3), Some(d(2024, 5)), Lang::Ko),
            "2024년 3월부터 5월까지"
        );
        assert_eq!(
            period_phrase(d(2024, 11), Some(d(2025, 2)), Lang::Ko),
            "2024년 11월부터 2025년 2월까지"
        );
        assert_eq!(
            period_phrase(d(2024, 3), Some(d(2024, 3)), Lang::En),
            "in March 2024"
        );
        assert_eq!(period_phrase(d(2024, 3), None, Lang::Ko), "2024년 3월부터");
    }

    #[test]
    fn money_is_grouped_with_the_currency() {
        assert_eq!(money(20_000, "KRW", Lang::Ko), "20,000원");
        assert_eq!(money(20_000, "원", Lang::En), "20,000 KRW");
        assert_eq!(money(1_234_567, "USD", Lang::En), "1,234,567 USD");
        assert_eq!(money(500, "", Lang::En), "500");
    }

    #[test]
    fn table_cells_escape_pipes_and_line_breaks() {
        assert_eq!(table_cell("a | b\nc", Flavor::Gatsby), "a \\| b<br>c");
        assert_eq!(table_cell("a | b\nc", Flavor::Hugo), "a \\| b c");
    }

    #[test]
    fn headings_are_demoted_below_the_chapter_heading() {
        let notes = "## Two\n\ntext\n### Three\n```\n# not a heading\n```\n#hashtag\n";
        assert_eq!(
            demote_headings(notes, 4),
            "#### Two\n\ntext\n##### Three\n```\n# not a heading\n```\n#hashtag\n"
        );
        assert_eq!(demote_headings("# a\n###### b", 4), "#### a\n###### b\n");
        assert_eq!(demote_headings("no headings", 4), "no headings");
    }
}
