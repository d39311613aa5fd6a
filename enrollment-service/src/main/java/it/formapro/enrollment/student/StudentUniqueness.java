package it.formapro.enrollment.student;

import it.formapro.common.problem.ProblemException;
import java.util.Optional;

/**
 * Maps a violation of the student table's unique indexes (V1 student_fiscal_code_uk, V10 student_identity_document_uk) to the
 * 409 duplicate-student problem: two registrations of one person racing each other both pass the check in
 * StudentService, and the index stops the second. Kept in this service: the constraint names are its schema's, and
 * common's ProblemMappers cannot know what they mean. Plain Java.
 */
final class StudentUniqueness {

    private StudentUniqueness() {
    }

    static Optional<ProblemException> conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String constraint = t instanceof org.hibernate.exception.ConstraintViolationException c ? c.getConstraintName() : null;
            String text = constraint != null ? constraint : String.valueOf(t.getMessage());
            if (text.contains("student_fiscal_code_uk")) {
                return Optional.of(ProblemException.conflict("duplicate-student", "Another student with this codice "
                        + "fiscale was registered at the same moment: the same person is not registered twice; look the "
                        + "student up (GET /students) instead of registering them again"));
            }
            if (text.contains("student_identity_document_uk")) {
                return Optional.of(ProblemException.conflict("duplicate-student", "Another student with this identity "
                        + "document (type, issuing country and number) was registered or updated at the same moment: one "
                        + "document is one person's, and the same person is not registered twice; look the student up "
                        + "(GET /students) instead of registering them again"));
            }
        }
        return Optional.empty();
    }
}
