-- A presence given as times keeps them: the e-learning platform's tracked entry and exit (DOMAIN.md: "E-learning
-- hours come with the platform's tracked entry and exit times"), or a late arrival / early leave in class. The minutes
-- stay the figure every threshold reads; the times are the trace an inspection asks for. Null when minutes or hours
-- were given. The audit row keeps the times of each change too.
ALTER TABLE attendance_entry ADD COLUMN arrived_at TIME, ADD COLUMN left_at TIME;
ALTER TABLE register_change ADD COLUMN arrived_at TIME, ADD COLUMN left_at TIME;
