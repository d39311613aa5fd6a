-- Lessons devoted to the key competences (KC): the standards state their hours ([000] [002]: "Durata delle attività
-- formative rivolte alle KC (ore) 20"), which the calendar check (CalendarRules) adds up. Existing lessons are not KC.
ALTER TABLE lesson ADD COLUMN key_competences BOOLEAN NOT NULL DEFAULT FALSE;
