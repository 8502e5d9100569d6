//! A command's error as the user reads it, in the interface's language, from the catalog;
//! `CliError`'s `Display` is this in English. Details from the operating system, SQLite,
//! serde or the template engine are kept as they come.

use super::CliError;
use crate::domain::text::{quoted, quoted_list};
use crate::export::interchange::{self, Foreign, InterchangeError, JsonKind};
use crate::i18n::errors::{config_error, draw_error, io_error, problem, store_error, write_error};
use crate::i18n::{Msg, Tr};

impl CliError {
    /// The error in `tr`'s language, without the `error: ` before it.
    pub fn describe(&self, tr: Tr) -> String {
        match self {
            CliError::Journal { path, source } => {
                tr.cli_journal(path.display(), store_error(tr, source))
            }
            CliError::ReadInput { path, source } => {
                tr.cli_read_input(path.display(), io_error(tr, source))
            }
            CliError::Interchange { input, source } => {
                tr.cli_not_imported(input.display(), interchange_error(tr, source))
            }
            CliError::StudiesExist { names } => tr.cli_studies_exist(quoted_list(names)),
            CliError::UnknownStudy { query, names } if names.is_empty() => {
                tr.cli_no_match_empty(quoted(query))
            }
            CliError::UnknownStudy { query, names } => {
                tr.cli_no_match(quoted(query), quoted_list(names))
            }
            CliError::AmbiguousStudy { query, names } => {
                tr.cli_ambiguous(quoted(query), quoted_list(names))
            }
            CliError::WhichStudy { names } if names.is_empty() => {
                tr.get(Msg::CliWhichStudyEmpty).to_owned()
            }
            CliError::WhichStudy { names } => tr.cli_which_study(names.len(), quoted_list(names)),
            CliError::Config(e) => config_error(tr, e),
            CliError::Template { path, source } => {
                format!("{}: {}", path.display(), template_error(tr, source))
            }
            CliError::BuiltInTemplate(e) => tr.cli_built_in_template(template_error(tr, e)),
            CliError::Write(e) => write_error(tr, e),
            CliError::ChartsWithoutOutput => tr.get(Msg::CliChartsWithoutOutput).to_owned(),
            CliError::Backup(e) => store_error(tr, e),
            CliError::BackupOntoItself => tr.get(Msg::CliBackupOntoItself).to_owned(),
            CliError::PostOptionWithJson(flag) => tr.cli_post_option_with_json(flag),
            CliError::Draw(e) => draw_error(tr, e),
            CliError::NoSuchChapter(e) => crate::i18n::errors::no_such_chapter(tr, e),
            CliError::NoSuchCommand { query, names } => {
                tr.cli_no_such_command(quoted(query), quoted_list(names))
            }
            CliError::UnknownLang(e) => tr.cli_unknown_lang(format_args!("{:?}", e.value)),
            CliError::Terminal(e) => tr.cli_terminal(io_error(tr, e)),
            CliError::Stdout(e) => tr.cli_stdout(io_error(tr, e)),
        }
    }
}

/// What reading a file failed with: the operating system's words, or studylog's own
/// "not UTF-8 text" in `tr`'s language.
fn template_error(tr: Tr, error: &crate::export::post::TemplateError) -> String {
    tr.cli_template(format_args!("{:#}", error.0))
}

/// Why a document could not be imported.
pub(crate) fn interchange_error(tr: Tr, error: &InterchangeError) -> String {
    match error {
        InterchangeError::Syntax {
            message,
            line,
            column,
        } => tr.cli_interchange_syntax(message, line, column),
        InterchangeError::NotStudylog { found } => {
            let found = match found {
                Foreign::NotAnObject(kind) => {
                    tr.cli_interchange_not_an_object(tr.get(json_kind(*kind)))
                }
                Foreign::OtherFormat(value) => tr.cli_interchange_other_format(value),
                Foreign::NoFormat => tr.get(Msg::CliInterchangeNoFormat).to_owned(),
            };
            tr.cli_interchange_not_studylog(found)
        }
        InterchangeError::NewerVersion { found } => {
            tr.cli_interchange_newer_version(found, interchange::VERSION)
        }
        InterchangeError::BadVersion { found: Some(found) } => {
            tr.cli_interchange_bad_version(found)
        }
        InterchangeError::BadVersion { found: None } => {
            tr.get(Msg::CliInterchangeNoVersion).to_owned()
        }
        InterchangeError::Invalid(problems) => {
            tr.cli_interchange_invalid(interchange::list_problems_with(
                problems,
                |p| problem(tr, p),
                |more| tr.cli_interchange_more_problems(more),
            ))
        }
    }
}

fn json_kind(kind: JsonKind) -> Msg {
    match kind {
        JsonKind::Null => Msg::CliInterchangeKindNull,
        JsonKind::Bool => Msg::CliInterchangeKindBool,
        JsonKind::Number => Msg::CliInterchangeKindNumber,
        JsonKind::String => Msg::CliInterchangeKindString,
        JsonKind::Array => Msg::CliInterchangeKindArray,
        JsonKind::Object => Msg::CliInterchangeKindObject,
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use std::path::PathBuf;

    use super::*;
    use crate::domain::Problem;
    use crate::domain::validate::ProblemKind;

    fn variant(error: &CliError) -> usize {
        match error {
            CliError::Journal { .. } => 0,
            CliError::ReadInput { .. } => 1,
            CliError::Interchange { .. } => 2,
            CliError::StudiesExist { .. } => 3,
            CliError::UnknownStudy { .. } => 4,
            CliError::AmbiguousStudy { .. } => 5,
            CliError::WhichStudy { .. } => 6,
            CliError::Config(_) => 7,
            CliError::Template { .. } => 8,
            CliError::BuiltInTemplate(_) => 9,
            CliError::Write(_) => 10,
            CliError::ChartsWithoutOutput => 11,
            CliError::Backup(_) => 12,
            CliError::BackupOntoItself => 13,
            CliError::PostOptionWithJson(_) => 14,
            CliError::Draw(_) => 15,
            CliError::NoSuchChapter(_) => 16,
            CliError::NoSuchCommand { .. } => 17,
            CliError::UnknownLang(_) => 18,
            CliError::Terminal(_) => 19,
            CliError::Stdout(_) => 20,
        }
    }
    const VARIANTS: usize = 21;

    fn io_error() -> io::Error {
        io::Error::new(io::ErrorKind::BrokenPipe, "Broken pipe (os error 32)")
    }

    fn interchange(source: InterchangeError) -> CliError {
        CliError::Interchange {
            input: PathBuf::from("study.json"),
            source,
        }
    }

    fn template_error() -> crate::export::post::TemplateError {
        crate::export::post::TemplateError(minijinja::Error::new(
            minijinja::ErrorKind::UndefinedError,
            "undefined value",
        ))
    }

    fn samples() -> Vec<CliError> {
        let names = || vec!["DDIA".to_owned(), "러스트 스터디".to_owned()];
        let many: Vec<Problem> = (0..25)
            .map(|i| Problem::new(format!("members[{i}].name"), ProblemKind::ChapterZero))
            .collect();
        vec![
            CliError::Journal {
                path: PathBuf::from("/tmp/j.db"),
                source: crate::store::StoreError::Locked,
            },
            CliError::ReadInput {
                path: PathBuf::from("t.md"),
                source: io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8 text"),
            },
            CliError::ReadInput {
                path: PathBuf::from("t.md"),
                source: io::Error::new(io::ErrorKind::NotFound, "No such file (os error 2)"),
            },
            interchange(InterchangeError::Syntax {
                message: "EOF while parsing an object".into(),
                line: 3,
                column: 1,
            }),
            interchange(InterchangeError::NotStudylog {
                found: Foreign::NotAnObject(JsonKind::Array),
            }),
            interchange(InterchangeError::NotStudylog {
                found: Foreign::OtherFormat("\"notes\"".into()),
            }),
            interchange(InterchangeError::NotStudylog {
                found: Foreign::NoFormat,
            }),
            interchange(InterchangeError::NewerVersion { found: 3 }),
            interchange(InterchangeError::BadVersion {
                found: Some("0".into()),
            }),
            interchange(InterchangeError::BadVersion { found: None }),
            interchange(InterchangeError::Invalid(many)),
            CliError::StudiesExist { names: names() },
            CliError::UnknownStudy {
                query: "kafka".into(),
                names: names(),
            },
            CliError::UnknownStudy {
                query: "kafka".into(),
                names: vec![],
            },
            CliError::AmbiguousStudy {
                query: "D".into(),
                names: names(),
            },
            CliError::WhichStudy { names: names() },
            CliError::WhichStudy { names: vec![] },
            CliError::Config(crate::config::ConfigError::Invalid {
                path: PathBuf::from("c.toml"),
                message: "bad\n".into(),
            }),
            CliError::Template {
                path: PathBuf::from("post.j2"),
                source: template_error(),
            },
            CliError::BuiltInTemplate(template_error()),
            CliError::Write(crate::atomic_write::WriteError::Exists(PathBuf::from(
                "p.md",
            ))),
            CliError::ChartsWithoutOutput,
            CliError::Backup(crate::store::StoreError::TargetInUse(PathBuf::from("b.db"))),
            CliError::BackupOntoItself,
            CliError::PostOptionWithJson("--anonymize"),
            CliError::Draw(crate::domain::roulette::DrawError::Skipped(3)),
            CliError::NoSuchChapter(crate::export::announce::NoSuchChapter {
                study: "DDIA".into(),
                number: 9,
                have: vec![1, 2, 3],
            }),
            CliError::NoSuchChapter(crate::export::announce::NoSuchChapter {
                study: "DDIA".into(),
                number: 9,
                have: vec![],
            }),
            CliError::NoSuchCommand {
                query: "lst".into(),
                names: vec!["list".into(), "import".into()],
            },
            CliError::UnknownLang(crate::i18n::UnknownLang { value: "ja".into() }),
            CliError::Terminal(io_error()),
            CliError::Stdout(io_error()),
        ]
    }

    #[test]
    fn every_error_is_said_in_english_and_in_korean() {
        let samples = samples();
        let covered: std::collections::BTreeSet<usize> = samples.iter().map(variant).collect();
        assert_eq!(covered, (0..VARIANTS).collect(), "a CliError has no sample");
        for error in &samples {
            let english = error.describe(Tr::EN);
            assert!(!english.is_empty(), "{error:?}");
            let korean = error.describe(Tr::KO);
            assert_ne!(korean, english);
            assert!(
                korean.chars().any(|c| ('가'..='힣').contains(&c)),
                "not Korean: {korean}"
            );
        }
    }

    #[test]
    fn a_long_list_of_problems_is_cut_in_korean_too() {
        let many = (0..25)
            .map(|i| Problem::new(format!("chapters[{i}].number"), ProblemKind::ChapterZero))
            .collect();
        let korean = interchange_error(Tr::KO, &InterchangeError::Invalid(many));
        assert_eq!(korean.lines().count(), 1 + 20 + 1, "{korean}");
        assert!(korean.ends_with("  ... 그 밖에 문제 5개"), "{korean}");
        assert!(korean.contains("  chapters[0].number: 챕터 번호는 1부터 시작해요"));
    }

    #[test]
    fn the_not_utf8_detail_is_said_but_the_systems_words_are_kept() {
        let not_utf8 = CliError::ReadInput {
            path: PathBuf::from("t.md"),
            source: io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8 text"),
        };
        assert_eq!(
            not_utf8.describe(Tr::KO),
            "t.md를 읽을 수 없어요: UTF-8 텍스트 파일이 아니에요."
        );
        let missing = CliError::ReadInput {
            path: PathBuf::from("t.md"),
            source: io::Error::from_raw_os_error(2),
        };
        assert!(
            missing
                .describe(Tr::KO)
                .ends_with(": 파일이나 폴더가 없어요 (os error 2)"),
            "{}",
            missing.describe(Tr::KO)
        );
    }
}
