package it.formapro.catalog.edition;

import it.formapro.common.problem.Problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a planned edition against the standard it runs. Plain Java (no database, no HTTP) so the rules are
 * unit-tested on their own; the service turns the outcome into a 422 problem with the figures.
 */
public final class EditionValidator {

    /** What the edition plans. */
    public record EditionPlan(LocalDate startDate, LocalDate endDate, BigDecimal plannedHours,
                              BigDecimal plannedInternshipHours, int capacity) {
    }

    /**
     * The limits of the standard that bear on an edition. Null = the standard sets no such limit.
     * {@code additionalUnitsMaxPercent}: additional units may add at most this % to the minimum total (001: 10).
     */
    public record StandardLimits(String qualificationCode, String source, BigDecimal minTotalHours,
                                 BigDecimal minClassroomHours, BigDecimal internshipMinHours, BigDecimal internshipMaxHours,
                                 boolean internshipIncludedInTotal, Integer additionalUnitsMaxPercent) {
    }

    /** Violations (empty = the plan is fine) and the figures behind them. */
    public record Outcome(List<Violation> violations, Map<String, Object> figures) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private EditionValidator() {
    }

    public static Outcome validate(EditionPlan plan, StandardLimits limits) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        String source = limits.source();

        // Minimum total hours: the standard's "durata minima complessiva" (001: 208 h net of the internship).
        if (plan.plannedHours() != null && plan.plannedHours().compareTo(limits.minTotalHours()) < 0) {
            violations.add(new Violation("MIN_TOTAL_HOURS",
                    "plannedHours " + plain(plan.plannedHours()) + " is below the standard's minimum of "
                            + plain(limits.minTotalHours()) + " h" + (limits.internshipIncludedInTotal() ? "" : " (internship excluded)"),
                    source));
            figures.put("plannedHours", plan.plannedHours());
            figures.put("minTotalHours", limits.minTotalHours());
        }

        // Maximum total hours: standard 001 sez. 6 "Unità di risultati di apprendimento aggiuntive", "nel limite massimo
        // del 10% delle ore totali di formazione, al netto del tirocinio curriculare". plannedHours and minTotalHours
        // already exclude the internship there (internshipIncludedInTotal=false), so for 001 at most 208 + 20.8 = 228.8 h.
        // Standards that state no such percent set no upper limit.
        Integer percent = limits.additionalUnitsMaxPercent();
        if (percent != null && plan.plannedHours() != null) {
            BigDecimal maxTotal = maxTotalHours(limits.minTotalHours(), percent);
            if (plan.plannedHours().compareTo(maxTotal) > 0) {
                violations.add(new Violation("MAX_TOTAL_HOURS",
                        "plannedHours " + plain(plan.plannedHours()) + " is above the standard's maximum of "
                                + plain(maxTotal) + " h: the minimum of " + plain(limits.minTotalHours()) + " h plus at most "
                                + percent + " % of additional units" + (limits.internshipIncludedInTotal() ? "" : " (internship excluded)"),
                        source));
                figures.put("plannedHours", plan.plannedHours());
                figures.put("maxTotalHours", maxTotal);
                figures.put("additionalUnitsMaxPercent", percent);
            }
        }

        BigDecimal internship = plan.plannedInternshipHours();
        boolean hasRange = limits.internshipMinHours() != null && limits.internshipMinHours().signum() > 0
                || limits.internshipMaxHours() != null;
        if (hasRange) {
            // Standard 001 sez. 5: tirocinio curriculare min 60, max 100 h, tracked apart from the 208 h.
            if (internship == null) {
                violations.add(new Violation("INTERNSHIP_HOURS_REQUIRED",
                        "the standard requires an internship of " + range(limits) + " h: plannedInternshipHours is missing", source));
            } else {
                if (limits.internshipMinHours() != null && internship.compareTo(limits.internshipMinHours()) < 0) {
                    violations.add(new Violation("INTERNSHIP_MIN_HOURS",
                            "plannedInternshipHours " + plain(internship) + " is below the standard's minimum of "
                                    + plain(limits.internshipMinHours()) + " h", source));
                }
                if (limits.internshipMaxHours() != null && internship.compareTo(limits.internshipMaxHours()) > 0) {
                    violations.add(new Violation("INTERNSHIP_MAX_HOURS",
                            "plannedInternshipHours " + plain(internship) + " is above the standard's maximum of "
                                    + plain(limits.internshipMaxHours()) + " h", source));
                }
            }
            figures.put("plannedInternshipHours", internship);
            figures.put("internshipMinHours", limits.internshipMinHours());
            figures.put("internshipMaxHours", limits.internshipMaxHours());
        }
        // Where the internship is part of the total, it cannot exceed the total itself.
        if (internship != null && limits.internshipIncludedInTotal() && plan.plannedHours() != null
                && internship.compareTo(plan.plannedHours()) > 0) {
            violations.add(new Violation("INTERNSHIP_WITHIN_TOTAL",
                    "plannedInternshipHours " + plain(internship) + " exceeds plannedHours " + plain(plan.plannedHours())
                            + ": in this standard the internship is part of the total", source));
            figures.put("plannedInternshipHours", internship);
            figures.put("plannedHours", plan.plannedHours());
        }
        // Where the internship is part of the total, what it leaves must still hold the classroom minimum ([000] "Durata
        // minima di aula (ore) 125" of 250, [002] 180 of 300): the calendar check would only find out lesson by lesson.
        if (internship != null && limits.internshipIncludedInTotal() && limits.minClassroomHours() != null
                && plan.plannedHours() != null && internship.compareTo(plan.plannedHours()) <= 0
                && plan.plannedHours().subtract(internship).compareTo(limits.minClassroomHours()) < 0) {
            violations.add(new Violation("CLASSROOM_MIN_HOURS",
                    "plannedHours " + plain(plan.plannedHours()) + " less plannedInternshipHours " + plain(internship)
                            + " leaves " + plain(plan.plannedHours().subtract(internship)) + " h, below the standard's "
                            + "classroom minimum of " + plain(limits.minClassroomHours()) + " h", source));
            figures.put("plannedInternshipHours", internship);
            figures.put("plannedHours", plan.plannedHours());
            figures.put("minClassroomHours", limits.minClassroomHours());
        }
        if (!violations.isEmpty()) {
            figures.put("qualificationCode", limits.qualificationCode());
        }
        return new Outcome(violations, figures);
    }

    /** Field-level checks independent of any standard (400 when they fail). */
    public static List<Violation> checkDates(EditionPlan plan) {
        if (plan.startDate() != null && plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
            return List.of(new Violation("endDate",
                    "endDate " + plan.endDate() + " is before startDate " + plan.startDate()));
        }
        return List.of();
    }

    /** The minimum total plus the additional-units percent, exact (hours keep at least 2 decimals: 228.80). */
    static BigDecimal maxTotalHours(BigDecimal minTotalHours, int additionalUnitsMaxPercent) {
        BigDecimal max = minTotalHours.multiply(BigDecimal.valueOf(100L + additionalUnitsMaxPercent)).movePointLeft(2);
        return max.setScale(Math.max(2, max.stripTrailingZeros().scale()));
    }

    private static String range(StandardLimits l) {
        return (l.internshipMinHours() == null ? "0" : plain(l.internshipMinHours()))
                + (l.internshipMaxHours() == null ? "+" : "-" + plain(l.internshipMaxHours()));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
