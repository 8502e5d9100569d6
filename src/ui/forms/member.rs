//! A member: a name, and whether they are the one writing the journal.

use super::{EntityForm, FieldErrors, Target, clean};
use crate::domain::Member;
use crate::ui::form::{Field, Form};

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
            Field::text("name", "Name", member.map_or("", |m| m.name.as_str())),
            Field::flag("me", "This is me", member.is_some_and(|m| m.me))
                .with_hint("Space: the member who writes the post (anonymizing keeps them)"),
        ],
    )
}

pub fn read(form: &EntityForm) -> Result<Member, FieldErrors> {
    let name = clean(form.value("name"));
    if name.is_empty() {
        return Err(vec![(
            "name",
            "a member's name must not be empty".to_owned(),
        )]);
    }
    Ok(Member {
        name,
        me: form.field("me").is_some_and(|f| f.is_on()),
    })
}
