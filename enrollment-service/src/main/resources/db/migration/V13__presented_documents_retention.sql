-- Documents a portal presented serve the front desk's decision while the application waits for confirmation (README
-- "Documents presented by a portal"): once it is confirmed or withdrawn, those never accepted are deleted, and rejected
-- ones are not kept (data minimisation, GDPR art. 5(1)(c), (e)); the application does both from now on, this does it for
-- the rows already there, with the same history note (by "V13 migration", without the kinds).
INSERT INTO enrollment_status_change (enrollment_id, from_status, to_status, changed_by, changed_at, note)
SELECT e.id, e.status, e.status, 'V13 migration', now(),
       'documents presented by the portal, never accepted, discarded'
FROM presented_documents p JOIN enrollment e ON e.id = p.enrollment_id
WHERE p.status = 'PENDING' AND e.status IN ('CONFIRMED', 'WITHDRAWN');

DELETE FROM presented_documents p USING enrollment e
WHERE e.id = p.enrollment_id AND p.status = 'PENDING' AND e.status IN ('CONFIRMED', 'WITHDRAWN');

UPDATE presented_documents SET evidence = '{}' WHERE status = 'REJECTED';

-- An application that presented nothing has nothing decided; who decided and when go together.
ALTER TABLE presented_documents
    ADD CONSTRAINT presented_documents_undecided CHECK (status IS NOT NULL
        OR (decided_by IS NULL AND decided_at IS NULL AND rejection_reason IS NULL)),
    ADD CONSTRAINT presented_documents_decider CHECK ((decided_at IS NULL) = (decided_by IS NULL));
