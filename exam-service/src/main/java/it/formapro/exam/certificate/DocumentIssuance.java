package it.formapro.exam.certificate;

import it.formapro.common.digest.Sha256;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.time.Timestamps;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.admission.Candidate;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.EnrollmentService;
import it.formapro.exam.enrollment.StudentIdentity;
import it.formapro.exam.privacy.ErasedStudent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What issuing a certificate or a learning record shares, in an exam session ({@link SessionDocumentIssuer}) or on
 * leaving the edition ({@link LeavingRecordIssuer}): the Idempotency-Key (in flight, replayed, reused), the 409 naming
 * a document already in the way, the contents D.lgs 13/2013 art. 6 requires, and the issue itself (number, frozen
 * content and PDF, audit). No transaction of its own, no interceptor: everything here runs in the issuer's
 * transaction, under the locks the issuer took.
 */
@ApplicationScoped
public class DocumentIssuance {

    @Inject
    EnrollmentService enrollment;

    @Inject
    DocumentNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    DocumentContentJson contents;

    /** The day in Italy: the issue date printed on a document. */
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
     * What every issue shares once the document is due: the provider's accreditation (checked before a number is
     * allocated, so a refused document consumes none, and the whole transaction rolls back anyway), the holder's
     * identity, the number and code, the frozen content and PDF, and the audit event.
     */
    Issued create(IssuedDocument.Kind kind, Long sessionId, long editionId, long studentId, EditionRules rules,
                  String idempotencyKey, Body body, String auditNote) {
        // under the student's lock (taken by the caller): an erasure either committed before, and is found here, or
        // waits for this document and pseudonymises it
        ErasedStudent.refuseIssue(studentId);
        checkProviderAccreditation(kind, rules);
        checkIssuingRegion(kind, rules);
        StudentIdentity identity = enrollment.identity(studentId);
        LocalDate today = LocalDate.now(clock);
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
        doc.content = contents.write(content);
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
    static void refuseIfInFlight(String idempotencyKey) {
        IdempotencyKey.refuseIfInFlight(IssuedDocument.getEntityManager(), "document", idempotencyKey);
    }

    /** The document issued for this Idempotency-Key, if any; a 422 if the key was used for another request. */
    static IssuedDocument replay(String idempotencyKey, Long sessionId, long editionId, long studentId,
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
}
