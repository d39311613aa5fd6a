-- A document issued on a wrong outcome is corrected by revoking it (never deleting it): the board then corrects the
-- outcome and the right document is issued in the same session. So "one document per candidate and session" counts
-- the documents whose revocation is not recorded; the revoked one stays, and its verification answers REVOKED.
ALTER TABLE issued_document DROP CONSTRAINT issued_document_once_per_candidate;
CREATE UNIQUE INDEX issued_document_once_per_candidate ON issued_document (session_id, student_id)
    WHERE revoked_on IS NULL;
