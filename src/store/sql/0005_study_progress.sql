-- Each study's progress, kept by the database itself, so that the home screen and
-- `studylog list` read it with the study instead of counting every chapter on each start
-- (a journal of 20,000 chapters was counted again every time studylog opened).
--
-- The chapters stay the truth; these rows follow them. A chapter is finished when it is
-- done, presented or skipped, or when a session covered it (`Progress::of`). `covered`
-- says whether any session_chapter row names the chapter; a study's `chapter_count` and
-- `finished_count` are the sums over its chapters. The triggers change them inside the
-- statement that changes what they follow, so no reader sees them disagree; `studylog
-- check` recounts them.
--
-- The counts have a narrow table of their own: a study's row holds its long texts, and
-- SQLite writes a row whole, so keeping them there rewrote those texts at every chapter
-- an import inserted.
--
-- A later migration that rebuilds `study`, `chapter`, `session_chapter` or `study_progress`
-- (as 0003 rebuilt `chapter`) must drop all seven triggers first and create them again
-- after: a trigger on one table that writes another survives the drop of the one it
-- writes, and the rename that puts the new table in place then fails on it.

ALTER TABLE chapter ADD COLUMN covered INTEGER NOT NULL DEFAULT 0 CHECK (covered IN (0, 1));
UPDATE chapter
SET covered = EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = chapter.id);

CREATE TABLE study_progress (
    study_id       INTEGER PRIMARY KEY REFERENCES study (id) ON DELETE CASCADE,
    chapter_count  INTEGER NOT NULL DEFAULT 0,
    finished_count INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO study_progress (study_id, chapter_count, finished_count)
SELECT s.id,
       (SELECT count(*) FROM chapter c WHERE c.study_id = s.id),
       (SELECT count(*) FROM chapter c
        WHERE c.study_id = s.id AND (c.status IN ('done', 'presented', 'skipped') OR c.covered))
FROM study s;

-- The progress index counted chapters by status; nothing counts them now.
DROP INDEX chapter_progress;

-- A new study starts with nothing to count. (REPLACE: a row left by a study deleted while
-- foreign keys were off must not stop the new one.)
CREATE TRIGGER study_progress_starts AFTER INSERT ON study BEGIN
    INSERT OR REPLACE INTO study_progress (study_id) VALUES (NEW.id);
END;

-- A session covers its chapters: the first to name a chapter covers it, the last to let it
-- go uncovers it. (A deleted chapter takes its session_chapter rows with it; the update
-- then finds no chapter, and the chapter's own trigger below uncounts it.)
CREATE TRIGGER session_chapter_covers AFTER INSERT ON session_chapter BEGIN
    UPDATE chapter SET covered = 1 WHERE id = NEW.chapter_id AND covered = 0;
END;
CREATE TRIGGER session_chapter_uncovers AFTER DELETE ON session_chapter BEGIN
    UPDATE chapter SET covered = 0
    WHERE id = OLD.chapter_id AND covered = 1
      AND NOT EXISTS (SELECT 1 FROM session_chapter WHERE chapter_id = OLD.chapter_id);
END;
CREATE TRIGGER session_chapter_moves AFTER UPDATE OF chapter_id ON session_chapter BEGIN
    UPDATE chapter SET covered = 1 WHERE id = NEW.chapter_id AND covered = 0;
    UPDATE chapter SET covered = 0
    WHERE id = OLD.chapter_id AND covered = 1
      AND NOT EXISTS (SELECT 1 FROM session_chapter WHERE chapter_id = OLD.chapter_id);
END;

-- A study counts its chapters and the finished ones.
CREATE TRIGGER chapter_counted AFTER INSERT ON chapter BEGIN
    UPDATE study_progress
    SET chapter_count = chapter_count + 1,
        finished_count = finished_count
            + (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
    WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER chapter_uncounted AFTER DELETE ON chapter BEGIN
    UPDATE study_progress
    SET chapter_count = chapter_count - 1,
        finished_count = finished_count
            - (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
    WHERE study_id = OLD.study_id;
END;
-- A chapter that becomes finished or unfinished in its study.
CREATE TRIGGER chapter_refinished AFTER UPDATE OF status, covered ON chapter
WHEN OLD.study_id = NEW.study_id
 AND (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
  != (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
BEGIN
    UPDATE study_progress
    SET finished_count = finished_count
            + (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
            - (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
    WHERE study_id = NEW.study_id;
END;
-- A chapter moved to another study (studylog does not move them; a hand edit might).
CREATE TRIGGER chapter_moved AFTER UPDATE OF study_id ON chapter
WHEN OLD.study_id != NEW.study_id
BEGIN
    UPDATE study_progress
    SET chapter_count = chapter_count - 1,
        finished_count = finished_count
            - (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
    WHERE study_id = OLD.study_id;
    UPDATE study_progress
    SET chapter_count = chapter_count + 1,
        finished_count = finished_count
            + (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
    WHERE study_id = NEW.study_id;
END;
