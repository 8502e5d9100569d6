//! A study's post settings as a row: one optional row per study, absent when every setting
//! is the default, so that a journal without settings holds nothing new. The edit that
//! changes them is `Store::set_post_settings`.

use rusqlite::{Connection, params};

use super::Result;
use super::ids::StudyId;
use crate::domain::PostSettings;

/// Writes `settings` as the study's row, or removes the row when nothing is set.
pub(super) fn save(conn: &Connection, StudyId(id): StudyId, settings: &PostSettings) -> Result<()> {
    if settings.is_default() {
        conn.execute("DELETE FROM post_settings WHERE study_id = ?1", [id])?;
        return Ok(());
    }
    conn.execute(
        "INSERT INTO post_settings (study_id, lang, voice, title, date, with_notes, charts,
             front_matter)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (study_id) DO UPDATE SET lang = excluded.lang, voice = excluded.voice,
             title = excluded.title, date = excluded.date, with_notes = excluded.with_notes,
             charts = excluded.charts, front_matter = excluded.front_matter",
        params![
            id,
            settings.lang,
            settings.voice,
            settings.title,
            settings.date,
            settings.with_notes,
            settings.charts,
            settings.front_matter,
        ],
    )?;
    Ok(())
}

/// The study's settings; the defaults when it has no row.
/// `None` only when `found` took a value it could not read.
pub(super) fn load(
    conn: &Connection,
    StudyId(id): StudyId,
    found: super::unreadable::Found<'_>,
) -> Result<Option<PostSettings>> {
    let mut stmt = conn.prepare_cached(
        "SELECT lang, voice, title, date, with_notes, charts, front_matter
         FROM post_settings WHERE study_id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    let Some(r) = rows.next()? else {
        return Ok(Some(PostSettings::default()));
    };
    super::unreadable::read_row(found, r, "post_settings", id, |r| {
        Ok(PostSettings {
            lang: r.get(0)?,
            voice: r.get(1)?,
            title: r.get(2)?,
            date: r.get(3)?,
            with_notes: r.get(4)?,
            charts: r.get(5)?,
            front_matter: r.get(6)?,
        })
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::voice::Voice;
    use crate::domain::{Flavor, Lang, Study};
    use crate::store::{Store, StoreError};

    fn settings() -> PostSettings {
        PostSettings {
            lang: Some(Lang::Ko),
            voice: Some(Voice::Plain),
            title: "DDIA를 마치며".into(),
            date: NaiveDate::from_ymd_opt(2025, 6, 1),
            with_notes: true,
            charts: true,
            front_matter: Some(Flavor::Zola),
        }
    }

    fn rows(store: &Store) -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM post_settings", [], |r| r.get(0))
            .expect("count")
    }

    #[test]
    fn settings_are_saved_loaded_and_changed() {
        let mut store = Store::open_in_memory().expect("journal");
        let id = store.insert_study(&Study::new("s", "b")).expect("insert");
        assert_eq!(rows(&store), 0, "a study without settings has no row");
        assert!(store.load_study(id).expect("load").post.is_default());

        store.set_post_settings(id, &settings()).expect("saved");
        assert_eq!(store.load_study(id).expect("load").post, settings());
        assert_eq!(store.load_outline(id).expect("outline").post, settings());

        let changed = PostSettings {
            voice: Some(Voice::Formal),
            front_matter: None,
            ..settings()
        };
        store.set_post_settings(id, &changed).expect("saved");
        assert_eq!(store.load_study(id).expect("load").post, changed);
        assert_eq!(rows(&store), 1);

        store
            .set_post_settings(id, &PostSettings::default())
            .expect("saved");
        assert_eq!(rows(&store), 0, "back to the defaults leaves no row");
        assert!(store.load_study(id).expect("load").post.is_default());
    }

    #[test]
    fn a_study_inserted_with_settings_keeps_them_and_deleting_it_takes_them() {
        let mut store = Store::open_in_memory().expect("journal");
        let study = Study {
            post: settings(),
            ..Study::new("s", "b")
        };
        let id = store.insert_study(&study).expect("insert");
        assert_eq!(store.load_study(id).expect("load"), study);
        store.delete_study(id).expect("delete");
        assert_eq!(rows(&store), 0, "cascaded");
    }

    #[test]
    fn a_title_of_two_lines_is_refused_and_nothing_changes() {
        let mut store = Store::open_in_memory().expect("journal");
        let id = store.insert_study(&Study::new("s", "b")).expect("insert");
        store.set_post_settings(id, &settings()).expect("saved");
        let broken = PostSettings {
            title: "one\ntwo".into(),
            ..PostSettings::default()
        };
        let err = store.set_post_settings(id, &broken).expect_err("refused");
        let StoreError::Invalid { problems } = err else {
            panic!("{err}");
        };
        assert_eq!(problems[0].path, "post.title");
        assert_eq!(store.load_study(id).expect("load").post, settings());
    }

    #[test]
    fn the_table_refuses_words_it_does_not_know() {
        let mut store = Store::open_in_memory().expect("journal");
        let id = store.insert_study(&Study::new("s", "b")).expect("insert");
        for (column, value) in [
            ("lang", "fr"),
            ("voice", "casual"),
            ("front_matter", "astro"),
            ("date", "June 1st"),
        ] {
            let refused = store.conn.execute(
                &format!("INSERT INTO post_settings (study_id, {column}) VALUES (?1, ?2)"),
                rusqlite::params![id.0, value],
            );
            assert!(refused.is_err(), "{column} = {value:?} was stored");
        }
    }
}
