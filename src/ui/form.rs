//! A form: labelled fields, one focused, each with its own error. The fields hold text as
//! typed; turning them into a chapter or a member, and saving, is `forms`' job.

use std::borrow::Cow;

use super::input::TextInput;
use crate::export::post::thousands;

/// The digits of a number as typed: `10,000`, `10_000`, `10 000` and `10000원` are all
/// `10000`. Separators must stand between thousands, so that a slip such as `10,00` is
/// refused rather than read as 1000. Saving and tidying read a number the same way.
pub fn digits_of(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let number = trimmed.strip_suffix('원').unwrap_or(trimmed).trim_end();
    let groups: Vec<&str> = number.split([',', '_', ' ']).collect();
    // Groups of digits only (an empty one is a separator at an end or doubled): whether they
    // are grouped by thousands decides; other text is left for the caller to refuse.
    let all_digits = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    let grouped = groups.len() == 1
        || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3));
    if all_digits && !grouped {
        return Err(format!(
            "{} has a separator out of place; write thousands as 10,000, or the digits alone",
            crate::domain::text::quoted(trimmed)
        ));
    }
    Ok(groups.concat())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Text that may hold line breaks, written in the notes editor (Enter opens it).
    Long,
    /// A whole amount of money, shown as Koreans write it: `30,000`.
    Amount,
    /// One of `options`; Space and the arrow keys cycle through them.
    Choice(Vec<String>),
    /// Yes or no; Space toggles.
    Flag,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field's name in the journal's paths (`title`, `number`), so that a problem the
    /// store reports lands on the right field.
    pub key: &'static str,
    pub label: String,
    pub kind: FieldKind,
    pub input: TextInput,
    /// For a choice: the option shown; for a flag: 0 or 1.
    pub choice: usize,
    /// Shown under the field while it has focus.
    pub hint: Cow<'static, str>,
    pub error: Option<String>,
}

impl Field {
    pub fn text(key: &'static str, label: impl Into<String>, value: &str) -> Field {
        Field {
            key,
            label: label.into(),
            kind: FieldKind::Text,
            input: TextInput::new(value, false),
            choice: 0,
            hint: Cow::Borrowed(""),
            error: None,
        }
    }

    pub fn long(key: &'static str, label: impl Into<String>, value: &str) -> Field {
        Field {
            kind: FieldKind::Long,
            input: TextInput::new(value, true),
            ..Field::text(key, label, "")
        }
    }

    /// An amount, empty when it is 0 (no deposit is no amount, not "0").
    pub fn amount(key: &'static str, label: impl Into<String>, value: u64) -> Field {
        let text = if value == 0 {
            String::new()
        } else {
            thousands(value)
        };
        Field {
            kind: FieldKind::Amount,
            ..Field::text(key, label, &text)
        }
    }

    pub fn choice(
        key: &'static str,
        label: impl Into<String>,
        options: Vec<String>,
        selected: usize,
    ) -> Field {
        Field {
            choice: selected.min(options.len().saturating_sub(1)),
            kind: FieldKind::Choice(options),
            ..Field::text(key, label, "")
        }
    }

    pub fn flag(key: &'static str, label: impl Into<String>, on: bool) -> Field {
        Field {
            kind: FieldKind::Flag,
            choice: usize::from(on),
            ..Field::text(key, label, "")
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Cow<'static, str>>) -> Field {
        self.hint = hint.into();
        self
    }

    pub fn value(&self) -> &str {
        match &self.kind {
            FieldKind::Choice(options) => options.get(self.choice).map_or("", String::as_str),
            _ => self.input.text(),
        }
    }

    pub fn is_on(&self) -> bool {
        self.choice == 1
    }

    pub fn takes_text(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Text | FieldKind::Long | FieldKind::Amount
        )
    }

    /// Tidies what was typed as the focus leaves: `10000` becomes `10,000`. Text that is
    /// not an amount stays as typed, for saving to say what is wrong with it.
    fn settle(&mut self) {
        if self.kind != FieldKind::Amount {
            return;
        }
        if let Some(amount) = digits_of(self.input.text())
            .ok()
            .and_then(|d| d.parse::<u64>().ok())
        {
            self.input.set(&thousands(amount));
        }
    }

    /// Space and the arrow keys on a choice or a flag.
    pub fn cycle(&mut self, forward: bool) {
        let count = match &self.kind {
            FieldKind::Choice(options) => options.len(),
            FieldKind::Flag => 2,
            _ => return,
        };
        if count == 0 {
            return;
        }
        self.choice = if forward {
            (self.choice + 1) % count
        } else {
            (self.choice + count - 1) % count
        };
    }

    /// What the field holds, to tell whether the form changed.
    fn snapshot(&self) -> (String, usize) {
        (self.input.text().to_owned(), self.choice)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form<T> {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What saving the form does (which entity it adds or changes).
    pub target: T,
    /// A problem that belongs to no one field.
    pub message: Option<String>,
    /// Esc was pressed with changes: the form asks before throwing them away.
    pub confirm_discard: bool,
    initial: Vec<(String, usize)>,
}

impl<T> Form<T> {
    pub fn new(title: impl Into<String>, target: T, fields: Vec<Field>) -> Form<T> {
        let initial = fields.iter().map(Field::snapshot).collect();
        Form {
            title: title.into(),
            fields,
            focus: 0,
            target,
            message: None,
            confirm_discard: false,
            initial,
        }
    }

    pub fn focused(&mut self) -> &mut Field {
        let i = self.focus.min(self.fields.len().saturating_sub(1));
        &mut self.fields[i]
    }

    pub fn next_field(&mut self) {
        self.focused().settle();
        self.focus = (self.focus + 1) % self.fields.len().max(1);
    }

    pub fn previous_field(&mut self) {
        self.focused().settle();
        let len = self.fields.len().max(1);
        self.focus = (self.focus + len - 1) % len;
    }

    pub fn is_changed(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.initial)
            .any(|(f, initial)| f.snapshot() != *initial)
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn value(&self, key: &str) -> &str {
        self.field(key).map_or("", Field::value)
    }

    pub fn clear_errors(&mut self) {
        self.message = None;
        for field in &mut self.fields {
            field.error = None;
        }
    }

    /// Puts `message` on the field named `key` (the last part of a problem's path, such as
    /// `number` in `chapters[3].number`), or on the form when no field has that name. The
    /// first field with an error takes the focus.
    pub fn report(&mut self, path: &str, message: String) {
        let path_fields = without_indexes(path);
        let names = |key: &str| {
            path_fields == key
                || path_fields.ends_with(&format!(".{key}"))
                || path_fields.contains(&format!(".{key}."))
                || path_fields.starts_with(&format!("{key}."))
        };
        // The most specific field wins: `book.title` before `title`.
        let found = (0..self.fields.len())
            .filter(|&i| names(self.fields[i].key))
            .max_by_key(|&i| self.fields[i].key.len());
        match found {
            Some(i) => {
                if self.fields[i].error.is_none() {
                    self.fields[i].error = Some(message);
                }
                if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
                    self.focus = first;
                }
            }
            None => {
                self.message.get_or_insert(format!("{path}: {message}"));
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        self.message.is_some() || self.fields.iter().any(|f| f.error.is_some())
    }
}

/// `chapters[3].links[0].url` → `chapters.links.url`.
fn without_indexes(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form<()> {
        Form::new(
            "Chapter",
            (),
            vec![
                Field::text("number", "Number", "3"),
                Field::text("title", "Title", "저장소와 검색"),
                Field::choice("status", "Status", vec!["todo".into(), "done".into()], 0),
            ],
        )
    }

    #[test]
    fn a_form_knows_when_it_changed() {
        let mut form = form();
        assert!(!form.is_changed());
        form.next_field();
        form.focused().input.insert("!");
        assert!(form.is_changed());
        form.focused().input.backspace();
        assert!(!form.is_changed(), "back as it was");
        form.fields[2].cycle(true);
        assert!(form.is_changed());
        assert_eq!(form.value("status"), "done");
    }

    #[test]
    fn problems_land_on_their_field_and_take_the_focus() {
        let mut form = form();
        form.focus = 2;
        form.report("chapters[3].title", "must not be empty".into());
        assert_eq!(form.fields[1].error.as_deref(), Some("must not be empty"));
        assert_eq!(form.focus, 1);
        form.report("sessions[0].presenter", "no member named \"x\"".into());
        assert_eq!(
            form.message.as_deref(),
            Some("sessions[0].presenter: no member named \"x\"")
        );
        form.clear_errors();
        assert!(!form.has_errors());
    }

    #[test]
    fn the_most_specific_field_takes_a_problem() {
        let mut form = Form::new(
            "Study",
            (),
            vec![
                Field::text("name", "Name", ""),
                Field::text("book.title", "Book", ""),
                Field::text("next.title", "Next book", ""),
                Field::long("links", "Links", ""),
            ],
        );
        form.report("book.title", "the book's title must not be empty".into());
        form.report(
            "chapters[2].links[0].url",
            "the link's url must not be empty".into(),
        );
        assert!(form.fields[1].error.is_some());
        assert!(form.fields[2].error.is_none());
        assert!(form.fields[3].error.is_some());
    }

    #[test]
    fn an_amount_is_grouped_by_thousands_when_the_focus_leaves() {
        let mut form = Form::new(
            "Study",
            (),
            vec![
                Field::amount("deposit.amount", "Deposit", 30_000),
                Field::amount("deposit.penalty", "Penalty", 0),
            ],
        );
        assert_eq!(form.value("deposit.amount"), "30,000");
        assert_eq!(form.value("deposit.penalty"), "", "no amount, not 0");
        form.focused().input.set("1234567");
        form.next_field();
        assert_eq!(form.value("deposit.amount"), "1,234,567");
        form.focused().input.set("5천원");
        form.previous_field();
        assert_eq!(
            form.value("deposit.penalty"),
            "5천원",
            "left for saving to refuse"
        );
    }

    #[test]
    fn tab_wraps_around_the_fields() {
        let mut form = form();
        form.previous_field();
        assert_eq!(form.focus, 2);
        form.next_field();
        assert_eq!(form.focus, 0);
    }
}
