package it.formapro.enrollment.eligibility;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dry-run eligibility check against a course edition: exactly one of studentId (a registered "
        + "student) or applicant (an applicant's facts given inline); both, or neither, is a 400. Nothing is written.",
        examples = {"{\"editionId\": 12, \"studentId\": 5}",
                "{\"editionId\": 12, \"applicant\": {\"birthDate\": \"1996-04-02\", \"citizenship\": \"NON_EU\", "
                        + "\"evidence\": {\"educationTitle\": {\"kind\": \"UPPER_SECONDARY\", \"eqfLevel\": 4, "
                        + "\"obtainedIn\": \"ABROAD\", \"statementOfComparability\": true}, "
                        + "\"italianCertificate\": {\"level\": \"B1\", \"issuedOn\": \"2025-05-20\"}, "
                        + "\"residencePermit\": {\"expiresOn\": \"2027-12-31\"}}}}"})
public record EligibilityRequest(
        @NotNull @Schema(description = "Course edition (catalog-service id)", examples = "12") Long editionId,
        @Schema(description = "A registered student (not for the portal role; not with applicant)", examples = "5") Long studentId,
        @Valid @Schema(description = "An applicant's facts, when there is no student record (not with studentId)")
        Applicant applicant) {

    @Schema(name = "ApplicantFacts", description = "What the entry rules need about an applicant: no name, no identifier")
    public record Applicant(
            @Past @PlausibleDate @Schema(description = "Birth date, in the past (like a student's); without it the age rule is "
                    + "MISSING_EVIDENCE", examples = "2008-01-13") LocalDate birthDate,
            @Schema(description = "ITALIAN, EU or NON_EU", examples = "NON_EU") Citizenship citizenship,
            @Valid Evidence evidence) {

        public ApplicantFacts facts() {
            return new ApplicantFacts(birthDate, citizenship, evidence);
        }
    }
}
