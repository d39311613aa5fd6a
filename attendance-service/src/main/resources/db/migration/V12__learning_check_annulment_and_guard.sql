-- A learning check recorded by mistake (wrong student, unit, date or outcome) is annulled (DELETE .../checks/{id}
-- ?reason=..), never deleted: it stays as the record of what was recorded and withdrawn, by whom, when and why, and no
-- longer counts anywhere (the latest check of a unit is the latest one in force: EditionFacts, the summaries and the
-- admission figures). The actor and the time are set together and never changed afterwards; the reason is required
-- with the annulment (the application refuses it without one, the guard below too) and, being free text that may
-- describe the person, is cleared on the student's erasure like the check's notes.
ALTER TABLE learning_check ADD COLUMN annulled_at TIMESTAMPTZ, ADD COLUMN annulled_by VARCHAR(200),
    ADD COLUMN annulment_reason VARCHAR(500);
ALTER TABLE learning_check ADD CONSTRAINT learning_check_annulled_with_actor
    CHECK ((annulled_at IS NULL) = (annulled_by IS NULL));
ALTER TABLE learning_check ADD CONSTRAINT learning_check_annulment_reason_only_if_annulled
    CHECK (annulment_reason IS NULL OR annulled_at IS NOT NULL);

-- A check is the traceable assessment of a unit ([001] sez. 8: "tracciabile valutazione"), and its annulment the
-- record of what was withdrawn: neither is rewritten. The row is never deleted; what it recorded (edition, student,
-- unit, date, outcome, score) and who recorded it never change; the annulment is recorded once, with its reason, in
-- the same update; the free texts (notes, annulment reason) may only be cleared, as the erasure does.
CREATE OR REPLACE FUNCTION learning_check_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'learning checks are never deleted (annul them instead)';
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id
       OR NEW.edition_id IS DISTINCT FROM OLD.edition_id OR NEW.student_id IS DISTINCT FROM OLD.student_id
       OR NEW.unit_code IS DISTINCT FROM OLD.unit_code OR NEW.check_date IS DISTINCT FROM OLD.check_date
       OR NEW.outcome IS DISTINCT FROM OLD.outcome OR NEW.score IS DISTINCT FROM OLD.score
       OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at THEN
        RAISE EXCEPTION 'a learning check is frozen: only its annulment may be recorded';
    END IF;
    IF OLD.annulled_at IS NOT NULL AND (NEW.annulled_at IS DISTINCT FROM OLD.annulled_at
                                        OR NEW.annulled_by IS DISTINCT FROM OLD.annulled_by) THEN
        RAISE EXCEPTION 'a learning check is annulled once: its annulment cannot be undone or changed';
    END IF;
    IF OLD.annulled_at IS NULL AND NEW.annulled_at IS NOT NULL
       AND (NEW.annulment_reason IS NULL OR btrim(NEW.annulment_reason) = '') THEN
        RAISE EXCEPTION 'a learning check is annulled with its reason';
    END IF;
    IF NEW.notes IS DISTINCT FROM OLD.notes AND NEW.notes IS NOT NULL THEN
        RAISE EXCEPTION 'a learning check is frozen: its notes may only be cleared (erasure)';
    END IF;
    IF NEW.annulment_reason IS DISTINCT FROM OLD.annulment_reason AND NEW.annulment_reason IS NOT NULL
       AND NOT (OLD.annulled_at IS NULL AND NEW.annulled_at IS NOT NULL) THEN
        RAISE EXCEPTION 'a learning check is frozen: its annulment reason is given with the annulment and may only be cleared (erasure)';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER learning_check_guard BEFORE UPDATE OR DELETE ON learning_check
    FOR EACH ROW EXECUTE FUNCTION learning_check_guard();
