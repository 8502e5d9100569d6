//! A member: a name, and whether they are the one writing the journal.

use super::{EntityForm, FieldError, FieldErrors, Target, clean};
use crate::domain::Member;
use crate::i18n::{Msg, Tr};
use crate::ui::state::form::{Field, Form, cycle_key_name};

/// The fields of a member's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberField {
    Name,
    Me,
}

impl MemberField {
    /// The field's name in a member's interchange path (`members[1].name`).
    pub fn path(self) -> &'static str {
        match self {
            MemberField::Name => "name", // not text: an interchange path
            MemberField::Me => "me",     // not text: an interchange path
        }
    }
}

pub fn form(tr: Tr, target: Target, member: Option<&Member>) -> EntityForm {
    let title = tr.get(if member.is_some() {
        Msg::FormMemberEdit
    } else {
        Msg::FormMemberNew
    });
    Form::new(
        title,
        target,
        vec![
            Field::text(
                MemberField::Name,
                tr.get(Msg::FormMemberName),
                member.map_or("", |m| m.name.as_str()),
            ),
            Field::flag(
                MemberField::Me,
                tr.get(Msg::FormMemberMe),
                member.is_some_and(|m| m.me),
            )
            .with_hint(tr.form_member_me_hint(cycle_key_name())),
        ],
    )
}

pub fn read(tr: Tr, form: &EntityForm) -> Result<Member, FieldErrors> {
    let name = clean(form.text(MemberField::Name));
    if name.is_empty() {
        return Err(vec![FieldError::new(
            MemberField::Name,
            tr.get(Msg::FormMemberNameEmpty),
        )]);
    }
    Ok(Member {
        name,
        me: form.is_on(MemberField::Me),
    })
}
