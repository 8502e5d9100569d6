//! Property: an anonymized post, in either language, names no member but the writer, for
//! any member names and any free text that mentions them.
//!
//! What counts as naming a member, and so what names are generated:
//! - Names have at least two characters, all Hangul or all Latin as people's names are, and
//!   start and end with a letter, with spaces or `.`, `-`, `'` inside. One-character names are replaced only as words of
//!   their own (see `export/anonymize/prose.rs`): a lone "이" is a particle, not a person.
//! - A name's Latin edge must be a word's edge: "Ana" inside "Banana" is another word. The
//!   anonymizer matches the same way, and so does the check below.
//! - Latin letters are drawn from ones that are neither the labels' letters (A to E) nor
//!   likely to spell a word of the templates, and Hangul from syllables no template uses,
//!   so a leftover name can only come from the writer's text. Markdown's special characters
//!   are left out of names: escaping them (another concern) would hide a name from the check.
//! - Where a member's name is inside the writer's ("민재" in "정민재"), the writer's name is
//!   kept and such an occurrence is not a leak.

use chrono::{FixedOffset, NaiveDate};
use proptest::prelude::*;
use studylog::domain::voice::Voice;
use studylog::domain::*;
use studylog::export::front_matter::Flavor;
use studylog::export::post::{self, Lang, PostOptions};

/// Vowel, consonant and ㄹ endings, so that every particle form is exercised.
const SYLLABLES: &[char] = &['뀨', '햏', '똠', '쀍', '꿻', '퓽', '쭐', '뙇'];
const LATIN: &[char] = &['x', 'q', 'z', 'k', 'j', 'w', 'Q', 'X', 'Z', 'J', 'K', 'W'];
const INSIDE: &[char] = &[' ', '.', '-', '\''];
/// What surrounds a name in the writer's text: particles, suffixes, words, markdown.
const FILLER: &[&str] = &[
    " ",
    "\n",
    ". ",
    "은 ",
    "는 ",
    "이 ",
    "가 ",
    "을 ",
    "를 ",
    "과 ",
    "와 ",
    "으로 ",
    "로 ",
    "이가 ",
    "이는 ",
    "님",
    "씨는 ",
    "이다",
    "랑 ",
    "아, ",
    "의 ",
    "'s ",
    "s",
    "a",
    "Z",
    "**",
    "# ",
    "- ",
    "발표했다",
    "스터디",
    "책",
    "x",
];

/// A name in one script, as people's names are: all Hangul ("정민재") or all Latin ("Ana
/// Kim"). Names mixing the two inside a word ("민Z") are not people's names, and their
/// word edges are ambiguous for any matcher.
fn name() -> impl Strategy<Value = String> {
    let in_script = |letters: &'static [char]| {
        let letter = prop::sample::select(letters);
        (
            letter.clone(),
            prop::collection::vec(
                prop_oneof![3 => letter.clone(), 1 => prop::sample::select(INSIDE)],
                0..3,
            ),
            letter,
        )
            .prop_map(|(first, middle, last)| {
                std::iter::once(first)
                    .chain(middle)
                    .chain(std::iter::once(last))
                    .collect::<String>()
            })
    };
    prop_oneof![in_script(SYLLABLES), in_script(LATIN)]
}

/// Free text: filler and names, `names` being indexes into the study's members.
fn text(members: usize) -> impl Strategy<Value = Vec<Result<usize, &'static str>>> {
    prop::collection::vec(
        prop_oneof![
            1 => (0..members).prop_map(Ok),
            1 => prop::sample::select(FILLER).prop_map(Err),
        ],
        0..10,
    )
}

/// The text the parts spell, with ", " between two names that would otherwise run
/// together: "꿻'똠꿻'똠" holds a third name, "똠꿻", that nobody wrote, which no
/// anonymizer can tell from one that somebody did.
fn write(parts: &[Result<usize, &'static str>], names: &[String]) -> String {
    let mut text = String::new();
    let mut after_name = false;
    for part in parts {
        match part {
            Ok(i) => {
                if after_name {
                    text.push_str(", ");
                }
                text.push_str(&names[*i]);
                after_name = true;
            }
            Err(filler) => {
                text.push_str(filler);
                after_name = false;
            }
        }
    }
    text
}

/// Whether `name` occurs in `text` as a name: its Latin edges at a word's edges.
fn is_named(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() && u32::from(c) < 0x1100;
    let first_is_word = name.chars().next().is_some_and(word);
    let last_is_word = name.chars().last().is_some_and(word);
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        let glued_left = first_is_word && before.is_some_and(word);
        let glued_right = last_is_word && after.is_some_and(word);
        !glued_left && !glued_right
    })
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, day).expect("date")
}

prop_compose! {
    fn study_and_names()(count in 1usize..5)(
        member_names in prop::collection::hash_set(name(), count + 1),
        has_writer in any::<bool>(),
        texts in prop::collection::vec(text(count + 1), 16),
    ) -> (Study, Vec<String>, Option<String>) {
        let names: Vec<String> = member_names.into_iter().collect();
        let writer = has_writer.then(|| names[0].clone());
        let t = |i: usize| write(&texts[i], &names);
        let line = |i: usize| t(i).replace('\n', " ");
        let mut s = Study::new(format!("{} 스터디", line(0)), "Designing Data-Intensive Applications");
        s.members = names
            .iter()
            .enumerate()
            .map(|(i, n)| Member { name: n.clone(), me: has_writer && i == 0 })
            .collect();
        s.motivation = t(1);
        s.how_it_ran = t(2);
        s.book.summary = t(3);
        s.closing = t(4);
        s.cadence = line(5);
        s.venue = line(6);
        s.next.title = line(7);
        s.next.note = t(8);
        for (i, member) in names.iter().enumerate().take(2) {
            let mut c = Chapter::new(i as u32 + 1, line(9 + i));
            c.presenter = Some(member.clone());
            c.why = t(11);
            c.notes = t(12);
            c.links.push(Link { title: line(13), url: "https://example.com/a".into() });
            s.chapters.push(c);
        }
        s.sessions.push(Session {
            held_on: date(2),
            chapters: vec![1],
            presenter: Some(names[0].clone()),
            attendance: names
                .iter()
                .map(|n| Attendance { member: n.clone(), status: AttendanceStatus::Present })
                .collect(),
            notes: t(14),
        });
        for kind in [RetroKind::Good, RetroKind::Bad, RetroKind::Try] {
            s.retro.push(RetroPoint { kind, text: t(15), chapter: Some(1) });
        }
        (s, names, writer)
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        // A fixed seed: the same cases on every run, so a CI run is judged on the cases
        // every run before it passed. (16,000 cases under random seeds passed too.)
        rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_204),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn an_anonymized_post_names_only_the_writer((study, names, writer) in study_and_names()) {
        for lang in [Lang::Ko, Lang::En] {
            let options = PostOptions {
                lang,
                voice: Voice::Formal,
                title: None,
                flavor: Flavor::Gatsby,
                date: date(6),
                offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
                category: "essay".into(),
                draft: true,
                with_notes: true,
                anonymize: true,
                template: None,
                chart: None,
            };
            let text = post::render(&study, &options).expect("render");
            let without_writer = match &writer {
                Some(w) => text.replace(w.as_str(), "\u{1}"),
                None => text.clone(),
            };
            for name in names.iter().filter(|n| Some(*n) != writer.as_ref()) {
                let inside_writer = writer.as_ref().is_some_and(|w| w.contains(name.as_str()));
                let seen = if inside_writer { &without_writer } else { &text };
                prop_assert!(!is_named(seen, name), "{name:?} is named in the {lang:?} post:\n{text}");
            }
        }
    }
}

#[test]
fn the_example_post_anonymized_keeps_the_writer_and_fixes_particles() {
    let mut s = Study::new("하준과 지우의 DDIA 스터디", "DDIA");
    for (name, me) in [("정하준", false), ("지우", false), ("은서", true)] {
        s.members.push(Member {
            name: name.into(),
            me,
        });
    }
    s.motivation = "하준이가 먼저 제안했고, 지우는 바로 좋다고 했다. 은서는 나다.".into();
    let options = PostOptions {
        lang: Lang::Ko,
        voice: Voice::Plain,
        title: None,
        flavor: Flavor::None,
        date: date(6),
        offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
        category: "essay".into(),
        draft: true,
        with_notes: false,
        anonymize: true,
        template: None,
        chart: None,
    };
    let text = post::render(&s, &options).expect("render");
    assert!(text.contains("멤버 A와 멤버 B의 DDIA 스터디"), "{text}");
    assert!(
        text.contains("멤버 A가 먼저 제안했고, 멤버 B는 바로 좋다고 했다. 은서는 나다."),
        "{text}"
    );
}
