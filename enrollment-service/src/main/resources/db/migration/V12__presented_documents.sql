-- A portal's application for an applicant already on file (the same codice fiscale or identity document) no longer
-- touches the student: the documents it presents are held here, on the application, until the front desk accepts them
-- (then recorded on the student, as a front-desk application records them) or rejects them. The birth date and
-- citizenship the application declared are kept with them: the portal's receipt is evaluated on what the portal sent,
-- never on the file (a stored person's documents are not probed by codice fiscale). The student's erasure deletes the
-- rows of their enrollments. Applications submitted before V12 have none: nothing kept what they sent.
CREATE TABLE presented_documents (
    enrollment_id    BIGINT PRIMARY KEY REFERENCES enrollment (id),
    presented_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    birth_date       DATE        NOT NULL,
    citizenship      VARCHAR(20) NOT NULL,
    -- the Evidence presented, as JSON (the shape of the API's evidence); kinds not presented are absent
    evidence         TEXT        NOT NULL,
    -- PENDING until the front desk decides; null when the application presented no document (nothing to decide)
    status           VARCHAR(20),
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason VARCHAR(300),
    CONSTRAINT presented_documents_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT presented_documents_decided CHECK ((status IN ('ACCEPTED', 'REJECTED')) = (decided_at IS NOT NULL)),
    CONSTRAINT presented_documents_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
