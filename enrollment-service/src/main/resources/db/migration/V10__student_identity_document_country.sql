-- An identity document is its type, the country that issued it and its number: two passports of different countries
-- may carry the same number, and until now no country was stored, so the second of two such people could not be
-- registered without a codice fiscale. other_id_country is the ISO 3166-1 alpha-2 code (upper case), required for a
-- document registered or changed from now on; the documents on file keep no country (NULL) until the front desk
-- records it, and such a document stands for its type and number with any country: it still matches a document of
-- the same type and number of every country, as it did under V7 (README "Readings").
--
-- One document is one person's, whether or not either student has a codice fiscale: a student with a codice fiscale
-- who carries the passport of a student without one is the same person registered twice, and two students with
-- different codici fiscali (two people) carrying one passport means one record holds a wrong document. V7 compared
-- only the students without a codice fiscale; the index below compares every live student with a document.
--
-- Existing data may hold such pairs. As in V7 they are marked, not merged (other services refer to each id): every
-- live student sharing type and number with an older one gets duplicate_of = the oldest of its group (a V7 mark is
-- pointed at the same oldest record, now possibly one with a codice fiscale). The migration never fails on such data.
ALTER TABLE student ADD COLUMN other_id_country VARCHAR(2);
ALTER TABLE student ADD CONSTRAINT student_other_id_country_format CHECK (other_id_country ~ '^[A-Z]{2}$');

-- an erased row holds no document, its country included
ALTER TABLE student DROP CONSTRAINT student_erased_is_empty;
ALTER TABLE student ADD CONSTRAINT student_erased_is_empty CHECK (erased_at IS NULL OR (
    fiscal_code IS NULL AND other_id_value IS NULL AND other_id_country IS NULL AND birth_date IS NULL
    AND birth_place IS NULL AND email IS NULL AND phone IS NULL AND education_description IS NULL
    AND italian_cert_issuer IS NULL AND permit_expires_on IS NULL));

UPDATE student s
   SET duplicate_of = g.first_id
  FROM (SELECT id,
               min(id) OVER (PARTITION BY other_id_type, upper(regexp_replace(other_id_value, '\s', '', 'g'))) AS first_id
          FROM student
         WHERE other_id_type IS NOT NULL AND other_id_value IS NOT NULL AND erased_at IS NULL) g
 WHERE s.id = g.id AND g.first_id <> g.id;

DROP INDEX student_other_id_uk;

-- The guard against two registrations racing: one unmarked live student per type, number and country (an unknown
-- country is a value of its own here; that it matches every country is checked by the service, and no document
-- without a country is written any more, so no race can create one).
CREATE UNIQUE INDEX student_identity_document_uk
    ON student (other_id_type, upper(regexp_replace(other_id_value, '\s', '', 'g')), coalesce(other_id_country, ''))
    WHERE other_id_value IS NOT NULL AND duplicate_of IS NULL;

-- The service's look-up of a document by type and number, marked students included.
CREATE INDEX student_identity_document_idx
    ON student (other_id_type, upper(regexp_replace(other_id_value, '\s', '', 'g')))
    WHERE other_id_value IS NOT NULL;
