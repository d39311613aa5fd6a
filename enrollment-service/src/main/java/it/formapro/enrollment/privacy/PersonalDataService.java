package it.formapro.enrollment.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.security.Caller;
import it.formapro.common.time.Timestamps;
import it.formapro.enrollment.catalog.CatalogGateway;
import it.formapro.enrollment.enrollment.Enrollment;
import it.formapro.enrollment.enrollment.EnrollmentDtos.StatusChangeView;
import it.formapro.enrollment.enrollment.EnrollmentService;
import it.formapro.enrollment.enrollment.EnrollmentStatus;
import it.formapro.enrollment.enrollment.EnrollmentStatusChange;
import it.formapro.enrollment.enrollment.PresentedDocuments;
import it.formapro.enrollment.idempotency.IdempotencyRecord;
import it.formapro.enrollment.privacy.PersonalDataViews.EnrollmentRecord;
import it.formapro.enrollment.privacy.PersonalDataViews.ErasureReport;
import it.formapro.enrollment.privacy.PersonalDataViews.PersonalDataExport;
import it.formapro.enrollment.student.Student;
import it.formapro.enrollment.student.StudentDtos.StudentView;
import it.formapro.enrollment.student.StudentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A student's rights over their data (GDPR): the export gathers what every service holds (art. 15 and 20); the
 * erasure pseudonymises it everywhere (art. 17), keeping the records the law requires (registers, admission lists,
 * certificates: art. 17(3)(b), D.lgs 13/2013 art. 6) under the pseudonym. This service leads because it owns the
 * identity: the others are erased first, so that a failure leaves the identity here and a retry finishes the job.
 */
@ApplicationScoped
public class PersonalDataService {

    private static final Logger LOG = Logger.getLogger(PersonalDataService.class);

    @Inject
    StudentService students;

    @Inject
    EnrollmentService enrollments;

    @Inject
    CatalogGateway catalog;

    @Inject
    PersonalDataGateway otherServices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public PersonalDataExport export(long studentId) {
        Student student = students.get(studentId);
        List<EnrollmentRecord> records = enrollments.ofStudent(studentId).stream()
                .map(e -> new EnrollmentRecord(e, enrollments.history(e.id()).stream().map(StatusChangeView::of).toList()))
                .toList();
        Map<String, Object> attendance = otherServices.attendanceData(studentId);
        Map<String, Object> exam = otherServices.examData(studentId);
        LOG.infof("Personal data of student %d exported by %s", studentId, caller.name());
        return new PersonalDataExport(studentId, Timestamps.now(clock), caller.name(), StudentView.of(student), records,
                attendance, exam);
    }

    public ErasureReport erase(long studentId, String reason) {
        Student student = students.get(studentId);
        if (student.isErased()) {
            return alreadyErased(student);
        }
        List<ErasurePolicy.Enrollment> vetted = enrollmentsOf(studentId);
        Map<Long, String> editionStatus = new HashMap<>();
        vetted.stream().filter(e -> e.status() == EnrollmentStatus.CONFIRMED)
                .forEach(e -> editionStatus.computeIfAbsent(e.editionId(), id -> catalog.rules(id).status()));
        // exam-service knows the candidates of a frozen admission list only; before freezing, those of the editions
        // the student is CONFIRMED on (its list is computed from our confirmed enrollments)
        List<ErasurePolicy.PendingExam> pendingExams = List.of();
        String examsUnknown = "";
        try {
            pendingExams = otherServices.pendingExams(studentId, List.copyOf(editionStatus.keySet()));
        } catch (ProblemException unavailable) {
            // an enrollment standing in the way is the answer (409), whether exam-service answers or not
            if (ErasurePolicy.obstacles(vetted, editionStatus, List.of()).isEmpty()) {
                throw unavailable;
            }
            examsUnknown = " (whether an exam is pending too could not be asked: exam-service did not answer)";
        }
        List<Problem.Violation> obstacles = ErasurePolicy.obstacles(vetted, editionStatus, pendingExams);
        if (!obstacles.isEmpty()) {
            int blockingEnrollments = obstacles.size() - pendingExams.size();
            throw new ProblemException(409, "erasure-not-yet-possible", "The student cannot be erased yet",
                    "Student " + studentId + " cannot be erased yet: " + blockingEnrollments + " enrollment(s) and "
                            + pendingExams.size() + " pending exam(s)" + examsUnknown + " still need the identity (see "
                            + "violations); nothing was erased", obstacles,
                    ProblemException.figures("studentId", studentId, "blockingEnrollments", blockingEnrollments,
                            "pendingExams", pendingExams.size()));
        }
        // attendance first: a list frozen from now on reads the pseudonym there; exam then checks again, under a lock,
        // for a list frozen since the question above, and may still refuse (the identity stays here, a retry finishes)
        Map<String, Object> attendance = otherServices.eraseInAttendance(studentId);
        Map<String, Object> exam = otherServices.eraseInExam(studentId);
        return QuarkusTransaction.requiringNew().call(() -> {
            // the same row lock as a pre-enrollment: none can slip in between the check above and the erasure
            Student locked = Student.findById(studentId, LockModeType.PESSIMISTIC_WRITE);
            if (locked.isErased()) {
                return alreadyErased(locked);
            }
            if (!enrollmentsOf(studentId).equals(vetted)) {
                throw ProblemException.conflict("concurrent-modification", "The enrollments of student " + studentId
                        + " changed while the erasure was being prepared; nothing was erased here, retry");
            }
            locked.erase(caller.name(), reason.strip(), Timestamps.now(clock));
            // a withdrawal's free-text reason may describe the person; the withdrawal itself (who, when) stays
            Enrollment.update("withdrawalReason = null where studentId = ?1 and withdrawalReason is not null", studentId);
            // what portals sent with applications for the student (documents held for the front desk, the birth date
            // and citizenship declared, a rejection's reason) is theirs: gone with the identity
            PresentedDocuments.delete("enrollmentId in (select e.id from Enrollment e where e.studentId = ?1)", studentId);
            EnrollmentStatusChange.update("note = null where toStatus = ?1 and enrollmentId in "
                    + "(select e.id from Enrollment e where e.studentId = ?2)", EnrollmentStatus.WITHDRAWN, studentId);
            // replayable answers to POST /students, the pre-enrollments and confirmations still hold the identity or the
            // eligibility's reasons about it
            long forgotten = IdempotencyRecord.forgetAbout(studentId, vetted.stream().map(ErasurePolicy.Enrollment::id).toList());
            LOG.infof("Student %d erased by %s (%d stored answers forgotten)", studentId, caller.name(), forgotten);
            return new ErasureReport(studentId, locked.erasedAt, locked.erasedBy, locked.erasureReason, false,
                    attendance, exam);
        });
    }

    private static List<ErasurePolicy.Enrollment> enrollmentsOf(long studentId) {
        return Enrollment.<Enrollment>list("studentId = ?1 order by id", studentId).stream()
                .map(e -> new ErasurePolicy.Enrollment(e.id, e.editionId, e.status)).toList();
    }

    private static ErasureReport alreadyErased(Student s) {
        return new ErasureReport(s.id, s.erasedAt, s.erasedBy, s.erasureReason, true, null, null);
    }
}
