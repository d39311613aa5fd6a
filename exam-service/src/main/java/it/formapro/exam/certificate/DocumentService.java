package it.formapro.exam.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.time.Timestamps;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.admission.AdmissionService;
import it.formapro.exam.admission.Candidate;
import it.formapro.exam.attendance.AttendanceService;
import it.formapro.exam.attendance.StudentAttendance;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.catalog.CatalogService;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.certificate.DocumentDtos.DocumentView;
import it.formapro.exam.certificate.DocumentDtos.Revocation;
import it.formapro.exam.certificate.DocumentDtos.RevocationAmendment;
import it.formapro.exam.certificate.DocumentDtos.RevocationRequest;
import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import it.formapro.exam.enrollment.Enrollment;
import it.formapro.exam.enrollment.EnrollmentService;
import it.formapro.exam.enrollment.StudentIdentity;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.outcome.OutcomeService;
import it.formapro.exam.outcome.UnitResult;
import it.formapro.exam.privacy.ErasedStudent;
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
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DocumentService {

    @Inject
    AdmissionService admissions;

    @Inject
    OutcomeService outcomes;

    @Inject
    CatalogService catalog;

    @Inject
    EnrollmentService enrollment;

    @Inject
    AttendanceService attendance;

    @Inject
    DocumentNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    /** The day in Italy: the issue date printed on a document, the day a revocation takes effect. */
    @Inject
    Clock clock;

    @ConfigProperty(name = "formapro.verification-base-url", defaultValue = "http://localhost:8084/certificates/verify/")
    String verificationBaseUrl;

    /** The result of an issue request: the document, and whether it was created now or replayed for the same key. */
    public record Issued(IssuedDocument document, boolean created) {
    }

    /** What differs between documents beyond the header (holder, authority, qualification): units, course, exam. */
    record Body(List<DocumentContent.Unit> competenceUnits, List<DocumentContent.Unit> trainingUnitsPassed,
                DocumentContent.Course course, DocumentContent.Assessment assessment, DocumentContent.Leaving leaving) {
    }

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
        IssuedDocument certified = IssuedDocument.findValidCertificate(session.editionId, studentId, today());
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
        return create(kind, sessionId, session.editionId, studentId, rules, idempotencyKey, body, "");
    }

    /**
     * Issues the learning record of a student who left the edition (WITHDRAWN in enrollment-service), with no exam
     * session: the training units whose learning check was passed and the hours actually attended, read live from
     * attendance-service; no competence-unit outcome, since no exam took place. One standing learning record per
     * student and edition, on leaving or in one of its exam sessions, and none while the student holds a valid
     * certificate of the edition (409). Like a session's document, a record revoked for a wrong content is corrected
     * by issuing it again: "standing" is "revocation not recorded", as in {@link IssuedDocument#findStandingFor} and
     * V8's index. Refusals save nothing and use no number. Under the student's lock, as {@link #issue}.
     */
    @Transactional
    public Issued issueOnLeaving(long editionId, long studentId, String idempotencyKey) {
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
        // as in issue(): a certificate stands until its revocation takes effect (DOMAIN.md, Exam and certification)
        IssuedDocument certified = IssuedDocument.findValidCertificate(editionId, studentId, today());
        if (certified != null) {
            throw alreadyIssued(certified, "the student holds the qualification, and a learning record is for those "
                    + "who leave without it");
        }
        EditionRules rules = catalog.rulesOfEdition(editionId);
        Enrollment left = LeavingRecords.requireLeft(editionId, studentId, enrollment.enrollments(editionId));
        StudentAttendance attended = attendance.student(editionId, studentId);
        LocalDate withdrawnOn = LeavingRecords.withdrawnOn(attended, left);
        return create(kind, null, editionId, studentId, rules, idempotencyKey,
                LeavingRecords.body(rules, attended, withdrawnOn),
                " on leaving edition " + editionId + " (withdrawn on " + withdrawnOn + ", no exam)");
    }

    /**
     * What every issue shares once the document is due: the provider's accreditation (checked before a number is
     * allocated, so a refused document consumes none, and the whole transaction rolls back anyway), the holder's
     * identity, the number and code, the frozen content and PDF, and the audit event.
     */
    private Issued create(IssuedDocument.Kind kind, Long sessionId, long editionId, long studentId, EditionRules rules,
                          String idempotencyKey, Body body, String auditNote) {
        // under the student's lock (taken by the caller): an erasure either committed before, and is found here, or
        // waits for this document and pseudonymises it
        ErasedStudent.refuseIssue(studentId);
        checkProviderAccreditation(kind, rules);
        checkIssuingRegion(kind, rules);
        StudentIdentity identity = enrollment.identity(studentId);
        LocalDate today = today();
        String number = numbers.next(kind, today.getYear());
        String code = VerificationCodes.next();
        DocumentContent content = content(kind, number, code, today, rules, identity, body);
        byte[] pdf = DocumentPdf.render(content);

        IssuedDocument doc = new IssuedDocument();
        doc.kind = kind;
        doc.number = number;
        doc.verificationCode = code;
        doc.sessionId = sessionId;
        doc.editionId = editionId;
        doc.studentId = studentId;
        doc.holderInitials = VerificationCodes.initials(identity.firstName(), identity.lastName());
        doc.qualificationTitle = content.qualification().title();
        doc.eqfLevel = content.qualification().eqfLevel();
        doc.issuedOn = today;
        doc.issuedAt = Timestamps.now();
        doc.issuedBy = audit.actor();
        doc.idempotencyKey = idempotencyKey;
        doc.content = write(content);
        doc.pdf = pdf;
        doc.pdfSha256 = Sha256.hex(pdf);
        doc.persist();
        doc.flush();
        audit.record(kind + "_ISSUED", AuditEntity.DOCUMENT, doc.id, sessionId, number + " to student " + studentId
                + auditNote + ", SHA-256 " + doc.pdfSha256);
        return new Issued(doc, true);
    }

    /**
     * The same key while its first request is being processed is answered 409 at once, before the locks: not made to
     * queue behind it. Keys are unique over every document, certificates and learning records alike (V3).
     */
    private static void refuseIfInFlight(String idempotencyKey) {
        IdempotencyKey.refuseIfInFlight(IssuedDocument.getEntityManager(), "document", idempotencyKey);
    }

    /** The document issued for this Idempotency-Key, if any; a 422 if the key was used for another request. */
    private static IssuedDocument replay(String idempotencyKey, Long sessionId, long editionId, long studentId,
                                         IssuedDocument.Kind kind) {
        IssuedDocument replay = idempotencyKey == null ? null
                : IssuedDocument.<IssuedDocument>find("idempotencyKey", idempotencyKey).firstResult();
        if (replay != null && (!Objects.equals(replay.sessionId, sessionId) || replay.editionId != editionId
                || replay.studentId != studentId || replay.kind != kind)) {
            throw ProblemException.idempotencyKeyReused("Idempotency-Key '" + idempotencyKey
                    + "' was already used for another request (" + replay.number + ")",
                    ProblemException.figures("documentId", replay.id, "number", replay.number));
        }
        return replay;
    }

    static ProblemException alreadyIssued(IssuedDocument existing, String rule) {
        // only a document still valid is in the way: one with a revocation recorded is here because the revocation
        // takes effect on a later day, which is what the board must be told, not to revoke it again
        String pending = existing.revokedOn == null ? "" : ". Its revocation is already recorded and takes effect on "
                + existing.revokedOn + ": it is valid until then, and the new document can be issued from that day";
        return new ProblemException(409, "already-issued", "Conflict with the current state",
                "Student " + existing.studentId + " already has " + existing.kind + " " + existing.number
                        + (existing.issuedOnLeaving() ? ", issued on leaving edition " + existing.editionId
                        : " for exam session " + existing.sessionId + " of edition " + existing.editionId)
                        + " (GET /certificates/" + existing.id + ")" + (pending.isEmpty() ? "; " + rule : pending),
                null, ProblemException.figures("documentId", existing.id, "number", existing.number,
                "kind", existing.kind, "sessionId", existing.sessionId, "editionId", existing.editionId,
                "revocationTakesEffectOn", existing.revokedOn));
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

    /** Exams are usually held on CLOSED editions: catalog-service takes the document references there too. */
    static final String CLOSED_EDITION_ADVICE = "The catalogue takes it even once the edition is CLOSED (send the "
            + "edition as read, with only this field changed).";

    /**
     * D.lgs 13/2013 art. 6: a certificate (and the learning record, which formalises the same learning) names "the
     * accredited provider with the references of its accreditation". The catalogue's edition carries them as an
     * optional field (an edition may be planned before they are recorded), so issuing is where they become required:
     * without them the document would lack a content the law prescribes, and an issued document is never changed.
     */
    static void checkProviderAccreditation(IssuedDocument.Kind kind, EditionRules rules) {
        if (rules.providerAccreditationOrNull() != null) {
            return;
        }
        long edition = rules.editionId();
        throw ProblemException.ruleViolation("provider-accreditation-missing", "Edition " + edition
                        + (rules.provider() == null ? "" : " (" + rules.provider() + ")")
                        + " has no accreditation references of its provider, which D.lgs 13/2013 art. 6 requires on the "
                        + kind.italianTitle + ": record the provider's accreditation references on edition " + edition
                        + " in catalog-service (PUT /editions/" + edition + ", providerAccreditation), then issue again. "
                        + CLOSED_EDITION_ADVICE + " Nothing was issued.",
                List.of(new Problem.Violation("providerAccreditation",
                        "the accredited provider's accreditation references are required on the document",
                        "D.lgs 13/2013 art. 6")),
                ProblemException.figures("editionId", edition, "provider", rules.provider(), "kind", kind.name()));
    }

    /**
     * 422 when no Region is known to issue the document: D.lgs 13/2013 art. 6 names "the public authority" on it, and
     * a standard whose document names no Region (000) leaves it to the edition. Checked before a number is allocated.
     */
    static void checkIssuingRegion(IssuedDocument.Kind kind, EditionRules rules) {
        if (rules.issuingRegionOrNull() != null) {
            return;
        }
        long edition = rules.editionId();
        String standard = rules.qualification() == null ? "its standard" : "standard " + rules.qualification().code();
        throw ProblemException.ruleViolation("issuing-region-missing", "No Region is known to issue the " + kind.italianTitle
                        + " of edition " + edition + ": " + standard + " names none, and D.lgs 13/2013 art. 6 requires the "
                        + "issuing public authority on the document. Record the Region that authorised the edition in "
                        + "catalog-service (PUT /editions/" + edition + ", issuingRegion), then issue again. "
                        + CLOSED_EDITION_ADVICE + " Nothing was issued.",
                List.of(new Problem.Violation("issuingRegion", "the Region issuing the document is required on it",
                        "D.lgs 13/2013 art. 6")),
                ProblemException.figures("editionId", edition, "kind", kind.name()));
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

    /** The training units whose learning check was passed, as a learning record lists them. */
    static List<DocumentContent.Unit> passedTrainingUnits(List<Candidate.UnitCheck> checks) {
        return checks == null ? List.of() : checks.stream().filter(u -> "PASSED".equals(u.result()))
                .map(u -> new DocumentContent.Unit(u.unitCode(), u.title(), null, "PASSED")).toList();
    }

    static DocumentContent.Course course(EditionRules rules, BigDecimal hoursAttended, BigDecimal internshipHours,
                                         boolean withdrawn) {
        return new DocumentContent.Course(rules.editionId(), rules.editionTitle(), rules.startDate(), rules.endDate(),
                rules.plannedHours(), hoursAttended, internshipHours, withdrawn);
    }

    /**
     * The holder as the document names them (D.lgs 13/2013 art. 6: the holder identified): name, birth date and place,
     * and the codice fiscale, or for a holder without one the identity document enrollment-service has on file. With a
     * codice fiscale the document is left out: the codice fiscale identifies the holder, and a document handed to
     * employers and schools carries no more personal data than that needs (GDPR art. 5(1)(c)).
     */
    static DocumentContent.Holder holder(StudentIdentity identity) {
        StudentIdentity.Document d = identity.fiscalCode() == null ? identity.identityDocument() : null;
        return new DocumentContent.Holder(identity.firstName(), identity.lastName(), identity.birthDate(),
                identity.birthPlace(), identity.fiscalCode(),
                d == null ? null : new DocumentContent.HolderDocument(d.type(), d.country(), d.number()));
    }

    private DocumentContent content(IssuedDocument.Kind kind, String number, String code, LocalDate issuedOn,
                                    EditionRules rules, StudentIdentity identity, Body body) {
        EditionRules.Qualification q = rules.qualification();
        return new DocumentContent(kind, kind.italianTitle, "D.lgs 16 gennaio 2013, n. 13, art. 6", number, code,
                verificationBaseUrl + code, issuedOn,
                holder(identity),
                new DocumentContent.Authority(rules.issuingRegionOrNull(), q == null ? null : q.act(), rules.provider(),
                        rules.providerAccreditationOrNull(), q == null ? null : q.repertory()),
                new DocumentContent.Qualification(q == null ? null : q.code(), q == null ? null : q.version(),
                        q == null ? rules.editionTitle() : q.title(), q == null ? null : q.eqfLevel(),
                        q == null || q.atecoCodes() == null ? List.of() : q.atecoCodes(),
                        q == null || q.istatCodes() == null ? List.of() : q.istatCodes(), rules.source()),
                body.competenceUnits(), body.trainingUnitsPassed(), body.course(), body.assessment(), body.leaving());
    }

    /**
     * Records the revocation, the document's row locked: of two requests at once the second finds the first's
     * revocation and is refused (409), instead of overwriting its reason and author or, with another date, failing in
     * the database's guard.
     */
    @Transactional
    public IssuedDocument revoke(long documentId, RevocationRequest request) {
        IssuedDocument doc = lock(documentId);
        LocalDate today = today();
        Revocations.refuseIfRecorded(doc, today);
        LocalDate on = request.revokedOn() == null ? today : request.revokedOn();
        Revocations.checkEffectiveDate(on, doc.issuedOn, today);
        doc.revokedOn = on;
        doc.revocationReason = request.reason().trim();
        doc.revokedAt = Timestamps.now();
        doc.revokedBy = audit.actor();
        audit.record(doc.kind + "_REVOKED", AuditEntity.DOCUMENT, doc.id, doc.sessionId, doc.number + " revoked on " + on
                + ": " + doc.revocationReason);
        return doc;
    }

    /**
     * Corrects the date or reason of a revocation that has not taken effect yet (409 once it has: final), with why;
     * the row stays the revocation recorded (who and when), the amendment is on it (the last one) and in the audit
     * trail (each one, with the values it replaced). Sending the revocation as it stands changes nothing (a retry).
     */
    @Transactional
    public IssuedDocument amendRevocation(long documentId, RevocationAmendment request) {
        IssuedDocument doc = lock(documentId);
        LocalDate today = today();
        Revocations.checkAmendable(doc, today);
        String reason = request.reason().trim();
        if (request.revokedOn().equals(doc.revokedOn) && reason.equals(doc.revocationReason)) {
            return doc;
        }
        Revocations.checkEffectiveDate(request.revokedOn(), doc.issuedOn, today);
        String before = "takes effect on " + doc.revokedOn + ", reason '" + doc.revocationReason + "'";
        doc.revokedOn = request.revokedOn();
        doc.revocationReason = reason;
        doc.revocationAmendedAt = Timestamps.now();
        doc.revocationAmendedBy = audit.actor();
        doc.revocationAmendmentReason = request.amendmentReason().trim();
        audit.record(doc.kind + "_REVOCATION_AMENDED", AuditEntity.DOCUMENT, doc.id, doc.sessionId, doc.number
                + " revocation amended: takes effect on " + doc.revokedOn + ", reason '" + reason + "' (was: " + before
                + "); why: " + doc.revocationAmendmentReason);
        return doc;
    }

    private static IssuedDocument lock(long id) {
        IssuedDocument doc = IssuedDocument.lock(id);
        if (doc == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        return doc;
    }

    public static IssuedDocument require(long id) {
        IssuedDocument doc = IssuedDocument.findById(id);
        if (doc == null) {
            throw ProblemException.notFound("Certificate", id);
        }
        return doc;
    }

    public VerificationView verify(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        IssuedDocument doc = VerificationCodes.wellFormed(normalised)
                ? IssuedDocument.find("verificationCode", normalised).firstResult() : null;
        if (doc == null) {
            throw unknown();
        }
        return verification(doc);
    }

    public VerificationView verifyPdf(byte[] pdf) {
        IssuedDocument doc = IssuedDocument.find("pdfSha256", Sha256.hex(pdf)).firstResult();
        if (doc == null) {
            throw new ProblemException(404, "unknown-certificate", "Unknown certificate",
                    "This PDF is not a document issued by this service (its SHA-256 matches none): it may have been "
                            + "altered", null, null);
        }
        return verification(doc);
    }

    static ProblemException unknown() {
        return new ProblemException(404, "unknown-certificate", "Unknown certificate",
                "No certificate has this verification code: check the 16 characters printed under the QR code",
                null, null);
    }

    private VerificationView verification(IssuedDocument doc) {
        return verification(doc, today());
    }

    /**
     * REVOKED only from the date the revocation takes effect (Europe/Rome); before it the document is VALID and the
     * answer says when it stops being so, so whoever relies on it knows.
     */
    static VerificationView verification(IssuedDocument doc, LocalDate today) {
        boolean revoked = doc.revoked(today);
        return new VerificationView(revoked ? DocumentDtos.REVOKED : DocumentDtos.VALID, doc.kind, doc.number, doc.qualificationTitle,
                doc.eqfLevel, doc.issuedOn, doc.holderInitials, doc.pseudonymised(), doc.pdfSha256,
                revoked ? doc.revokedOn : null, doc.revocationPending(today) ? doc.revokedOn : null);
    }

    public DocumentView view(IssuedDocument d) {
        // the revocation is shown as soon as it is recorded; the status turns REVOKED on its date
        return new DocumentView(d.id, d.kind, d.number, d.verificationCode, d.revoked(today()) ? DocumentDtos.REVOKED : DocumentDtos.VALID,
                d.sessionId, d.editionId, d.studentId, d.issuedAt, d.issuedBy, d.pdfSha256, "/certificates/" + d.id + "/pdf",
                d.revocationRecorded() ? new Revocation(d.revokedOn, d.revocationReason, d.revokedAt, d.revokedBy,
                        d.revocationAmendedAt, d.revocationAmendedBy, d.revocationAmendmentReason) : null,
                d.pseudonymisedAt, read(d));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The frozen content of a document. */
    public DocumentContent read(IssuedDocument d) {
        try {
            return json.readValue(d.content, DocumentContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt content of " + d.number, e);
        }
    }

    /** The content as it is stored. */
    public String write(DocumentContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
