-- Each study's progress, kept by the database itself, so that the home screen and
-- `studylog list` read it with the study instead of counting every chapter on each start
-- (a journal of 20,000 chapters was counted again every time studylog opened).
--
-- The chapters stay the truth; these columns follow them. A chapter is finished when it is
-- done, presented or skipped, or when a session covered it (`Progress::of`). `covered`
-- says whether any session_chapter row names the chapter; a study's `chapter_count` and
-- `finished_count` are the sums over its chapters. The triggers change them inside the
-- statement that changes what they follow, so no reader sees them disagree; `studylog
-- check` recounts them.
--
-- A later migration that rebuilds `study`, `chapter` or `session_chapter` (as 0003 rebuilt
-- `chapter`) drops these triggers with the old table and must create them again.

ALTER TABLE chapter ADD COLUMN covered INTEGER NOT NULL DEFAULT 0 CHECK (covered IN (0, 1));
ALTER TABLE study ADD COLUMN chapter_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE study ADD COLUMN finished_count INTEGER NOT NULL DEFAULT 0;

UPDATE chapter
SET covered = EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = chapter.id);
UPDATE study
SET chapter_count = (SELECT count(*) FROM chapter c WHERE c.study_id = study.id),
    finished_count = (SELECT count(*) FROM chapter c
                      WHERE c.study_id = study.id
                        AND (c.status IN ('done', 'presented', 'skipped') OR c.covered));

-- The progress index counted chapters by status; nothing counts them now.
DROP INDEX chapter_progress;

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

-- A study counts its chapters and the finished ones. An update takes the chapter out of
-- the old study's counts and puts it into the new one's, which is the same study unless
-- the chapter moved.
CREATE TRIGGER chapter_counted AFTER INSERT ON chapter BEGIN
    UPDATE study
    SET chapter_count = chapter_count + 1,
        finished_count = finished_count
            + (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
    WHERE id = NEW.study_id;
END;
CREATE TRIGGER chapter_uncounted AFTER DELETE ON chapter BEGIN
    UPDATE study
    SET chapter_count = chapter_count - 1,
        finished_count = finished_count
            - (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
    WHERE id = OLD.study_id;
END;
CREATE TRIGGER chapter_recounted AFTER UPDATE OF study_id, status, covered ON chapter BEGIN
    UPDATE study
    SET chapter_count = chapter_count - 1,
        finished_count = finished_count
            - (OLD.status IN ('done', 'presented', 'skipped') OR OLD.covered)
    WHERE id = OLD.study_id;
    UPDATE study
    SET chapter_count = chapter_count + 1,
        finished_count = finished_count
            + (NEW.status IN ('done', 'presented', 'skipped') OR NEW.covered)
    WHERE id = NEW.study_id;
END;
