-- A revocation recorded with a date still to come can be corrected until it takes effect (a year typed 2207 for 2027
-- kept the certificate VALID for two centuries, and V3 refused any change of revoked_on): PUT
-- /certificates/{id}/revocation amends its date and reason, with who, when and why. Once in effect it is final; the
-- service decides that on the day in Italy (its clock), the database backs the shape of every change.

-- 1. The last amendment, whole or absent; only a recorded revocation is amended. Every amendment, with the values it
--    replaced, is also in the audit trail (audit_event, DOCUMENT).
ALTER TABLE issued_document
    ADD COLUMN revocation_amended_at TIMESTAMPTZ,
    ADD COLUMN revocation_amended_by VARCHAR(200),
    ADD COLUMN revocation_amendment_reason VARCHAR(1000),
    ADD CONSTRAINT issued_document_revocation_amendment_whole
        CHECK ((revocation_amended_at IS NULL) = (revocation_amended_by IS NULL)
               AND (revocation_amended_at IS NULL) = (revocation_amendment_reason IS NULL)),
    ADD CONSTRAINT issued_document_revocation_amended_once_recorded
        CHECK (revocation_amended_at IS NULL OR revoked_on IS NOT NULL),
    -- a revocation is recorded whole: its date, reason, who and when (DocumentService.revoke sets the four together)
    ADD CONSTRAINT issued_document_revocation_whole
        CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL) AND (revoked_on IS NULL) = (revoked_at IS NULL)
               AND (revoked_on IS NULL) = (revoked_by IS NULL));

-- 2. V4's guard, whose last rule froze revoked_on once set (and left the reason, who and when open to an overwrite: two
--    concurrent revocations each wrote theirs). Now: a revocation is never withdrawn, who recorded it and when never
--    change, and its date and reason change only in an UPDATE that records an amendment (a new
--    revocation_amended_at, with by and reason). Everything else is V4's.
CREATE OR REPLACE FUNCTION issued_document_guard() RETURNS trigger AS $$
DECLARE
    pseudonymising BOOLEAN;
    amending BOOLEAN;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'issued documents are never deleted (revoke them instead)';
    END IF;
    IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.number IS DISTINCT FROM OLD.number
       OR NEW.verification_code IS DISTINCT FROM OLD.verification_code
       OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.student_id IS DISTINCT FROM OLD.student_id
       OR NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.issued_on IS DISTINCT FROM OLD.issued_on
       OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.issued_by IS DISTINCT FROM OLD.issued_by
       OR NEW.qualification_title IS DISTINCT FROM OLD.qualification_title
       OR NEW.eqf_level IS DISTINCT FROM OLD.eqf_level
       OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key THEN
        RAISE EXCEPTION 'an issued document is frozen: only its revocation may be recorded';
    END IF;
    IF OLD.pseudonymised_at IS NOT NULL AND (NEW.pseudonymised_at IS DISTINCT FROM OLD.pseudonymised_at
                                             OR NEW.pseudonymised_by IS DISTINCT FROM OLD.pseudonymised_by) THEN
        RAISE EXCEPTION 'the holder of an issued document is pseudonymised once: it cannot be undone or repeated';
    END IF;
    pseudonymising := OLD.pseudonymised_at IS NULL AND NEW.pseudonymised_at IS NOT NULL;
    IF NOT pseudonymising AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.pdf IS DISTINCT FROM OLD.pdf
                               OR NEW.holder_initials IS DISTINCT FROM OLD.holder_initials
                               OR NEW.pseudonymised_by IS DISTINCT FROM OLD.pseudonymised_by) THEN
        RAISE EXCEPTION 'an issued document is frozen: its holder may only be pseudonymised, once, in the update that sets pseudonymised_at';
    END IF;
    IF OLD.revoked_on IS NULL THEN
        IF NEW.revocation_amended_at IS NOT NULL THEN
            RAISE EXCEPTION 'only a recorded revocation is amended';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.revoked_on IS NULL THEN
        RAISE EXCEPTION 'a revocation is never withdrawn';
    END IF;
    IF NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by THEN
        RAISE EXCEPTION 'who recorded a revocation, and when, never changes';
    END IF;
    amending := NEW.revocation_amended_at IS NOT NULL
                AND NEW.revocation_amended_at IS DISTINCT FROM OLD.revocation_amended_at;
    IF NOT amending AND (NEW.revoked_on IS DISTINCT FROM OLD.revoked_on
                         OR NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason
                         OR NEW.revocation_amended_by IS DISTINCT FROM OLD.revocation_amended_by
                         OR NEW.revocation_amendment_reason IS DISTINCT FROM OLD.revocation_amendment_reason) THEN
        RAISE EXCEPTION 'a revocation cannot be changed but by an amendment, which records who, when and why';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
