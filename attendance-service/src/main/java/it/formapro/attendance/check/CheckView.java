package it.formapro.attendance.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearningCheck", description = "A recorded learning check; an annulled one counts nowhere and is "
        + "listed only on request (includeAnnulled=true), with who annulled it, when and why")
public record CheckView(long id, long editionId, long studentId, String unitCode, LocalDate date,
                        LearningCheck.Outcome outcome, BigDecimal score,
                        @Schema(description = "Null when none were given, or once the student was erased (GDPR art. 17)",
                                nullable = true) String notes,
                        @Schema(description = "Tutor, from the token") String recordedBy, Instant recordedAt,
                        @Schema(description = "When the check was annulled; null while it is in force (and counts)",
                                nullable = true)
                        Instant annulledAt,
                        @Schema(description = "Who annulled it (user name from the token); null while it is in force",
                                examples = "tutor.anna", nullable = true) String annulledBy,
                        @Schema(description = "Why it was annulled, as given; null while in force, or once the student "
                                + "was erased", examples = "Recorded under the wrong unit",
                                nullable = true)
                        String annulmentReason) {

    public static CheckView of(LearningCheck c) {
        return new CheckView(c.id, c.editionId, c.studentId, c.unitCode, c.checkDate, c.outcome, c.score, c.notes,
                c.recordedBy, c.recordedAt, c.annulledAt, c.annulledBy, c.annulmentReason);
    }
}
