-- A register write looks for the same students' presences at other lessons of that day, in any edition
-- (a student is in one place at a time): the day's lessons are found by date alone.
CREATE INDEX lesson_date ON lesson (lesson_date);
