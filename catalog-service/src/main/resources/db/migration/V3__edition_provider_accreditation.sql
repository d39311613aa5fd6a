-- The accredited provider's accreditation references (D.lgs 13/2013 art. 6: a certificate names "the accredited
-- provider with the references of its accreditation"). Optional on the edition, so one can be planned before they
-- are recorded and existing editions stay valid; exam-service refuses to issue documents until they are there.
ALTER TABLE course_edition ADD COLUMN provider_accreditation VARCHAR(300);
