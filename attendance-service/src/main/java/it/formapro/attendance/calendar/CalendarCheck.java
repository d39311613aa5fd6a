package it.formapro.attendance.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The edition's calendar against the minimums and per-unit ratios of its standard ({@link CalendarRules}). */
@Schema(name = "CalendarCheck", description = "The edition's whole calendar against each hour rule its standard "
        + "states: one line per rule, MET, SHORT (below a minimum) or OVER (beyond a maximum)")
public record CalendarCheck(
        @Schema(examples = "12") long editionId,
        @Schema(description = "Lessons dated up to this day count as delivered", examples = "2027-02-01") LocalDate asOf,
        @Schema(description = "Every rule is MET") boolean compliant,
        List<Line> rules) {

    @Schema(name = "CalendarRuleStatus")
    public enum Status { MET, SHORT, OVER }

    @Schema(name = "CalendarRule", description = "One hour rule of the standard against the calendar. Exactly one of "
            + "requiredMinHours / requiredMaxHours is set; the status is judged on scheduledHours (every lesson of the "
            + "calendar), deliveredHours are the lessons held by asOf (those of asOf itself once begun, if it is today)")
    public record Line(
            @Schema(examples = "CLASSROOM_MIN") String rule,
            @Schema(description = "The training unit of a per-unit rule; null for the edition-wide ones", examples = "1260",
                    nullable = true)
            String unitCode,
            @Schema(description = "The standard and its section", examples = "Standard 000 - Tecnico esperto customer "
                    + "care (repertorio), durata minima di aula") String source,
            @Schema(description = "The minimum, for a minimum rule; null for a maximum rule", examples = "125.00",
                    nullable = true) BigDecimal requiredMinHours,
            @Schema(description = "The maximum, for a maximum rule; null for a minimum rule", nullable = true)
            BigDecimal requiredMaxHours,
            @Schema(description = "Hours of the calendar's lessons the rule counts", examples = "120.00") BigDecimal scheduledHours,
            @Schema(description = "Of those, the hours of lessons dated up to asOf", examples = "80.00") BigDecimal deliveredHours,
            @Schema(examples = "SHORT") Status status,
            @Schema(description = "SHORT: hours still to schedule to reach the minimum", examples = "5.00") BigDecimal shortByHours,
            @Schema(description = "OVER: hours scheduled beyond the maximum") BigDecimal overByHours,
            @Schema(examples = "Classroom hours: 120.00 h scheduled, 5.00 h short of the minimum of 125 h; 80.00 h "
                    + "delivered up to 2027-02-01") String message) {
    }
}
