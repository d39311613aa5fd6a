-- A credit revoked (DELETE .../credits/{id}) is kept as the record of what was recognised and withdrawn, by whom and
-- when; it no longer counts anywhere (CreditRules, the summaries). Both set together, never changed afterwards.
ALTER TABLE attendance_credit ADD COLUMN revoked_at TIMESTAMPTZ, ADD COLUMN revoked_by VARCHAR(200);
ALTER TABLE attendance_credit ADD CONSTRAINT attendance_credit_revoked_with_actor
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL));

-- The erasure of a student (GDPR art. 17) clears the free-text reason of their credits, which may describe the
-- person, as it clears learning-check notes and withdrawal reasons: null once erased; a new credit still needs one.
ALTER TABLE attendance_credit ALTER COLUMN reason DROP NOT NULL;
