package it.formapro.exam.certificate;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.time.Italy;
import it.formapro.exam.admission.AdmissionRules;
import it.formapro.exam.attendance.StudentAttendance;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.Enrollment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The learning record of a student who left the course before any exam (DOMAIN.md, "Exam and certification": "a
 * student leaving early gets the learning record with the units passed and the hours actually attended"): who may
 * have it, the day they left, and what it says. Plain Java: the facts come from enrollment- and attendance-service.
 */
public final class LeavingRecords {

    static final String RULE = "DOMAIN.md, Exam and certification: a student leaving early gets the learning record";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LeavingRecords() {
    }

    /**
     * The withdrawn enrollment the record rests on. enrollment-service is the authority on whether the student left:
     * a student may have withdrawn and enrolled again, so any enrollment not WITHDRAWN means the student is on the
     * course (or waiting to be), and one withdrawn before it was ever confirmed means the student never attended.
     */
    public static Enrollment requireLeft(long editionId, long studentId, List<Enrollment> enrollments) {
        List<Enrollment> mine = enrollments.stream()
                .filter(e -> e.studentId() == studentId && (e.editionId() == 0 || e.editionId() == editionId))
                .toList();
        if (mine.isEmpty()) {
            throw refusal("student-not-enrolled", "Student " + studentId + " has no enrollment in edition " + editionId
                    + " (enrollment-service): the learning record on leaving is for a student who was on the course "
                    + "and left it. Nothing was issued.", "an enrollment of the edition, WITHDRAWN",
                    studentId, editionId, null, null);
        }
        Enrollment live = mine.stream().filter(e -> !"WITHDRAWN".equals(e.status())).findFirst().orElse(null);
        if (live != null) {
            throw refusal("student-not-withdrawn", "Student " + studentId + " has not left edition " + editionId
                    + ": enrollment " + live.id() + " is " + live.status() + ", not WITHDRAWN. A student still on the "
                    + "course gets the learning record only after the exam, from the exam session (POST "
                    + "/exam-sessions/{sessionId}/learning-records after a fail; a pass gets the certificate); if the "
                    + "student has left, record the withdrawal in enrollment-service first. Nothing was issued.",
                    "WITHDRAWN required", studentId, editionId, live.id(), live.status());
        }
        return mine.stream().filter(e -> e.confirmedAt() != null)
                .max(Comparator.comparing(Enrollment::withdrawnAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> refusal("student-never-on-course", "Student " + studentId + " withdrew from edition "
                                + editionId + " before the enrollment was confirmed: the student was never on the "
                                + "course, so there are no hours attended nor learning checks to formalise. Nothing was "
                                + "issued.", "a confirmed enrollment, then WITHDRAWN", studentId, editionId,
                        mine.get(0).id(), mine.get(0).status()));
    }

    /** The day the student left: attendance-service's withdrawal date, else the day enrollment-service recorded it. */
    public static LocalDate withdrawnOn(StudentAttendance attendance, Enrollment withdrawn) {
        if (attendance != null && attendance.withdrawnOn() != null) {
            return attendance.withdrawnOn();
        }
        OffsetDateTime recorded = withdrawn.withdrawnAt();
        return recorded == null ? null : recorded.atZoneSameInstant(Italy.ZONE).toLocalDate();
    }

    /** What the document says about how it came to be issued (printed on the PDF, kept in the content). */
    public static String statement(LocalDate withdrawnOn) {
        return "Documento rilasciato all'uscita anticipata dal percorso formativo (ritiro "
                + (withdrawnOn == null ? "in data non registrata" : "il " + DATE.format(withdrawnOn))
                + "). Nessuna valutazione finale e' stata svolta: sono attestate le unita' formative con verifica "
                + "superata e le ore effettivamente frequentate.";
    }

    /**
     * No competence unit (there was no exam, so none was assessed), the training units whose latest learning check
     * was passed (in the catalogue's order, with its titles), the hours actually attended, no assessment, and the
     * leaving.
     */
    static DocumentIssuance.Body body(EditionRules rules, StudentAttendance attendance, LocalDate withdrawnOn) {
        return new DocumentIssuance.Body(List.of(),
                DocumentIssuance.passedTrainingUnits(AdmissionRules.unitChecks(rules, attendance.unitsOrEmpty())),
                // the hours actually attended ([001] sez. 11), not the admission figure, which leaves credited hours out
                DocumentIssuance.course(rules, attendance.hoursActuallyAttended(), attendance.internshipHours(), true),
                null, new DocumentContent.Leaving(withdrawnOn, statement(withdrawnOn)));
    }

    private static ProblemException refusal(String slug, String detail, String required, long studentId,
                                            long editionId, Long enrollmentId, String status) {
        return ProblemException.ruleViolation(slug, detail,
                List.of(new Problem.Violation("studentId", required, RULE)),
                ProblemException.figures("studentId", studentId, "editionId", editionId, "enrollmentId", enrollmentId,
                        "enrollmentStatus", status));
    }
}
