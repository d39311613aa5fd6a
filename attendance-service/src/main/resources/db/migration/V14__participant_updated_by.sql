-- Who last changed a participant (PUT /editions/{e}/participants/{s}, the withdrawal, the erasure), beside updated_at:
-- the token's user, as lesson.updated_by (V6) and the register's audit rows record theirs. NULL for a row last changed
-- before this migration (every existing one): who did it was not recorded.
ALTER TABLE participant ADD COLUMN updated_by VARCHAR(200);
