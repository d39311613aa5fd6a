package it.formapro.exam.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
                + "place, see leaving)")
        Assessment assessment,
        @Schema(description = "Set only on a learning record issued to a student who left the course before any exam "
                + "(POST /editions/{editionId}/learning-records): when they left, and that no assessment took place")
        Leaving leaving) {

    /** The same document with another holder (the pseudonym, on an erasure request); everything else as issued. */
    public DocumentContent withHolder(Holder other) {
        return new DocumentContent(kind, title, legalBasis, number, verificationCode, verificationUrl, issuedOn, other,
                authority, qualification, competenceUnits, trainingUnitsPassed, course, assessment, leaving);
    }

    public record Holder(String firstName, String lastName, LocalDate birthDate, String birthPlace, String fiscalCode) {
    }

    public record Authority(@Schema(description = "The Region issuing the document: the standard's, or the one the "
                                    + "edition records where the standard names none", examples = "Abruzzo") String region,
                            @Schema(description = "The act establishing the standard in the regional repertoire",
                                    examples = "DD n. 61/DPG025 (19-04-2023)") String act,
                            @Schema(examples = "Ente Formazione Demo") String provider,
                            @Schema(description = "The provider's accreditation references, as the catalogue's edition "
                                    + "recorded them at issue (D.lgs 13/2013 art. 6: the accredited provider with the "
                                    + "references of its accreditation). Null only in documents issued before it was "
                                    + "required", examples = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, "
                                    + "codice ente A0123") String providerAccreditation,
                            @Schema(description = "The repertorio the qualification belongs to, as the catalogue names it. "
                                    + "Null only in documents issued before it was carried",
                                    examples = "Repertorio delle qualificazioni della Regione Abruzzo") String repertory) {
    }

    public record Qualification(String code, Integer version, String title, Integer eqfLevel,
                                List<String> atecoCodes, List<String> istatCodes, String source) {
    }

    public record Unit(String code, String title, Integer eqfLevel, String result) {
    }

    public record Course(long editionId, String editionTitle, LocalDate startDate, LocalDate endDate,
                         BigDecimal plannedHours, BigDecimal hoursAttended, BigDecimal internshipHours,
                         boolean withdrawn) {
    }

    public record Assessment(long sessionId, LocalDate examDate, String place, List<BoardMember> board,
                             @Schema(description = "PASSED, FAILED or NOT_ASSESSED (left before the exam)") String outcome) {
    }

    public record BoardMember(String role, String fullName, String appointedBy) {
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
