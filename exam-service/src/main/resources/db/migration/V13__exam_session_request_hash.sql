-- An Idempotency-Key names one request (docs/CONTRACTS.md, "Retries"): the SHA-256 of what the request that scheduled
-- the session asked for (edition, date, place and board as read; ExamSessionService.fingerprint). The same key with
-- another board was answered with the session as a replay, and a true retry was refused once a PUT had moved the
-- session, since the key was compared with the session as it is now. Sessions scheduled before V13 have none and are
-- compared as before: edition, date and place of the session.
ALTER TABLE exam_session ADD COLUMN request_hash VARCHAR(64);
