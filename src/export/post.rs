//! The retrospective post: a study in, markdown out. The built-in templates (one per
//! language, in `assets/templates/`) are compiled into the binary; a user template sees
//! the same context (`study`, `stats`) and helpers.

mod context;
mod helpers;
mod options;
mod writer;

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
}

#[derive(Debug, thiserror::Error)]
#[error("the template cannot be rendered: {0:#}")]
pub struct TemplateError(#[from] minijinja::Error);

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
    let study = if options.anonymize {
        anonymize(study, options.lang.member_label())
    } else {
        study.clone()
    };
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
    helpers::register(&mut env, &study, options.lang);
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
