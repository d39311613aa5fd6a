-- GDPR art. 17: an erased student keeps its row (enrollments and the documents of other services refer to its id)
-- but no personal data; who erased it, when and on what request is kept as the audit of the erasure.
ALTER TABLE student ALTER COLUMN birth_date DROP NOT NULL;
ALTER TABLE student ALTER COLUMN citizenship DROP NOT NULL;
ALTER TABLE student ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE student ADD COLUMN erased_by VARCHAR(200);
ALTER TABLE student ADD COLUMN erasure_reason VARCHAR(500);
ALTER TABLE student DROP CONSTRAINT student_identified;
ALTER TABLE student ADD CONSTRAINT student_identified CHECK (erased_at IS NOT NULL OR fiscal_code IS NOT NULL
    OR (other_id_type IS NOT NULL AND other_id_value IS NOT NULL));
ALTER TABLE student ADD CONSTRAINT student_active_has_birth CHECK (erased_at IS NOT NULL OR (birth_date IS NOT NULL AND citizenship IS NOT NULL));
-- the database itself guarantees that an erased row holds no identity, contacts or evidence
ALTER TABLE student ADD CONSTRAINT student_erased_is_empty CHECK (erased_at IS NULL OR (
    fiscal_code IS NULL AND other_id_value IS NULL AND birth_date IS NULL AND birth_place IS NULL AND email IS NULL
    AND phone IS NULL AND education_description IS NULL AND italian_cert_issuer IS NULL AND permit_expires_on IS NULL));
