package it.formapro.attendance.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearningCheck", description = "A recorded learning check")
public record CheckView(long id, long editionId, long studentId, String unitCode, LocalDate date,
                        LearningCheck.Outcome outcome, BigDecimal score, String notes,
                        @Schema(description = "Tutor, from the token") String recordedBy, Instant recordedAt) {

    public static CheckView of(LearningCheck c) {
        return new CheckView(c.id, c.editionId, c.studentId, c.unitCode, c.checkDate, c.outcome, c.score, c.notes,
                c.recordedBy, c.recordedAt);
    }
}
