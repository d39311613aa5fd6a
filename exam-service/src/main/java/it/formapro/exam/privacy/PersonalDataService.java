package it.formapro.exam.privacy;

import it.formapro.exam.admission.AdmissionEntry;
import it.formapro.exam.audit.AuditLog;
import it.formapro.exam.certificate.DocumentContent;
import it.formapro.exam.certificate.DocumentPdf;
import it.formapro.exam.certificate.DocumentService;
import it.formapro.exam.certificate.IssuedDocument;
import it.formapro.exam.outcome.ExamOutcome;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeView;
import it.formapro.exam.outcome.OutcomeService;
import it.formapro.exam.privacy.PersonalDataDtos.AdmissionData;
import it.formapro.exam.privacy.PersonalDataDtos.DocumentData;
import it.formapro.exam.privacy.PersonalDataDtos.ErasureReport;
import it.formapro.exam.privacy.PersonalDataDtos.ExamPersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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
    DocumentService documentService;

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
                        d.revokedOn, d.revocationReason, d.pseudonymisedAt, documentService.read(d)))
                .toList();
        return new ExamPersonalData(studentId, admissions, outcomeViews, documents);
    }

    /**
     * Replaces the student by the pseudonym in every document (content, PDF re-rendered, initials; number,
     * verification code, SHA-256 of the PDF as issued and revocation kept) and every frozen admission entry, in one
     * transaction. Rows are locked and only those not pseudonymised yet are changed, so a repeated or concurrent
     * request changes nothing and answers zeros.
     */
    @Transactional
    public ErasureReport erase(long studentId) {
        OffsetDateTime now = OffsetDateTime.now();
        String actor = audit.actor();
        List<IssuedDocument> documents = IssuedDocument.<IssuedDocument>find(
                        "studentId = ?1 and pseudonymisedAt is null order by id", studentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (IssuedDocument doc : documents) {
            DocumentContent pseudonymised = Pseudonymisation.content(documentService.read(doc), studentId);
            doc.content = documentService.write(pseudonymised);
            doc.pdf = DocumentPdf.render(pseudonymised);
            doc.holderInitials = Pseudonymisation.holderInitials(studentId);
            // in the same UPDATE as the content: the trigger allows the change only there, and only once
            doc.pseudonymisedAt = now;
            doc.pseudonymisedBy = actor;
            audit.record("DOCUMENT_PSEUDONYMISED", "DOCUMENT", doc.id, doc.sessionId, doc.number + ": holder "
                    + "replaced by the pseudonym of student " + studentId + " on their erasure request (GDPR art. 17(3)(b), "
                    + "D.lgs 13/2013 art. 6: the document is kept); PDF re-rendered, number, verification code, "
                    + "revocation and SHA-256 of the PDF as issued (" + doc.pdfSha256 + ") unchanged");
        }
        List<AdmissionEntry> entries = AdmissionEntry.<AdmissionEntry>find("studentId = ?1 order by id", studentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int entriesChanged = 0;
        for (AdmissionEntry entry : entries) {
            Optional<String> pseudonymised = Pseudonymisation.admissionEntry(entry.content, studentId);
            if (pseudonymised.isPresent()) {
                entry.content = pseudonymised.get();
                entriesChanged++;
                audit.record("ADMISSION_ENTRY_PSEUDONYMISED", "ADMISSION_LIST", entry.sessionId, entry.sessionId,
                        "student " + studentId + ": name in the frozen admission list replaced by the pseudonym on "
                                + "their erasure request (GDPR art. 17(3)(b)); decision, figures and reasons unchanged");
            }
        }
        return new ErasureReport(studentId, documents.size(), entriesChanged);
    }
}
