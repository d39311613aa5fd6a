-- A learning record issued on leaving with a wrong content (hours, units) is corrected as V7 corrects a session's
-- document: revoked (never deleted), then issued again. So both rules of V6 count the standing documents, those whose
-- revocation is not recorded (as V7's index and IssuedDocument.findStandingFor): a revocation recorded with a later
-- effective date frees the place at once, and the revoked record stays, answering REVOKED from that date.

-- 1. One standing learning record on leaving per student and edition (V6 counted the revoked ones too).
DROP INDEX issued_document_once_on_leaving;
CREATE UNIQUE INDEX issued_document_once_on_leaving ON issued_document (edition_id, student_id)
    WHERE session_id IS NULL AND revoked_on IS NULL;

-- 2. On leaving, or by the edition's exam sessions, never both: among the standing learning records. As V6's, but a
--    revoked record (or one inserted revoked) is neither refused nor in the way.
CREATE OR REPLACE FUNCTION issued_document_edition_guard() RETURNS trigger AS $$
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
    IF NEW.kind = 'LEARNING_RECORD' AND NEW.revoked_on IS NULL AND EXISTS (
            SELECT 1 FROM issued_document d
            WHERE d.edition_id = NEW.edition_id AND d.student_id = NEW.student_id AND d.kind = 'LEARNING_RECORD'
              AND d.revoked_on IS NULL
              AND ((NEW.session_id IS NULL) <> (d.session_id IS NULL))) THEN
        RAISE EXCEPTION 'student % already has a learning record for edition % (one on leaving, or those of its exam sessions)',
            NEW.student_id, NEW.edition_id
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'issued_document_one_learning_record_per_edition';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
