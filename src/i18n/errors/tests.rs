//! Every error and problem has a Korean sentence that is not the English one and names the
//! same values; the English sentence from the catalog is the error's own `Display`. A new
//! variant does not compile until it has an arm in the `*_variant` functions below, and the
//! tests fail until it has a sample.

use std::collections::BTreeSet;
use std::io;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::*;

/// A value a sentence must name, as English writes it and as Korean does.
type Value = (&'static str, &'static str);

/// The same in both languages.
fn both(value: &'static str) -> Value {
    (value, value)
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('가'..='힣').contains(&c))
}

/// Checks one sentence pair: English is `display`, Korean differs, is Korean, and both name
/// `values`.
fn check(what: &str, english: &str, korean: &str, display: &str, values: &[Value]) {
    assert_eq!(english, display, "{what}: English differs from the Display");
    assert_ne!(korean, english, "{what}: no Korean sentence");
    assert!(has_hangul(korean), "{what}: not Korean: {korean}");
    for (en, ko) in values {
        assert!(
            english.contains(en),
            "{what}: {en:?} missing in {english:?}"
        );
        assert!(korean.contains(ko), "{what}: {ko:?} missing in {korean:?}");
    }
}

fn assert_covers(found: impl IntoIterator<Item = usize>, count: usize, what: &str) {
    let found: BTreeSet<usize> = found.into_iter().collect();
    let every: BTreeSet<usize> = (0..count).collect();
    assert_eq!(found, every, "a {what} variant has no sample");
}

/// A real system error (EACCES): English keeps the system's words, Korean says them in
/// Korean with the system's code.
fn io_error() -> io::Error {
    io::Error::from_raw_os_error(13)
}

/// How each language names [`io_error`].
const OS: Value = (
    "Permission denied (os error 13)",
    "권한이 없어요 (os error 13)",
);

fn store_variant(error: &StoreError) -> usize {
    match error {
        StoreError::Missing => 0,
        StoreError::Empty => 1,
        StoreError::Folder(_) => 2,
        StoreError::Unreachable(_) => 3,
        StoreError::NotADatabase => 4,
        StoreError::NotAJournal => 5,
        StoreError::NewerSchema { .. } => 6,
        StoreError::Locked => 7,
        StoreError::ReadOnly => 8,
        StoreError::ChangedSince => 9,
        StoreError::StudiesExist { .. } => 10,
        StoreError::Invalid { .. } => 11,
        StoreError::Create(_) => 12,
        StoreError::AppearedMeanwhile => 13,
        StoreError::CreateFolder { .. } => 14,
        StoreError::Backup { .. } => 15,
        StoreError::Unreadable(_) => 16,
        StoreError::TargetInUse(_) => 17,
        StoreError::Sqlite(_) => 18,
        StoreError::Gone => 19,
    }
}
const STORE_VARIANTS: usize = 20;

fn store_errors() -> Vec<(StoreError, Vec<Value>)> {
    vec![
        (StoreError::Missing, vec![both("`studylog import FILE`")]),
        (StoreError::Empty, vec![both("`studylog`")]),
        (
            StoreError::Folder(PathBuf::from("/home/me/notes")),
            vec![both("/home/me/notes/studylog.db"), both("--db")],
        ),
        (StoreError::Unreachable(io_error()), vec![OS]),
        (StoreError::NotADatabase, vec![both("STUDYLOG_DB")]),
        (StoreError::NotAJournal, vec![both("--db")]),
        (
            StoreError::NewerSchema {
                found: 9,
                supported: 4,
            },
            vec![both("9"), both("4")],
        ),
        (StoreError::Locked, vec![both("studylog")]),
        (StoreError::ReadOnly, vec![]),
        (StoreError::ChangedSince, vec![both("`studylog draw`")]),
        (StoreError::Gone, vec![both("`studylog draw`")]),
        (
            StoreError::StudiesExist {
                names: vec!["DDIA".into(), "러스트 스터디".into()],
            },
            vec![both("\"DDIA\", \"러스트 스터디\"")],
        ),
        (
            StoreError::Invalid {
                problems: vec![
                    Problem::new(
                        "presenter",
                        ProblemKind::NoMember {
                            name: "정민재".into(),
                        },
                    ),
                    Problem::new("chapters", ProblemKind::NoChapter { number: 12 }),
                ],
            },
            vec![
                both("presenter: "),
                both("\"정민재\""),
                both("\nchapters: "),
                both("12"),
            ],
        ),
        (StoreError::Create(io_error()), vec![OS]),
        (StoreError::AppearedMeanwhile, vec![]),
        (
            StoreError::CreateFolder {
                path: PathBuf::from("/data/studylog"),
                source: io_error(),
            },
            vec![both("/data/studylog"), OS],
        ),
        (
            StoreError::Backup {
                path: PathBuf::from("/backup/j.db"),
                detail: "disk I/O error".into(),
            },
            vec![both("/backup/j.db"), both("disk I/O error")],
        ),
        (
            StoreError::Unreadable(Unreadable {
                study: "\"DDIA\"".into(),
                table: "chapter",
                row: 7,
                column: "title".into(),
                detail: "not UTF-8 text (invalid utf-8 sequence)".into(),
            }),
            vec![
                both("\"DDIA\""),
                both("chapter"),
                both("7"),
                both("title"),
                both("not UTF-8 text (invalid utf-8 sequence)"),
                both("`studylog check`"),
            ],
        ),
        (
            StoreError::TargetInUse(PathBuf::from("/backup/j.db")),
            vec![both("/backup/j.db"), both("/backup/j.db-wal")],
        ),
        (
            StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows),
            vec![both("Query returned no rows")],
        ),
    ]
}

#[test]
fn every_store_error_has_a_korean_sentence_with_its_values() {
    let samples = store_errors();
    assert_covers(
        samples.iter().map(|(e, _)| store_variant(e)),
        STORE_VARIANTS,
        "StoreError",
    );
    for (error, values) in &samples {
        check(
            &format!("{error:?}"),
            &store_error(Tr::EN, error),
            &store_error(Tr::KO, error),
            &error.to_string(),
            values,
        );
    }
}

fn problem_variant(kind: &ProblemKind) -> usize {
    match kind {
        ProblemKind::Empty(_) => 0,
        ProblemKind::EndsBeforeStart { .. } => 1,
        ProblemKind::TooLarge { .. } => 2,
        ProblemKind::ForbiddenChar { .. } => 3,
        ProblemKind::MemberTwice { .. } => 4,
        ProblemKind::MeTwice { .. } => 5,
        ProblemKind::ChapterZero => 6,
        ProblemKind::ChapterTwice { .. } => 7,
        ProblemKind::ChapterTwiceInSession { .. } => 8,
        ProblemKind::AttendanceTwice { .. } => 9,
        ProblemKind::CandidateTwice { .. } => 10,
        ProblemKind::ChosenNotCandidate { .. } => 11,
        ProblemKind::NoMemberInStudy { .. } => 12,
        ProblemKind::NoChapterInStudy { .. } => 13,
        ProblemKind::NoMember { .. } => 14,
        ProblemKind::NoChapter { .. } => 15,
        ProblemKind::ChapterNumberTaken { .. } => 16,
        ProblemKind::StudyNameTaken { .. } => 17,
        ProblemKind::MemberNameTaken { .. } => 18,
        ProblemKind::StudyNameTwice { .. } => 19,
        ProblemKind::KeyTwice { .. } => 20,
        ProblemKind::UnknownField { .. } => 21,
        ProblemKind::UnknownVariant { .. } => 22,
        ProblemKind::MissingField { .. } => 23,
        ProblemKind::NotADate { .. } => 24,
        ProblemKind::NotATimestamp { .. } => 25,
        ProblemKind::NullRequired => 26,
        ProblemKind::OutOfRange { .. } => 27,
        ProblemKind::Misfit { .. } => 28,
    }
}
const PROBLEM_VARIANTS: usize = 29;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn problems() -> Vec<(ProblemKind, Vec<Value>)> {
    let mut samples: Vec<(ProblemKind, Vec<Value>)> = Required::ALL
        .into_iter()
        .map(|what| (ProblemKind::Empty(what), vec![]))
        .collect();
    samples.extend([
        (
            ProblemKind::EndsBeforeStart {
                start: date(2025, 3, 1),
                end: date(2025, 2, 1),
            },
            vec![("2025-03-01", "2025. 3. 1."), ("2025-02-01", "2025. 2. 1.")],
        ),
        (
            ProblemKind::TooLarge {
                amount: 9_223_372_036_854_775_808,
            },
            vec![both("9223372036854775808"), both("9223372036854775807")],
        ),
        (
            ProblemKind::ForbiddenChar {
                found: '\n',
                lines: Lines::One,
            },
            vec![],
        ),
        (
            ProblemKind::ForbiddenChar {
                found: '\t',
                lines: Lines::One,
            },
            vec![],
        ),
        (
            ProblemKind::ForbiddenChar {
                found: '\u{7}',
                lines: Lines::Many,
            },
            vec![both("U+0007")],
        ),
        (
            ProblemKind::MemberTwice {
                name: "민지".into(),
            },
            vec![both("\"민지\"")],
        ),
        (
            ProblemKind::MeTwice {
                first: "Ana".into(),
            },
            vec![both("\"Ana\"")],
        ),
        (ProblemKind::ChapterZero, vec![both("1")]),
        (ProblemKind::ChapterTwice { number: 3 }, vec![both("3")]),
        (
            ProblemKind::ChapterTwiceInSession { number: 14 },
            vec![both("14")],
        ),
        (
            ProblemKind::AttendanceTwice {
                member: "Bo".into(),
            },
            vec![both("\"Bo\"")],
        ),
        (
            ProblemKind::CandidateTwice {
                name: "김서연".into(),
            },
            vec![both("\"김서연\"")],
        ),
        (
            ProblemKind::ChosenNotCandidate { name: "Bo".into() },
            vec![both("\"Bo\"")],
        ),
        (
            ProblemKind::NoMemberInStudy {
                name: "Zed".into(),
                study: "DDIA 스터디".into(),
            },
            vec![both("\"Zed\""), both("\"DDIA 스터디\"")],
        ),
        (
            ProblemKind::NoChapterInStudy {
                number: 7,
                study: "DDIA".into(),
            },
            vec![both("7"), both("\"DDIA\"")],
        ),
        (
            ProblemKind::NoMember {
                name: "정민재".into(),
            },
            vec![both("\"정민재\"")],
        ),
        (ProblemKind::NoChapter { number: 12 }, vec![both("12")]),
        (
            ProblemKind::ChapterNumberTaken { number: 5 },
            vec![both("5")],
        ),
        (
            ProblemKind::StudyNameTaken {
                name: "Kafka".into(),
            },
            vec![both("\"Kafka\"")],
        ),
        (
            ProblemKind::MemberNameTaken {
                name: "민지".into(),
            },
            vec![both("\"민지\"")],
        ),
        (
            ProblemKind::StudyNameTwice {
                name: "DDIA".into(),
                first: 0,
            },
            vec![both("\"DDIA\""), both("studies[0]")],
        ),
        (
            ProblemKind::KeyTwice {
                key: "\"title\"".into(),
                line: 12,
                column: 9,
            },
            vec![both("\"title\""), both("12"), both("9")],
        ),
        (
            ProblemKind::UnknownField {
                field: "titel".into(),
                expected: "one of `title`, `authors`".into(),
            },
            vec![both("`titel`"), both("`title`, `authors`")],
        ),
        (
            ProblemKind::UnknownVariant {
                value: "ongoing".into(),
                expected: "one of `planned`, `active`, `finished`".into(),
            },
            vec![both("`ongoing`"), both("`planned`, `active`, `finished`")],
        ),
        (
            ProblemKind::MissingField {
                field: "name".into(),
            },
            vec![both("`name`")],
        ),
        (
            ProblemKind::NotADate {
                value: "\"2025/01/12\"".into(),
            },
            vec![both("\"2025/01/12\""), both("YYYY-MM-DD")],
        ),
        (
            ProblemKind::NotATimestamp {
                value: "\"yesterday\"".into(),
            },
            vec![both("\"yesterday\""), both("RFC 3339")],
        ),
        (ProblemKind::NullRequired, vec![both("null")]),
        (
            ProblemKind::OutOfRange { value: "-3".into() },
            vec![both("-3"), both("0")],
        ),
        (
            ProblemKind::Misfit {
                message: "invalid type: string \"x\", expected u32".into(),
            },
            vec![both("invalid type: string \"x\", expected u32")],
        ),
    ]);
    samples
}

#[test]
fn every_problem_has_a_korean_sentence_with_its_values() {
    let samples = problems();
    assert_covers(
        samples.iter().map(|(kind, _)| problem_variant(kind)),
        PROBLEM_VARIANTS,
        "ProblemKind",
    );
    for (kind, values) in samples {
        let p = Problem::new("chapters[0].title", kind);
        check(
            &format!("{:?}", p.kind),
            &problem(Tr::EN, &p),
            &problem(Tr::KO, &p),
            &p.message(),
            &values,
        );
    }
}

#[test]
fn each_required_text_has_its_own_korean_name() {
    let names: BTreeSet<String> = Required::ALL
        .into_iter()
        .map(|what| problem_kind(Tr::KO, &ProblemKind::Empty(what)))
        .collect();
    assert_eq!(names.len(), Required::ALL.len());
    assert_eq!(
        problem_kind(Tr::KO, &ProblemKind::Empty(Required::StudyName)),
        "스터디 이름은 비워 둘 수 없어요."
    );
    assert_eq!(
        problem_kind(Tr::KO, &ProblemKind::Empty(Required::LinkUrl)),
        "링크 주소는 비워 둘 수 없어요."
    );
}

#[test]
fn korean_names_take_the_particle_their_sound_asks_for() {
    let twice = |name: &str| {
        problem_kind(
            Tr::KO,
            &ProblemKind::MemberTwice {
                name: name.to_owned(),
            },
        )
    };
    assert!(
        twice("민지").starts_with("\"민지\"가 두 번"),
        "{}",
        twice("민지")
    );
    assert!(
        twice("정민").starts_with("\"정민\"이 두 번"),
        "{}",
        twice("정민")
    );
    let unknown = problem_kind(
        Tr::KO,
        &ProblemKind::UnknownField {
            field: "titel".into(),
            expected: "`title` or `authors`".into(),
        },
    );
    assert_eq!(
        unknown,
        "`titel` 키는 쓸 수 없어요 (쓸 수 있는 키: `title`, `authors`)."
    );
}

fn write_variant(error: &WriteError) -> usize {
    match error {
        WriteError::Exists(_) => 0,
        WriteError::NotAFile(_) => 1,
        WriteError::NoFolder(_) => 2,
        WriteError::Io { .. } => 3,
    }
}

#[test]
fn every_write_error_has_a_korean_sentence_with_its_values() {
    let path = || PathBuf::from("/tmp/out/post.md");
    let samples = [
        (
            WriteError::Exists(path()),
            vec![both("/tmp/out/post.md"), both("--force")],
        ),
        (WriteError::NotAFile(path()), vec![both("/tmp/out/post.md")]),
        (
            WriteError::NoFolder(PathBuf::from("/tmp/out")),
            vec![both("/tmp/out")],
        ),
        (
            WriteError::Io {
                path: path(),
                source: io_error(),
            },
            vec![both("/tmp/out/post.md"), OS],
        ),
    ];
    assert_covers(
        samples.iter().map(|(e, _)| write_variant(e)),
        4,
        "WriteError",
    );
    for (error, values) in &samples {
        check(
            &format!("{error:?}"),
            &write_error(Tr::EN, error),
            &write_error(Tr::KO, error),
            &error.to_string(),
            values,
        );
    }
    assert_eq!(
        write_error(Tr::KO, &WriteError::Exists(path())),
        "/tmp/out/post.md가 이미 있어요. 덮어쓰려면 --force를 붙여 주세요."
    );
}

fn draw_variant(error: &DrawError) -> usize {
    match error {
        DrawError::NoMembers => 0,
        DrawError::EveryoneExcluded => 1,
        DrawError::UnknownMember(_) => 2,
        DrawError::UnknownChapter(_) => 3,
        DrawError::AlreadyPresented { .. } => 4,
        DrawError::Skipped(_) => 5,
    }
}

#[test]
fn every_draw_error_has_a_korean_sentence_with_its_values() {
    let samples = [
        (DrawError::NoMembers, vec![]),
        (DrawError::EveryoneExcluded, vec![]),
        (
            DrawError::UnknownMember("Zed".into()),
            vec![both("\"Zed\"")],
        ),
        (DrawError::UnknownChapter(9), vec![both("9")]),
        (
            DrawError::AlreadyPresented {
                number: 4,
                held_on: date(2025, 1, 26),
            },
            vec![both("4"), ("2025-01-26", "2025. 1. 26.")],
        ),
        (DrawError::Skipped(6), vec![both("6")]),
    ];
    assert_covers(samples.iter().map(|(e, _)| draw_variant(e)), 6, "DrawError");
    for (error, values) in &samples {
        check(
            &format!("{error:?}"),
            &draw_error(Tr::EN, error),
            &draw_error(Tr::KO, error),
            &error.to_string(),
            values,
        );
    }
}

#[test]
fn config_errors_keep_the_toml_readers_words() {
    let path = PathBuf::from("/home/me/.config/studylog/config.toml");
    let invalid = ConfigError::Invalid {
        path: path.clone(),
        message: "unknown field `langu`, expected one of `lang`, `ui_lang`\n".into(),
    };
    let read = ConfigError::Read {
        path,
        source: io_error(),
    };
    let samples = [
        (
            invalid,
            vec![
                both("/home/me/.config/studylog/config.toml"),
                both("unknown field `langu`"),
            ],
        ),
        (
            read,
            vec![both("/home/me/.config/studylog/config.toml"), OS],
        ),
    ];
    for (error, values) in &samples {
        check(
            &format!("{error:?}"),
            &config_error(Tr::EN, error),
            &config_error(Tr::KO, error),
            &error.to_string(),
            values,
        );
    }
}

#[test]
fn every_doubt_is_said_in_korean_with_its_dates_as_korean_writes_them() {
    let day = date(2025, 3, 1);
    let start = date(2025, 3, 2);
    let samples = [
        (
            Doubt::BeforeStart { date: day, start },
            "날짜(2025. 3. 1.)가 스터디 시작일(2025. 3. 2.)보다 앞서요",
        ),
        (
            Doubt::AfterEnd {
                date: start,
                end: day,
            },
            "날짜(2025. 3. 2.)가 스터디 종료일(2025. 3. 1.)보다 뒤예요",
        ),
        (
            Doubt::SameDay { date: day },
            "2025. 3. 1.에 다른 모임도 있어요",
        ),
        (
            Doubt::CoveredTwice {
                number: 3,
                sessions: 2,
            },
            "3장을 모임 2개에서 다뤘어요",
        ),
    ];
    for (kind, korean) in &samples {
        assert_eq!(doubt(Tr::KO, kind), *korean);
        assert_eq!(doubt(Tr::EN, kind), kind.to_string());
    }
}

#[test]
fn common_system_errors_are_said_in_korean_with_their_code() {
    let not_found = io::Error::from_raw_os_error(2);
    assert_eq!(io_error_of(Tr::EN, &not_found), not_found.to_string());
    assert_eq!(
        io_error_of(Tr::KO, &not_found),
        "파일이나 폴더가 없어요 (os error 2)"
    );
    // A kind studylog has no words for keeps the system's.
    let other = io::Error::other("disk on fire");
    assert_eq!(io_error_of(Tr::KO, &other), "disk on fire");
}

fn io_error_of(tr: Tr, error: &io::Error) -> String {
    super::io_error(tr, error)
}
