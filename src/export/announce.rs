//! The announcement a member posts in the group's chat before a session: when, which
//! chapter, who presents, how the presenter was drawn, and the deposit rule.
//!
//! "[DDIA] 내일(3월 17일 일요일) 오후 8시, 2장 「Data Models」 발표는 Chen님입니다."

use super::MONTHS_EN;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::calendar::chapter_phrase;
use super::post::money;
use crate::domain::held::Coverage;
use crate::domain::meeting_time::meeting_time;
use crate::domain::particle::{Particle, with_particle};
use crate::domain::schedule::planned_sessions;
use crate::domain::text::quoted;
use crate::domain::{ChapterStatus, Draw, Lang, Study, StudyStatus};

/// A chapter asked for that the study does not have, and the chapters it has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{} has no chapter {number}; its chapters are {}",
    quoted(study),
    chapter_numbers(have).unwrap_or_else(|| "none yet".to_owned())
)]
pub struct NoSuchChapter {
    pub study: String,
    pub number: u32,
    /// The numbers of the study's chapters, in the study's order.
    pub have: Vec<u32>,
}

/// `1, 2, 3`; `None` when there are none.
pub fn chapter_numbers(numbers: &[u32]) -> Option<String> {
    (!numbers.is_empty()).then(|| {
        numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The announcement of chapter `chapter`, or of the next session when `None`, as of `today`.
pub fn announce(
    study: &Study,
    chapter: Option<u32>,
    lang: Lang,
    today: NaiveDate,
) -> Result<String, NoSuchChapter> {
    let planned = planned_sessions(study, today);
    let (number, date) = match chapter {
        Some(n) => {
            study.chapter(n).ok_or_else(|| no_such_chapter(study, n))?;
            let coverage = Coverage::of(study);
            let date = coverage
                .held_on(n)
                .or_else(|| planned.iter().find(|p| p.chapter == n).map(|p| p.date))
                .or_else(|| study.chapter(n).and_then(|c| c.scheduled_on));
            (n, date)
        }
        None => match planned.first() {
            Some(next) => (next.chapter, Some(next.date)),
            None => return Ok(nothing_scheduled(study, lang)),
        },
    };
    let coverage = Coverage::of(study);
    let presenter = study.chapter(number).and_then(|c| coverage.presenter(c));
    let what = match (lang, study.chapter(number).map(|c| c.title.trim())) {
        (Lang::En, Some(title)) if !title.is_empty() => format!("chapter {number}, “{title}”"),
        (Lang::En, _) => format!("chapter {number}"),
        (Lang::Ko, _) => chapter_phrase(study, number, lang),
    };
    let skipped = study
        .chapter(number)
        .is_some_and(|c| c.status == ChapterStatus::Skipped && !coverage.is_held(number));
    if skipped {
        let name = &study.name;
        return Ok(match lang {
            Lang::Ko => format!(
                "[{name}] {} 건너뛰기로 했습니다. 따로 모이지 않습니다.\n",
                with_particle(&what, Particle::Topic)
            ),
            Lang::En => format!("[{name}] We are skipping {what}: no session for it.\n"),
        });
    }
    let when = date.map(|d| when(d, meeting_time(&study.cadence), today, lang));
    let mut lines = vec![headline(study, &what, when.as_deref(), presenter, lang)];
    if let Some(draw) = presenter.and_then(|p| last_draw(study, number, p)) {
        lines.push(draw_line(draw, lang));
    }
    if !study.venue.trim().is_empty() {
        lines.push(match lang {
            Lang::Ko => format!("장소는 {}입니다.", study.venue.trim()),
            Lang::En => format!("Where: {}.", study.venue.trim()),
        });
    }
    if let Some(rule) = deposit_rule(study, lang) {
        lines.push(rule);
    }
    Ok(lines.join("\n") + "\n")
}

fn no_such_chapter(study: &Study, number: u32) -> NoSuchChapter {
    NoSuchChapter {
        study: study.name.clone(),
        number,
        have: study.chapters.iter().map(|c| c.number).collect(),
    }
}

/// The first line: when, what, and who presents.
fn headline(
    study: &Study,
    what: &str,
    when: Option<&str>,
    presenter: Option<&str>,
    lang: Lang,
) -> String {
    let name = &study.name;
    match lang {
        Lang::Ko => {
            let when = when.map_or_else(String::new, |w| format!("{w}, "));
            match presenter {
                Some(p) => format!("[{name}] {when}{what} 발표는 {p}님입니다."),
                None => format!(
                    "[{name}] {when}{} 함께 읽습니다. 발표자는 아직 정해지지 않았습니다.",
                    with_particle(what, Particle::Object)
                ),
            }
        }
        Lang::En => {
            let when = when.map_or_else(String::new, |w| format!("{w}: "));
            match presenter {
                Some(p) => format!("[{name}] {when}{what}, presented by {p}."),
                None => format!("[{name}] {when}{what}. No presenter has been chosen yet."),
            }
        }
    }
    .replace("  ", " ")
}

/// "내일(3월 17일 일요일) 오후 8시" / "Tomorrow (Sunday, March 17) at 20:00".
fn when(date: NaiveDate, time: Option<NaiveTime>, today: NaiveDate, lang: Lang) -> String {
    let days = (date - today).num_days();
    match lang {
        Lang::Ko => {
            let day = format!(
                "{}월 {}일 {}",
                date.month(),
                date.day(),
                weekday_ko(date.weekday())
            );
            let day = match days {
                0 => format!("오늘({day})"),
                1 => format!("내일({day})"),
                2 => format!("모레({day})"),
                _ => day,
            };
            match time {
                Some(t) => format!("{day} {}", time_ko(t)),
                None => day,
            }
        }
        Lang::En => {
            let day = format!(
                "{}, {} {}",
                weekday_en(date.weekday()),
                MONTHS_EN[date.month0() as usize],
                date.day()
            );
            let day = match days {
                0 => format!("Today ({day})"),
                1 => format!("Tomorrow ({day})"),
                _ => format!("On {day}"),
            };
            match time {
                Some(t) => format!("{day} at {}", t.format("%H:%M")),
                None => day,
            }
        }
    }
}

/// "오후 8시", "오전 10시 30분".
fn time_ko(time: NaiveTime) -> String {
    let (pm, hour) = time.hour12();
    let half = if pm { "오후" } else { "오전" };
    match time.minute() {
        0 => format!("{half} {hour}시"),
        m => format!("{half} {hour}시 {m}분"),
    }
}

fn weekday_ko(day: Weekday) -> &'static str {
    [
        "월요일",
        "화요일",
        "수요일",
        "목요일",
        "금요일",
        "토요일",
        "일요일",
    ][day.num_days_from_monday() as usize]
}

fn weekday_en(day: Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][day.num_days_from_monday() as usize]
}

/// The latest draw for chapter `number` that chose `presenter`: a presenter set by hand
/// after a draw was not drawn.
fn last_draw<'s>(study: &'s Study, number: u32, presenter: &str) -> Option<&'s Draw> {
    study
        .draws
        .iter()
        .filter(|d| d.chapter == Some(number))
        .max_by_key(|d| d.drawn_at)
        .filter(|d| d.chosen == presenter)
}

/// "Chen님은 Ana, Chen, Dara, Eun님 중에서 추첨으로 뽑혔습니다."
fn draw_line(draw: &Draw, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!(
            "{} {}님 중에서 추첨으로 뽑혔습니다.",
            with_particle(&format!("{}님", draw.chosen), Particle::Topic),
            draw.candidates.join(", ")
        ),
        Lang::En => format!(
            "{} was drawn from {}.",
            draw.chosen,
            english_list(&draw.candidates)
        ),
    }
}

/// "Ana", "Ana and Ben", "Ana, Ben and Chen".
fn english_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The deposit rule as a reminder; none when the study keeps no deposit.
fn deposit_rule(study: &Study, lang: Lang) -> Option<String> {
    let deposit = &study.deposit;
    if deposit.penalty == 0 {
        return None;
    }
    let penalty = money(deposit.penalty, &deposit.currency, lang);
    let amount = money(deposit.amount, &deposit.currency, lang);
    Some(match lang {
        Lang::Ko => format!(
            "결석하거나 준비 없이 오면 보증금 {amount}에서 {penalty}씩 빠집니다. 잊지 마세요!"
        ),
        Lang::En => format!(
            "A reminder: missing a session or coming unprepared costs {penalty} of the {amount} deposit."
        ),
    })
}

/// What to say when no session is to come.
fn nothing_scheduled(study: &Study, lang: Lang) -> String {
    let name = &study.name;
    let finished = study.status == StudyStatus::Finished;
    match (lang, finished) {
        (Lang::Ko, true) => format!("[{name}] 스터디가 끝나 예정된 모임이 없습니다.\n"),
        (Lang::Ko, false) => {
            format!("[{name}] 예정된 모임이 없습니다. 발표를 기다리는 장이 남아 있지 않습니다.\n")
        }
        (Lang::En, true) => format!("[{name}] Nothing is scheduled: the study has finished.\n"),
        (Lang::En, false) => {
            format!("[{name}] Nothing is scheduled: no chapter is waiting for its session.\n")
        }
    }
}
