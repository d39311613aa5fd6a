-- Public final exam sessions of an edition.
CREATE TABLE exam_session (
    id          BIGSERIAL PRIMARY KEY,
    edition_id  BIGINT NOT NULL,
    exam_date   DATE   NOT NULL
);
