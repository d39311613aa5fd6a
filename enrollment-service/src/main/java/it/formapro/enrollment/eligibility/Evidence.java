package it.formapro.enrollment.eligibility;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documents on file for an applicant, as far as the entry rules need them. A null part means "not on file";
 * the eligibility engine then answers MISSING_EVIDENCE for the rule that needs it. A document's date is past or
 * present (today in Italy, see ValidationClock): a document dated in the future has not been issued, taken or applied
 * for, so it cannot document a requirement ("posseduti e documentati", standards 000, 002, 003). The permit's expiry is
 * the one date that lies ahead.
 */
@Schema(description = "Documents and evidence on file for the entry requirements; omit what has not been presented")
public record Evidence(
        @Valid @Schema(description = "Highest education title") EducationTitle educationTitle,
        @Valid @Schema(description = "Italian language certificate (attestato riconosciuto)") LanguageCertificate italianCertificate,
        @Valid @Schema(description = "Result of the provider's Italian entry test, kept on file") EntryTest italianEntryTest,
        @Valid @Schema(description = "Residence permit (permesso di soggiorno), non-EU citizens") ResidencePermit residencePermit,
        @Valid @Schema(description = "Receipt of the application to renew the residence permit") RenewalReceipt permitRenewalReceipt,
        @Schema(description = "Right-duty to education and training (diritto-dovere) fulfilled; null = not documented", examples = "true",
                nullable = true)
        Boolean rightDutyFulfilled,
        @Valid @Schema(description = "Check of the competences of compulsory schooling, for over-16s without the title (standard 003)")
        CompetenceCheck competenceCheck) {

    public static Evidence none() {
        return new Evidence(null, null, null, null, null, null, null);
    }

    /**
     * These documents with those presented in {@code newer} in place of the ones of the same kind: an application for
     * a student already on file brings the applicant's current documents (e.g. a renewed residence permit).
     */
    public Evidence updatedWith(Evidence newer) {
        if (newer == null) {
            return this;
        }
        return new Evidence(
                newer.educationTitle != null ? newer.educationTitle : educationTitle,
                newer.italianCertificate != null ? newer.italianCertificate : italianCertificate,
                newer.italianEntryTest != null ? newer.italianEntryTest : italianEntryTest,
                newer.residencePermit != null ? newer.residencePermit : residencePermit,
                newer.permitRenewalReceipt != null ? newer.permitRenewalReceipt : permitRenewalReceipt,
                newer.rightDutyFulfilled != null ? newer.rightDutyFulfilled : rightDutyFulfilled,
                newer.competenceCheck != null ? newer.competenceCheck : competenceCheck);
    }

    /** The kinds of document present, by their field names (for an audit note). */
    public List<String> presented() {
        List<String> kinds = new ArrayList<>();
        add(kinds, "educationTitle", educationTitle);
        add(kinds, "italianCertificate", italianCertificate);
        add(kinds, "italianEntryTest", italianEntryTest);
        add(kinds, "residencePermit", residencePermit);
        add(kinds, "permitRenewalReceipt", permitRenewalReceipt);
        add(kinds, "rightDutyFulfilled", rightDutyFulfilled);
        add(kinds, "competenceCheck", competenceCheck);
        return kinds;
    }

    private static void add(List<String> kinds, String kind, Object document) {
        if (document != null) {
            kinds.add(kind);
        }
    }

    @Schema(description = "An education title")
    public record EducationTitle(
            @NotNull @Schema(description = "Kind of title", examples = "UPPER_SECONDARY") EducationKind kind,
            @Min(1) @Max(8) @Schema(description = "EQF level of the title", examples = "4") Integer eqfLevel,
            @NotNull @Schema(description = "Obtained in the Italian school system or abroad", examples = "ITALIAN_SCHOOL") TitleOrigin obtainedIn,
            @Schema(description = "For a title obtained abroad: statement of comparability (dichiarazione di valore) presented; false or null = not presented yet (it may come by the course start)",
                    examples = "false", nullable = true) Boolean statementOfComparability,
            @Size(max = 200) @Schema(description = "Free description", examples = "Diploma di ragioneria") String description,
            @PastOrPresent @PlausibleDate @Schema(description = "Date the title was obtained; decides whether an Italian licenza media attests the "
                    + "compulsory schooling then in force (obtained before 1 September 1999)", examples = "1994-06-30")
            LocalDate obtainedOn) {

        public EducationTitle(EducationKind kind, Integer eqfLevel, TitleOrigin obtainedIn, Boolean statementOfComparability,
                              String description) {
            this(kind, eqfLevel, obtainedIn, statementOfComparability, description, null);
        }
    }

    @Schema(description = "A language certificate")
    public record LanguageCertificate(
            @NotNull @Schema(description = "CEFR level", examples = "B1") CefrLevel level,
            @Size(max = 120) @Schema(description = "Issuing body", examples = "CILS - Università per Stranieri di Siena") String issuer,
            @PastOrPresent @PlausibleDate @Schema(description = "Issue date", examples = "2025-05-20") LocalDate issuedOn) {
    }

    @Schema(description = "Italian entry test taken at the provider and kept on file")
    public record EntryTest(
            @NotNull @Schema(description = "CEFR level assessed", examples = "B1") CefrLevel level,
            @NotNull @PastOrPresent @PlausibleDate @Schema(description = "Date of the test", examples = "2026-09-01") LocalDate takenOn) {
    }

    @Schema(description = "Residence permit")
    public record ResidencePermit(
            @NotNull @PlausibleDate @Schema(description = "Expiry date", examples = "2027-12-31") LocalDate expiresOn) {
    }

    @Schema(description = "Receipt of a renewal application (ricevuta della domanda di rinnovo)")
    public record RenewalReceipt(
            @NotNull @PastOrPresent @PlausibleDate @Schema(description = "Date the renewal was applied for", examples = "2026-10-02") LocalDate appliedOn) {
    }

    @Schema(description = "Outcome of the check of compulsory-schooling competences")
    public record CompetenceCheck(
            @NotNull @Schema(description = "Passed or not", examples = "true") Boolean passed,
            @PastOrPresent @PlausibleDate @Schema(description = "Date of the check", examples = "2026-09-10") LocalDate checkedOn) {
    }
}
