-- A student without a codice fiscale is identified by another document (other_id_type, other_id_value): until now only
-- the codice fiscale was unique, so a foreigner registered twice with the same passport became two students who could
-- hold two seats on one edition. The identifier is compared normalised: upper case, without blanks ("ya 123" = "YA123").
--
-- Existing data may already hold such duplicates (the defect this fixes). They are not merged here: enrollments,
-- attendance registers and exam documents of other services refer to each id, and only the front desk can tell which
-- record is right. Instead every live duplicate but the oldest (lowest id) of its group is marked
-- duplicate_of = <that oldest id>, the index leaves the marked rows out, and the API shows duplicateOf on the student
-- so the front desk can resolve it: correct the identifier or add the codice fiscale (a successful update clears the
-- mark), or withdraw and erase the extra record. Until then a marked student can be neither pre-enrolled nor confirmed,
-- and no student may be registered or updated to an identifier another live student without a codice fiscale already
-- has (409 duplicate-student, naming the other record). The migration itself never fails on such data.
ALTER TABLE student ADD COLUMN duplicate_of BIGINT REFERENCES student (id);

UPDATE student s
   SET duplicate_of = g.first_id
  FROM (SELECT id,
               min(id) OVER (PARTITION BY other_id_type, upper(regexp_replace(other_id_value, '\s', '', 'g'))) AS first_id
          FROM student
         WHERE fiscal_code IS NULL AND other_id_value IS NOT NULL AND erased_at IS NULL) g
 WHERE s.id = g.id AND g.first_id <> g.id;

CREATE UNIQUE INDEX student_other_id_uk
    ON student (other_id_type, upper(regexp_replace(other_id_value, '\s', '', 'g')))
    WHERE fiscal_code IS NULL AND other_id_value IS NOT NULL AND duplicate_of IS NULL;
