-- An admitted candidate who does not sit the exam is recorded ABSENT (ExamOutcome.Result): the session can close,
-- no document follows from it, and a later session of the edition admits the student again. Nothing was assessed,
-- so an ABSENT outcome carries no unit result; the application refuses one (422), the table backs it up.
ALTER TABLE exam_outcome DROP CONSTRAINT exam_outcome_result_check;
ALTER TABLE exam_outcome ADD CONSTRAINT exam_outcome_result_check
    CHECK (result IN ('PASSED', 'FAILED', 'ABSENT'));
ALTER TABLE exam_outcome ADD CONSTRAINT exam_outcome_absent_assessed_nothing
    CHECK (result <> 'ABSENT' OR unit_results = '[]');
