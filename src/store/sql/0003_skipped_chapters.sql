-- A chapter the group leaves out is "skipped". SQLite cannot change a CHECK constraint in
-- place, so the table is rebuilt as its documentation describes (foreign keys are off while
-- this runs, so dropping the old table deletes no link, session or point that refers to it).
CREATE TABLE chapter_new (
    id           INTEGER PRIMARY KEY,
    study_id     INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    title        TEXT    NOT NULL,
    scheduled_on TEXT,
    presenter_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    status       TEXT    NOT NULL
                 CHECK (status IN ('todo', 'reading', 'done', 'presented', 'skipped')),
    why          TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    UNIQUE (study_id, number)
) STRICT;
INSERT INTO chapter_new (id, study_id, position, number, title, scheduled_on, presenter_id,
                         status, why, notes)
    SELECT id, study_id, position, number, title, scheduled_on, presenter_id, status, why, notes
    FROM chapter;
DROP TABLE chapter;
ALTER TABLE chapter_new RENAME TO chapter;
CREATE INDEX chapter_by_study ON chapter (study_id, position);
CREATE INDEX chapter_by_presenter ON chapter (presenter_id);
CREATE INDEX chapter_progress ON chapter (study_id, status);
