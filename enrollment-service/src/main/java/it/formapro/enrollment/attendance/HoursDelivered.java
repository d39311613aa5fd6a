package it.formapro.enrollment.attendance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/** attendance-service's {@code GET /editions/{id}/hours-delivered} answer (docs/CONTRACTS.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HoursDelivered(long editionId, BigDecimal deliveredHours, BigDecimal plannedHours, LocalDate asOf) {
}
