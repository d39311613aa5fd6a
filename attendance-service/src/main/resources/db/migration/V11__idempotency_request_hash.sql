-- An Idempotency-Key names one request: the SHA-256 of what the first request asked for (IdempotencyKeys.fingerprint),
-- so that the same key with another body is refused (422 idempotency-key-reused, as exam-service does) instead of
-- answered with the resource the first request created. Keys recorded before this migration have none: they cannot
-- be compared and keep replaying as they always did.
ALTER TABLE idempotency_key ADD COLUMN request_hash VARCHAR(64);
