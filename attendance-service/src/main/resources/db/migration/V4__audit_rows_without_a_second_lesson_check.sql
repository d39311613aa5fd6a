-- The audit trail keeps its lesson id without a foreign key of its own. Its rows are written only by the statement
-- that upserts the register entries they describe (RegisterStore.WRITE), and each of those entries' foreign key checks
-- the same lesson; a lesson with entries is never deleted (that key, and LessonService.delete). PostgreSQL checked the
-- audit row's key once per row, 30 lookups of the same lesson per register write: ~0.2-0.3 ms of its CPU a lesson
-- (BENCHMARKS.md, run 12).
ALTER TABLE register_change DROP CONSTRAINT register_change_lesson_id_fkey;
