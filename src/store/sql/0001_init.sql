-- studylog journal, schema 1.
-- Every list keeps its order in a `position` column so that an imported file exports back
-- byte for byte. Members and chapters are referenced by id; the interchange format's names
-- and numbers are resolved at the edges.

CREATE TABLE study (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL CHECK (status IN ('planned', 'active', 'finished')),
    started_on       TEXT,
    ended_on         TEXT,
    cadence          TEXT    NOT NULL DEFAULT '',
    venue            TEXT    NOT NULL DEFAULT '',
    motivation       TEXT    NOT NULL DEFAULT '',
    how_it_ran       TEXT    NOT NULL DEFAULT '',
    deposit_amount   INTEGER NOT NULL DEFAULT 0 CHECK (deposit_amount >= 0),
    deposit_currency TEXT    NOT NULL DEFAULT '',
    deposit_penalty  INTEGER NOT NULL DEFAULT 0 CHECK (deposit_penalty >= 0),
    closing          TEXT    NOT NULL DEFAULT '',
    next_title       TEXT    NOT NULL DEFAULT '',
    next_url         TEXT    NOT NULL DEFAULT '',
    next_note        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX study_by_position ON study (position);

CREATE TABLE book (
    study_id  INTEGER PRIMARY KEY REFERENCES study (id) ON DELETE CASCADE,
    title     TEXT    NOT NULL,
    authors   TEXT    NOT NULL DEFAULT '[]', -- a JSON array of names, shown together
    publisher TEXT    NOT NULL DEFAULT '',
    url       TEXT    NOT NULL DEFAULT '',
    isbn      TEXT    NOT NULL DEFAULT '',
    pages     INTEGER,
    summary   TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE member (
    id       INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    me       INTEGER NOT NULL DEFAULT 0 CHECK (me IN (0, 1)),
    UNIQUE (study_id, name)
) STRICT;
CREATE INDEX member_by_study ON member (study_id, position);

CREATE TABLE chapter (
    id           INTEGER PRIMARY KEY,
    study_id     INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    title        TEXT    NOT NULL,
    scheduled_on TEXT,
    presenter_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    status       TEXT    NOT NULL CHECK (status IN ('todo', 'reading', 'done', 'presented')),
    why          TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    UNIQUE (study_id, number)
) STRICT;
CREATE INDEX chapter_by_study ON chapter (study_id, position);
CREATE INDEX chapter_by_presenter ON chapter (presenter_id);

CREATE TABLE chapter_link (
    id         INTEGER PRIMARY KEY,
    chapter_id INTEGER NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL
) STRICT;
CREATE INDEX chapter_link_by_chapter ON chapter_link (chapter_id, position);

CREATE TABLE session (
    id           INTEGER PRIMARY KEY,
    study_id     INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    held_on      TEXT    NOT NULL,
    presenter_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    notes        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX session_by_study ON session (study_id, position);
CREATE INDEX session_by_presenter ON session (presenter_id);

CREATE TABLE session_chapter (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    chapter_id INTEGER NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, chapter_id)
) STRICT;
CREATE INDEX session_chapter_by_chapter ON session_chapter (chapter_id);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('present', 'absent', 'unprepared')),
    PRIMARY KEY (session_id, member_id)
) STRICT;
CREATE INDEX attendance_by_member ON attendance (member_id);

CREATE TABLE retro_point (
    id         INTEGER PRIMARY KEY,
    study_id   INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('good', 'bad', 'try')),
    text       TEXT    NOT NULL,
    chapter_id INTEGER REFERENCES chapter (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX retro_point_by_study ON retro_point (study_id, position);
CREATE INDEX retro_point_by_chapter ON retro_point (chapter_id);

CREATE TABLE draw (
    id         INTEGER PRIMARY KEY,
    study_id   INTEGER NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    drawn_at   TEXT    NOT NULL, -- RFC 3339 with the offset it was written with
    chapter_id INTEGER REFERENCES chapter (id) ON DELETE SET NULL,
    chosen_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX draw_by_study ON draw (study_id, position);
CREATE INDEX draw_by_chosen ON draw (chosen_id);
CREATE INDEX draw_by_chapter ON draw (chapter_id);

CREATE TABLE draw_candidate (
    draw_id   INTEGER NOT NULL REFERENCES draw (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (draw_id, member_id)
) STRICT;
CREATE INDEX draw_candidate_by_member ON draw_candidate (member_id);
