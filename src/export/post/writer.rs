//! What makes the post read as its writer's: the register of every sentence studylog writes
//! (합니다체 or 해라체), the writer named as 저 / 나 / "I" rather than by name, particles that
//! fit the word before them, the study's months in words, and retro points written as a
//! person would (a one-line point is a list item, a longer one a paragraph).

use chrono::{Datelike, NaiveDate};
use minijinja::Environment;

use super::helpers::Lang;
use crate::domain::particle::{Particle, particle, with_particle};
use crate::domain::voice::Voice;
use crate::export::MONTHS_EN;

/// The writer's pronoun and the study's period, for the template functions below.
pub(super) struct Writer {
    pub lang: Lang,
    pub voice: Voice,
    /// The member marked `me`, if any.
    pub me: Option<String>,
    /// When the study started, and when it ended (none while it runs).
    pub period: Option<(NaiveDate, Option<NaiveDate>)>,
}

pub(super) fn register(env: &mut Environment<'_>, writer: Writer) {
    let Writer {
        lang,
        voice,
        me,
        period,
    } = writer;
    // `v("했습니다", "했다")`: the form of the post's voice.
    env.add_function("v", move |formal: &str, plain: &str| match (lang, voice) {
        (Lang::Ko, Voice::Plain) => plain.to_owned(),
        _ => formal.to_owned(),
    });
    let writer = me.clone();
    // `who(name)`: the writer as 저 / 나 / "me", anyone else by name.
    env.add_function("who", move |name: &str| {
        if writer.as_deref() == Some(name) {
            pronoun(lang, voice).to_owned()
        } else {
            name.to_owned()
        }
    });
    let writer = me.clone();
    // `who_josa(name, "가")`: with its particle; 저 and 나 take theirs irregularly (제가,
    // 내가).
    env.add_function("who_josa", move |name: &str, which: &str| {
        let Some(p) = Particle::parse(which) else {
            return format!("{name}{which}");
        };
        if writer.as_deref() == Some(name) {
            pronoun_with(voice, p)
        } else {
            with_particle(name, p)
        }
    });
    let writer = me.clone();
    // `person(name, "가")`: a member in a Korean sentence, with 님 as Korean posts write
    // about others (정민재 님이), and the writer as 제가 / 내가; `person(name)` without a
    // particle. In English, the name.
    env.add_function("person", move |name: &str, which: Option<&str>| {
        let which = which.and_then(Particle::parse);
        match (lang, which) {
            (Lang::En, _) => name.to_owned(),
            (Lang::Ko, Some(p)) if writer.as_deref() == Some(name) => pronoun_with(voice, p),
            (Lang::Ko, None) if writer.as_deref() == Some(name) => pronoun(lang, voice).to_owned(),
            (Lang::Ko, Some(p)) => format!("{name} {}", with_particle("님", p)),
            (Lang::Ko, None) => format!("{name} 님"),
        }
    });
    let writer = me.clone();
    // `I(name)`: English, as a subject: "I" for the writer.
    env.add_function("I", move |name: &str| {
        if writer.as_deref() == Some(name) {
            "I".to_owned()
        } else {
            name.to_owned()
        }
    });
    env.add_function("is_me", move |name: &str| me.as_deref() == Some(name));
    // `{{ title | particle("을") }}`: the particle alone, for a word printed as a link.
    env.add_filter("particle", |word: &str, which: &str| {
        Particle::parse(which).map_or_else(|| which.to_owned(), |p| particle(word, p).to_owned())
    });
    // `{{ p.text | point(chapter_label(p.chapter)) }}`: a retro point as the post prints it.
    env.add_filter("point", |text: &str, chapter: Option<String>| {
        point(text, chapter.as_deref())
    });
    env.add_function("started", move || {
        period.map_or_else(String::new, |(start, _)| month(start, None, lang))
    });
    env.add_function("ended", move || {
        period
            .and_then(|(start, end)| end.map(|end| month(end, Some(start), lang)))
            .unwrap_or_default()
    });
}

/// 저 (formal), 나 (plain), or "me" in English.
fn pronoun(lang: Lang, voice: Voice) -> &'static str {
    match (lang, voice) {
        (Lang::En, _) => "me",
        (Lang::Ko, Voice::Formal) => "저",
        (Lang::Ko, Voice::Plain) => "나",
    }
}

/// 저 or 나 with a particle: 제가 / 내가 for the subject, 저는 / 나는, 저를 / 나를 …
fn pronoun_with(voice: Voice, which: Particle) -> String {
    let base = match voice {
        Voice::Formal => "저",
        Voice::Plain => "나",
    };
    match (voice, which) {
        (Voice::Formal, Particle::Subject) => "제가".to_owned(),
        (Voice::Plain, Particle::Subject) => "내가".to_owned(),
        _ => with_particle(base, which),
    }
}

/// A month as a person says it: "2025년 3월", or "5월" after a start in the same year;
/// "March 2025", or "May" after a start in the same year.
fn month(date: NaiveDate, after: Option<NaiveDate>, lang: Lang) -> String {
    let same_year = after.is_some_and(|start| start.year() == date.year());
    match (lang, same_year) {
        (Lang::Ko, true) => format!("{}월", date.month()),
        (Lang::Ko, false) => format!("{}년 {}월", date.year(), date.month()),
        (Lang::En, true) => MONTHS_EN[date.month0() as usize].to_owned(),
        (Lang::En, false) => format!("{} {}", MONTHS_EN[date.month0() as usize], date.year()),
    }
}

/// A retro point as the post prints it: one line is a list item, more lines a paragraph,
/// each with the chapter it is about named before its last sentence ends. A first line
/// that ends in a colon reads as a lead-in and is set in bold.
pub fn point(text: &str, chapter: Option<&str>) -> String {
    let text = text.trim();
    let named = |paragraph: &str| match chapter {
        // After a block that ends the point (a code block, a table, a heading), the chapter
        // is a line of its own: in the block it would be code, a cell or the heading.
        Some(label) if ends_in_a_block(paragraph) => format!("{paragraph}\n\n({label})"),
        Some(label) => before_the_end(paragraph, &format!(" ({label})")),
        None => paragraph.to_owned(),
    };
    if !text.contains('\n') {
        return format!("- {}", named(text));
    }
    match text.split_once('\n') {
        Some((first, rest)) if first.trim_end().ends_with(':') && !rest.trim().is_empty() => {
            let lead = first.trim_end().trim_end_matches(':');
            format!("**{lead}**\n\n{}", named(rest.trim_start_matches('\n')))
        }
        _ => named(text),
    }
}

/// Whether the text's last line closes or belongs to a block that text appended to it
/// would break: a fenced or indented code block, a table row, a heading, a thematic break,
/// an HTML block.
fn ends_in_a_block(text: &str) -> bool {
    let last = text.lines().next_back().unwrap_or_default();
    let trimmed = last.trim_start();
    let indent = last.len() - trimmed.len();
    let heading = trimmed
        .trim_start_matches('#')
        .chars()
        .next()
        .is_none_or(char::is_whitespace)
        && trimmed.starts_with('#');
    indent >= 4
        || last.starts_with('\t')
        || heading
        || ["```", "~~~", "|", "<", "---", "***", "___"]
            .iter()
            .any(|start| trimmed.starts_with(start))
}

/// `sentence` with `insert` before its closing punctuation: "벅찼다 (3장)." rather than
/// "벅찼다. (3장)".
fn before_the_end(sentence: &str, insert: &str) -> String {
    let body = sentence.trim_end_matches(['.', '!', '?', '。']);
    let end = &sentence[body.len()..];
    format!("{body}{insert}{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_line_point_is_an_item_naming_its_chapter_before_the_full_stop() {
        assert_eq!(
            point("벅찼다.", Some("3장 저장소")),
            "- 벅찼다 (3장 저장소)."
        );
        assert_eq!(point("좋았다", None), "- 좋았다");
        assert_eq!(
            point("Great!", Some("Chapter 2, Data")),
            "- Great (Chapter 2, Data)!"
        );
    }

    #[test]
    fn a_longer_point_is_a_paragraph_naming_its_chapter_at_its_end() {
        assert_eq!(
            point(
                "현업 이야기를 많이 들었다.\n특히 튜닝 사례가 좋았다.",
                Some("3장")
            ),
            "현업 이야기를 많이 들었다.\n특히 튜닝 사례가 좋았다 (3장)."
        );
        assert_eq!(point("첫 줄\n둘째 줄", None), "첫 줄\n둘째 줄");
    }

    #[test]
    fn a_point_ending_in_a_block_names_its_chapter_on_a_line_after_it() {
        assert_eq!(
            point("코드 예시:\n\n```rust\nfn main() {}\n```", Some("1장 하나")),
            "**코드 예시**\n\n```rust\nfn main() {}\n```\n\n(1장 하나)"
        );
        assert_eq!(
            point("| a | b |\n|---|---|\n| 1 | 2 |", Some("2장")),
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n(2장)"
        );
        assert_eq!(
            point("예시\n\n    let x = 1;", Some("3장")),
            "예시\n\n    let x = 1;\n\n(3장)"
        );
        // A sentence that only mentions a pipe or a hash keeps the chapter at its end.
        assert_eq!(
            point("첫 줄\nC# 예제가 좋았다.", Some("4장")),
            "첫 줄\nC# 예제가 좋았다 (4장)."
        );
        assert_eq!(
            point("첫 줄\n#회고 좋았다", Some("5장")),
            "첫 줄\n#회고 좋았다 (5장)"
        );
        assert_eq!(
            point("첫 줄\n## 정리", Some("6장")),
            "첫 줄\n## 정리\n\n(6장)"
        );
    }

    #[test]
    fn a_first_line_ending_in_a_colon_leads_in_bold() {
        assert_eq!(
            point("룰렛:\n매주 모두 준비해 왔다.", None),
            "**룰렛**\n\n매주 모두 준비해 왔다."
        );
    }

    #[test]
    fn the_writer_takes_irregular_particles() {
        assert_eq!(pronoun_with(Voice::Formal, Particle::Subject), "제가");
        assert_eq!(pronoun_with(Voice::Plain, Particle::Subject), "내가");
        assert_eq!(pronoun_with(Voice::Formal, Particle::Topic), "저는");
        assert_eq!(pronoun_with(Voice::Plain, Particle::Object), "나를");
    }

    #[test]
    fn months_leave_out_a_repeated_year() {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("date");
        assert_eq!(month(d(2025, 3), None, Lang::Ko), "2025년 3월");
        assert_eq!(month(d(2025, 5), Some(d(2025, 3)), Lang::Ko), "5월");
        assert_eq!(month(d(2026, 1), Some(d(2025, 11)), Lang::Ko), "2026년 1월");
        assert_eq!(month(d(2025, 5), Some(d(2025, 3)), Lang::En), "May");
    }
}
