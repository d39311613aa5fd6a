-- attendance-service schema. Hours are stored as whole minutes (exact sums); the API shows hours with 2 decimals.

-- The calendar of an edition: one row per lesson.
CREATE TABLE lesson (
    id BIGINT PRIMARY KEY,
    edition_id  BIGINT       NOT NULL,
    lesson_date DATE         NOT NULL,
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL,
    minutes     INTEGER      NOT NULL CHECK (minutes > 0),
    unit_code   VARCHAR(40),
    modality    VARCHAR(20)  NOT NULL,
    teacher     VARCHAR(200) NOT NULL,
    locked_at   TIMESTAMPTZ,
    locked_by   VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(200),
    version     BIGINT       NOT NULL DEFAULT 0,
    CHECK (end_time > start_time)
);
CREATE INDEX lesson_edition_date ON lesson (edition_id, lesson_date);

-- Students of an edition, registered and withdrawn by enrollment-service.
CREATE TABLE participant (
    id BIGINT PRIMARY KEY,
    edition_id        BIGINT       NOT NULL,
    student_id        BIGINT       NOT NULL,
    enrollment_id     BIGINT,
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    joined_on         DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    withdrawn_on      DATE,
    withdrawal_reason VARCHAR(500),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (edition_id, student_id)
);

-- The register: minutes present per lesson per student (no row = not recorded = absent).
CREATE TABLE attendance_entry (
    id BIGINT PRIMARY KEY,
    lesson_id       BIGINT       NOT NULL REFERENCES lesson (id),
    student_id      BIGINT       NOT NULL,
    minutes_present INTEGER      NOT NULL CHECK (minutes_present >= 0),
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (lesson_id, student_id)
);
CREATE INDEX attendance_entry_student ON attendance_entry (student_id);

-- Every change of the register: who, when, old and new value. Never updated nor deleted.
CREATE TABLE register_change (
    id BIGINT PRIMARY KEY,
    lesson_id   BIGINT       NOT NULL REFERENCES lesson (id),
    student_id  BIGINT       NOT NULL,
    old_minutes INTEGER,
    new_minutes INTEGER      NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX register_change_lesson ON register_change (lesson_id, id);

-- Attendance credits recognised to a student: per training unit, or on the internship (unit_code NULL).
CREATE TABLE attendance_credit (
    id BIGINT PRIMARY KEY,
    edition_id         BIGINT        NOT NULL,
    student_id         BIGINT        NOT NULL,
    unit_code          VARCHAR(40),
    internship         BOOLEAN       NOT NULL,
    hours              NUMERIC(7, 2) NOT NULL CHECK (hours > 0),
    reason             VARCHAR(500)  NOT NULL,
    certificate_held   BOOLEAN       NOT NULL DEFAULT FALSE,
    recognised_by      VARCHAR(200)  NOT NULL,
    recognised_at      TIMESTAMPTZ   NOT NULL,
    CHECK (internship = (unit_code IS NULL))
);
CREATE INDEX attendance_credit_edition ON attendance_credit (edition_id, student_id);

-- Per-unit learning checks (verifica); the latest per student and unit is the one that counts.
CREATE TABLE learning_check (
    id BIGINT PRIMARY KEY,
    edition_id  BIGINT        NOT NULL,
    student_id  BIGINT        NOT NULL,
    unit_code   VARCHAR(40)   NOT NULL,
    check_date  DATE          NOT NULL,
    outcome     VARCHAR(10)   NOT NULL,
    score       NUMERIC(6, 2),
    notes       VARCHAR(1000),
    recorded_by VARCHAR(200)  NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX learning_check_edition ON learning_check (edition_id, student_id, unit_code);

-- Idempotency-Key of creating POSTs: a replay answers the resource created the first time.
CREATE TABLE idempotency_key (
    scope       VARCHAR(100) NOT NULL,
    idem_key    VARCHAR(200) NOT NULL,
    resource_id BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);

-- Hibernate's pooled sequences of the Panache entities (allocation size 50)
CREATE SEQUENCE lesson_seq INCREMENT BY 50;
CREATE SEQUENCE participant_seq INCREMENT BY 50;
CREATE SEQUENCE attendance_entry_seq INCREMENT BY 50;
CREATE SEQUENCE register_change_seq INCREMENT BY 50;
CREATE SEQUENCE attendance_credit_seq INCREMENT BY 50;
CREATE SEQUENCE learning_check_seq INCREMENT BY 50;
