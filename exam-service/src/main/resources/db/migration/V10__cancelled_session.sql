-- A SCHEDULED session whose exam will not take place is CANCELLED (SessionStatus), with the reason: it stays on file
-- (it may have been announced, its list frozen), nothing is recorded or issued in it, and a new session is scheduled.
ALTER TABLE exam_session DROP CONSTRAINT exam_session_status_check;
ALTER TABLE exam_session ADD CONSTRAINT exam_session_status_check
    CHECK (status IN ('SCHEDULED', 'HELD', 'CLOSED', 'CANCELLED'));
ALTER TABLE exam_session ADD COLUMN cancellation_reason VARCHAR(500);
ALTER TABLE exam_session ADD CONSTRAINT exam_session_cancelled_with_reason
    CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL);
