-- The calendar of an edition: one row per lesson.
CREATE TABLE lesson (
    id          BIGSERIAL PRIMARY KEY,
    edition_id  BIGINT NOT NULL,
    lesson_date DATE   NOT NULL
);
