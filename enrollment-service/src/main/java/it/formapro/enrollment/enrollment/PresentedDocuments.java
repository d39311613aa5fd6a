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
import java.util.List;
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

    /** Rejects the documents; false if they already were (the first reason stays). 409 once accepted. */
    public boolean reject(String by, OffsetDateTime at, String reason) {
        return decide(Status.REJECTED, by, at, reason);
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
