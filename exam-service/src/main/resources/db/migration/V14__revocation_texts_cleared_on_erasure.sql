-- The erasure of a student (GDPR art. 17) clears the free texts of their documents' revocations: the reason and the
-- amendment's reason, written by staff, may name people or tell allegations, and the document is kept without them
-- (D.lgs 13/2013 art. 6 needs the revocation, not its story). The revocation stays whole - its date, who recorded and
-- amended it and when - and each text becomes exactly '[cleared on erasure request]' (PersonalDataService.erase, which
-- clears their copies in audit_event too; it.formapro.exam.privacy.ErasedTexts).
--
-- V11's guard let a revocation's reason change only in an amendment. Now also in an UPDATE that changes nothing of
-- the revocation but these texts, the reason to the marker and the amendment's reason to the marker (an absent one
-- stays absent), of a document whose student's erasure is recorded (erased_student, V12, inserted earlier in the same
-- transaction). Everything else is V11's.
CREATE OR REPLACE FUNCTION issued_document_guard() RETURNS trigger AS $$
DECLARE
    pseudonymising BOOLEAN;
    amending BOOLEAN;
    clearing BOOLEAN;
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
    clearing := NEW.revoked_on = OLD.revoked_on
                AND NEW.revocation_amended_at IS NOT DISTINCT FROM OLD.revocation_amended_at
                AND NEW.revocation_amended_by IS NOT DISTINCT FROM OLD.revocation_amended_by
                AND NEW.revocation_reason = '[cleared on erasure request]'
                AND NEW.revocation_amendment_reason IS NOT DISTINCT FROM
                    CASE WHEN OLD.revocation_amendment_reason IS NULL THEN NULL ELSE '[cleared on erasure request]' END
                AND EXISTS (SELECT 1 FROM erased_student e WHERE e.student_id = OLD.student_id);
    IF NOT amending AND NOT clearing
       AND (NEW.revoked_on IS DISTINCT FROM OLD.revoked_on
            OR NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason
            OR NEW.revocation_amended_by IS DISTINCT FROM OLD.revocation_amended_by
            OR NEW.revocation_amendment_reason IS DISTINCT FROM OLD.revocation_amendment_reason) THEN
        RAISE EXCEPTION 'a revocation cannot be changed but by an amendment, which records who, when and why (or cleared of its texts on the erasure of its student)';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
