-- The day a confirmed student joins (the joinedOn sent to attendance-service): a withdrawal cannot be dated before it.
ALTER TABLE enrollment ADD COLUMN joined_on DATE;
-- Enrollments confirmed before the column existed: the day their CONFIRMED audit entry records ("... joined on 2027-01-11").
UPDATE enrollment e
   SET joined_on = CAST(substring(c.note FROM 'joined on ([0-9]{4}-[0-9]{2}-[0-9]{2})') AS DATE)
  FROM enrollment_status_change c
 WHERE c.enrollment_id = e.id AND c.to_status = 'CONFIRMED' AND e.confirmed_at IS NOT NULL
   AND c.note ~ 'joined on [0-9]{4}-[0-9]{2}-[0-9]{2}';
