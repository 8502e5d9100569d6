//! The retrospective post: a study in, markdown out. The built-in templates (one per
//! language, in `assets/templates/`) are compiled into the binary; a user template sees
//! the same context (`study`, `stats`) and helpers.

mod context;
mod escape;
mod helpers;
mod options;
mod writer;

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate};
use minijinja::{AutoEscape, Environment, syntax::SyntaxConfig};

use super::anonymize::anonymize;
use super::front_matter::{Flavor, FrontMatter};
use crate::domain::particle::{Particle, particle};
use crate::domain::voice::Voice;
use crate::domain::{Study, StudyStatus};
pub use context::PostStats;
pub use helpers::{Lang, money, thousands};
pub use options::{PostDefaults, PostFlags};

const TEMPLATE_KO: &str = include_str!("../../assets/templates/post.ko.md");
const TEMPLATE_EN: &str = include_str!("../../assets/templates/post.en.md");

#[derive(Debug, Clone)]
pub struct PostOptions {
    pub lang: Lang,
    /// The register of the sentences studylog writes (Korean): 합니다체 or 해라체.
    pub voice: Voice,
    /// The title, replacing the default one (`title`).
    pub title: Option<String>,
    pub flavor: Flavor,
    /// The post's date in the front matter.
    pub date: NaiveDate,
    pub offset: FixedOffset,
    pub category: String,
    pub draft: bool,
    pub with_notes: bool,
    pub anonymize: bool,
    /// A user template's source, replacing the built-in one.
    pub template: Option<String>,
    /// The attendance chart's address relative to the post (`chart`), when one is written.
    pub chart: Option<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("the template cannot be rendered: {0:#}")]
pub struct TemplateError(#[from] pub minijinja::Error);

/// The post's default title, with the study's name exactly as written, in the shape Korean
/// retrospectives take: "NAME을 마치며" once the study is finished, a mid-study title while
/// it runs.
pub fn title(study: &Study, lang: Lang) -> String {
    let name = &study.name;
    let finished = study.status == StudyStatus::Finished;
    match (lang, finished) {
        (Lang::Ko, true) => format!("{}{} 마치며", name, particle(name, Particle::Object)),
        (Lang::Ko, false) => format!("{name} 중간 회고"),
        (Lang::En, true) => format!("Looking back on {name}"),
        (Lang::En, false) => format!("{name}: notes from halfway"),
    }
}

/// The whole post: front matter, then the body rendered from the template.
pub fn render(study: &Study, options: &PostOptions) -> Result<String, TemplateError> {
    let study = as_published(study, options);
    let front = FrontMatter {
        title: options
            .title
            .clone()
            .unwrap_or_else(|| title(&study, options.lang)),
        date: options.date,
        offset: options.offset,
        category: options.category.clone(),
        draft: options.draft,
    }
    .render(options.flavor);

    let mut env = Environment::new();
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()?;
    env.set_syntax(syntax);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    helpers::register(&mut env, &study, options.lang, options.flavor);
    writer::register(
        &mut env,
        writer::Writer {
            lang: options.lang,
            voice: options.voice,
            me: study.me().map(|m| m.name.clone()),
            period: helpers::told_period(&study),
        },
    );
    let source = match &options.template {
        Some(user) => user.as_str(),
        None => match options.lang {
            Lang::Ko => TEMPLATE_KO,
            Lang::En => TEMPLATE_EN,
        },
    };
    let body = env.render_str(source, context::build(study, options))?;
    Ok(front + &tidy(&body))
}

/// The post's attendance chart (SVG), named as the post names members; `None` when the
/// study has no members or no sessions.
pub fn attendance_chart(study: &Study, options: &PostOptions) -> Option<String> {
    let mut study = as_published(study, options);
    // The writer is 저 / 나 / "me" in the chart too, as in every table of the post.
    let label = match (options.lang, options.voice) {
        (Lang::En, _) => "me",
        (Lang::Ko, Voice::Formal) => "저",
        (Lang::Ko, Voice::Plain) => "나",
    };
    if let Some(me) = study.members.iter_mut().find(|m| m.me) {
        let name = std::mem::replace(&mut me.name, label.to_owned());
        for mark in study
            .sessions
            .iter_mut()
            .flat_map(|s| s.attendance.iter_mut())
        {
            if mark.member == name {
                label.clone_into(&mut mark.member);
            }
        }
    }
    super::chart::attendance_svg(&study, options.lang)
}

/// The chart beside the post `post.md`: `post-attendance.svg`.
pub fn chart_path(post: &Path) -> PathBuf {
    let stem = post.file_stem().unwrap_or_default().to_string_lossy();
    post.with_file_name(format!("{stem}-attendance.svg"))
}

/// How the post links to a file beside it: its name, with what would end or confuse a
/// markdown link (spaces, brackets, quotes, `%`, `#`, `?`) percent-encoded. Other letters,
/// Hangul included, are kept: blogs serve UTF-8 file names.
pub fn link_to(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut link = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '~') {
            link.push(c);
        } else {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                link.push_str(&format!("%{b:02X}"));
            }
        }
    }
    link
}

/// The study as the post shows it: anonymized when asked.
fn as_published(study: &Study, options: &PostOptions) -> Study {
    if options.anonymize {
        anonymize(study, options.lang.member_label())
    } else {
        study.clone()
    }
}

/// Blank lines collapsed to one and exactly one final newline, so that template
/// conditionals leave no gaps where a section was left out.
fn tidy(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut blank_run = 0;
    let mut in_fence = false;
    for line in body.trim_matches('\n').lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if line.trim().is_empty() && !in_fence {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
