//! `studylog draw`: the presenter roulette from the command line, saved like a draw in the
//! UI (when, among whom, who) with the chosen member made the chapter's presenter.

use std::path::Path;
use std::process::ExitCode;

use super::post::the_study;
use super::{Result, journal_error, open, print};
use crate::cli::DrawArgs;
use crate::domain::roulette::{self, Rng};
use crate::domain::schedule::next_unmet_chapter;
use crate::domain::text::quoted;
use crate::i18n::{Msg, Tr};
use crate::store::OpenMode;

pub(super) fn draw(db: &Path, args: &DrawArgs, tr: Tr) -> Result<ExitCode> {
    let mut store = open(db, OpenMode::MustExist)?;
    let id = the_study(&store, db, args.study.as_deref())?;
    let study = store.load_study(id).map_err(journal_error(db))?;
    let chapter = args.chapter.or_else(|| next_unmet_chapter(&study));
    let mut rng = args.seed.map_or_else(Rng::from_entropy, Rng::seeded);
    let exclude: Vec<String> = args
        .exclude
        .iter()
        .map(|n| crate::domain::text::normalize(n))
        .collect();
    let now = chrono::Local::now().fixed_offset();
    let draw = roulette::make_draw(&study, chapter, &exclude, &mut rng, now)?;
    let odds = roulette::candidates(&study, chapter)
        .into_iter()
        .filter(|c| draw.candidates.contains(&c.name))
        .collect::<Vec<_>>();
    store.record_draw(id, &draw).map_err(journal_error(db))?;

    let what = match chapter.and_then(|n| study.chapter(n)) {
        Some(c) => tr.cli_draw_chapter(c.number, quoted(&c.title)),
        None => tr.get(Msg::CliDrawNextSession).to_owned(),
    };
    // The chances as the roulette window shows them.
    let chances = roulette::percentages(&roulette::weights(&odds));
    let pool = odds
        .iter()
        .zip(&chances)
        .map(|(c, percent)| format!("{} {percent}%", c.name))
        .collect::<Vec<_>>()
        .join(", ");
    print(&format!(
        "{}\n",
        tr.cli_draw_presents(&draw.chosen, what, pool)
    ))?;
    Ok(ExitCode::SUCCESS)
}
