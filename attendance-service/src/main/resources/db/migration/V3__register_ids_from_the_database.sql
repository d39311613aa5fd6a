-- The register is written by one SQL statement per lesson (RegisterStore), no longer by Hibernate: entries and audit
-- rows take their ids from their sequence, one step per row, instead of Hibernate's pooled blocks of 50. The
-- sequences restart beyond any id Hibernate may have handed out from its last block.
SELECT setval('attendance_entry_seq',
              GREATEST((SELECT last_value FROM attendance_entry_seq), (SELECT COALESCE(MAX(id), 0) FROM attendance_entry)) + 50);
ALTER SEQUENCE attendance_entry_seq INCREMENT BY 1 OWNED BY attendance_entry.id;
ALTER TABLE attendance_entry ALTER COLUMN id SET DEFAULT nextval('attendance_entry_seq');

SELECT setval('register_change_seq',
              GREATEST((SELECT last_value FROM register_change_seq), (SELECT COALESCE(MAX(id), 0) FROM register_change)) + 50);
ALTER SEQUENCE register_change_seq INCREMENT BY 1 OWNED BY register_change.id;
ALTER TABLE register_change ALTER COLUMN id SET DEFAULT nextval('register_change_seq');
