package it.formapro.catalog.rules;

import it.formapro.catalog.edition.EditionRequest;
import it.formapro.catalog.edition.EditionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** docs/CONTRACTS.md EditionRules: an edition plus the rules of the exact standard version it runs. A contract. */
@Schema(name = "EditionRules", description = "A course edition with the rules of the exact standard version it runs; "
        + "the one document enrollment, attendance and exam services consume")
public record EditionRules(
        @Schema(examples = "12") long editionId,
        @Schema(examples = "Addetto al servizio clienti - Pescara 2027") String editionTitle,
        @Schema(examples = "Ente Formazione Demo") String provider,
        @Schema(description = EditionRequest.PROVIDER_ACCREDITATION + " Null while not recorded.",
                examples = EditionRequest.PROVIDER_ACCREDITATION_EXAMPLE, nullable = true) String providerAccreditation,
        @Schema(description = EditionRequest.ISSUING_REGION + " Null while neither the edition nor the standard names it.",
                examples = "Abruzzo", nullable = true) String issuingRegion,
        @Schema(examples = "Pescara, via Roma 1") String location,
        @Schema(examples = "2027-01-11") LocalDate startDate,
        @Schema(examples = "2027-06-30") LocalDate endDate,
        @Schema(examples = "208") BigDecimal plannedHours,
        @Schema(examples = "80") BigDecimal plannedInternshipHours,
        @Schema(examples = "20") int capacity,
        @Schema(examples = "OPEN") EditionStatus status,
        RuleViews.QualificationRef qualification,
        RuleViews.Hours hours,
        RuleViews.Attendance attendance,
        RuleViews.Entry entry,
        List<RuleViews.UnitRule> units,
        @Schema(examples = "[\"2\", \"3\"]") List<String> propedeuticUnitCodes,
        List<RuleViews.CompetenceUnitRef> competenceUnits,
        @Schema(description = "Rules where the standard is silent and the suite's default applies") List<String> defaultsApplied) {
}
