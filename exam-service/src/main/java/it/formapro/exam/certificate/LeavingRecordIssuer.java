package it.formapro.exam.certificate;

import static it.formapro.exam.certificate.DocumentIssuance.alreadyIssued;
import static it.formapro.exam.certificate.DocumentIssuance.refuseIfInFlight;
import static it.formapro.exam.certificate.DocumentIssuance.replay;

import it.formapro.exam.attendance.AttendanceService;
import it.formapro.exam.attendance.StudentAttendance;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.certificate.DocumentIssuance.Issued;
import it.formapro.exam.enrollment.Enrollment;
import it.formapro.exam.enrollment.EnrollmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Issues the learning record of a student who left the edition before any exam ({@link LeavingRecords}: the rules). */
@ApplicationScoped
public class LeavingRecordIssuer {

    @Inject
    CatalogService catalog;

    @Inject
    EnrollmentService enrollment;

    @Inject
    AttendanceService attendance;

    @Inject
    DocumentIssuance issuance;

    /** The day in Italy: a certificate stands until its revocation takes effect. */
    @Inject
    Clock clock;

    /**
     * Issues the learning record of a student who left the edition (WITHDRAWN in enrollment-service), with no exam
     * session: the training units whose learning check was passed and the hours actually attended, read live from
     * attendance-service; no competence-unit outcome, since no exam took place. One standing learning record per
     * student and edition, on leaving or in one of its exam sessions, and none while the student holds a valid
     * certificate of the edition (409). Like a session's document, a record revoked for a wrong content is corrected
     * by issuing it again: "standing" is "revocation not recorded", as in {@link IssuedDocument#findStandingFor} and
     * V8's index. Refusals save nothing and use no number. Under the student's lock, as
     * {@link SessionDocumentIssuer#issue}.
     */
    @Transactional
    public Issued issue(long editionId, long studentId, String idempotencyKey) {
        IssuedDocument.Kind kind = IssuedDocument.Kind.LEARNING_RECORD;
        refuseIfInFlight(idempotencyKey);
        IssuedDocument.lockStudent(studentId);
        IssuedDocument replay = replay(idempotencyKey, null, editionId, studentId, kind);
        if (replay != null) {
            return new Issued(replay, false);
        }
        IssuedDocument standing = IssuedDocument.findStandingLearningRecord(editionId, studentId);
        if (standing != null) {
            throw alreadyIssued(standing, standing.issuedOnLeaving()
                    ? "the learning record on leaving is issued once per student and edition (revoke it if it was "
                    + "wrong, then issue again)"
                    : "a student gets one learning record for the edition, and this one was issued in one of its exam "
                    + "sessions (revoke it first if the student left instead)");
        }
        // as in a session (SessionDocumentIssuer): a certificate stands until its revocation takes effect (DOMAIN.md,
        // Exam and certification)
        IssuedDocument certified = IssuedDocument.findValidCertificate(editionId, studentId, LocalDate.now(clock));
        if (certified != null) {
            throw alreadyIssued(certified, "the student holds the qualification, and a learning record is for those "
                    + "who leave without it");
        }
        EditionRules rules = catalog.rulesOfEdition(editionId);
        Enrollment left = LeavingRecords.requireLeft(editionId, studentId, enrollment.enrollments(editionId));
        StudentAttendance attended = attendance.student(editionId, studentId);
        LocalDate withdrawnOn = LeavingRecords.withdrawnOn(attended, left);
        return issuance.create(kind, null, editionId, studentId, rules, idempotencyKey,
                LeavingRecords.body(rules, attended, withdrawnOn),
                " on leaving edition " + editionId + " (withdrawn on " + withdrawnOn + ", no exam)");
    }
}
