//! A retro point: good, bad or try, its text, and the chapter it is about.

use super::{EntityForm, FieldError, FieldErrors, Pick, Target, clean};
use crate::domain::{RetroKind, RetroPoint, Study};
use crate::ui::state::form::{Field, Form};

/// The fields of a retro point's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetroField {
    Text,
    Kind,
    Chapter,
}

impl RetroField {
    /// The field's name in a point's interchange path (`retro[2].text`).
    pub fn path(self) -> &'static str {
        match self {
            RetroField::Text => "text",
            RetroField::Kind => "kind",
            RetroField::Chapter => "chapter",
        }
    }
}

pub fn form(
    target: Target,
    study: &Study,
    point: Option<&RetroPoint>,
    kind: RetroKind,
) -> EntityForm {
    let kinds = RetroKind::ALL.map(|k| Some(Pick::RetroKind(k))).to_vec();
    let kind = Some(Pick::RetroKind(point.map_or(kind, |p| p.kind)));
    let chapter_pick = |c: &crate::domain::Chapter| Pick::Chapter {
        number: c.number,
        title: c.title.clone(),
    };
    let mut chapters = vec![None];
    chapters.extend(study.chapters.iter().map(|c| Some(chapter_pick(c))));
    let chapter = point
        .and_then(|p| p.chapter)
        .and_then(|n| study.chapter(n))
        .map(chapter_pick);
    Form::new(
        if point.is_some() {
            "Edit retro point"
        } else {
            "New retro point"
        },
        target,
        vec![
            Field::long(
                RetroField::Text,
                "Point",
                point.map_or("", |p| p.text.as_str()),
            ),
            Field::choice(RetroField::Kind, "Kind", kinds, &kind)
                .with_hint("Space: good, bad or try"),
            Field::choice(RetroField::Chapter, "Chapter", chapters, &chapter)
                .with_hint("Space or ←/→: the chapter the point is about, if any"),
        ],
    )
}

pub fn read(form: &EntityForm) -> Result<RetroPoint, FieldErrors> {
    let text = clean(form.text(RetroField::Text));
    if text.is_empty() {
        return Err(vec![FieldError::new(
            RetroField::Text,
            "the point's text must not be empty",
        )]);
    }
    let chapter = match form.picked(RetroField::Chapter) {
        Some(Pick::Chapter { number, .. }) => Some(*number),
        _ => None,
    };
    let kind = match form.picked(RetroField::Kind) {
        Some(Pick::RetroKind(kind)) => *kind,
        _ => RetroKind::Good,
    };
    Ok(RetroPoint {
        kind,
        text,
        chapter,
    })
}
