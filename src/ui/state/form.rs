//! A form: labelled fields, one focused, each with its own error. The fields hold text as
//! typed, or a choice among typed options; turning them into a chapter or a member, and
//! saving, is `forms`' job.

use std::borrow::Cow;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::export::post::thousands;
use crate::i18n::Tr;
use crate::ui::keymap;
use crate::ui::state::forms::{FieldKey, Pick};
use crate::ui::widgets::input::TextInput;

/// A number written with a separator between other than thousands (`10,00`): refused
/// rather than read as some other number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeparatorOutOfPlace {
    /// The number as typed, trimmed.
    pub typed: String,
}

impl SeparatorOutOfPlace {
    /// What is wrong and how to write it, in `tr`'s language.
    pub fn message(&self, tr: Tr) -> String {
        tr.form_invalid_separator(crate::domain::text::quoted(&self.typed))
    }
}

impl std::fmt::Display for SeparatorOutOfPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Tr::EN))
    }
}

impl std::error::Error for SeparatorOutOfPlace {}

/// The digits of a number as typed: `10,000`, `10_000`, `10 000` and `10000원` are all
/// `10000`. Separators must stand between thousands, so that a slip such as `10,00` is
/// refused rather than read as 1000. Saving and tidying read a number the same way.
pub fn digits_of(text: &str) -> Result<String, SeparatorOutOfPlace> {
    let trimmed = text.trim();
    let number = trimmed.strip_suffix('원').unwrap_or(trimmed).trim_end();
    let groups: Vec<&str> = number.split([',', '_', ' ']).collect();
    // Groups of digits only (an empty one is a separator at an end or doubled): whether they
    // are grouped by thousands decides; other text is left for the caller to refuse.
    let all_digits = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    let grouped = groups.len() == 1
        || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3));
    if all_digits && !grouped {
        return Err(SeparatorOutOfPlace {
            typed: trimmed.to_owned(),
        });
    }
    Ok(groups.concat())
}

/// The key that steps a choice or a flag to its next option, as Right does. On a text it
/// types a space, so the keymap does not bind it; the hints name it from here.
pub const CYCLE_KEY: char = ' ';

/// [`CYCLE_KEY`] named as the keymap names keys (`Space`), for a hint.
pub fn cycle_key_name() -> String {
    keymap::key_name(&keymap::Key {
        code: KeyCode::Char(CYCLE_KEY),
        modifiers: KeyModifiers::NONE,
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Text that may hold line breaks, written in the notes editor (Enter opens it).
    Long,
    /// A whole amount of money, shown as Koreans write it: `30,000`.
    Amount,
    /// One of `options`, `None` being no choice (no presenter, no chapter); Space and the
    /// arrow keys cycle through them.
    Choice(Vec<Option<Pick>>),
    /// Yes or no; Space toggles.
    Flag,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Which of its form's fields this is.
    pub key: FieldKey,
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
    pub fn text(key: impl Into<FieldKey>, label: impl Into<String>, value: &str) -> Field {
        Field {
            key: key.into(),
            label: label.into(),
            kind: FieldKind::Text,
            input: TextInput::new(value, false),
            choice: 0,
            hint: Cow::Borrowed(""),
            error: None,
        }
    }

    pub fn long(key: impl Into<FieldKey>, label: impl Into<String>, value: &str) -> Field {
        Field {
            kind: FieldKind::Long,
            input: TextInput::new(value, true),
            ..Field::text(key, label, "")
        }
    }

    /// An amount, empty when it is 0 (no deposit is no amount, not "0").
    pub fn amount(key: impl Into<FieldKey>, label: impl Into<String>, value: u64) -> Field {
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

    /// A choice among `options`, showing the one equal to `selected` (else the first).
    pub fn choice(
        key: impl Into<FieldKey>,
        label: impl Into<String>,
        options: Vec<Option<Pick>>,
        selected: &Option<Pick>,
    ) -> Field {
        Field {
            choice: options.iter().position(|o| o == selected).unwrap_or(0),
            kind: FieldKind::Choice(options),
            ..Field::text(key, label, "")
        }
    }

    pub fn flag(key: impl Into<FieldKey>, label: impl Into<String>, on: bool) -> Field {
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

    /// The option a choice shows; `None` for no choice, or for a field that is not one.
    pub fn picked(&self) -> Option<&Pick> {
        match &self.kind {
            FieldKind::Choice(options) => options.get(self.choice).and_then(Option::as_ref),
            _ => None,
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
    /// What the form edits was deleted or replaced by another program since it opened:
    /// saving would write to nothing, or to another item.
    pub gone: bool,
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
            gone: false,
            initial,
        }
    }

    pub fn focused(&mut self) -> &mut Field {
        let i = self.focus.min(self.fields.len().saturating_sub(1));
        &mut self.fields[i]
    }

    /// Moves the focus to the field `key`, if the form has it.
    pub fn focus_on(&mut self, key: impl Into<FieldKey>) {
        let key = key.into();
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.focus = i;
        }
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

    /// Whether `fresh` was opened on the same item: its first field (a chapter's number,
    /// a session's date, a member's name) read the same when each opened. An id of a deleted
    /// row is given to the next one SQLite inserts, so the id alone does not say.
    pub fn opened_on_the_same(&self, fresh: &Form<T>) -> bool {
        self.initial.first() == fresh.initial.first()
    }

    /// Takes from `fresh` (the same form built again from what the journal says now) every
    /// field this one still holds as it was opened: another program's change shows, and
    /// the save keeps it; what was typed here stays.
    pub fn take_untouched(&mut self, fresh: &Form<T>) {
        for (field, initial) in self.fields.iter_mut().zip(self.initial.iter_mut()) {
            if field.snapshot() != *initial {
                continue;
            }
            if let Some(now) = fresh.fields.iter().find(|f| f.key == field.key) {
                *field = now.clone();
                *initial = now.snapshot();
            }
        }
    }

    pub fn field(&self, key: impl Into<FieldKey>) -> Option<&Field> {
        let key = key.into();
        self.fields.iter().find(|f| f.key == key)
    }

    /// The text typed in the field `key` (empty for a choice or a flag).
    pub fn text(&self, key: impl Into<FieldKey>) -> &str {
        self.field(key).map_or("", |f| f.input.text())
    }

    /// The option chosen in the field `key`; `None` for no choice.
    pub fn picked(&self, key: impl Into<FieldKey>) -> Option<&Pick> {
        self.field(key).and_then(Field::picked)
    }

    pub fn is_on(&self, key: impl Into<FieldKey>) -> bool {
        self.field(key).is_some_and(Field::is_on)
    }

    pub fn clear_errors(&mut self) {
        self.message = None;
        for field in &mut self.fields {
            field.error = None;
        }
    }

    /// Puts `message` on the field `key`, or on the form when it has no such field. The
    /// first field with an error takes the focus.
    pub fn report(&mut self, key: FieldKey, message: String) {
        match self.fields.iter().position(|f| f.key == key) {
            Some(i) => self.report_on(i, message),
            None => {
                self.message.get_or_insert(message);
            }
        }
    }

    /// Puts a problem the journal found at `path` (`chapters[3].number`) on the field it
    /// names, or on the form, with the path, when no field does.
    pub fn report_at_path(&mut self, path: &str, message: String) {
        let path_fields = without_indexes(path);
        let names = |key: &str| {
            path_fields == key
                || path_fields.ends_with(&format!(".{key}"))
                || path_fields.contains(&format!(".{key}."))
                || path_fields.starts_with(&format!("{key}."))
        };
        // The most specific field wins: `book.title` before `title`.
        let found = (0..self.fields.len())
            .filter(|&i| names(self.fields[i].key.path()))
            .max_by_key(|&i| self.fields[i].key.path().len());
        match found {
            Some(i) => self.report_on(i, message),
            None => {
                self.message.get_or_insert(format!("{path}: {message}"));
            }
        }
    }

    fn report_on(&mut self, i: usize, message: String) {
        if self.fields[i].error.is_none() {
            self.fields[i].error = Some(message);
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
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
    use crate::domain::ChapterStatus;
    use crate::ui::state::forms::{ChapterField, StudyField};

    fn form() -> Form<()> {
        Form::new(
            "Chapter",
            (),
            vec![
                Field::text(ChapterField::Number, "Number", "3"),
                Field::text(ChapterField::Title, "Title", "저장소와 검색"),
                Field::choice(
                    ChapterField::Status,
                    "Status",
                    [ChapterStatus::Todo, ChapterStatus::Done]
                        .map(|s| Some(Pick::ChapterStatus(s)))
                        .to_vec(),
                    &None,
                ),
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
        assert_eq!(
            form.picked(ChapterField::Status),
            Some(&Pick::ChapterStatus(ChapterStatus::Done))
        );
    }

    #[test]
    fn problems_land_on_their_field_and_take_the_focus() {
        let mut form = form();
        form.focus = 2;
        form.report_at_path("chapters[3].title", "must not be empty".into());
        assert_eq!(form.fields[1].error.as_deref(), Some("must not be empty"));
        assert_eq!(form.focus, 1);
        form.report_at_path("sessions[0].presenter", "no member named \"x\"".into());
        assert_eq!(
            form.message.as_deref(),
            Some("sessions[0].presenter: no member named \"x\"")
        );
        form.clear_errors();
        assert!(!form.has_errors());
        form.report(
            ChapterField::Number.into(),
            "a chapter needs a number".into(),
        );
        assert_eq!(form.focus, 0);
    }

    #[test]
    fn the_most_specific_field_takes_a_problem() {
        let mut form = Form::new(
            "Study",
            (),
            vec![
                Field::text(StudyField::Name, "Name", ""),
                Field::text(StudyField::BookTitle, "Book", ""),
                Field::text(StudyField::NextTitle, "Next book", ""),
                Field::long(ChapterField::Links, "Links", ""),
            ],
        );
        form.report_at_path("book.title", "the book's title must not be empty".into());
        form.report_at_path(
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
                Field::amount(StudyField::DepositAmount, "Deposit", 30_000),
                Field::amount(StudyField::DepositPenalty, "Penalty", 0),
            ],
        );
        assert_eq!(form.text(StudyField::DepositAmount), "30,000");
        assert_eq!(
            form.text(StudyField::DepositPenalty),
            "",
            "no amount, not 0"
        );
        form.focused().input.set("1234567");
        form.next_field();
        assert_eq!(form.text(StudyField::DepositAmount), "1,234,567");
        form.focused().input.set("5천원");
        form.previous_field();
        assert_eq!(
            form.text(StudyField::DepositPenalty),
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
