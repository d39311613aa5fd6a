package it.formapro.attendance.credit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The minutes scheduled in the edition's calendar, every lesson held or not: per training unit (its lessons but the
 * internship ones, keyed as the summaries key the hours delivered) and of the internship (INTERNSHIP lessons, whatever
 * their unit). What a credit is bounded by where the standard gives no hours ({@link CreditRules#unitMinutes},
 * {@link CreditRules#internshipBase}): the units of [002] and [003], the internship of a [000] or [002] edition that
 * records no plannedInternshipHours.
 */
public record ScheduledHours(Map<String, Long> unitMinutes, long internshipMinutes) {

    /** No lesson scheduled. */
    public static final ScheduledHours NONE = new ScheduledHours(Map.of(), 0);

    /** The minutes of one unit's lessons, internship or not (a unit code of null: internship lessons of no unit). */
    public record Lessons(String unitCode, boolean internship, long minutes) {
    }

    public static ScheduledHours of(Collection<Lessons> lessons) {
        Map<String, Long> byUnit = new HashMap<>();
        long internship = 0;
        for (Lessons l : lessons) {
            if (l.internship()) {
                internship += l.minutes();
            } else if (l.unitCode() != null) {
                byUnit.merge(l.unitCode(), l.minutes(), Long::sum);
            }
        }
        return new ScheduledHours(Map.copyOf(byUnit), internship);
    }

    /** The minutes scheduled for the unit's lessons but internship ones; 0 when it has none. */
    public long minutesOf(String unitCode) {
        return unitMinutes.getOrDefault(unitCode, 0L);
    }
}
