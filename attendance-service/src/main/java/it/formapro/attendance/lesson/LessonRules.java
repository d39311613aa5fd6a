package it.formapro.attendance.lesson;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.Hours;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules a new lesson must respect against the edition's calendar and the standard (plain Java, no DB).
 *
 * <ul>
 *   <li>e-learning caps standard-wide: synchronous / asynchronous hours as % of classroom hours ([000]: 175 % / 70 %,
 *   [002]: 210 % / 120 %), total FAD hours ([001]: 99 h);</li>
 *   <li>e-learning cap per unit ([000]: FaD ≤ 16 h per UF; [001]: the FAD hours of each URA);</li>
 *   <li>propedeuticity ([001] sez. 4, "Nota di propedeuticità": URA 2 and 3 before the later ones): a lesson of a
 *   later unit needs, in lessons ending before it starts, at least the minimum hours of each propedeutic unit, and
 *   every lesson of a propedeutic unit ends before any lesson of a later unit starts;</li>
 *   <li>internship maximum ([001] sez. 5: 100 h);</li>
 *   <li>lab maximum per unit ([000]: "Durata massima ora laboratorio" 40 h per UF).</li>
 * </ul>
 * The standard's minimums (total, classroom, lab, KC, internship, per unit) and the per-unit synchronous e-learning %
 * are judged on the whole calendar, not lesson by lesson: see {@code calendar.CalendarRules}.
 * The classroom base of the % caps is the larger of the classroom hours scheduled and the standard's minimum
 * classroom hours: the course must reach that minimum anyway, so e-learning may be planned before all classroom
 * lessons are in the calendar.
 */
public final class LessonRules {

    private LessonRules() {
    }

    /** A lesson as the rules see it; {@code end} may be 24:00 ({@link DayTime#END_OF_DAY}). */
    public record PlannedLesson(Long id, LocalDate date, LocalTime start, LocalTime end, String unitCode,
                                Modality modality) {
        public int minutes() {
            return DayTime.minutesBetween(start, end);
        }

        boolean endsBeforeStartOf(PlannedLesson other) {
            return date.isBefore(other.date) || (date.equals(other.date) && !end.isAfter(other.start));
        }

        boolean overlaps(PlannedLesson other) {
            return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    public static List<RuleViolation> check(EditionRules rules, Collection<PlannedLesson> calendar, PlannedLesson lesson) {
        List<RuleViolation> violations = new ArrayList<>();
        List<PlannedLesson> after = new ArrayList<>(calendar);
        after.add(lesson);

        EditionRules.Unit unit = lesson.unitCode() == null ? null : rules.unit(lesson.unitCode()).orElse(null);
        if (lesson.unitCode() == null && lesson.modality() != Modality.INTERNSHIP) {
            violations.add(new RuleViolation("UNIT_REQUIRED", "A " + lesson.modality() + " lesson belongs to a training unit",
                    rules.source("training units"), figures("modality", lesson.modality())));
        } else if (lesson.unitCode() != null && unit == null) {
            violations.add(new RuleViolation("UNIT_UNKNOWN", "Training unit '" + lesson.unitCode()
                    + "' is not a unit of this edition's standard; known units: " + unitCodes(rules),
                    rules.source("training units"), figures("unitCode", lesson.unitCode(), "knownUnits", unitCodes(rules))));
        }
        if (rules.startDate() != null && rules.endDate() != null
                && (lesson.date().isBefore(rules.startDate()) || lesson.date().isAfter(rules.endDate()))) {
            violations.add(new RuleViolation("OUTSIDE_EDITION", "The lesson date " + lesson.date()
                    + " is outside the edition (" + rules.startDate() + " - " + rules.endDate() + ")",
                    "Edition " + rules.editionId() + " calendar",
                    figures("lessonDate", lesson.date(), "editionStart", rules.startDate(), "editionEnd", rules.endDate())));
        }
        if (lesson.modality() != Modality.INTERNSHIP) {
            calendar.stream()
                    .filter(l -> l.modality() != Modality.INTERNSHIP && l.overlaps(lesson))
                    .findFirst()
                    .ifPresent(other -> violations.add(new RuleViolation("LESSON_OVERLAP", "The class already has lesson "
                            + other.id() + " on " + other.date() + " " + other.start() + "-" + DayTime.text(other.end()),
                            "Edition " + rules.editionId() + " calendar",
                            figures("overlappingLessonId", other.id()))));
        }
        if (lesson.modality().isElearning()) {
            checkElearningCaps(rules, calendar, after, lesson, unit, violations);
        }
        if (unit != null && lesson.modality() != Modality.INTERNSHIP) {
            checkPropedeuticity(rules, calendar, lesson, unit, violations);
        }
        if (unit != null && lesson.modality() == Modality.LAB && unit.labMaxHours() != null) {
            // the unit's lab hours (LAB lessons of the unit) may not pass its "durata massima ora laboratorio"
            checkCap(new HoursCap("UNIT_LAB_MAX", "Lab hours of unit " + unit.code(), "its maximum of ",
                            rules.source("unit " + unit.code() + ": durata massima ora laboratorio"), unit.code(),
                            "unitLabHours", "labMaxHours", unit.labMaxHours()),
                    after, lesson, l -> l.modality() == Modality.LAB && unit.code().equals(l.unitCode()), violations);
        }
        if (lesson.modality() == Modality.INTERNSHIP && rules.hours() != null && rules.hours().internshipMax() != null) {
            checkCap(new HoursCap("INTERNSHIP_MAX", "Internship hours", "the maximum of ",
                            rules.source("tirocinio curriculare: durata massima"), null, "internshipHours", "internshipMax",
                            rules.hours().internshipMax()),
                    after, lesson, l -> l.modality() == Modality.INTERNSHIP, violations);
        }
        return violations;
    }

    private static void checkElearningCaps(EditionRules rules, Collection<PlannedLesson> calendar,
                                           List<PlannedLesson> after, PlannedLesson lesson, EditionRules.Unit unit,
                                           List<RuleViolation> violations) {
        EditionRules.Hours hours = rules.hours();
        if (hours != null) {
            elearningShare(rules, after, lesson.modality(), lesson).ifPresent(violations::add);
            if (hours.elearningMaxHours() != null) {
                checkCap(new HoursCap("ELEARNING_TOTAL_CAP", "E-learning (FAD) hours", "the standard's ",
                                rules.source("durata massima FAD"), null, "elearningHours", "capHours",
                                hours.elearningMaxHours()),
                        after, lesson, l -> l.modality().isElearning(), violations);
            }
        }
        if (unit != null && unit.elearningMaxHours() != null) {
            checkCap(new HoursCap("UNIT_ELEARNING_CAP", "E-learning (FaD) hours of unit " + unit.code(), "its maximum of ",
                            rules.source("unit " + unit.code() + ": durata massima FaD"), unit.code(),
                            "unitElearningHours", "capHours", unit.elearningMaxHours()),
                    after, lesson, l -> l.modality().isElearning() && unit.code().equals(l.unitCode()), violations);
        }
    }

    /**
     * The synchronous and asynchronous e-learning caps, as % of the classroom hours, on a whole calendar: what removing
     * a classroom lesson, or changing it to another mode, must not break ([000] 175 % / 70 %, [002] 210 % / 120 %).
     */
    public static List<RuleViolation> checkElearningShares(EditionRules rules, Collection<PlannedLesson> calendar) {
        List<RuleViolation> violations = new ArrayList<>();
        if (rules.hours() != null) {
            for (Modality mode : List.of(Modality.ELEARNING_SYNC, Modality.ELEARNING_ASYNC)) {
                elearningShare(rules, calendar, mode, null).ifPresent(violations::add);
            }
        }
        return violations;
    }

    /**
     * The cap on the {@code mode} e-learning hours of {@code calendar} as % of its classroom hours; {@code lesson}, when
     * given, is the lesson of the calendar being added, which the refusal names.
     */
    private static Optional<RuleViolation> elearningShare(EditionRules rules, Collection<PlannedLesson> calendar,
                                                          Modality mode, PlannedLesson lesson) {
        EditionRules.Hours hours = rules.hours();
        BigDecimal pct = mode == Modality.ELEARNING_SYNC
                ? hours.elearningSyncMaxPercentOfClassroom() : hours.elearningAsyncMaxPercentOfClassroom();
        if (pct == null) {
            return Optional.empty();
        }
        long classroomMinutes = minutes(calendar, l -> l.modality() == Modality.CLASSROOM);
        BigDecimal baseMinutes = BigDecimal.valueOf(classroomMinutes)
                .max(Hours.orZero(hours.minClassroom()).multiply(Hours.SIXTY));
        long total = minutes(calendar, l -> l.modality() == mode);
        // compared exactly, in minutes: refused when total × 100 > base minutes × %. A cap rounded to 0.01 h first
        // refused an hour exactly at the cap (620 classroom min × 70 % = 434 min, but 7.23 h = 433.8 min); the hours
        // are rounded for display only
        if (BigDecimal.valueOf(total).multiply(Hours.HUNDRED).compareTo(baseMinutes.multiply(pct)) <= 0) {
            return Optional.empty();
        }
        BigDecimal classroomBase = baseMinutes.divide(Hours.SIXTY, 2, RoundingMode.HALF_UP);
        BigDecimal cap = baseMinutes.multiply(pct).divide(Hours.HUNDRED.multiply(Hours.SIXTY), 2, RoundingMode.HALF_UP);
        String kind = mode == Modality.ELEARNING_SYNC ? "synchronous" : "asynchronous";
        String source = rules.source("durata massima e-learning " + (mode == Modality.ELEARNING_SYNC ? "sincrona" : "asincrona")
                + " in rapporto alla durata d'aula");
        String rule = mode == Modality.ELEARNING_SYNC ? "ELEARNING_SYNC_CAP" : "ELEARNING_ASYNC_CAP";
        // a lesson being added is named with the hours before and after it; a whole calendar by its hours scheduled
        String reached = lesson == null
                ? "Hours of " + kind + " e-learning scheduled, " + Hours.ofMinutes(total) + " h, would be beyond "
                : "Hours of " + kind + " e-learning would reach " + Hours.ofMinutes(total) + " h, beyond ";
        List<Object> figures = new ArrayList<>(lesson == null
                ? List.of("elearningHoursScheduled", Hours.ofMinutes(total))
                : List.of("elearningHoursScheduled", Hours.ofMinutes(total - lesson.minutes()),
                        "lessonHours", Hours.ofMinutes(lesson.minutes()), "elearningHoursAfter", Hours.ofMinutes(total)));
        figures.addAll(List.of("classroomHoursBase", classroomBase, "maxPercentOfClassroom", pct, "capHours", cap));
        return Optional.of(new RuleViolation(rule, reached + pct + " % of the classroom hours (" + classroomBase + " h), i.e. "
                + cap + " h", source, figures(figures.toArray())));
    }

    /**
     * A maximum on the hours of some lessons of the calendar, as its refusal names it: {@code figure} prefixes the
     * figures of the hours scheduled before and after the lesson, {@code capFigure} names the maximum.
     */
    private record HoursCap(String rule, String what, String beyond, String source, String unitCode, String figure,
                            String capFigure, BigDecimal hours) {
    }

    /** Refused when the lessons {@code counted}, this one included, pass the cap (compared in exact minutes). */
    private static void checkCap(HoursCap cap, Collection<PlannedLesson> after, PlannedLesson lesson,
                                 Predicate<PlannedLesson> counted, List<RuleViolation> violations) {
        long total = minutes(after, counted);
        if (!exceeds(total, cap.hours())) {
            return;
        }
        List<Object> figures = new ArrayList<>();
        if (cap.unitCode() != null) {
            figures.addAll(List.of("unitCode", cap.unitCode()));
        }
        figures.addAll(List.of(cap.figure() + "Scheduled", Hours.ofMinutes(total - lesson.minutes()),
                "lessonHours", Hours.ofMinutes(lesson.minutes()), cap.figure() + "After", Hours.ofMinutes(total),
                cap.capFigure(), cap.hours()));
        violations.add(new RuleViolation(cap.rule(), cap.what() + " would reach " + Hours.ofMinutes(total) + " h, beyond "
                + cap.beyond() + cap.hours() + " h", cap.source(), figures(figures.toArray())));
    }

    private static void checkPropedeuticity(EditionRules rules, Collection<PlannedLesson> calendar, PlannedLesson lesson,
                                            EditionRules.Unit unit, List<RuleViolation> violations) {
        List<String> propedeutic = rules.propedeuticUnitCodes();
        if (propedeutic == null || propedeutic.isEmpty()) {
            return;
        }
        String source = rules.source("nota di propedeuticità (units " + String.join(", ", propedeutic) + " before the later ones)");
        if (propedeutic.contains(unit.code())) {
            // "vanno svolte antecedentemente alle successive": no lesson of unit 2 or 3 once a later unit has begun
            calendar.stream()
                    .filter(l -> l.modality() != Modality.INTERNSHIP && isLater(rules, l.unitCode()) && !lesson.endsBeforeStartOf(l))
                    .min(CALENDAR_ORDER)
                    .ifPresent(later -> violations.add(new RuleViolation("PROPEDEUTICITY", "Unit " + unit.code()
                            + " is to be delivered before the later units, but lesson " + later.id() + " of unit "
                            + later.unitCode() + " on " + later.date() + " " + later.start() + " starts before this lesson ends",
                            source, figures("unitCode", unit.code(), "laterLessonId", later.id(),
                                    "laterUnitCode", later.unitCode(), "laterLessonDate", later.date()))));
            return;
        }
        if (!isLater(rules, unit)) {
            return;
        }
        for (String code : propedeutic) {
            BigDecimal min = rules.unit(code).map(EditionRules.Unit::minHours).orElse(null);
            long before = minutes(calendar, l -> code.equals(l.unitCode()) && l.modality() != Modality.INTERNSHIP
                    && l.endsBeforeStartOf(lesson));
            // complete = its hours scheduled before this lesson reach its minimum hours (no minimum: any hours)
            boolean complete = min == null ? before > 0 : BigDecimal.valueOf(before).compareTo(min.multiply(Hours.SIXTY)) >= 0;
            if (!complete) {
                violations.add(new RuleViolation("PROPEDEUTICITY", "Unit " + unit.code() + " may start only after unit "
                        + code + " is complete: " + Hours.ofMinutes(before) + " h of its minimum " + min
                        + " h are scheduled before " + lesson.date() + " " + lesson.start(), source,
                        figures("unitCode", unit.code(), "propedeuticUnitCode", code,
                                "propedeuticHoursBefore", Hours.ofMinutes(before), "propedeuticMinHours", min)));
            }
        }
        // and no lesson of a propedeutic unit may still come after it, whatever hours came before
        calendar.stream()
                .filter(l -> l.modality() != Modality.INTERNSHIP && propedeutic.contains(l.unitCode()) && !l.endsBeforeStartOf(lesson))
                .max(CALENDAR_ORDER)
                .ifPresent(last -> violations.add(new RuleViolation("PROPEDEUTICITY", "Unit " + unit.code()
                        + " may start only after every lesson of units " + String.join(", ", propedeutic) + ": lesson "
                        + last.id() + " of unit " + last.unitCode() + " on " + last.date() + " " + last.start()
                        + " does not end before " + lesson.date() + " " + lesson.start(), source,
                        figures("unitCode", unit.code(), "propedeuticLessonId", last.id(),
                                "propedeuticUnitCode", last.unitCode(), "propedeuticLessonDate", last.date()))));
    }

    private static final Comparator<PlannedLesson> CALENDAR_ORDER =
            Comparator.comparing(PlannedLesson::date).thenComparing(PlannedLesson::start);

    private static boolean isLater(EditionRules rules, String unitCode) {
        return unitCode != null && rules.unit(unitCode).map(u -> isLater(rules, u)).orElse(false);
    }

    /** A unit is "later" when its sequence follows every propedeutic unit's (without sequences: every other unit). */
    private static boolean isLater(EditionRules rules, EditionRules.Unit unit) {
        if (rules.propedeuticUnitCodes().contains(unit.code())) {
            return false;
        }
        Integer maxPropedeutic = rules.propedeuticUnitCodes().stream()
                .map(code -> rules.unit(code).map(EditionRules.Unit::sequence).orElse(null))
                .filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        return unit.sequence() == null || maxPropedeutic == null || unit.sequence() > maxPropedeutic;
    }

    private static long minutes(Collection<PlannedLesson> lessons, Predicate<PlannedLesson> which) {
        return lessons.stream().filter(which).mapToLong(PlannedLesson::minutes).sum();
    }

    /** Whether {@code minutes} exceed {@code capHours} (compared in exact minutes). */
    private static boolean exceeds(long minutes, BigDecimal capHours) {
        return BigDecimal.valueOf(minutes).compareTo(capHours.multiply(Hours.SIXTY)) > 0;
    }

    private static List<String> unitCodes(EditionRules rules) {
        return rules.units() == null ? List.of() : rules.units().stream().map(EditionRules.Unit::code).toList();
    }
}
