-- Enrollments on course editions (editions live in catalog-service: only their id is kept here).
CREATE TABLE enrollment (
    id               BIGSERIAL PRIMARY KEY,
    version          INTEGER     NOT NULL DEFAULT 0,
    student_id       BIGINT      NOT NULL REFERENCES student (id),
    edition_id       BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    pre_enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(300)
);
CREATE INDEX enrollment_edition_idx ON enrollment (edition_id, status, pre_enrolled_at);
CREATE INDEX enrollment_student_idx ON enrollment (student_id);
-- one live enrollment per student and edition
CREATE UNIQUE INDEX enrollment_active_uk ON enrollment (student_id, edition_id) WHERE status <> 'WITHDRAWN';

-- Audit trail of status changes: who (from the token), when, from -> to.
CREATE TABLE enrollment_status_change (
    id             BIGSERIAL PRIMARY KEY,
    enrollment_id  BIGINT      NOT NULL REFERENCES enrollment (id),
    from_status    VARCHAR(20),
    to_status      VARCHAR(20) NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note           VARCHAR(300)
);
CREATE INDEX enrollment_status_change_idx ON enrollment_status_change (enrollment_id, changed_at);

-- Responses of creating POSTs sent with an Idempotency-Key, replayed on a repeated key.
CREATE TABLE idempotency_record (
    principal      VARCHAR(200) NOT NULL,
    idem_key       VARCHAR(200) NOT NULL,
    request        VARCHAR(300) NOT NULL,
    status         INTEGER,
    body           TEXT,
    location       VARCHAR(300),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idem_key)
);
