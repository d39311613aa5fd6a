package it.formapro.attendance.check;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Lesson;
import it.formapro.attendance.lesson.Modality;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When a unit's learning check may be dated (plain Java, no DB): at the unit's conclusion. [000] [002] [003]
 * "Requisiti minimi di valutazione degli apprendimenti": "verifiche periodiche di apprendimento a conclusione di ogni
 * UF"; [001] sez. 8 asks a "tracciabile valutazione didattica degli apprendimenti per singola Unità di risultati di
 * apprendimento" without saying when, and DOMAIN.md reads it for every standard: "each unit ends with a traceable
 * learning check". A check dated before its unit was delivered would be the unit's latest check in force, and pass it
 * for admission, on lessons nobody had attended yet.
 * <p>
 * The unit has concluded by the check's day when it has a lesson and every lesson of it is held by then
 * ({@link Lesson#heldBy}: of an earlier day, or of that day and begun, so a check of today waits for the unit's last
 * lesson of today to begin). Which lessons: the unit's classroom, lab and e-learning ones, as the calendar check counts a
 * unit's hours and propedeuticity judges a unit delivered; an INTERNSHIP lesson carrying the unit's code is the
 * internship, tracked apart (DOMAIN.md), and does not hold the check back. A unit delivered only as internship has no
 * other lessons: its internship lessons are then what it is made of, and the same rule applies to them.
 */
public final class CheckRules {

    /** Dates listed in full in a message; beyond, the first and the last. */
    private static final int DATES_IN_FULL = 5;

    private CheckRules() {
    }

    /** A lesson of the unit, as the rule needs it. */
    public record UnitLesson(LocalDate date, LocalTime start, Modality modality) {
    }

    /** A violation if the unit has not concluded by {@code date}, the day of its check ({@code clock}: now, in Italy). */
    public static Optional<RuleViolation> unitConcluded(EditionRules rules, String unitCode, LocalDate date,
                                                        Collection<UnitLesson> unitLessons, Clock clock) {
        List<UnitLesson> training = unitLessons.stream().filter(l -> l.modality() != Modality.INTERNSHIP).toList();
        List<UnitLesson> lessons = training.isEmpty() ? List.copyOf(unitLessons) : training;
        List<LocalDate> dates = lessons.stream().map(UnitLesson::date).distinct().sorted().toList();
        List<LocalDate> pending = lessons.stream().filter(l -> !Lesson.heldBy(l.date(), l.start(), date, clock))
                .map(UnitLesson::date).distinct().sorted().toList();
        String source = rules.source("verifica di apprendimento a conclusione di ogni unità formativa");
        if (dates.isEmpty()) {
            return Optional.of(new RuleViolation("CHECK_UNIT_NOT_DELIVERED", "The check of unit " + unitCode
                    + " is dated " + date + ", but the unit has no lesson in the edition's calendar: a unit's check "
                    + "comes at its conclusion; schedule and hold its lessons first", source,
                    figures("unitCode", unitCode, "date", date, "unitLessonDates", dates)));
        }
        if (pending.size() == lessons.size()) {
            return Optional.of(new RuleViolation("CHECK_UNIT_NOT_DELIVERED", "The check of unit " + unitCode
                    + " is dated " + date + ", before any lesson of the unit was held (its lessons: " + list(dates)
                    + "): a unit's check comes at its conclusion, on or after " + dates.get(dates.size() - 1), source,
                    figures("unitCode", unitCode, "date", date, "unitLessonDates", dates,
                            "lastLessonDate", dates.get(dates.size() - 1))));
        }
        if (!pending.isEmpty()) {
            return Optional.of(new RuleViolation("CHECK_BEFORE_UNIT_END", "The check of unit " + unitCode + " is dated "
                    + date + ", while the unit still has lessons on " + list(pending) + " (its lessons: " + list(dates)
                    + "): a unit's check comes at its conclusion, on or after " + dates.get(dates.size() - 1), source,
                    figures("unitCode", unitCode, "date", date, "unitLessonDates", dates, "pendingLessonDates", pending,
                            "lastLessonDate", dates.get(dates.size() - 1))));
        }
        return Optional.empty();
    }

    private static String list(List<LocalDate> dates) {
        if (dates.size() <= DATES_IN_FULL) {
            return String.join(", ", dates.stream().map(LocalDate::toString).toList());
        }
        return dates.get(0) + " ... " + dates.get(dates.size() - 1) + " (" + dates.size() + " days)";
    }
}
