//! The post's title and date: the two settings of the Post tab that are typed.

use chrono::NaiveDate;

use super::{EntityForm, FieldErrors, Target, clean, read_date};
use crate::domain::PostSettings;
use crate::i18n::{Msg, Tr, format};
use crate::ui::state::form::{Field, Form};

/// The fields of the post's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostField {
    Title,
    Date,
}

impl PostField {
    /// The field's name in the study's interchange path (`post.title`).
    pub fn path(self) -> &'static str {
        match self {
            PostField::Title => "post.title", // not text: an interchange path
            PostField::Date => "post.date",   // not text: an interchange path
        }
    }
}

pub fn form(
    tr: Tr,
    target: Target,
    settings: &PostSettings,
    default_title: &str,
    today: NaiveDate,
) -> EntityForm {
    let date = settings.date.map(|d| d.to_string()).unwrap_or_default();
    Form::new(
        tr.get(Msg::FormPostForm),
        target,
        vec![
            Field::text(
                PostField::Title,
                tr.get(Msg::FormPostTitle),
                &settings.title,
            )
            .with_hint(tr.form_post_title_hint(default_title)),
            Field::text(PostField::Date, tr.get(Msg::FormPostDate), &date)
                .with_hint(tr.form_post_date_hint(format::date(tr.lang, today))),
        ],
    )
}

/// The settings with the form's title and date, the rest as in `base`.
pub fn read(tr: Tr, form: &EntityForm, base: PostSettings) -> Result<PostSettings, FieldErrors> {
    let mut errors = Vec::new();
    let date = read_date(tr, &mut errors, PostField::Date, form.text(PostField::Date));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PostSettings {
        title: clean(form.text(PostField::Title)),
        date,
        ..base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_title_and_date_are_the_defaults() {
        let today = NaiveDate::from_ymd_opt(2025, 5, 26).expect("date");
        let mut form = form(
            Tr::EN,
            Target::Post,
            &PostSettings::default(),
            "DDIA 회고",
            today,
        );
        let empty = read(Tr::EN, &form, PostSettings::default()).expect("valid");
        assert!(empty.is_default());
        form.fields[0].input.set(" DDIA를 마치며 ");
        form.fields[1].input.set("2025-06-01");
        let typed = read(Tr::EN, &form, PostSettings::default()).expect("valid");
        assert_eq!(typed.title, "DDIA를 마치며");
        assert_eq!(typed.date, NaiveDate::from_ymd_opt(2025, 6, 1));
        form.fields[1].input.set("6월 1일");
        let errors = read(Tr::EN, &form, PostSettings::default()).expect_err("not a date");
        assert_eq!(errors[0].field, PostField::Date.into());
    }
}
