package it.formapro.catalog.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Edition", description = "A course edition: one delivery of a standard version by a provider")
public record EditionView(
        @Schema(examples = "12") long id,
        @Schema(examples = "Ente Formazione Demo") String provider,
        @Schema(description = EditionRequest.PROVIDER_ACCREDITATION + " Null while not recorded.",
                examples = EditionRequest.PROVIDER_ACCREDITATION_EXAMPLE, nullable = true) String providerAccreditation,
        @Schema(description = EditionRequest.ISSUING_REGION + " Null while neither the edition nor the standard names it.",
                examples = "Abruzzo", nullable = true) String issuingRegion,
        @Schema(description = "The references exam-service requires on every certificate and learning record (D.lgs "
                + "13/2013 art. 6) that the edition lacks: providerAccreditation, issuingRegion; empty when it has both. "
                + "exam-service refuses to issue documents until they are recorded, which PUT allows even once the "
                + "edition is CLOSED.", examples = "[]") List<String> missingDocumentReferences,
        @Schema(examples = "001") String qualificationCode,
        @Schema(examples = "1") int qualificationVersion,
        @Schema(examples = "Addetto al servizio clienti") String qualificationTitle,
        @Schema(examples = "Addetto al servizio clienti - Pescara 2027") String title,
        @Schema(examples = "Pescara, via Roma 1") String location,
        @Schema(examples = "2027-01-11") LocalDate startDate,
        @Schema(examples = "2027-06-30") LocalDate endDate,
        @Schema(examples = "208") BigDecimal plannedHours,
        @Schema(examples = "80") BigDecimal plannedInternshipHours,
        @Schema(examples = "20") int capacity,
        @Schema(examples = "PLANNED") EditionStatus status,
        @Schema(description = "Statuses this edition may move to next", examples = "[\"OPEN\", \"CLOSED\"]") List<EditionStatus> allowedNextStatuses,
        @Schema(description = "Optimistic-lock version: send it back on PUT", examples = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static EditionView of(CourseEdition e) {
        return new EditionView(e.id, e.provider, e.providerAccreditation, e.effectiveIssuingRegion(),
                e.missingDocumentReferences(), e.qualification.code, e.qualification.version, e.qualification.title,
                e.title, e.location, e.startDate, e.endDate, e.plannedHours, e.plannedInternshipHours, e.capacity, e.status,
                e.status.allowedNext().stream().sorted().toList(), e.version, e.createdAt, e.updatedAt);
    }
}
