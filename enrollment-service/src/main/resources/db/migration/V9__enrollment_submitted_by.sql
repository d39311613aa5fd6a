-- Which portal client submitted an application: the token's principal name (Keycloak names a client-credentials
-- client's service account 'service-account-<clientId>'), so a portal reads back only its own applications
-- (GET /applications). Null for an enrollment entered by the front desk or an admin (the history names them), and for
-- the portal applications stored before this column existed: nothing recorded which portal sent them, so they stay
-- readable by the front desk only (GET /enrollments/{id}), never guessed from the history.
ALTER TABLE enrollment ADD COLUMN submitted_by VARCHAR(200);
-- a portal's own applications, newest first (GET /applications)
CREATE INDEX enrollment_submitted_by_idx ON enrollment (submitted_by, pre_enrolled_at DESC, id DESC) WHERE submitted_by IS NOT NULL;
