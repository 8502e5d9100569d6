-- The study list counts each study's chapters, and those done or presented, on every start:
-- with the status in the index, the count never reads the chapters themselves.
CREATE INDEX chapter_progress ON chapter (study_id, status);
