-- Erasure of a student (GDPR art. 17): certificates and learning records must be kept (D.lgs 13/2013 art. 6; GDPR
-- art. 17(3)(b)), so their holder is pseudonymised instead (it.formapro.common.privacy.Pseudonym), once.
ALTER TABLE issued_document
    ADD COLUMN pseudonymised_at TIMESTAMPTZ,
    ADD COLUMN pseudonymised_by VARCHAR(200),
    ADD CONSTRAINT issued_document_pseudonymised_by_whom
        CHECK ((pseudonymised_at IS NULL) = (pseudonymised_by IS NULL));

-- Still never deleted, and what was issued never changes, with one exception: the single UPDATE that sets
-- pseudonymised_at (from NULL) may replace the holder in content, pdf and holder_initials. Afterwards the row is
-- frozen again and the pseudonymisation cannot be undone or repeated. number, verification_code and pdf_sha256 (the
-- fingerprint of the PDF as issued, which the holder's own copy still matches) never change. The revocation rules
-- are those of V3.
CREATE OR REPLACE FUNCTION issued_document_guard() RETURNS trigger AS $$
DECLARE
    pseudonymising BOOLEAN;
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
    IF OLD.revoked_on IS NOT NULL AND (NEW.revoked_on IS DISTINCT FROM OLD.revoked_on) THEN
        RAISE EXCEPTION 'a revocation cannot be changed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
