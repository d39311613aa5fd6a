-- A student who leaves the course gets the learning record (DOMAIN.md, "Exam and certification") even when no exam
-- session of the edition exists: such a record has no session, so each document now names its edition itself.

-- 1. edition_id, filled from the session for the documents issued so far. The V4 guard does not know the column, so
--    this one UPDATE passes it; the guard below freezes the column from now on.
ALTER TABLE issued_document ADD COLUMN edition_id BIGINT;
UPDATE issued_document d SET edition_id = s.edition_id FROM exam_session s WHERE s.id = d.session_id;
ALTER TABLE issued_document ALTER COLUMN edition_id SET NOT NULL;

-- 2. No session: only the learning record of a student who left. A certificate always follows an exam.
ALTER TABLE issued_document ALTER COLUMN session_id DROP NOT NULL;
ALTER TABLE issued_document ADD CONSTRAINT issued_document_session_unless_leaving
    CHECK (session_id IS NOT NULL OR kind = 'LEARNING_RECORD');

-- 3. One learning record on leaving per student and edition, whatever the retries or the concurrency (the
--    UNIQUE (session_id, student_id) of V3 does not see rows without a session: NULLs are distinct).
CREATE UNIQUE INDEX issued_document_once_on_leaving ON issued_document (edition_id, student_id)
    WHERE session_id IS NULL;
CREATE INDEX issued_document_edition_student ON issued_document (edition_id, student_id);

-- 4. A document of a session carries the session's edition, and a student has either learning records of the
--    edition's exam sessions or the one issued on leaving, never both: exam-service checks both under a lock of
--    (edition, student) before it inserts; this is the last line, and reports a unique violation (a 409). The edition
--    is frozen like the session (the V4 guard, issued_document_guard, still freezes session_id and the rest).
CREATE FUNCTION issued_document_edition_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.edition_id IS DISTINCT FROM OLD.edition_id THEN
            RAISE EXCEPTION 'an issued document is frozen: only its revocation may be recorded';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.session_id IS NOT NULL
       AND NEW.edition_id IS DISTINCT FROM (SELECT edition_id FROM exam_session WHERE id = NEW.session_id) THEN
        RAISE EXCEPTION 'issued document: edition % is not the edition of exam session %', NEW.edition_id, NEW.session_id;
    END IF;
    IF NEW.kind = 'LEARNING_RECORD' AND EXISTS (
            SELECT 1 FROM issued_document d
            WHERE d.edition_id = NEW.edition_id AND d.student_id = NEW.student_id AND d.kind = 'LEARNING_RECORD'
              AND ((NEW.session_id IS NULL) <> (d.session_id IS NULL))) THEN
        RAISE EXCEPTION 'student % already has a learning record for edition % (one on leaving, or those of its exam sessions)',
            NEW.student_id, NEW.edition_id
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'issued_document_one_learning_record_per_edition';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER issued_document_edition BEFORE INSERT OR UPDATE ON issued_document
    FOR EACH ROW EXECUTE FUNCTION issued_document_edition_guard();
