-- Idempotency keys are forgotten 24 hours after they were claimed (Idempotency.EXPIRES_AFTER): the purge deletes by
-- created_at, and a claim still unanswered after 5 minutes is taken over as abandoned by the same request, told apart
-- from the claim that replaced it by its created_at.
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
