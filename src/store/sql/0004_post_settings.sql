-- How each study's post is written (the interchange format's `post`). A study without a row
-- has every setting at its default; a NULL is "not set": the config file or the study's own
-- text decides.
CREATE TABLE post_settings (
    study_id     INTEGER PRIMARY KEY REFERENCES study (id) ON DELETE CASCADE,
    lang         TEXT    CHECK (lang IN ('en', 'ko')),
    voice        TEXT    CHECK (voice IN ('formal', 'plain')),
    title        TEXT    NOT NULL DEFAULT '',
    date         TEXT    CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    with_notes   INTEGER NOT NULL DEFAULT 0 CHECK (with_notes IN (0, 1)),
    charts       INTEGER NOT NULL DEFAULT 0 CHECK (charts IN (0, 1)),
    front_matter TEXT    CHECK (front_matter IN ('gatsby', 'hugo', 'jekyll', 'zola', 'none'))
) STRICT;
