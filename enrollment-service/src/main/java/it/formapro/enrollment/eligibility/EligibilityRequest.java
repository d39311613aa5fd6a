package it.formapro.enrollment.eligibility;

import it.formapro.common.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dry-run eligibility check: a registered student (studentId) or an applicant's facts given inline, "
        + "against a course edition. Nothing is written.")
public record EligibilityRequest(
        @NotNull @Schema(description = "Course edition (catalog-service id)", examples = "12") Long editionId,
        @Schema(description = "A registered student (not for the portal role)", examples = "5") Long studentId,
        @Valid @Schema(description = "An applicant's facts, when there is no student record") Applicant applicant) {

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
