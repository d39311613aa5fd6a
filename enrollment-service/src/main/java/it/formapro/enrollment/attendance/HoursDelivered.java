package it.formapro.enrollment.attendance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * attendance-service's {@code GET /editions/{id}/hours-delivered} answer (docs/CONTRACTS.md); {@code deliveredMinutes}
 * is the exact figure (null from an attendance-service that predates it: then the hours, rounded to 0.01 h).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HoursDelivered(long editionId, BigDecimal deliveredHours, Long deliveredMinutes, BigDecimal plannedHours,
                             LocalDate asOf) {

    /** The hours delivered as minutes, exactly when attendance-service gives them. */
    public BigDecimal deliveredMinutesExact() {
        return deliveredMinutes != null ? BigDecimal.valueOf(deliveredMinutes) : deliveredHours.multiply(BigDecimal.valueOf(60));
    }
}
