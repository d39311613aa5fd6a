package it.formapro.exam.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A certificate or learning record as issued: the content snapshot (JSON) and the PDF bytes with their SHA-256 are
 * frozen (a database trigger refuses to change them or to delete the row); only a revocation may be added, and, once,
 * the pseudonymisation of the holder on an erasure request (content, PDF and initials; the SHA-256 stays that of the
 * PDF as issued). Issued in an exam session, or, for a learning record only, to a student who left the course before
 * any exam (no session; the edition says which course).
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

    public enum Kind {
        CERTIFICATE("CQP", "Certificato di qualificazione professionale"),
        LEARNING_RECORD("DFA", "Documento di formalizzazione degli apprendimenti");

        public final String prefix;
        public final String italianTitle;

        Kind(String prefix, String italianTitle) {
            this.prefix = prefix;
            this.italianTitle = italianTitle;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String number;

    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    /** The exam session it was issued in; null for a learning record issued to a student who left the course. */
    @Column(name = "session_id")
    public Long sessionId;

    /** The catalogue edition: the session's, or the one the student left. */
    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @Column(name = "student_id", nullable = false)
    public long studentId;

    @Column(name = "holder_initials", nullable = false)
    public String holderInitials;

    @Column(name = "qualification_title", nullable = false)
    public String qualificationTitle;

    @Column(name = "eqf_level")
    public Integer eqfLevel;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(nullable = false)
    public String content;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false)
    public String pdfSha256;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** The last amendment of a revocation not yet in effect (its date or reason corrected): when, by whom, why. */
    @Column(name = "revocation_amended_at")
    public OffsetDateTime revocationAmendedAt;

    @Column(name = "revocation_amended_by")
    public String revocationAmendedBy;

    @Column(name = "revocation_amendment_reason")
    public String revocationAmendmentReason;

    /** When the holder was replaced by the pseudonym (GDPR art. 17 erasure); null while the holder is the person. */
    @Column(name = "pseudonymised_at")
    public OffsetDateTime pseudonymisedAt;

    @Column(name = "pseudonymised_by")
    public String pseudonymisedBy;

    /**
     * A revocation is recorded, whether or not it has taken effect yet: a document is revoked once (its date and reason
     * may be amended until it takes effect, V11).
     */
    public boolean revocationRecorded() {
        return revokedOn != null;
    }

    /**
     * revokedOn is the date the revocation takes effect (RevocationRequest), which may be later than the day it was
     * recorded: until then the certificate is still valid, so a holder is not refused before the date decided.
     */
    public boolean revoked(LocalDate today) {
        return revokedOn != null && !revokedOn.isAfter(today);
    }

    /** A revocation is recorded but takes effect only after today: the document is still VALID. */
    public boolean revocationPending(LocalDate today) {
        return revokedOn != null && revokedOn.isAfter(today);
    }

    public boolean pseudonymised() {
        return pseudonymisedAt != null;
    }

    /** Issued without an exam session: the learning record of a student who left the course. */
    public boolean issuedOnLeaving() {
        return sessionId == null;
    }

    /** The document, its row locked until commit: revocations and amendments of one document queue. */
    public static IssuedDocument lock(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Every issue of a document to the student, in any edition, and the student's erasure queue behind each other (a
     * PostgreSQL advisory lock of the student id, released at commit; the one-key form, whose keys never meet the
     * two-key ones). Under it, an issue's checks (no other standing document, the student not erased) and its insert
     * are one step, and an erasure sees every document issued before it, so none keeps the personal data.
     */
    public static void lockStudent(long studentId) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, studentId).getSingleResult();
    }

    /**
     * The candidate's document of the session whose revocation is not recorded, if any (at most one: V7's partial
     * index). A revoked one no longer stands in the way of correcting the outcome and issuing the right document.
     */
    public static IssuedDocument findStandingFor(long sessionId, long studentId) {
        return find("sessionId = ?1 and studentId = ?2 and revokedOn is null", sessionId, studentId).firstResult();
    }

    /** The candidate's latest document of the session whose revocation is recorded, if any. */
    public static IssuedDocument findLatestRevokedFor(long sessionId, long studentId) {
        return find("sessionId = ?1 and studentId = ?2 and revokedOn is not null order by issuedAt desc", sessionId,
                studentId).firstResult();
    }

    /**
     * The learning record issued to the student on leaving the edition whose revocation is not recorded, if any (at most
     * one: V8's partial index). Standing as in {@link #findStandingFor}: a revoked one is corrected by issuing again.
     */
    public static IssuedDocument findStandingOnLeaving(long editionId, long studentId) {
        return find("editionId = ?1 and studentId = ?2 and sessionId is null and revokedOn is null", editionId,
                studentId).firstResult();
    }

    /**
     * The student's oldest learning record of the edition whose revocation is not recorded, on leaving or in any of its
     * exam sessions: one stands at a time between the two paths (V8's trigger), so a revoked one is in nobody's way.
     */
    public static IssuedDocument findStandingLearningRecord(long editionId, long studentId) {
        return find("editionId = ?1 and studentId = ?2 and kind = ?3 and revokedOn is null order by id", editionId,
                studentId, Kind.LEARNING_RECORD).firstResult();
    }

    /** The student's certificate for the edition that is not revoked today, if any: one qualification, one certificate. */
    public static IssuedDocument findValidCertificate(long editionId, long studentId, LocalDate today) {
        return IssuedDocument.<IssuedDocument>list("editionId = ?1 and studentId = ?2 and kind = ?3 order by id", editionId,
                studentId, Kind.CERTIFICATE).stream().filter(d -> !d.revoked(today)).findFirst().orElse(null);
    }
}
