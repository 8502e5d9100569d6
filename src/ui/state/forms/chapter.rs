//! A chapter: number, title, schedule, presenter, status, why it matters and links. Notes
//! have their own editor.

use super::{
    EntityForm, FieldError, FieldErrors, NumberOf, Pick, Target, clean, presenter_of,
    presenter_options, read_date, read_number,
};
use crate::domain::held::Coverage;
use crate::domain::{Chapter, ChapterStatus, Link, Study};
use crate::i18n::{Msg, Tr, format};
use crate::ui::state::form::{Field, Form};

/// The fields of a chapter's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChapterField {
    Number,
    Title,
    ScheduledOn,
    Presenter,
    Status,
    Why,
    Links,
}

impl ChapterField {
    /// The field's name in a chapter's interchange path (`chapters[3].title`).
    pub fn path(self) -> &'static str {
        match self {
            ChapterField::Number => "number", // not text: an interchange path
            ChapterField::Title => "title",   // not text: an interchange path
            ChapterField::ScheduledOn => "scheduled_on", // not text: an interchange path
            ChapterField::Presenter => "presenter", // not text: an interchange path
            ChapterField::Status => "status", // not text: an interchange path
            ChapterField::Why => "why",       // not text: an interchange path
            ChapterField::Links => "links",   // not text: an interchange path
        }
    }
}

pub fn form(tr: Tr, target: Target, study: &Study, chapter: Option<&Chapter>) -> EntityForm {
    // With no number after the largest, the field starts empty and asks for one.
    let number = chapter
        .map(|c| c.number)
        .or_else(|| study.next_chapter_number())
        .map_or_else(String::new, |n| n.to_string());
    let presenters = presenter_options(&study.members);
    let presenter = chapter.and_then(|c| c.presenter.clone()).map(Pick::Member);
    // The statuses a person sets, and the chapter's own if it is another (a chapter marked
    // presented in an older journal keeps that word until it is changed).
    let mut choices = ChapterStatus::SETTABLE.to_vec();
    if let Some(current) = chapter.map(|c| c.status)
        && !choices.contains(&current)
    {
        choices.push(current);
    }
    let status = chapter.map(|c| Pick::ChapterStatus(c.status));
    let statuses = choices
        .into_iter()
        .map(|s| Some(Pick::ChapterStatus(s)))
        .collect();
    let links = chapter.map_or_else(String::new, |c| {
        c.links
            .iter()
            .map(|l| {
                if l.title.is_empty() {
                    l.url.clone()
                } else {
                    format!("{} | {}", l.title, l.url)
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let coverage = Coverage::of(study);
    let title = match chapter {
        Some(c) => tr.form_chapter_edit(c.number),
        None => tr.get(Msg::FormChapterNew).to_owned(),
    };
    let numbered = !number.is_empty();
    let mut form = Form::new(
        title,
        target,
        vec![
            Field::text(
                ChapterField::Number,
                tr.get(Msg::FormChapterNumber),
                &number,
            ),
            Field::text(
                ChapterField::Title,
                tr.get(Msg::FormChapterTitle),
                chapter.map_or("", |c| c.title.as_str()),
            ),
            Field::text(
                ChapterField::ScheduledOn,
                tr.get(Msg::FormChapterDate),
                &chapter
                    .and_then(|c| c.scheduled_on)
                    .map_or_else(String::new, |d| d.to_string()),
            )
            .with_hint(tr.get(Msg::FormDateOrEmpty)),
            presenter_field(tr, &coverage, chapter, presenters, &presenter),
            status_field(tr, &coverage, chapter, statuses, &status),
            Field::long(
                ChapterField::Why,
                tr.get(Msg::FormChapterWhy),
                chapter.map_or("", |c| c.why.as_str()),
            ),
            Field::long(ChapterField::Links, tr.get(Msg::FormChapterLinks), &links)
                .with_hint(tr.get(Msg::FormChapterLinksHint)),
        ],
    );
    // A new chapter whose number is already filled in starts at its title: what a person
    // types first is the title, not a digit after the number.
    if chapter.is_none() && numbered {
        form.focus_on(ChapterField::Title);
    }
    form
}

/// The planned presenter; when a session covered the chapter with someone else, the hint
/// says who is shown instead, so the plan is not mistaken for what happened.
fn presenter_field(
    tr: Tr,
    coverage: &Coverage<'_>,
    chapter: Option<&Chapter>,
    presenters: Vec<Option<Pick>>,
    selected: &Option<Pick>,
) -> Field {
    let field = Field::choice(
        ChapterField::Presenter,
        tr.get(Msg::FormChapterPresenter),
        presenters,
        selected,
    );
    let Some(chapter) = chapter else {
        return field;
    };
    match coverage.presenter(chapter) {
        Some(shown) if Some(shown) != chapter.presenter.as_deref() => {
            field.with_hint(tr.form_chapter_presenter_hint(shown))
        }
        _ => field,
    }
}

/// The stored status; a chapter a session covered is presented whatever it says.
fn status_field(
    tr: Tr,
    coverage: &Coverage<'_>,
    chapter: Option<&Chapter>,
    statuses: Vec<Option<Pick>>,
    selected: &Option<Pick>,
) -> Field {
    let field = Field::choice(
        ChapterField::Status,
        tr.get(Msg::FormChapterStatus),
        statuses,
        selected,
    );
    let held = chapter.and_then(|c| coverage.held_on(c.number));
    match held {
        Some(date) => field.with_hint(tr.form_chapter_status_hint(format::date(tr.lang, date))),
        None => field,
    }
}

/// The chapter the form describes; `notes` are carried over, as the form does not show them.
pub fn read(tr: Tr, form: &EntityForm, notes: String) -> Result<Chapter, FieldErrors> {
    let mut errors = Vec::new();
    let typed_number = form.text(ChapterField::Number);
    let number = match read_number::<u32>(
        tr,
        &mut errors,
        ChapterField::Number,
        typed_number,
        NumberOf::Chapter,
    ) {
        Some(0) => {
            errors.push(FieldError::new(
                ChapterField::Number,
                tr.get(Msg::FormChapterNumberZero),
            ));
            0
        }
        Some(n) => n,
        None => {
            if typed_number.trim().is_empty() {
                errors.push(FieldError::new(
                    ChapterField::Number,
                    tr.get(Msg::FormChapterNumberMissing),
                ));
            }
            0
        }
    };
    let title = clean(form.text(ChapterField::Title));
    if title.is_empty() {
        errors.push(FieldError::new(
            ChapterField::Title,
            tr.get(Msg::FormChapterTitleEmpty),
        ));
    }
    let scheduled_on = read_date(
        tr,
        &mut errors,
        ChapterField::ScheduledOn,
        form.text(ChapterField::ScheduledOn),
    );
    let presenter = presenter_of(form.picked(ChapterField::Presenter));
    let status = match form.picked(ChapterField::Status) {
        Some(Pick::ChapterStatus(status)) => *status,
        _ => ChapterStatus::default(),
    };
    let links = read_links(tr, &mut errors, form.text(ChapterField::Links));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Chapter {
        number,
        title,
        scheduled_on,
        presenter,
        status,
        why: clean(form.text(ChapterField::Why)),
        notes,
        links,
    })
}

/// `title | url` or a bare `url`, one per line; `title url` too, when the line's last word
/// is an address (as a link is copied from a page: its name, then where it is).
fn read_links(tr: Tr, errors: &mut FieldErrors, text: &str) -> Vec<Link> {
    let mut links = Vec::new();
    for line in clean(text).lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (title, url) = match line.rsplit_once('|') {
            Some((title, url)) => (title.trim(), url.trim()),
            None => match line.rsplit_once(char::is_whitespace) {
                Some((title, url)) if url.contains("://") => (title.trim(), url),
                _ => ("", line),
            },
        };
        if url.is_empty() || url.contains(char::is_whitespace) {
            errors.push(FieldError::new(
                ChapterField::Links,
                tr.form_chapter_link_no_address(crate::domain::text::quoted(line)),
            ));
            continue;
        }
        links.push(Link {
            title: title.to_owned(),
            url: url.to_owned(),
        });
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    fn study() -> Study {
        let mut s = Study::new("s", "b");
        s.members.push(crate::domain::Member {
            name: "최지우".into(),
            me: false,
        });
        s.chapters.push(Chapter::new(1, "시작"));
        s
    }

    #[test]
    fn a_new_chapter_takes_the_next_number() {
        let form = form(Tr::EN, Target::NewChapter, &study(), None);
        assert_eq!(form.text(ChapterField::Number), "2");
        assert_eq!(form.picked(ChapterField::Presenter), None);
    }

    #[test]
    fn a_chapter_reads_back_as_it_was() {
        let mut chapter = Chapter::new(3, "저장소와 검색");
        chapter.presenter = Some("최지우".into());
        chapter.status = ChapterStatus::Presented;
        chapter.scheduled_on = "2025-03-16".parse().ok();
        chapter.why = "B-트리\n와 LSM".into();
        chapter.links = vec![
            Link {
                title: "RocksDB | 튜닝".into(),
                url: "https://github.com/facebook/rocksdb/wiki".into(),
            },
            Link {
                title: String::new(),
                url: "https://example.com".into(),
            },
        ];
        let form = form(
            Tr::EN,
            Target::Chapter {
                id: crate::store::ChapterId(1),
            },
            &study(),
            Some(&chapter),
        );
        assert_eq!(read(Tr::EN, &form, String::new()), Ok(chapter));
    }

    #[test]
    fn bad_input_is_reported_by_field() {
        let mut form = form(Tr::EN, Target::NewChapter, &study(), None);
        form.fields[0].input.set("0");
        form.fields[2].input.set("2024-13-01");
        form.fields[6].input.set("그냥 제목만");
        let errors = read(Tr::EN, &form, String::new()).expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                ChapterField::Number,
                ChapterField::Title,
                ChapterField::ScheduledOn,
                ChapterField::Links
            ]
            .map(Into::into)
        );
    }

    #[test]
    fn a_link_copied_as_its_name_then_its_address_is_read_without_a_bar() {
        let mut errors = Vec::new();
        let links = read_links(
            Tr::EN,
            &mut errors,
            "러스트 공식 문서 https://doc.rust-lang.org/\n그냥 제목만",
        );
        assert_eq!(
            links,
            [Link {
                title: "러스트 공식 문서".into(),
                url: "https://doc.rust-lang.org/".into(),
            }]
        );
        assert_eq!(errors.len(), 1, "a line with no address is still refused");
        assert_eq!(
            errors[0].message,
            "\"그냥 제목만\" is not a link; write `title | https://...` or the address alone"
        );
    }
}
