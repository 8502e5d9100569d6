//! Property: any valid document (Korean, emoji, quotes, newlines in notes) survives
//! import into a journal and export back byte for byte.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use studylog::domain::text::normalize;
use studylog::domain::*;
use studylog::export::interchange;
use studylog::store::{Conflict, Store};

/// Characters people put in a journal, including the awkward ones.
const ALPHABET: &[char] = &[
    'a', 'Z', '7', ' ', '"', '\'', '\\', '|', '*', '<', '#', ':', '-', '/', '{', '}', '가', '힣',
    '스', '터', '디', '発', '表', '🎉', '👩', '\u{200d}', '💻', 'é', '\u{301}', 'ß', '\u{a0}',
];

fn one_line() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..12)
        .prop_map(|chars| normalize(&chars.into_iter().collect::<String>()))
}

fn many_lines() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![4 => prop::sample::select(ALPHABET), 1 => Just('\n'), 1 => Just('\t')],
        0..40,
    )
    .prop_map(|chars| normalize(&chars.into_iter().collect::<String>()))
}

/// A one-line text that is not blank.
fn name() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&['민', 'A', '🎉', '"'][..]),
        one_line(),
    )
        .prop_map(|(first, rest)| normalize(&format!("{first}{rest}")))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2040, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("valid by construction"))
}

fn timestamp() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0i64..2_000_000_000, -12i32..=14).prop_map(|(secs, hours)| {
        FixedOffset::east_opt(hours * 3600)
            .expect("offset in range")
            .timestamp_opt(secs, 0)
            .single()
            .expect("unambiguous")
    })
}

/// Post settings: none at all (the study's JSON has no `post`), or any mix of set and unset.
fn post_settings() -> impl Strategy<Value = PostSettings> {
    let some = (
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        prop::option::of(prop::sample::select(
            studylog::domain::voice::Voice::ALL.to_vec(),
        )),
        one_line(),
        prop::option::of(date()),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(prop::sample::select(Flavor::ALL.to_vec())),
    )
        .prop_map(
            |(lang, voice, title, date, with_notes, charts, front_matter)| PostSettings {
                lang,
                voice,
                title,
                date,
                with_notes,
                charts,
                front_matter,
            },
        );
    prop_oneof![1 => Just(PostSettings::default()), 2 => some]
}

prop_compose! {
    fn study()(
        study_name in name(),
        status in prop::sample::select(StudyStatus::ALL.to_vec()),
        start in prop::option::of(date()),
        length in prop::option::of(0i64..400),
        texts in prop::collection::vec(many_lines(), 5),
        lines in prop::collection::vec(one_line(), 6),
        amounts in (0u64..1_000_000, 0u64..100_000),
        book_title in name(),
        authors in prop::collection::vec(name(), 0..3),
        pages in prop::option::of(1u32..3000),
        member_names in prop::collection::vec(name(), 0..5),
        me in any::<prop::sample::Index>(),
        has_me in any::<bool>(),
        chapters in prop::collection::vec(
            (name(), prop::option::of(date()), any::<prop::sample::Index>(), any::<bool>(),
             prop::sample::select(ChapterStatus::ALL.to_vec()), many_lines(), many_lines(),
             prop::collection::vec((one_line(), name()), 0..2)),
            0..6),
        sessions in prop::collection::vec(
            (date(), prop::collection::vec(any::<prop::sample::Index>(), 0..3),
             any::<prop::sample::Index>(), any::<bool>(),
             prop::collection::vec(prop::sample::select(AttendanceStatus::ALL.to_vec()), 0..5),
             many_lines()),
            0..4),
        retro in prop::collection::vec(
            (prop::sample::select(RetroKind::ALL.to_vec()), name(), many_lines(),
             any::<prop::sample::Index>(), any::<bool>()),
            0..5),
        draws in prop::collection::vec(
            (timestamp(), any::<prop::sample::Index>(), any::<bool>(), any::<prop::sample::Index>()),
            0..3),
        post in post_settings(),
    ) -> Study {
        let mut s = Study::new(study_name, book_title);
        s.post = post;
        s.status = status;
        s.started_on = start;
        s.ended_on = start.zip(length).map(|(d, n)| d + chrono::Duration::days(n));
        s.motivation = texts[0].clone();
        s.how_it_ran = texts[1].clone();
        s.closing = texts[2].clone();
        s.book.summary = texts[3].clone();
        s.next.note = texts[4].clone();
        s.cadence = lines[0].clone();
        s.venue = lines[1].clone();
        s.deposit = Deposit { amount: amounts.0, currency: lines[2].clone(), penalty: amounts.1 };
        s.book.authors = authors;
        s.book.pages = pages;
        s.book.publisher = lines[3].clone();
        s.book.url = lines[4].clone();
        s.next.title = lines[5].clone();
        // Unique member names: a numbered prefix keeps arbitrary suffixes apart.
        s.members = member_names.iter().enumerate()
            .map(|(i, n)| Member { name: normalize(&format!("{i}{n}")), me: false })
            .collect();
        if has_me && !s.members.is_empty() {
            let i = me.index(s.members.len());
            s.members[i].me = true;
        }
        let names: Vec<String> = s.members.iter().map(|m| m.name.clone()).collect();
        let pick = |i: &prop::sample::Index, some: bool| {
            (some && !names.is_empty()).then(|| names[i.index(names.len())].clone())
        };
        // Chapter numbers unique but not in order, to check that order is kept.
        let count = chapters.len() as u32;
        for (k, (title, when, who, has, st, why, notes, links)) in chapters.into_iter().enumerate() {
            let mut c = Chapter::new((k as u32 * 7 + 3) % (count.max(1) * 2) + 1, title);
            if s.chapters.iter().any(|o| o.number == c.number) { continue; }
            c.scheduled_on = when;
            c.presenter = pick(&who, has);
            c.status = st;
            c.why = why;
            c.notes = notes;
            c.links = links.into_iter().map(|(title, url)| Link { title, url }).collect();
            s.chapters.push(c);
        }
        let numbers: Vec<u32> = s.chapters.iter().map(|c| c.number).collect();
        let chapter = |i: &prop::sample::Index, some: bool| {
            (some && !numbers.is_empty()).then(|| numbers[i.index(numbers.len())])
        };
        for (held_on, picks, who, has, statuses, notes) in sessions {
            let mut chosen: Vec<u32> = Vec::new();
            for p in &picks {
                if let Some(n) = chapter(p, true) && !chosen.contains(&n) { chosen.push(n); }
            }
            s.sessions.push(Session {
                held_on,
                chapters: chosen,
                presenter: pick(&who, has),
                attendance: names.iter().zip(statuses)
                    .map(|(m, status)| Attendance { member: m.clone(), status })
                    .collect(),
                notes,
            });
        }
        for (kind, first, rest, ch, has) in retro {
            s.retro.push(RetroPoint { kind, text: normalize(&format!("{first}{rest}")), chapter: chapter(&ch, has) });
        }
        if !names.is_empty() {
            for (drawn_at, ch, has, winner) in draws {
                s.draws.push(Draw {
                    drawn_at,
                    chapter: chapter(&ch, has),
                    candidates: names.clone(),
                    chosen: names[winner.index(names.len())].clone(),
                });
            }
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_document_survives_import_then_export(studies in prop::collection::vec(study(), 1..3)) {
        // Study names must differ across the document.
        let studies: Vec<Study> = studies.into_iter().enumerate()
            .map(|(i, s)| Study { name: normalize(&format!("{i} {}", s.name)), ..s })
            .collect();
        for s in &studies {
            prop_assert!(validate_study(s).is_empty(), "generator made an invalid study: {:?}", validate_study(s));
        }
        let written = interchange::to_json(&studies);
        let parsed = interchange::parse(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&parsed, &studies);

        let mut store = Store::open_in_memory().expect("journal");
        store.import(&parsed, Conflict::Refuse).expect("import");
        let loaded: Vec<Study> = store.study_names().expect("names").into_iter()
            .map(|(id, _)| store.load_study(id).expect("load"))
            .collect();
        prop_assert_eq!(interchange::to_json(&loaded), written);
    }
}

#[test]
fn a_study_without_settings_has_no_post_key_and_one_with_them_writes_every_field() {
    let plain = Study::new("스터디", "책");
    let json = interchange::to_json(std::slice::from_ref(&plain));
    assert!(!json.contains("\"post\""), "{json}");
    assert_eq!(
        interchange::parse(&json).expect("parse"),
        vec![plain.clone()]
    );

    let with = Study {
        post: PostSettings {
            voice: Some(studylog::domain::voice::Voice::Plain),
            ..PostSettings::default()
        },
        ..plain
    };
    let json = interchange::to_json(std::slice::from_ref(&with));
    assert!(
        json.contains(
            "\"post\": {\n        \"lang\": null,\n        \"voice\": \"plain\",\n        \"title\": \"\",\n        \"date\": null,\n        \"with_notes\": false,\n        \"charts\": false,\n        \"front_matter\": null\n      }"
        ),
        "{json}"
    );
    assert_eq!(interchange::parse(&json).expect("parse"), vec![with]);
}

#[test]
fn an_unknown_key_in_the_post_settings_is_named_with_its_path() {
    let json = r#"{"format": "studylog", "version": 1, "studies": [
        {"name": "s", "book": {"title": "b"}, "post": {"lang": "ko", "titel": "x"}}]}"#;
    let err = interchange::parse(json).expect_err("refused").to_string();
    assert!(err.contains("studies[0].post.titel"), "{err}");
    let json = r#"{"format": "studylog", "version": 1, "studies": [
        {"name": "s", "book": {"title": "b"}, "post": {"voice": "casual"}}]}"#;
    let err = interchange::parse(json).expect_err("refused").to_string();
    assert!(err.contains("studies[0].post.voice"), "{err}");
}
