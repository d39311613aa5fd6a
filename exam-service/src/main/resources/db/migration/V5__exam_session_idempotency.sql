-- A retried "schedule a session" with the same Idempotency-Key returns the session it created, never a second one.
ALTER TABLE exam_session ADD COLUMN idempotency_key VARCHAR(200) UNIQUE;
