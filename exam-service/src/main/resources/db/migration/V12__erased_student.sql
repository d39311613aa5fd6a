-- A student whose erasure request exam-service applied (GDPR art. 17): nothing is issued to them afterwards. The
-- identity a document carries comes from enrollment-service, which erases its own row last; an issue that read it
-- before could otherwise insert a document with the full personal data right after the erasure pseudonymised the
-- student's documents, and keep it forever. Issues and the erasure take the same per-student lock (DocumentService,
-- PersonalDataService), so an issue either commits first (and the erasure pseudonymises its document) or finds the
-- student here and refuses (409 student-erased).
CREATE TABLE erased_student (
    student_id  BIGINT       PRIMARY KEY,
    erased_at   TIMESTAMPTZ  NOT NULL,
    erased_by   VARCHAR(200) NOT NULL
);

-- The erasures applied so far that left a trace on a document (its pseudonymisation); one that found only admission
-- entries is answered by enrollment-service's 410 Gone for the identity, as before.
INSERT INTO erased_student (student_id, erased_at, erased_by)
SELECT DISTINCT ON (student_id) student_id, pseudonymised_at, pseudonymised_by
FROM issued_document WHERE pseudonymised_at IS NOT NULL
ORDER BY student_id, pseudonymised_at;
