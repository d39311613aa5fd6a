-- A lesson can be rescheduled or corrected in place (PUT /editions/{e}/lessons/{l}, LessonService.update): who did it
-- last and when. NULL for a lesson never changed since it was added (every existing one).
ALTER TABLE lesson ADD COLUMN updated_at TIMESTAMPTZ, ADD COLUMN updated_by VARCHAR(200);
