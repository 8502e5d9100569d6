//! The retrospective post, rendered without the command line: snapshots of the example
//! study, front matter that survives real YAML and TOML parsers, and markdown structure.

use chrono::{FixedOffset, NaiveDate};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use studylog::domain::Study;
use studylog::domain::voice::Voice;
use studylog::export::front_matter::{Flavor, FrontMatter};
use studylog::export::interchange;
use studylog::export::post::{self, Lang, PostOptions};

fn example() -> Study {
    let json = std::fs::read_to_string("tests/fixtures/example-study.json").expect("example");
    interchange::parse(&json).expect("valid").remove(0)
}

fn options(lang: Lang, flavor: Flavor) -> PostOptions {
    PostOptions {
        lang,
        voice: Voice::Formal,
        title: None,
        flavor,
        date: NaiveDate::from_ymd_opt(2025, 4, 6).expect("date"),
        offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
        category: "essay".into(),
        draft: true,
        with_notes: false,
        anonymize: false,
        template: None,
        chart: None,
    }
}

const FLAVORS: [(Flavor, &str); 5] = [
    (Flavor::Gatsby, "gatsby"),
    (Flavor::Hugo, "hugo"),
    (Flavor::Jekyll, "jekyll"),
    (Flavor::Zola, "zola"),
    (Flavor::None, "none"),
];

#[test]
fn the_example_post_in_both_languages_and_every_flavour() {
    let study = example();
    for (lang, code) in [(Lang::Ko, "ko"), (Lang::En, "en")] {
        for (flavor, name) in FLAVORS {
            let text = post::render(&study, &options(lang, flavor)).expect("render");
            insta::assert_snapshot!(format!("example_{code}_{name}"), text);
        }
    }
}

/// A Korean study written in 해라체, modelled on a weekly book group that met on Discord.
fn streaming() -> Study {
    let json = std::fs::read_to_string("tests/fixtures/streaming-study-ko.json").expect("fixture");
    interchange::parse(&json).expect("valid").remove(0)
}

#[test]
fn the_example_post_in_each_voice_and_language_with_and_without_notes() {
    let study = example();
    let cases = [
        ("ko_formal", Lang::Ko, Some(Voice::Formal)),
        ("ko_plain", Lang::Ko, Some(Voice::Plain)),
        ("en", Lang::En, None),
    ];
    for (name, lang, voice) in cases {
        for with_notes in [false, true] {
            let opts = PostOptions {
                voice: voice.unwrap_or_default(),
                with_notes,
                ..options(lang, Flavor::Gatsby)
            };
            let text = post::render(&study, &opts).expect("render");
            let notes = if with_notes { "_notes" } else { "" };
            insta::assert_snapshot!(format!("voice_example_{name}{notes}"), text);
        }
    }
}

#[test]
fn a_korean_study_written_in_haera_gets_a_plain_post_in_its_voice() {
    let study = streaming();
    assert_eq!(Voice::of_study(&study), Voice::Plain);
    for (name, lang, voice, with_notes) in [
        ("ko", Lang::Ko, None, true),
        ("ko_formal", Lang::Ko, Some(Voice::Formal), false),
        ("en", Lang::En, None, false),
    ] {
        // No voice chosen: the export takes the writer's own (see `PostOptions::resolve`).
        let opts = PostOptions {
            voice: voice.unwrap_or_else(|| Voice::of_study(&study)),
            with_notes,
            ..options(lang, Flavor::Gatsby)
        };
        let text = post::render(&study, &opts).expect("render");
        if lang == Lang::Ko && voice.is_none() {
            // The writer is 나, never by name, and every generated sentence is 해라체.
            assert!(!text.contains("한지현"), "{text}");
            assert!(text.contains("| 나 |"), "{text}");
            assert!(!text.contains("습니다."), "one voice: {text}");
        }
        insta::assert_snapshot!(format!("streaming_{name}"), text);
    }
}

#[test]
fn the_example_post_with_notes_and_anonymized() {
    let study = example();
    for (lang, code) in [(Lang::Ko, "ko"), (Lang::En, "en")] {
        let opts = PostOptions {
            with_notes: true,
            anonymize: true,
            ..options(lang, Flavor::Gatsby)
        };
        let text = post::render(&study, &opts).expect("render");
        insta::assert_snapshot!(format!("example_{code}_notes_anonymized"), text);
    }
}

#[test]
fn anonymized_posts_name_only_me() {
    let opts = PostOptions {
        anonymize: true,
        with_notes: true,
        ..options(Lang::Ko, Flavor::Gatsby)
    };
    let text = post::render(&example(), &opts).expect("render");
    for name in ["Ana", "Ben", "Dara"] {
        assert!(!text.contains(&format!("| {name} |")), "{name} is named");
        assert!(!text.contains(&format!("{name} 님")), "{name} is named");
    }
    assert!(text.contains("| 멤버 A | 3번 |"), "{text}");
    assert!(text.contains("| 저 | 2번 |"), "the writer is 저: {text}");
}

#[test]
fn sections_without_data_are_left_out() {
    let study = Study::new("빈 스터디", "책 제목");
    let text = post::render(&study, &options(Lang::Ko, Flavor::None)).expect("render");
    for heading in [
        "## 스터디를 시작한 계기",
        "### 일정표",
        "## 좋았던 점",
        "## 마치며",
        "### 숫자로",
    ] {
        assert!(!text.contains(heading), "{heading} printed empty:\n{text}");
    }
    assert!(text.contains("## 함께 읽은 책"));
    assert!(
        !text.contains("\n\n\n"),
        "no gaps where sections were left out"
    );
    assert!(text.ends_with("『책 제목』\n"), "{text:?}");
}

/// Every table in `markdown`, as rows of cell texts.
fn tables(markdown: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let opts = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(markdown, opts) {
        match event {
            Event::Start(Tag::Table(_)) => rows = Vec::new(),
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut cell)),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
            Event::End(TagEnd::Table) => tables.push(std::mem::take(&mut rows)),
            Event::Text(t) | Event::Code(t) => cell.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) => cell.push_str(&t),
            _ => {}
        }
    }
    tables
}

#[test]
fn the_schedule_is_a_commonmark_table_even_with_pipes_in_titles() {
    let mut study = example();
    study.chapters[2].title = "Storage | Retrieval\nand more".into();
    study.chapters[3].presenter = None;
    // Nor did the session that covered it name one.
    for session in &mut study.sessions {
        if session.chapters.contains(&4) {
            session.presenter = None;
        }
    }
    for lang in [Lang::Ko, Lang::En] {
        let text = post::render(&study, &options(lang, Flavor::Gatsby)).expect("render");
        let found = tables(&text);
        assert_eq!(found.len(), 2, "the schedule and the members' numbers");
        let schedule = &found[0];
        assert_eq!(schedule.len(), 13, "a header and 12 chapters");
        assert!(schedule.iter().all(|row| row.len() == 3), "{schedule:?}");
        let label = match lang {
            Lang::Ko => "3장 Storage | Retrieval<br>and more",
            Lang::En => "Chapter 3, Storage | Retrieval<br>and more",
        };
        assert_eq!(schedule[3][1], label);
        assert_eq!(schedule[4][2], "-");
    }
}

#[test]
fn user_text_keeps_its_markdown_outside_the_table() {
    let mut study = example();
    study.retro[0].text = "**발표 추첨** 덕분에 <모두> 준비 | 했다".into();
    let text = post::render(&study, &options(Lang::Ko, Flavor::None)).expect("render");
    assert!(
        text.contains("- **발표 추첨** 덕분에 <모두> 준비 | 했다\n"),
        "{text}"
    );
}

#[test]
fn a_user_template_sees_the_study_and_its_stats() {
    let template = "{{ study.name }}: {{ stats.sessions_held }} sessions, \
        {{ percent(stats.attendance_rate) }}, Ben presented {{ stats.presentations['Ben'] }}, \
        Dara has {{ money(stats.deposit_left['Dara']) }} left, \
        {{ stats.dropouts | length }} dropouts, {{ stats.period.first }} to {{ stats.period.last }}.\n";
    let opts = PostOptions {
        template: Some(template.into()),
        ..options(Lang::En, Flavor::None)
    };
    assert_eq!(
        post::render(&example(), &opts).expect("render"),
        "DDIA reading group: 12 sessions, 97%, Ben presented 3, Dara has 10,000 KRW left, \
         0 dropouts, 2025-01-12 to 2025-03-30.\n"
    );
}

#[test]
fn a_broken_user_template_is_an_error_with_its_line() {
    let opts = PostOptions {
        template: Some("ok\n{% if study.name %}\nno end".into()),
        ..options(Lang::En, Flavor::None)
    };
    let err = post::render(&example(), &opts).expect_err("broken");
    let message = err.to_string();
    assert!(message.contains("expected end of block"), "{message}");
    assert!(message.contains(":3)"), "the line is named: {message}");
}

#[derive(serde::Deserialize)]
struct YamlFront {
    title: String,
    category: Option<String>,
    categories: Option<Vec<String>>,
}

#[derive(serde::Deserialize)]
struct ZolaFront {
    title: String,
    taxonomies: ZolaTaxonomies,
}

#[derive(serde::Deserialize)]
struct ZolaTaxonomies {
    categories: Vec<String>,
}

/// The text between the opening fence line and the next fence line.
fn block<'a>(text: &'a str, fence: &str) -> &'a str {
    let rest = text
        .strip_prefix(&format!("{fence}\n"))
        .expect("opening fence");
    let end = rest.find(&format!("\n{fence}\n")).expect("closing fence");
    &rest[..end]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn front_matter_parses_back_to_the_same_strings(
        title in prop_oneof![
            any::<String>(),
            "[-:\"'#\\\\\n\t {}\\[\\]|>&*!%@`,?가-힣😀]{0,30}",
            Just("---".to_owned()),
            Just("a: b # c".to_owned()),
        ],
        category in "[a-z가-힣 :#\"'\\\\]{1,12}",
    ) {
        let front = FrontMatter {
            title: title.clone(),
            date: NaiveDate::from_ymd_opt(2025, 4, 6).expect("date"),
            offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
            category: category.clone(),
            draft: true,
        };
        for flavor in [Flavor::Gatsby, Flavor::Hugo, Flavor::Jekyll] {
            let text = front.render(flavor);
            let parsed: YamlFront = serde_saphyr::from_str(block(&text, "---"))
                .map_err(|e| TestCaseError::fail(format!("{flavor:?}: {e}\n{text}")))?;
            prop_assert_eq!(&parsed.title, &title);
            let categories = parsed.categories.unwrap_or_else(|| parsed.category.into_iter().collect());
            prop_assert_eq!(categories, vec![category.clone()]);
        }
        let text = front.render(Flavor::Zola);
        let parsed: ZolaFront = toml::from_str(block(&text, "+++"))
            .map_err(|e| TestCaseError::fail(format!("zola: {e}\n{text}")))?;
        prop_assert_eq!(&parsed.title, &title);
        prop_assert_eq!(parsed.taxonomies.categories, vec![category]);
    }
}

#[test]
fn a_study_still_running_is_told_in_the_present_from_its_start() {
    let mut study = example();
    study.status = studylog::domain::StudyStatus::Active;
    let ko = post::render(&study, &options(Lang::Ko, Flavor::None)).expect("render");
    assert!(
        ko.contains("2025년 1월부터 DDIA reading group을 하고 있습니다."),
        "{ko}"
    );
    assert!(ko.contains("지금까지 12번 모였습니다."), "{ko}");
    assert!(!ko.contains('「'), "no corner brackets: {ko}");
    let en = post::render(&study, &options(Lang::En, Flavor::None)).expect("render");
    assert!(
        en.starts_with("Since January 2025, I have been reading"),
        "{en}"
    );
    assert!(en.contains("We have met 12 times so far"), "{en}");
    assert!(!en.contains("now that the study is over"), "{en}");
}

/// The example with chapter 2 planned for Ana but presented by Chen in its session, and
/// chapter 3 skipped, with no session.
fn example_with_a_substitute_and_a_skip() -> Study {
    let mut study = example();
    study.chapters[1].presenter = Some("Ana".into());
    study.chapters[1].notes = "Relational and document models.".into();
    study.chapters[2].status = studylog::domain::ChapterStatus::Skipped;
    study.sessions.retain(|s| s.chapters != [3]);
    study
}

#[test]
fn the_schedule_and_the_notes_name_the_one_presenter_and_say_skipped() {
    let study = example_with_a_substitute_and_a_skip();
    for (lang, skipped, by) in [
        (Lang::En, "| skipped | Chapter 3, ", "Presented by Chen."),
        (Lang::Ko, "| 건너뜀 | 3장 ", "Chen 님이 발표했습니다."),
    ] {
        let post = post::render(
            &study,
            &PostOptions {
                with_notes: true,
                ..options(lang, Flavor::None)
            },
        )
        .expect("render");
        let row = post
            .lines()
            .find(|l| l.starts_with("| 2025-01-19 |"))
            .expect("chapter 2's row");
        assert!(row.ends_with("| Chen |"), "{row}");
        let skipped_row = post
            .lines()
            .find(|l| l.starts_with(skipped))
            .unwrap_or_else(|| panic!("no skipped row in {post}"));
        assert!(!skipped_row.contains("Dara"), "{skipped_row}");
        // Chapter 2's section of the notes: from its heading to the next one.
        let notes = post
            .split("\n### ")
            .find(|section| section.contains("Relational and document"))
            .expect("chapter 2's notes");
        assert!(notes.contains(by), "{notes}");
        assert!(
            !notes.contains("Ana"),
            "the plan is not the presenter: {notes}"
        );
    }
}

#[test]
fn a_template_sees_the_language_the_voice_and_the_studys_settings() {
    let mut study = example();
    study.post.title = "DDIA를 마치며".into();
    let opts = PostOptions {
        voice: Voice::Plain,
        title: Some(study.post.title.clone()),
        template: Some("{{ lang }} {{ voice }} {{ study.post.title }}\n".into()),
        ..options(Lang::Ko, Flavor::Gatsby)
    };
    let text = post::render(&study, &opts).expect("render");
    assert!(
        text.starts_with("---\ntitle: \"DDIA를 마치며\"\n"),
        "{text}"
    );
    assert!(text.ends_with("ko plain DDIA를 마치며\n"), "{text}");
}

/// The post's headings, level and text, as a markdown reader finds them.
fn headings(markdown: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level as usize, String::new()))
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = &mut current {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            _ => {}
        }
    }
    found
}

#[test]
fn headings_in_the_writers_text_nest_under_the_posts_own() {
    let mut study = example();
    study.motivation = "# 계기\n회사에서 시작했다.".into();
    study.chapters[0].why = "## 이유\n기초가 된다.".into();
    study.closing = "### 한 줄 정리\n끝.".into();
    let mut with_notes = options(Lang::Ko, Flavor::Gatsby);
    with_notes.with_notes = true;
    let post = post::render(&study, &with_notes).expect("render");
    let found = headings(&post);
    for (level, text) in [(3, "계기"), (4, "이유"), (3, "한 줄 정리")] {
        assert!(
            found.contains(&(level, text.to_owned())),
            "{text} should be a level-{level} heading; the post's headings: {found:?}"
        );
    }
    // The post's own sections stay the only level-2 headings.
    assert!(
        found
            .iter()
            .filter(|(level, _)| *level <= 2)
            .all(|(_, text)| !["계기", "이유", "한 줄 정리"].contains(&text.as_str())),
        "{found:?}"
    );
}
