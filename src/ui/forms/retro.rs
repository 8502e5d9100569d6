//! A retro point: good, bad or try, its text, and the chapter it is about.

use super::{EntityForm, FieldErrors, NONE, Target, clean};
use crate::domain::{RetroKind, RetroPoint, Study};
use crate::ui::form::{Field, Form};

pub fn form(
    target: Target,
    study: &Study,
    point: Option<&RetroPoint>,
    kind: RetroKind,
) -> EntityForm {
    let kinds = RetroKind::ALL.map(|k| k.as_str().to_owned()).to_vec();
    let kind = point.map_or(kind, |p| p.kind);
    let mut chapters = vec![NONE.to_owned()];
    chapters.extend(
        study
            .chapters
            .iter()
            .map(|c| format!("{}. {}", c.number, c.title)),
    );
    let chapter = point
        .and_then(|p| p.chapter)
        .and_then(|n| study.chapters.iter().position(|c| c.number == n))
        .map_or(0, |i| i + 1);
    Form::new(
        if point.is_some() {
            "Edit retro point"
        } else {
            "New retro point"
        },
        target,
        vec![
            Field::long("text", "Point", point.map_or("", |p| p.text.as_str())),
            Field::choice(
                "kind",
                "Kind",
                kinds,
                RetroKind::ALL.iter().position(|k| *k == kind).unwrap_or(0),
            )
            .with_hint("Space: good, bad or try"),
            Field::choice("chapter", "Chapter", chapters, chapter)
                .with_hint("Space or ←/→: the chapter the point is about, if any"),
        ],
    )
}

pub fn read(form: &EntityForm, study: &Study) -> Result<RetroPoint, FieldErrors> {
    let text = clean(form.value("text"));
    if text.is_empty() {
        return Err(vec![(
            "text",
            "the point's text must not be empty".to_owned(),
        )]);
    }
    let chapter = form
        .field("chapter")
        .filter(|f| f.choice > 0)
        .and_then(|f| study.chapters.get(f.choice - 1))
        .map(|c| c.number);
    Ok(RetroPoint {
        kind: RetroKind::parse(form.value("kind")).unwrap_or(RetroKind::Good),
        text,
        chapter,
    })
}
