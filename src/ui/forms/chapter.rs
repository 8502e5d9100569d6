//! A chapter: number, title, schedule, presenter, status, why it matters and links. Notes
//! have their own editor.

use super::{EntityForm, FieldErrors, NONE, Target, clean, read_date, read_number};
use crate::domain::held::Coverage;
use crate::domain::{Chapter, ChapterStatus, Link, Study};
use crate::ui::form::{Field, Form};

pub fn form(target: Target, study: &Study, chapter: Option<&Chapter>) -> EntityForm {
    // With no number after the largest, the field starts empty and asks for one.
    let number = chapter
        .map(|c| c.number)
        .or_else(|| study.next_chapter_number())
        .map_or_else(String::new, |n| n.to_string());
    let mut presenters = vec![NONE.to_owned()];
    presenters.extend(study.members.iter().map(|m| m.name.clone()));
    let presenter = chapter
        .and_then(|c| c.presenter.as_deref())
        .and_then(|p| presenters.iter().position(|name| name == p))
        .unwrap_or(0);
    // The statuses a person sets, and the chapter's own if it is another (a chapter marked
    // presented in an older journal keeps that word until it is changed).
    let mut choices = ChapterStatus::SETTABLE.to_vec();
    if let Some(current) = chapter.map(|c| c.status)
        && !choices.contains(&current)
    {
        choices.push(current);
    }
    let status = choices
        .iter()
        .position(|s| Some(*s) == chapter.map(|c| c.status))
        .unwrap_or(0);
    let statuses = choices.iter().map(|s| s.as_str().to_owned()).collect();
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
        Some(c) => format!("Edit chapter {}", c.number),
        None => "New chapter".to_owned(),
    };
    Form::new(
        title,
        target,
        vec![
            Field::text("number", "Number", &number),
            Field::text("title", "Title", chapter.map_or("", |c| c.title.as_str())),
            Field::text(
                "scheduled_on",
                "Date",
                &chapter
                    .and_then(|c| c.scheduled_on)
                    .map_or_else(String::new, |d| d.to_string()),
            )
            .with_hint("YYYY-MM-DD, or empty"),
            presenter_field(&coverage, chapter, presenters, presenter),
            status_field(&coverage, chapter, statuses, status),
            Field::long(
                "why",
                "Why it matters",
                chapter.map_or("", |c| c.why.as_str()),
            ),
            Field::long("links", "Links", &links).with_hint("one per line: title | https://..."),
        ],
    )
}

/// The planned presenter; when a session covered the chapter with someone else, the hint
/// says who is shown instead, so the plan is not mistaken for what happened.
fn presenter_field(
    coverage: &Coverage<'_>,
    chapter: Option<&Chapter>,
    presenters: Vec<String>,
    selected: usize,
) -> Field {
    let field = Field::choice("presenter", "Presenter", presenters, selected);
    let Some(chapter) = chapter else {
        return field;
    };
    match coverage.presenter(chapter) {
        Some(shown) if Some(shown) != chapter.presenter.as_deref() => field.with_hint(format!(
            "the plan: {shown} presented it in its session, and is shown instead"
        )),
        _ => field,
    }
}

/// The stored status; a chapter a session covered is presented whatever it says.
fn status_field(
    coverage: &Coverage<'_>,
    chapter: Option<&Chapter>,
    statuses: Vec<String>,
    selected: usize,
) -> Field {
    let field = Field::choice("status", "Status", statuses, selected);
    let held = chapter.and_then(|c| coverage.held_on(c.number));
    match held {
        Some(date) => field.with_hint(format!(
            "shown as presented: the session of {date} covers it"
        )),
        None => field,
    }
}

/// The chapter the form describes; `notes` are carried over, as the form does not show them.
pub fn read(form: &EntityForm, notes: String) -> Result<Chapter, FieldErrors> {
    let mut errors = Vec::new();
    let number = match read_number::<u32>(
        &mut errors,
        "number",
        form.value("number"),
        "a chapter number",
    ) {
        Some(0) => {
            errors.push(("number", "chapter numbers start at 1".to_owned()));
            0
        }
        Some(n) => n,
        None => {
            if form.value("number").trim().is_empty() {
                errors.push(("number", "a chapter needs a number".to_owned()));
            }
            0
        }
    };
    let title = clean(form.value("title"));
    if title.is_empty() {
        errors.push(("title", "the chapter's title must not be empty".to_owned()));
    }
    let scheduled_on = read_date(&mut errors, "scheduled_on", form.value("scheduled_on"));
    let presenter = Some(form.value("presenter"))
        .filter(|p| *p != NONE)
        .map(str::to_owned);
    let status = ChapterStatus::parse(form.value("status")).unwrap_or_default();
    let links = read_links(&mut errors, form.value("links"));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Chapter {
        number,
        title,
        scheduled_on,
        presenter,
        status,
        why: clean(form.value("why")),
        notes,
        links,
    })
}

/// `title | url` or a bare `url`, one per line.
fn read_links(errors: &mut FieldErrors, text: &str) -> Vec<Link> {
    let mut links = Vec::new();
    for line in clean(text).lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (title, url) = match line.rsplit_once('|') {
            Some((title, url)) => (title.trim(), url.trim()),
            None => ("", line),
        };
        if url.is_empty() || url.contains(char::is_whitespace) {
            errors.push((
                "links",
                format!(
                    "{} has no address; write `title | https://...` or the address alone",
                    crate::domain::text::quoted(line)
                ),
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
        let form = form(Target::NewChapter, &study(), None);
        assert_eq!(form.value("number"), "2");
        assert_eq!(form.value("presenter"), NONE);
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
        let form = form(Target::Chapter { row: 1 }, &study(), Some(&chapter));
        assert_eq!(read(&form, String::new()), Ok(chapter));
    }

    #[test]
    fn bad_input_is_reported_by_field() {
        let mut form = form(Target::NewChapter, &study(), None);
        form.fields[0].input.set("0");
        form.fields[2].input.set("2024-13-01");
        form.fields[6].input.set("그냥 제목만");
        let errors = read(&form, String::new()).expect_err("invalid");
        let keys: Vec<&str> = errors.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, vec!["number", "title", "scheduled_on", "links"]);
    }
}
