-- Why a credit was revoked (optional, free text: cleared on the student's erasure like the credit's own reason).
ALTER TABLE attendance_credit ADD COLUMN revocation_reason VARCHAR(500);

-- A credit is the record of what was recognised, and its revocation the record of what was withdrawn: neither is
-- rewritten. The row is never deleted; what it gave (edition, student, unit, hours) and who recognised it never
-- change; the revocation is recorded once (with its reason, in the same update); the free texts may only be cleared.
CREATE OR REPLACE FUNCTION attendance_credit_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'credits are never deleted (revoke them instead)';
    END IF;
    IF NEW.edition_id IS DISTINCT FROM OLD.edition_id OR NEW.student_id IS DISTINCT FROM OLD.student_id
       OR NEW.unit_code IS DISTINCT FROM OLD.unit_code OR NEW.internship IS DISTINCT FROM OLD.internship
       OR NEW.hours IS DISTINCT FROM OLD.hours OR NEW.certificate_held IS DISTINCT FROM OLD.certificate_held
       OR NEW.recognised_by IS DISTINCT FROM OLD.recognised_by OR NEW.recognised_at IS DISTINCT FROM OLD.recognised_at THEN
        RAISE EXCEPTION 'a credit is frozen: only its revocation may be recorded';
    END IF;
    IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
                                       OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by) THEN
        RAISE EXCEPTION 'a credit is revoked once: its revocation cannot be undone or changed';
    END IF;
    IF NEW.reason IS DISTINCT FROM OLD.reason AND NEW.reason IS NOT NULL THEN
        RAISE EXCEPTION 'a credit is frozen: its reason may only be cleared (erasure)';
    END IF;
    IF NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason AND NEW.revocation_reason IS NOT NULL
       AND NOT (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) THEN
        RAISE EXCEPTION 'a credit is frozen: its revocation reason is given with the revocation and may only be cleared (erasure)';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER attendance_credit_guard BEFORE UPDATE OR DELETE ON attendance_credit
    FOR EACH ROW EXECUTE FUNCTION attendance_credit_guard();
