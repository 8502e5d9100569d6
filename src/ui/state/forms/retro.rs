//! A retro point: good, bad or try, its text, and the chapter it is about.

use super::{EntityForm, FieldError, FieldErrors, Pick, Target, clean};
use crate::domain::{RetroKind, RetroPoint, Study};
use crate::i18n::{Msg, Tr};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::Action;
use crate::ui::state::form::{Field, Form, cycle_key_name};

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
            RetroField::Text => "text",       // not text: an interchange path
            RetroField::Kind => "kind",       // not text: an interchange path
            RetroField::Chapter => "chapter", // not text: an interchange path
        }
    }
}

pub fn form(
    tr: Tr,
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
        tr.get(if point.is_some() {
            Msg::FormRetroEdit
        } else {
            Msg::FormRetroNew
        }),
        target,
        vec![
            Field::long(
                RetroField::Text,
                tr.get(Msg::FormRetroText),
                point.map_or("", |p| p.text.as_str()),
            ),
            Field::choice(RetroField::Kind, tr.get(Msg::FormRetroKind), kinds, &kind)
                .with_hint(tr.form_retro_kind_hint(cycle_key_name())),
            Field::choice(
                RetroField::Chapter,
                tr.get(Msg::FormRetroChapter),
                chapters,
                &chapter,
            )
            .with_hint(chapter_hint(tr)),
        ],
    )
}

/// The chapter field's hint: the keys that change it, as the keymap names them.
fn chapter_hint(tr: Tr) -> String {
    let key = |action| key_for(Context::Form, action).unwrap_or_default();
    tr.form_retro_chapter_hint(
        cycle_key_name(),
        key(Action::CursorLeft),
        key(Action::CursorRight),
    )
}

pub fn read(tr: Tr, form: &EntityForm) -> Result<RetroPoint, FieldErrors> {
    let text = clean(form.text(RetroField::Text));
    if text.is_empty() {
        return Err(vec![FieldError::new(
            RetroField::Text,
            tr.get(Msg::FormRetroTextEmpty),
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
