-- The fingerprint of an idempotent request: SHA-256 (hex) of its method and path and the canonical JSON of its body and
-- of the query parameters that change its outcome. The same Idempotency-Key with another body is refused (422
-- idempotency-key-reused) instead of replaying the first answer. Keys stored before this column existed have no
-- fingerprint and keep replaying on the method and path alone, as they were promised.
ALTER TABLE idempotency_record ADD COLUMN request_hash VARCHAR(64);
