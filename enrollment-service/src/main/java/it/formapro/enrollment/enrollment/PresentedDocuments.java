package it.formapro.enrollment.enrollment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.eligibility.ApplicantFacts;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.EligibilityReport;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.RuleCheck;
import it.formapro.enrollment.eligibility.RuleOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a portal's application sent for an applicant already on file (V12): the documents it presents, held here and not
 * on the student until the front desk accepts them, and the birth date and citizenship it declared. The portal's
 * receipt is evaluated on these, never on the file, so that an application by codice fiscale probes nothing stored;
 * the student's erasure deletes them. The decision rules are plain Java ({@link #accept}, {@link #reject}).
 */
@Entity
@Table(name = "presented_documents")
public class PresentedDocuments extends PanacheEntityBase {

    @Schema(name = "PresentedDocumentsStatus", description = "PENDING (not yet accepted), ACCEPTED (recorded on the "
            + "student) or REJECTED (never recorded)")
    public enum Status {
        /** Presented by the portal, not yet accepted: not on the student, not counted at confirmation. */
        PENDING,
        /** Accepted by the front desk: recorded on the student. */
        ACCEPTED,
        /** Rejected by the front desk: never recorded on the student. */
        REJECTED
    }

    @Id
    @Column(name = "enrollment_id")
    public Long enrollmentId;

    @Column(name = "presented_at", nullable = false)
    public OffsetDateTime presentedAt;

    /** As the application declared it (the identity on file is kept: an application never changes it). */
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Citizenship citizenship;

    @Convert(converter = EvidenceJson.class)
    @Column(nullable = false)
    public Evidence evidence;

    /** Null when the application presented no document: there is nothing to decide. */
    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** What the application sent, before it is stored (status PENDING when it presents a document, else none). */
    public static PresentedDocuments of(ApplicantFacts sent, OffsetDateTime at) {
        PresentedDocuments p = new PresentedDocuments();
        p.presentedAt = at;
        p.birthDate = sent.birthDate();
        p.citizenship = sent.citizenship();
        p.evidence = sent.evidence();
        p.status = sent.evidence().presented().isEmpty() ? null : Status.PENDING;
        return p;
    }

    /** What these applications presented, by enrollment id, in one query (those that presented nothing are absent). */
    public static Map<Long, PresentedDocuments> byEnrollment(Collection<Long> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        return PresentedDocuments.<PresentedDocuments>list("enrollmentId in ?1", enrollmentIds).stream()
                .collect(Collectors.toMap(p -> p.enrollmentId, p -> p));
    }

    /** The kinds of document presented (the evidence's field names), for the history and the front desk's view. */
    public List<String> kinds() {
        return evidence.presented();
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /**
     * The facts the portal's receipt is evaluated on: what it declared and presented, less documents the front desk
     * rejected (they meet nothing). Never the file's.
     */
    public ApplicantFacts sentFacts() {
        return new ApplicantFacts(birthDate, citizenship, status == Status.REJECTED ? Evidence.none() : evidence);
    }

    /**
     * The rules the file does not meet that it would with the held documents on it (they PASS then): what accepting
     * them would change, in the order of the report.
     */
    public static List<String> wouldMeet(EligibilityReport onFile, EligibilityReport withPresented) {
        return onFile.notPassed().stream().map(RuleCheck::rule)
                .filter(rule -> withPresented.rule(rule).outcome() == RuleOutcome.PASS).toList();
    }

    /**
     * Accepts the documents; false if they already were (idempotent: nothing to record again). 409 once rejected, or
     * when nothing was presented.
     */
    public boolean accept(String by, OffsetDateTime at) {
        return decide(Status.ACCEPTED, by, at, null);
    }

    /**
     * Rejects the documents; false if they already were (the first reason stays). 409 once accepted. Rejected
     * documents are never recorded, so they are not kept either (the history names their kinds); the declared birth
     * date and citizenship stay while the application waits, for its receipt.
     */
    public boolean reject(String by, OffsetDateTime at, String reason) {
        if (!decide(Status.REJECTED, by, at, reason)) {
            return false;
        }
        evidence = Evidence.none();
        return true;
    }

    /** A document on file more recent than the one presented of the same kind, which accepting would replace. */
    public record NewerOnFile(String kind, LocalDate onFile, LocalDate presented) {

        @Override
        public String toString() {
            return kind + " (on file " + onFile + ", presented " + presented + ")";
        }
    }

    /** The date that makes a document of each kind more recent: issue, test, check or application date, a permit's expiry. */
    private static final List<Dated> DATED = List.of(
            new Dated("educationTitle", e -> e.educationTitle() == null ? null : e.educationTitle().obtainedOn()),
            new Dated("italianCertificate", e -> e.italianCertificate() == null ? null : e.italianCertificate().issuedOn()),
            new Dated("italianEntryTest", e -> e.italianEntryTest() == null ? null : e.italianEntryTest().takenOn()),
            new Dated("residencePermit", e -> e.residencePermit() == null ? null : e.residencePermit().expiresOn()),
            new Dated("permitRenewalReceipt", e -> e.permitRenewalReceipt() == null ? null : e.permitRenewalReceipt().appliedOn()),
            new Dated("competenceCheck", e -> e.competenceCheck() == null ? null : e.competenceCheck().checkedOn()));

    private record Dated(String kind, Function<Evidence, LocalDate> date) {
    }

    /**
     * The documents on file that accepting {@code presented} would replace with an older one: same kind, both dated,
     * the one on file later (e.g. a permit renewed at the desk after the portal sent the old one). Undated documents
     * (and rightDutyFulfilled, which has no date) cannot be compared and are not listed.
     */
    public static List<NewerOnFile> newerOnFile(Evidence onFile, Evidence presented) {
        List<NewerOnFile> newer = new ArrayList<>();
        for (Dated d : DATED) {
            LocalDate filed = d.date().apply(onFile);
            LocalDate sent = d.date().apply(presented);
            if (filed != null && sent != null && filed.isAfter(sent)) {
                newer.add(new NewerOnFile(d.kind(), filed, sent));
            }
        }
        return newer;
    }

    /** The kinds presented that take the place of a document of the same kind on file. */
    public static List<String> replacing(Evidence onFile, Evidence presented) {
        List<String> onFileKinds = onFile.presented();
        return presented.presented().stream().filter(onFileKinds::contains).toList();
    }

    private boolean decide(Status to, String by, OffsetDateTime at, String reason) {
        if (status == null) {
            throw new IllegalStateException("application " + enrollmentId + " presented no document to decide on");
        }
        if (status == to) {
            return false;
        }
        if (status != Status.PENDING) {
            throw ProblemException.conflict("presented-documents-decided", "The documents presented with application "
                    + enrollmentId + " were " + status.name().toLowerCase() + " by " + decidedBy + " on "
                    + decidedAt.toLocalDate() + ": a decision is final (" + (status == Status.ACCEPTED
                    ? "they are on the student's record, which the front desk corrects with PUT /students/{id}"
                    : "the student's record is corrected with PUT /students/{id} from documents the applicant brings") + ")");
        }
        status = to;
        decidedBy = by;
        decidedAt = at;
        rejectionReason = reason;
        return true;
    }
}
