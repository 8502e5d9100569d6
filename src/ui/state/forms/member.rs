//! A member: a name, and whether they are the one writing the journal.

use super::{EntityForm, FieldError, FieldErrors, Target, clean};
use crate::domain::Member;
use crate::ui::state::form::{Field, Form};

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
            MemberField::Name => "name",
            MemberField::Me => "me",
        }
    }
}

pub fn form(target: Target, member: Option<&Member>) -> EntityForm {
    let title = if member.is_some() {
        "Edit member"
    } else {
        "New member"
    };
    Form::new(
        title,
        target,
        vec![
            Field::text(
                MemberField::Name,
                "Name",
                member.map_or("", |m| m.name.as_str()),
            ),
            Field::flag(MemberField::Me, "This is me", member.is_some_and(|m| m.me))
                .with_hint("Space: the member who writes the post (anonymizing keeps them)"),
        ],
    )
}

pub fn read(form: &EntityForm) -> Result<Member, FieldErrors> {
    let name = clean(form.text(MemberField::Name));
    if name.is_empty() {
        return Err(vec![FieldError::new(
            MemberField::Name,
            "a member's name must not be empty",
        )]);
    }
    Ok(Member {
        name,
        me: form.is_on(MemberField::Me),
    })
}
