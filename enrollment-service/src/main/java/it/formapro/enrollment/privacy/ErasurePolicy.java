package it.formapro.enrollment.privacy;

import it.formapro.common.problem.Problem;
import it.formapro.enrollment.enrollment.EnrollmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a student may be erased (GDPR art. 17). The right to erasure does not reach what a running course still needs
 * (art. 17(3)(b): the register and the exam need the person), so an erasure waits until every enrollment is withdrawn
 * or its edition is CLOSED. Pending applications (pre-enrolled, waiting list) are withdrawn first, so that the
 * front desk tells the applicant rather than the data silently vanishing. A CLOSED edition may still have its exam to
 * conclude in exam-service: each session in which the student's exam is pending blocks the erasure too, since the
 * certificate or learning record it leads to needs the identity (D.lgs 13/2013 art. 6) and exam-service could not issue
 * it once the student is erased.
 */
public final class ErasurePolicy {

    /** An enrollment of the student: its id, edition and status. */
    public record Enrollment(long id, long editionId, EnrollmentStatus status) {
    }

    /**
     * A session in which the student's exam is not concluded, as exam-service answers it (GET
     * /students/{id}/pending-exams): reason ADMISSION_LIST_NOT_FROZEN, NO_DOCUMENT_YET, ABSENT_FROM_EXAM or
     * NO_SESSION_YET (then no session, status nor date), outcome PASSED, FAILED, ABSENT or null.
     */
    public record PendingExam(Long sessionId, long editionId, String status, LocalDate examDate, String reason,
                              String outcome) {
    }

    private static final String SOURCE = "GDPR art. 17(3)(b)";

    private ErasurePolicy() {
    }

    /**
     * What stands in the way of erasing the student; empty if nothing does.
     *
     * @param editionStatus the catalogue status of each edition with a confirmed enrollment (PLANNED, OPEN, RUNNING, CLOSED)
     * @param pendingExams  the sessions in which exam-service says the student's exam is pending
     */
    public static List<Problem.Violation> obstacles(List<Enrollment> enrollments, Map<Long, String> editionStatus,
                                                    List<PendingExam> pendingExams) {
        List<Problem.Violation> obstacles = new ArrayList<>();
        for (Enrollment e : enrollments) {
            switch (e.status()) {
                case WITHDRAWN -> { }
                case PRE_ENROLLED, WAITING_LIST -> obstacles.add(new Problem.Violation("enrollments[" + e.id() + "]",
                        "enrollment " + e.id() + " on edition " + e.editionId() + " is " + e.status()
                                + ": withdraw it first (the applicant must be told)", null));
                case CONFIRMED -> {
                    String status = editionStatus.get(e.editionId());
                    if (!"CLOSED".equals(status)) {
                        obstacles.add(new Problem.Violation("enrollments[" + e.id() + "]", "enrollment " + e.id()
                                + " is CONFIRMED on edition " + e.editionId() + ", which is " + status
                                + ": the register and the exam still need the student's identity (GDPR art. 17(3)(b)); "
                                + "withdraw the student or wait until the edition is CLOSED", SOURCE));
                    }
                }
            }
        }
        for (PendingExam exam : pendingExams) {
            obstacles.add(new Problem.Violation(exam.sessionId() == null ? "editions[" + exam.editionId() + "]"
                    : "examSessions[" + exam.sessionId() + "]", pending(exam, enrollments), SOURCE));
        }
        return obstacles;
    }

    /** Which session, why the identity is still needed there, and what lets the erasure go ahead. */
    private static String pending(PendingExam exam, List<Enrollment> enrollments) {
        String needs = " needs the student's identity (GDPR art. 17(3)(b): exam-service cannot issue it to an erased "
                + "student)";
        String enrollment = enrollments.stream()
                .filter(e -> e.editionId() == exam.editionId() && e.status() == EnrollmentStatus.CONFIRMED)
                .map(e -> "enrollment " + e.id()).findFirst().orElse("the enrollment");
        if ("NO_SESSION_YET".equals(exam.reason())) {
            return "edition " + exam.editionId() + ", on which the student is CONFIRMED, has no exam session yet: the "
                    + "certificate or learning record of its exam" + needs + "; wait until exam-service has issued it, "
                    + "or withdraw " + enrollment + " if the student will not sit the exam";
        }
        String session = "exam session " + exam.sessionId() + " of edition " + exam.editionId() + " (" + exam.status()
                + ", exam on " + exam.examDate() + ")";
        if ("ADMISSION_LIST_NOT_FROZEN".equals(exam.reason())) {
            return session + " has no frozen admission list yet and the student, CONFIRMED on edition "
                    + exam.editionId() + ", will be a candidate: the certificate or learning record of the exam" + needs
                    + "; wait until exam-service has issued it, or withdraw " + enrollment
                    + " before the list is frozen if the student will not sit the exam";
        }
        if ("ABSENT_FROM_EXAM".equals(exam.reason())) {
            return "the student was ABSENT from " + session + " and, CONFIRMED on edition " + exam.editionId()
                    + ", is still to sit its exam in a later session: the certificate or learning record of that exam"
                    + needs + "; wait until exam-service has issued it, or withdraw " + enrollment
                    + " if the student will not sit the exam";
        }
        String document = switch (exam.outcome() == null ? "" : exam.outcome()) {
            case "PASSED" -> "passed: the certificate (POST /exam-sessions/" + exam.sessionId() + "/certificates)";
            case "FAILED" -> "failed: the learning record (POST /exam-sessions/" + exam.sessionId() + "/learning-records)";
            default -> "no outcome recorded yet: the certificate or learning record that will follow it";
        };
        return "the student is admitted to " + session + " and has no document issued there yet; " + document + needs
                + "; wait until exam-service has issued it, then erase";
    }
}
