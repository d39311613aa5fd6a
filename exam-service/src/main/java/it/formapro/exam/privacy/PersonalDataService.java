package it.formapro.exam.privacy;

import it.formapro.common.time.Timestamps;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.admission.AdmissionEntry;
import it.formapro.exam.audit.AuditEntity;
import it.formapro.exam.audit.AuditEvent;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.certificate.DocumentContent;
import it.formapro.exam.certificate.DocumentContentJson;
import it.formapro.exam.certificate.DocumentPdf;
import it.formapro.exam.certificate.IssuedDocument;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeView;
import it.formapro.exam.outcome.OutcomeService;
import it.formapro.exam.privacy.PersonalDataDtos.AdmissionData;
import it.formapro.exam.privacy.PersonalDataDtos.DocumentData;
import it.formapro.exam.privacy.PersonalDataDtos.ErasureReport;
import it.formapro.exam.privacy.PersonalDataDtos.ExamPersonalData;
import it.formapro.exam.privacy.PersonalDataDtos.PendingExam;
import it.formapro.exam.privacy.PersonalDataDtos.PendingReason;
import it.formapro.exam.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A student's personal data in exam-service: the export (GDPR art. 15 and 20) and the erasure (art. 17), which
 * pseudonymises what the law makes us keep (art. 17(3)(b); D.lgs 13/2013 art. 6) instead of deleting it.
 */
@ApplicationScoped
public class PersonalDataService {

    @Inject
    OutcomeService outcomes;

    @Inject
    AuditLog audit;

    @Inject
    DocumentContentJson contents;

    /** One query per list; the PDFs (lazily loaded) are not read. */
    public ExamPersonalData export(long studentId) {
        List<AdmissionData> admissions = AdmissionEntry.<AdmissionEntry>list("studentId = ?1 order by sessionId, id",
                        studentId).stream()
                .map(e -> new AdmissionData(e.sessionId, e.admitted, e.withdrawn, Pseudonymisation.tree(e.content)))
                .toList();
        List<OutcomeView> outcomeViews = ExamOutcome.<ExamOutcome>list("studentId = ?1 order by sessionId, id",
                studentId).stream().map(outcomes::view).toList();
        List<DocumentData> documents = IssuedDocument.<IssuedDocument>list("studentId = ?1 order by id", studentId)
                .stream().map(d -> new DocumentData(d.id, d.kind, d.number, d.verificationCode, d.issuedOn,
                        d.revokedOn, d.revocationReason, d.pseudonymisedAt, contents.read(d)))
                .toList();
        return new ExamPersonalData(studentId, admissions, outcomeViews, documents);
    }

    /**
     * The sessions in which the student's exam is not concluded yet, so that enrollment-service keeps the identity the
     * document will need (GDPR art. 17(3)(b); D.lgs 13/2013 art. 6). Read from what this service holds:
     * <ul>
     * <li>a frozen list names its candidates: the student is pending in a session whose list admits them (an admitted
     * candidate is never a withdrawn one: AdmissionRules excludes those) while no document has been issued to them in
     * that session, whatever the session's status: SCHEDULED (the exam is to be sat), HELD (outcome or document to
     * come) or CLOSED (the outcome is final and its document due: issuing refuses only a SCHEDULED session). Every
     * admitted candidate ends with an outcome (closing requires it), so with a certificate or a learning record;</li>
     * <li>before freezing this service knows no candidates: the list is computed at freeze time from
     * enrollment-service's CONFIRMED enrollments of the session's edition and attendance's register. So a session of
     * one of {@code confirmedEditions} (the editions the caller holds the student CONFIRMED on) with no frozen list is
     * pending: the student will be on it. A CLOSED session always has a frozen list;</li>
     * <li>an edition of {@code confirmedEditions} with no session at all, where the student has no document, is
     * pending too: its exam is still to be scheduled (a session can be created for a CLOSED edition, and its list
     * would name the student);</li>
     * <li>a session where the board recorded the student ABSENT issues them nothing: it is pending as ABSENT_FROM_EXAM
     * while its edition is one of {@code confirmedEditions} and the student has no document of that edition (the exam
     * is still to be sat in a later session), and no longer once the student left the edition.</li>
     * </ul>
     * A CANCELLED session concludes nothing and is pending for nobody: its exam did not take place, so an edition whose
     * only sessions were cancelled has no session yet.
     * A document counts while it stands, its revocation not recorded: one revoked for a wrong outcome or content is
     * corrected by issuing the right one (in the same session, even a CLOSED one), which needs the identity, so an
     * admitted candidate whose documents were all revoked is pending again; {@code revokedDocuments} names those
     * documents. A standing certificate of the edition issued in another session concludes every session of the
     * edition (the qualification is certified once per student and edition, so a retake session can issue the
     * student nothing more), and so does the standing learning record on leaving the edition: the student left the
     * course after the list was frozen, and while it stands no session issues them a certificate or a second
     * learning record.
     */
    public List<PendingExam> pendingExams(long studentId, Collection<Long> confirmedEditions) {
        EntityManager em = AdmissionEntry.getEntityManager();
        String noDocument = "not exists (select d.id from IssuedDocument d where d.studentId = :student "
                + "and d.revokedOn is null and (d.sessionId = s.id or (d.editionId = s.editionId "
                + "and (d.kind = :certificate or d.sessionId is null))))";
        Set<Long> withDocument = confirmedEditions.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                        "select distinct d.editionId from IssuedDocument d where d.studentId = :student "
                                + "and d.revokedOn is null and d.editionId in :editions", Long.class)
                .setParameter("student", studentId).setParameter("editions", confirmedEditions).getResultList());
        List<PendingExam> found = new ArrayList<>();
        em.createQuery("select s.id, s.editionId, s.status, s.examDate, o.result from AdmissionEntry e "
                        + "join ExamSession s on s.id = e.sessionId "
                        + "left join ExamOutcome o on o.sessionId = e.sessionId and o.studentId = e.studentId "
                        + "where e.studentId = :student and e.admitted = true and s.status <> :cancelled and "
                        + noDocument, Object[].class)
                .setParameter("student", studentId).setParameter("certificate", IssuedDocument.Kind.CERTIFICATE)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList().forEach(row -> {
                    if (row[4] != ExamOutcome.Result.ABSENT) {
                        found.add(pending(row, PendingReason.NO_DOCUMENT_YET));
                    } else if (confirmedEditions.contains((Long) row[1]) && !withDocument.contains((Long) row[1])) {
                        found.add(pending(row, PendingReason.ABSENT_FROM_EXAM));
                    }
                });
        if (!confirmedEditions.isEmpty()) {
            em.createQuery("select s.id, s.editionId, s.status, s.examDate from ExamSession s "
                            + "where s.editionId in :editions and s.status <> :cancelled and " + noDocument
                            + " and not exists (select f.sessionId from AdmissionFreeze f where f.sessionId = s.id)",
                            Object[].class)
                    .setParameter("student", studentId).setParameter("certificate", IssuedDocument.Kind.CERTIFICATE)
                    .setParameter("editions", confirmedEditions).setParameter("cancelled", SessionStatus.CANCELLED)
                    .getResultList().forEach(row -> found.add(pending(row, PendingReason.ADMISSION_LIST_NOT_FROZEN)));
            Set<Long> withSession = Set.copyOf(em.createQuery("select distinct s.editionId from ExamSession s "
                            + "where s.editionId in :editions and s.status <> :cancelled", Long.class)
                    .setParameter("editions", confirmedEditions).setParameter("cancelled", SessionStatus.CANCELLED)
                    .getResultList());
            confirmedEditions.stream().distinct().sorted()
                    .filter(edition -> !withSession.contains(edition) && !withDocument.contains(edition))
                    .forEach(edition -> found.add(new PendingExam(null, edition, null, null,
                            PendingReason.NO_SESSION_YET, null, null)));
        }
        List<RevokedDocument> revoked = found.isEmpty() ? List.of() : em.createQuery("select d.number, d.kind, "
                        + "d.sessionId, d.editionId from IssuedDocument d where d.studentId = :student "
                        + "and d.revokedOn is not null order by d.id", Object[].class)
                .setParameter("student", studentId).getResultStream()
                .map(row -> new RevokedDocument((String) row[0], (IssuedDocument.Kind) row[1], (Long) row[2],
                        (Long) row[3])).toList();
        // oldest exam first; an exam still to be scheduled last
        return found.stream().map(p -> p.withRevokedDocuments(revokedIn(p, revoked)))
                .sorted(Comparator.comparing(PendingExam::examDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingExam::sessionId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingExam::editionId))
                .toList();
    }

    /** A document of the student whose revocation is recorded. */
    record RevokedDocument(String number, IssuedDocument.Kind kind, Long sessionId, long editionId) {
    }

    /**
     * The revoked documents that would conclude the pending exam if they stood, as the queries above count them: in
     * the session, a certificate or a record on leaving of its edition; for an absence or an edition with no session,
     * any document of the edition. Null when there is none, as the answer's other absent values.
     */
    static List<String> revokedIn(PendingExam exam, List<RevokedDocument> revoked) {
        boolean anyOfEdition = exam.reason() == PendingReason.ABSENT_FROM_EXAM
                || exam.reason() == PendingReason.NO_SESSION_YET;
        List<String> numbers = revoked.stream()
                .filter(d -> d.editionId() == exam.editionId())
                .filter(d -> anyOfEdition || java.util.Objects.equals(d.sessionId(), exam.sessionId())
                        || d.kind() == IssuedDocument.Kind.CERTIFICATE || d.sessionId() == null)
                .map(RevokedDocument::number).toList();
        return numbers.isEmpty() ? null : numbers;
    }

    private static PendingExam pending(Object[] row, PendingReason reason) {
        return new PendingExam((Long) row[0], (Long) row[1], (SessionStatus) row[2], (LocalDate) row[3], reason,
                row.length > 4 ? (ExamOutcome.Result) row[4] : null, null);
    }

    /**
     * Replaces the student by the pseudonym in every document (content, PDF re-rendered, initials; number,
     * verification code, SHA-256 of the PDF as issued and revocation kept) and every frozen admission entry, and
     * clears the free texts written about the student ({@link ErasedTexts}: the reasons of their documents'
     * revocations and amendments, on the document and in the audit trail, and the board's notes on their outcomes,
     * on the outcome and, for the reason of correcting an ABSENT, in the audit trail), in one transaction. Rows are
     * locked and only those not changed yet are changed, so a repeated or concurrent request changes nothing and
     * answers zeros.
     * <p>
     * enrollment-service erases only when {@link #pendingExams} found nothing; a list frozen since then may admit the
     * student, so the frozen lists are read again, and an admission with no document issued yet refuses the erasure
     * (409, nothing changed): the document will need the identity. The table lock on the entries waits for a freeze
     * in progress and holds off new ones until this commits, so no list frozen meanwhile escapes the check or the
     * pseudonym (enrollment-service erases attendance first: a list frozen afterwards reads the pseudonym there, and
     * one that read the names before but stores them after this commits finds the erasure recorded under the same
     * table lock and stores the pseudonym: AdmissionService.store).
     * SHARE ROW EXCLUSIVE, not SHARE, so that erasures queue too: two SHARE holders updating entries would deadlock.
     * <p>
     * The student's lock comes first and the erasure is recorded ({@link ErasedStudent}): a document being issued to
     * the student commits before the documents are read here, and one issued later is refused, even if it read the
     * identity from enrollment-service before that service erased its own row. The record is also what lets the
     * database clear a revocation's texts (V14).
     */
    @Transactional
    public ErasureReport erase(long studentId) {
        // first the student's lock, which every issue of a document to the student takes: one in progress commits
        // before the documents are read below (and is pseudonymised with them), a later one finds the student erased
        IssuedDocument.lockStudent(studentId);
        AdmissionEntry.getEntityManager().createNativeQuery("LOCK TABLE admission_entry IN SHARE ROW EXCLUSIVE MODE")
                .executeUpdate();
        OffsetDateTime now = Timestamps.now();
        String actor = audit.actor();
        // every document of the student: a revocation recorded since an earlier erasure has its texts cleared too
        List<IssuedDocument> documents = IssuedDocument.<IssuedDocument>find("studentId = ?1 order by id", studentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<AdmissionEntry> entries = AdmissionEntry.<AdmissionEntry>find("studentId = ?1 order by id", studentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        refuseWhileAnExamIsPending(studentId);
        ErasedStudent.record(studentId, now, actor);
        int auditEventsCleared = clearAuditDetails(studentId, documents);
        int outcomeNotesCleared = clearOutcomeNotes(studentId);
        int documentsPseudonymised = 0;
        int revocationsCleared = 0;
        for (IssuedDocument doc : documents) {
            boolean clearing = clearRevocationTexts(doc);
            revocationsCleared += clearing ? 1 : 0;
            if (doc.pseudonymisedAt != null) {
                continue;
            }
            DocumentContent pseudonymised = Pseudonymisation.content(contents.read(doc), studentId);
            doc.content = contents.write(pseudonymised);
            doc.pdf = DocumentPdf.render(pseudonymised);
            doc.holderInitials = Pseudonymisation.holderInitials(studentId);
            // in the same UPDATE as the content: the trigger allows the change only there, and only once
            doc.pseudonymisedAt = now;
            doc.pseudonymisedBy = actor;
            documentsPseudonymised++;
            audit.record("DOCUMENT_PSEUDONYMISED", AuditEntity.DOCUMENT, doc.id, doc.sessionId, doc.number + ": holder "
                    + "replaced by the pseudonym of student " + studentId + " on their erasure request (GDPR art. 17(3)(b), "
                    + "D.lgs 13/2013 art. 6: the document is kept); PDF re-rendered, number, verification code, "
                    + "revocation and SHA-256 of the PDF as issued (" + doc.pdfSha256 + ") unchanged"
                    + (clearing ? " but for the revocation's free texts, cleared" : ""));
        }
        int entriesChanged = 0;
        for (AdmissionEntry entry : entries) {
            Optional<String> pseudonymised = Pseudonymisation.admissionEntry(entry.content, studentId);
            if (pseudonymised.isPresent()) {
                entry.content = pseudonymised.get();
                entriesChanged++;
                audit.record("ADMISSION_ENTRY_PSEUDONYMISED", AuditEntity.ADMISSION_LIST, entry.sessionId, entry.sessionId,
                        "student " + studentId + ": name in the frozen admission list replaced by the pseudonym on "
                                + "their erasure request (GDPR art. 17(3)(b)); decision, figures and reasons unchanged");
            }
        }
        return new ErasureReport(studentId, documentsPseudonymised, entriesChanged, revocationsCleared,
                auditEventsCleared, outcomeNotesCleared);
    }

    /**
     * The board's notes on the student's outcomes (why an ABSENT was corrected, anything else it wrote about the
     * candidate), cleared like the other free texts ({@link ErasedTexts}); result, units, who recorded them and when
     * stay. Locked and changed through the entity, so the version moves: an outcome PUT that read the note before
     * fails on its version (409 concurrent-modification) rather than writing it back.
     */
    private int clearOutcomeNotes(long studentId) {
        List<ExamOutcome> noted = ExamOutcome.<ExamOutcome>find("studentId = ?1 and note is not null order by id",
                studentId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int cleared = 0;
        for (ExamOutcome outcome : noted) {
            String note = ErasedTexts.cleared(outcome.note);
            if (!note.equals(outcome.note)) {
                outcome.note = note;
                cleared++;
                audit.record("OUTCOME_NOTE_CLEARED", AuditEntity.OUTCOME, outcome.id, outcome.sessionId, "student "
                        + studentId + ": the board's note on the outcome cleared on their erasure request (GDPR art. "
                        + "17); result, unit results and who recorded them unchanged");
            }
        }
        return cleared;
    }

    /** The reason of the document's revocation and of its amendment, cleared; false when there was none left. */
    private static boolean clearRevocationTexts(IssuedDocument doc) {
        String reason = ErasedTexts.cleared(doc.revocationReason);
        String amendmentReason = ErasedTexts.cleared(doc.revocationAmendmentReason);
        if (Objects.equals(reason, doc.revocationReason)
                && Objects.equals(amendmentReason, doc.revocationAmendmentReason)) {
            return false;
        }
        doc.revocationReason = reason;
        doc.revocationAmendmentReason = amendmentReason;
        return true;
    }

    /**
     * The audit events that copy a free text about the student (their documents' revocations and amendments, the
     * corrections of their outcomes), cleared; the events stay with who, when and the rest of what they say.
     */
    private static int clearAuditDetails(long studentId, List<IssuedDocument> documents) {
        Map<Long, String> numbers = documents.stream().collect(Collectors.toMap(d -> d.id, d -> d.number));
        List<AuditEvent> events = new ArrayList<>();
        if (!numbers.isEmpty()) {
            // the actions DocumentRevocations records a revocation and its amendment with
            List<String> actions = Arrays.stream(IssuedDocument.Kind.values())
                    .flatMap(kind -> Stream.of(kind + "_REVOKED", kind + "_REVOCATION_AMENDED")).toList();
            events.addAll(AuditEvent.list("entityType = ?1 and entityId in ?2 and action in ?3",
                    AuditEntity.DOCUMENT.name(), numbers.keySet(), actions));
        }
        List<Long> outcomes = ExamOutcome.getEntityManager()
                .createQuery("select o.id from ExamOutcome o where o.studentId = :student", Long.class)
                .setParameter("student", studentId).getResultList();
        if (!outcomes.isEmpty()) {
            events.addAll(AuditEvent.list("entityType = ?1 and entityId in ?2 and action = 'OUTCOME_CHANGED'",
                    AuditEntity.OUTCOME.name(), outcomes));
        }
        int cleared = 0;
        for (AuditEvent event : events) {
            Optional<String> detail = ErasedTexts.auditDetail(event.action, numbers.get(event.entityId), event.detail);
            if (detail.isPresent()) {
                event.detail = detail.get();
                cleared++;
            }
        }
        return cleared;
    }

    /** The frozen lists alone (no editions named): the sessions admitting the student with no document standing. */
    private void refuseWhileAnExamIsPending(long studentId) {
        List<PendingExam> pending = pendingExams(studentId, List.of());
        if (!pending.isEmpty()) {
            throw new ProblemException(409, "exam-pending", "Conflict with the current state", "Student " + studentId
                    + " is admitted to " + pending.size() + " exam session(s) with no document standing (none issued "
                    + "yet, or every one issued revoked): the certificate or learning record will need the identity "
                    + "(GDPR art. 17(3)(b)); nothing was pseudonymised. Erase once the documents are issued",
                    pending.stream().map(p -> new Problem.Violation("sessionId", "exam session " + p.sessionId()
                            + " (edition " + p.editionId() + ", " + p.examDate() + ", " + p.status() + "): "
                            + p.reason() + (p.revokedDocuments() == null ? "" : ": " + String.join(", ",
                            p.revokedDocuments()) + " issued to the student " + (p.revokedDocuments().size() == 1
                            ? "was" : "were") + " revoked, and the corrected document is still to be issued "
                            + "(correct the outcome if it was wrong, then issue it)"))).toList(),
                    ProblemException.figures("studentId", studentId, "pendingSessions",
                            pending.stream().map(PendingExam::sessionId).toList()));
        }
    }
}
