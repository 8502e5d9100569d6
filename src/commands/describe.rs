//! A command's error as the user reads it, in the interface's language. `CliError`'s own
//! `Display` stays the English sentence (what the tests and logs see); [`CliError::describe`]
//! says the same from the catalog, word for word in English, in Korean for a Korean
//! interface. Details from the operating system, SQLite, serde or the template engine are
//! kept as they come.

use std::io;

use super::CliError;
use crate::domain::text::{quoted, quoted_list};
use crate::export::interchange::{self, Foreign, InterchangeError, JsonKind};
use crate::i18n::errors::{config_error, draw_error, problem, store_error, write_error};
use crate::i18n::{Msg, Tr};

impl CliError {
    /// The error in `tr`'s language, without the `error: ` before it.
    pub fn describe(&self, tr: Tr) -> String {
        match self {
            CliError::Journal { path, source } => {
                tr.cli_journal(path.display(), store_error(tr, source))
            }
            CliError::ReadInput { path, source } => {
                tr.cli_read_input(path.display(), io_detail(tr, source))
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
            CliError::NoSuchChapter(e) => tr.cli_no_such_chapter(
                quoted(&e.study),
                e.number,
                crate::export::announce::chapter_numbers(&e.have)
                    .unwrap_or_else(|| tr.get(Msg::CliNoChaptersYet).to_owned()),
            ),
            CliError::NoSuchCommand { query, names } => {
                tr.cli_no_such_command(quoted(query), quoted_list(names))
            }
            CliError::UnknownLang(e) => tr.cli_unknown_lang(format_args!("{:?}", e.value)),
            CliError::Terminal(e) => tr.cli_terminal(e),
            CliError::Stdout(e) => tr.cli_stdout(e),
        }
    }
}

/// What reading a file failed with: the operating system's words, or studylog's own
/// "not UTF-8 text" in `tr`'s language.
fn io_detail(tr: Tr, error: &io::Error) -> String {
    let not_utf8 = Tr::EN.get(Msg::CliNotUtf8);
    if error.kind() == io::ErrorKind::InvalidData && error.to_string() == not_utf8 {
        tr.get(Msg::CliNotUtf8).to_owned()
    } else {
        error.to_string()
    }
}

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
