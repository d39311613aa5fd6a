package it.formapro.exam.certificate;

import static it.formapro.exam.certificate.DocumentIssuance.alreadyIssued;
import static it.formapro.exam.certificate.DocumentIssuance.course;
import static it.formapro.exam.certificate.DocumentIssuance.passedTrainingUnits;
import static it.formapro.exam.certificate.DocumentIssuance.refuseIfInFlight;
import static it.formapro.exam.certificate.DocumentIssuance.replay;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.admission.AdmissionService;
import it.formapro.exam.admission.Candidate;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.certificate.DocumentIssuance.Body;
import it.formapro.exam.certificate.DocumentIssuance.Issued;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.outcome.OutcomeService;
import it.formapro.exam.outcome.UnitResult;
import it.formapro.exam.session.ExamSession;
import it.formapro.exam.session.ExamSessionService;
import it.formapro.exam.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues a candidate's document in an exam session: the certificate to a pass, the learning record to a fail or to a
 * student of the frozen list who was excluded or withdrew. What every issue shares is {@link DocumentIssuance}'s.
 */
@ApplicationScoped
public class SessionDocumentIssuer {

    @Inject
    AdmissionService admissions;

    @Inject
    OutcomeService outcomes;

    @Inject
    CatalogService catalog;

    @Inject
    DocumentIssuance issuance;

    /** The day in Italy: a certificate stands until its revocation takes effect. */
    @Inject
    Clock clock;

    /**
     * Issues the certificate (a pass) or the learning record (a fail, or a student excluded or withdrawn) of a
     * candidate. The session row is locked first, so concurrent requests for a session queue and the second sees
     * the first's document; the unique (session, student) constraint backs this up. The same Idempotency-Key
     * replays the document issued for it; any other second request is a 409 naming the existing document, and so is
     * any document for a student who holds the learning record on leaving the edition. The student's lock
     * ({@link IssuedDocument#lockStudent}) then makes the checks across sessions and the insert one step.
     */
    @Transactional
    public Issued issue(long sessionId, long studentId, IssuedDocument.Kind kind, String idempotencyKey) {
        refuseIfInFlight(idempotencyKey);
        ExamSession session = ExamSessionService.lock(sessionId);
        ExamSessionService.refuseIfCancelled(session, "no document is issued (a student who left the course gets the "
                + "learning record on leaving, POST /editions/" + session.editionId + "/learning-records)");
        IssuedDocument.lockStudent(studentId);
        IssuedDocument replay = replay(idempotencyKey, sessionId, session.editionId, studentId, kind);
        if (replay != null) {
            return new Issued(replay, false);
        }
        IssuedDocument existing = IssuedDocument.findStandingFor(sessionId, studentId);
        if (existing != null) {
            throw alreadyIssued(existing, "a document is issued once per candidate and session (revoke it if it was "
                    + "wrong, correct the outcome, then issue again)");
        }
        // a revoked record on leaving is in nobody's way (V8): standing documents only, as just above. A student who
        // left and holds it concluded the edition that way (pending-exams counts it), so no session certifies them
        // either unless it is revoked: they did sit the exam after all
        IssuedDocument onLeaving = IssuedDocument.findStandingOnLeaving(session.editionId, studentId);
        if (onLeaving != null) {
            throw alreadyIssued(onLeaving, kind == IssuedDocument.Kind.LEARNING_RECORD
                    ? "a student gets one learning record for the edition, and this one was issued when the student "
                    + "left the course"
                    : "the student left the course and holds the learning record on leaving: revoke it first if the "
                    + "student did sit this exam");
        }
        // a retake session of the same edition may admit a student who already passed: the qualification is certified
        // once, and a learning record is for those leaving without it (DOMAIN.md, Exam and certification)
        IssuedDocument certified = IssuedDocument.findValidCertificate(session.editionId, studentId, LocalDate.now(clock));
        if (certified != null) {
            throw alreadyIssued(certified, kind == IssuedDocument.Kind.CERTIFICATE
                    ? "the qualification is certified once per student and edition: revoke that certificate first if it was wrong"
                    : "the student holds the qualification, and a learning record is for those who leave without it");
        }
        if (session.status == SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("session-not-held", "Exam session " + sessionId
                    + " is SCHEDULED: documents are issued after the exam is HELD");
        }
        Candidate candidate = admissions.requireFrozenEntry(sessionId, studentId);
        ExamOutcome outcome = ExamOutcome.find(sessionId, studentId);
        checkEntitlement(kind, sessionId, studentId, candidate, outcome);

        EditionRules rules = catalog.rules(session.editionId);
        Body body = sessionBody(kind, session, rules, candidate,
                outcome == null ? null : outcomes.read(outcome.unitResults), outcome);
        return issuance.create(kind, sessionId, session.editionId, studentId, rules, idempotencyKey, body, "");
    }
    private static void checkEntitlement(IssuedDocument.Kind kind, long sessionId, long studentId, Candidate candidate,
                                         ExamOutcome outcome) {
        String law = "D.lgs 13/2013; DOMAIN.md, Exam and certification";
        if (outcome != null && outcome.result == ExamOutcome.Result.ABSENT) {
            // DOMAIN.md: a pass gets the certificate, a fail or a student leaving early the learning record; a
            // candidate who did not sit was neither assessed nor has left
            throw ProblemException.ruleViolation("candidate-absent", "Student " + studentId + " was ABSENT from exam "
                            + "session " + sessionId + ": no " + kind.italianTitle + " follows an exam not sat. The "
                            + "student sits a later session of the edition; a student who leaves the course gets the "
                            + "learning record on leaving once withdrawn (POST /editions/{editionId}/learning-records). "
                            + "If the candidate did sit, record the outcome PASSED or FAILED. Nothing was issued.",
                    List.of(new Problem.Violation("outcome", kind == IssuedDocument.Kind.CERTIFICATE ? "PASSED required"
                            : "FAILED, or not admitted/withdrawn, required", law)),
                    ProblemException.figures("studentId", studentId, "outcome", outcome.result.name(),
                            "admitted", candidate.admitted()));
        }
        if (kind == IssuedDocument.Kind.CERTIFICATE) {
            if (outcome == null || outcome.result != ExamOutcome.Result.PASSED) {
                throw ProblemException.ruleViolation("certificate-needs-pass", "Student " + studentId
                                + " has " + (outcome == null ? "no outcome" : "outcome " + outcome.result) + " in exam session "
                                + sessionId + ": only a pass issues the Certificato di qualificazione professionale"
                                + (candidate.admitted() ? "" : " (the student was not admitted)"),
                        List.of(new Problem.Violation("outcome", "PASSED required", law)),
                        ProblemException.figures("studentId", studentId, "outcome",
                                outcome == null ? "NONE" : outcome.result.name(), "admitted", candidate.admitted()));
            }
            return;
        }
        boolean passed = outcome != null && outcome.result == ExamOutcome.Result.PASSED;
        boolean failed = outcome != null && outcome.result == ExamOutcome.Result.FAILED;
        if (passed || (!failed && candidate.admitted())) {
            throw ProblemException.ruleViolation("learning-record-not-due", "Student " + studentId
                            + (passed ? " passed: a pass gets the certificate, not the learning record"
                            : " is admitted and has no outcome yet: the learning record follows a fail, or a student "
                            + "who left or was not admitted"),
                    List.of(new Problem.Violation("outcome", "FAILED, or not admitted/withdrawn, required", law)),
                    ProblemException.figures("studentId", studentId, "outcome",
                            outcome == null ? "NONE" : outcome.result.name(), "admitted", candidate.admitted()));
        }
    }

    private static Body sessionBody(IssuedDocument.Kind kind, ExamSession session, EditionRules rules,
                                    Candidate candidate, List<UnitResult> unitResults, ExamOutcome outcome) {
        Map<String, UnitResult> results = unitResults == null ? Map.of()
                : unitResults.stream().collect(Collectors.toMap(UnitResult::code, Function.identity()));
        List<DocumentContent.Unit> competenceUnits = rules.competenceUnitsOrEmpty().stream()
                .map(u -> new DocumentContent.Unit(u.code(), u.title(), u.eqfLevel(),
                        results.containsKey(u.code()) ? (results.get(u.code()).passed() ? "PASSED" : "FAILED") : "NOT_ASSESSED"))
                // a learning record lists the units passed; a certificate lists them all (all passed)
                .filter(u -> kind == IssuedDocument.Kind.CERTIFICATE || "PASSED".equals(u.result()))
                .toList();
        List<DocumentContent.Unit> trainingUnitsPassed = kind == IssuedDocument.Kind.CERTIFICATE ? List.of()
                : passedTrainingUnits(candidate.unitChecks());
        Candidate.Figures f = candidate.figures();
        return new Body(competenceUnits, trainingUnitsPassed,
                course(rules, hoursActuallyAttended(f), f == null ? null : f.internshipHours(), candidate.withdrawn()),
                new DocumentContent.Assessment(session.id, session.examDate, session.place,
                        session.board.stream().map(m -> new DocumentContent.BoardMember(m.role.name(), m.fullName,
                                m.appointedBy.name())).toList(),
                        outcome == null ? "NOT_ASSESSED" : outcome.result.name()),
                null);
    }

    /**
     * The hours a session's document states as actually attended ([001] sez. 11, "ore di effettiva frequenza"), from
     * the frozen admission list like every figure of it: not the admission figure, which leaves out the hours a credit
     * excuses. A list frozen before attendance-service gave the figure has only the admission one: that is printed
     * then, as it was when the list was frozen, rather than a live figure the snapshot never held.
     */
    static BigDecimal hoursActuallyAttended(Candidate.Figures f) {
        if (f == null) {
            return null;
        }
        return f.hoursActuallyAttended() != null ? f.hoursActuallyAttended() : f.attendedHours();
    }
}
