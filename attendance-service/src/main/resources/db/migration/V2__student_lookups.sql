-- A student's export and erasure (GDPR) look rows up by student across editions.
CREATE INDEX participant_student ON participant (student_id);
CREATE INDEX attendance_credit_student ON attendance_credit (student_id);
CREATE INDEX learning_check_student ON learning_check (student_id);
