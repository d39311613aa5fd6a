package it.formapro.exam.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an issued document says, frozen at issue (D.lgs 13/2013 art. 6): the learner, the public authority and the
 * accredited provider with its accreditation references, each competence unit, the qualification with its EQF, ATECO and ISTAT codes, the course (hours, dates)
 * and the assessment (board, date, outcome). A learning record issued to a student who left the course has no
 * assessment (there was no exam) but {@link Leaving}: the day the student left and the statement that no assessment
 * took place. A later change of a name or of the catalogue never changes it.
 */
@Schema(name = "DocumentContent", description = "The frozen content of a certificate or learning record (D.lgs 13/2013 art. 6)")
public record DocumentContent(
        @Schema(examples = "CERTIFICATE") IssuedDocument.Kind kind,
        @Schema(examples = "Certificato di qualificazione professionale") String title,
        @Schema(examples = "D.lgs 16 gennaio 2013, n. 13, art. 6") String legalBasis,
        @Schema(examples = "CQP-2026-000001") String number,
        @Schema(examples = "K7QF3M2XWPA4ZC5N") String verificationCode,
        @Schema(examples = "http://localhost:8084/certificates/verify/K7QF3M2XWPA4ZC5N") String verificationUrl,
        LocalDate issuedOn,
        Holder holder,
        Authority authority,
        Qualification qualification,
        @Schema(description = "Competence units with the board's result (PASSED, FAILED or NOT_ASSESSED)")
        List<Unit> competenceUnits,
        @Schema(description = "Training units whose learning check was passed (learning record)")
        List<Unit> trainingUnitsPassed,
        Course course,
        @Schema(description = "The final exam; null for a learning record issued on leaving the course (no exam took "
                + "place, see leaving)", nullable = true)
        Assessment assessment,
        @Schema(description = "Set only on a learning record issued to a student who left the course before any exam "
                + "(POST /editions/{editionId}/learning-records): when they left, and that no assessment took place; "
                + "null otherwise", nullable = true)
        Leaving leaving) {

    /** The same document with another holder (the pseudonym, on an erasure request); everything else as issued. */
    public DocumentContent withHolder(Holder other) {
        return new DocumentContent(kind, title, legalBasis, number, verificationCode, verificationUrl, issuedOn, other,
                authority, qualification, competenceUnits, trainingUnitsPassed, course, assessment, leaving);
    }

    public record Holder(String firstName, String lastName,
                         @Schema(description = "Null once the holder was pseudonymised", nullable = true) LocalDate birthDate,
                         @Schema(description = "Null when not on file, or once the holder was pseudonymised", nullable = true)
                         String birthPlace,
                         @Schema(description = "Null for a holder without a codice fiscale, or once pseudonymised",
                                 nullable = true) String fiscalCode,
                         @Schema(description = "The identity document that identifies a holder without a codice fiscale "
                                 + "(D.lgs 13/2013 art. 6), as enrollment-service had it on file at issue; printed "
                                 + "where the codice fiscale would be. Null for a holder with a codice fiscale (it "
                                 + "identifies them), in documents issued before it was carried, and once pseudonymised",
                                 nullable = true) HolderDocument identityDocument) {
    }

    /** An identity document as printed on a document: type, issuing country, number (enrollment-service's). */
    @Schema(name = "HolderIdentityDocument", description = "The holder's identity document, as enrollment-service had it "
            + "on file at issue", examples = "{\"type\": \"PASSPORT\", \"country\": \"AL\", \"number\": \"YA1234567\"}")
    public record HolderDocument(
            @Schema(description = "enrollment-service's identifier type, printed in Italian (Passaporto, Carta "
                    + "d'identita', Permesso di soggiorno, Altro documento; a type added there later as it comes)", type = SchemaType.STRING,
                    enumeration = {"PASSPORT", "IDENTITY_CARD", "RESIDENCE_PERMIT_NUMBER", "OTHER"}) String type,
            @Schema(description = "ISO 3166-1 alpha-2 code of the issuing country; null for a document enrollment-service "
                    + "recorded before the country was asked", examples = "AL", nullable = true) String country,
            @Schema(description = "The number, in upper case without blanks", examples = "YA1234567") String number) {
    }

    public record Authority(@Schema(description = "The Region issuing the document: the standard's, or the one the "
                                    + "edition records where the standard names none; null only in documents issued "
                                    + "before it was required", examples = "Abruzzo", nullable = true) String region,
                            @Schema(description = "The act establishing the standard in the regional repertoire",
                                    examples = "DD n. 61/DPG025 (19-04-2023)") String act,
                            @Schema(examples = "Ente Formazione Demo") String provider,
                            @Schema(description = "The provider's accreditation references, as the catalogue's edition "
                                    + "recorded them at issue (D.lgs 13/2013 art. 6: the accredited provider with the "
                                    + "references of its accreditation). Null only in documents issued before it was "
                                    + "required", examples = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, "
                                    + "codice ente A0123", nullable = true) String providerAccreditation,
                            @Schema(description = "The repertorio the qualification belongs to, as the catalogue names it. "
                                    + "Null only in documents issued before it was carried",
                                    examples = "Repertorio delle qualificazioni della Regione Abruzzo", nullable = true)
                            String repertory) {
    }

    public record Qualification(String code, Integer version, String title, Integer eqfLevel,
                                List<String> atecoCodes, List<String> istatCodes, String source) {
    }

    public record Unit(String code, String title,
                       @Schema(description = "Null for a training unit", nullable = true) Integer eqfLevel,
                       @Schema(description = "A competence unit's result; PASSED for a training unit whose check was passed",
                               type = SchemaType.STRING, enumeration = {"PASSED", "FAILED", "NOT_ASSESSED"}) String result) {
    }

    public record Course(long editionId, String editionTitle, LocalDate startDate, LocalDate endDate,
                         BigDecimal plannedHours, BigDecimal hoursAttended, BigDecimal internshipHours,
                         boolean withdrawn) {
    }

    public record Assessment(long sessionId, LocalDate examDate, String place, List<BoardMember> board,
                             @Schema(description = "PASSED, FAILED or NOT_ASSESSED (left before the exam)",
                                     type = SchemaType.STRING, enumeration = {"PASSED", "FAILED", "NOT_ASSESSED"})
                             String outcome) {
    }

    /** The board as it sat, copied from the session's (whose schema is BoardMember) into the frozen content. */
    @Schema(name = "DocumentBoardMember", description = "A member of the board that assessed the holder")
    public record BoardMember(@Schema(ref = "Role") String role, String fullName,
                              @Schema(ref = "AppointedBy") String appointedBy) {
    }

    @Schema(name = "DocumentLeaving", description = "A learning record issued on leaving the course: no exam, no "
            + "competence-unit outcome")
    public record Leaving(
            @Schema(description = "The day the student left the course (attendance-service's withdrawal date)",
                    examples = "2027-03-15") LocalDate withdrawnOn,
            @Schema(description = "The statement printed on the document",
                    examples = "Documento rilasciato all'uscita anticipata dal percorso formativo (ritiro il "
                            + "15/03/2027). Nessuna valutazione finale e' stata svolta: sono attestate le unita' "
                            + "formative con verifica superata e le ore effettivamente frequentate.") String statement) {
    }
}
