-- The Region that issues the edition's certificates (D.lgs 13/2013 art. 6: the certificate names "the public
-- authority" that issues it). A standard of a regional repertorio names its Region, and the edition inherits it; where
-- the document names none ([000]: "Il documento non indica la regione"), the provider records the Region that
-- authorised the edition. Null = the standard's; exam-service refuses to issue documents while neither is known.
ALTER TABLE course_edition ADD COLUMN issuing_region VARCHAR(60);
