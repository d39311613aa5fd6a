package it.formapro.exam.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DocumentDtos {

    /** A document's status, as IssuedDocument and the public verification answer it. */
    static final String VALID = "VALID";
    static final String REVOKED = "REVOKED";

    private DocumentDtos() {
    }

    @Schema(name = "IssueRequest", description = "The candidate (or the student who left) to issue the document to")
    public record IssueRequest(@Schema(examples = "5") @NotNull @Positive Long studentId) {
    }

    @Schema(name = "RevocationRequest", description = "Why and from when a certificate is revoked")
    public record RevocationRequest(
            @Schema(examples = "Issued on the basis of a falsified attendance register") @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "Date the revocation takes effect; today when omitted; 1850-01-01 to 2199-12-31",
                    examples = "2027-09-01") @PlausibleDate LocalDate revokedOn) {
    }

    @Schema(name = "RevocationAmendment", description = "The corrected date and reason of a revocation that has not "
            + "taken effect yet, and why it is corrected")
    public record RevocationAmendment(
            @Schema(description = "The reason of the revocation, as it should read (the one recorded if unchanged)",
                    examples = "Issued on the basis of a falsified attendance register") @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "The date the revocation takes effect, as it should read", examples = "2027-09-01")
            @NotNull LocalDate revokedOn,
            @Schema(description = "Why the revocation is corrected (audited)",
                    examples = "Year mistyped: 2207 for 2027") @NotBlank @Size(max = 1000) String amendmentReason) {
    }

    @Schema(name = "Revocation", description = "A recorded revocation; the document is REVOKED from revokedOn (the day "
            + "in Italy) onwards and VALID before it. Until then its date and reason may be amended: the last amendment "
            + "is shown, every one is in the audit trail")
    public record Revocation(LocalDate revokedOn, String reason, OffsetDateTime revokedAt, String revokedBy,
                             @Schema(description = "When the revocation was last amended; null if never", nullable = true)
                             OffsetDateTime amendedAt,
                             @Schema(description = "Who amended it last; null if never", nullable = true) String amendedBy,
                             @Schema(description = "Why it was amended last; null if never", nullable = true)
                             String amendmentReason) {
    }

    @Schema(name = "IssuedDocument", description = "A certificate or learning record as issued, with its frozen content")
    public record DocumentView(
            @Schema(examples = "1") long id,
            @Schema(description = "CERTIFICATE (Certificato di qualificazione professionale) or LEARNING_RECORD "
                    + "(Documento di formalizzazione degli apprendimenti)", examples = "CERTIFICATE") IssuedDocument.Kind kind,
            @Schema(examples = "CQP-2026-000001") String number,
            @Schema(examples = "K7QF3M2XWPA4ZC5N") String verificationCode,
            @Schema(description = "VALID, or REVOKED from the date the revocation takes effect", examples = "VALID",
                    type = SchemaType.STRING, enumeration = {DocumentDtos.VALID, DocumentDtos.REVOKED})
            String status,
            @Schema(description = "The exam session it was issued in; null for a learning record issued to a student "
                    + "who left the course (POST /editions/{editionId}/learning-records)", examples = "3", nullable = true)
            Long sessionId,
            @Schema(description = "The catalogue edition (the session's, or the one the student left)", examples = "12")
            long editionId,
            @Schema(examples = "5") long studentId,
            OffsetDateTime issuedAt,
            String issuedBy,
            @Schema(description = "SHA-256 (hex) of the issued PDF", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String pdfSha256,
            @Schema(description = "Where to download the issued PDF", examples = "/certificates/1/pdf") String pdfUrl,
            @Schema(description = "The recorded revocation, in effect or still to take effect; null if none", nullable = true)
            Revocation revocation,
            @Schema(description = "When the holder was replaced by the pseudonym on the student's erasure request "
                    + "(GDPR art. 17); null unless pseudonymised. The content and the stored PDF then carry the "
                    + "pseudonym, while pdfSha256 stays that of the PDF as issued", nullable = true)
            OffsetDateTime pseudonymisedAt,
            DocumentContent content) {
    }

    /**
     * The anonymous verification answer: deliberately nothing personal except the holder's initials (those of the
     * pseudonym once the holder was pseudonymised on an erasure request, which holderPseudonymised says).
     * Always the same keys (nulls included), so clients and the no-leak test can rely on the shape.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Verification", description = "What anyone holding the verification code may see")
    public record VerificationView(
            @Schema(description = "VALID or REVOKED (unknown codes answer 404); REVOKED from the date the revocation "
                    + "takes effect (the day in Italy)", examples = "VALID", type = SchemaType.STRING,
                    enumeration = {DocumentDtos.VALID, DocumentDtos.REVOKED}) String status,
            @Schema(examples = "CERTIFICATE") IssuedDocument.Kind documentType,
            @Schema(examples = "CQP-2026-000001") String number,
            @Schema(examples = "Addetto al servizio clienti") String qualificationTitle,
            @Schema(examples = "3") Integer eqfLevel,
            @Schema(examples = "2027-07-12") LocalDate issuedOn,
            @Schema(description = "Initials of the holder only (of the pseudonym when holderPseudonymised)",
                    examples = "M. R.") String holderInitials,
            @Schema(description = "True when the holder's personal data were erased at their request: the document "
                    + "stays valid (or revoked) as issued, under a pseudonym", examples = "false")
            boolean holderPseudonymised,
            @Schema(description = "SHA-256 (hex) of the PDF as issued: hash the PDF in hand and compare")
            String pdfSha256,
            @Schema(description = "Date the revocation took effect; null unless REVOKED", nullable = true) LocalDate revokedOn,
            @Schema(description = "Date a revocation already decided will take effect: the document is VALID until "
                    + "then; null unless such a revocation is pending", nullable = true)
            LocalDate revocationTakesEffectOn) {
    }
}
