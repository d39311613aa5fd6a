-- The date an education title was obtained: an Italian licenza media obtained before 1 September 1999 attests the
-- compulsory schooling then in force (EligibilityEngine). Erased with the rest of the evidence.
ALTER TABLE student ADD COLUMN education_obtained_on DATE;
ALTER TABLE student ADD CONSTRAINT student_erased_has_no_title_date CHECK (erased_at IS NULL OR education_obtained_on IS NULL);
