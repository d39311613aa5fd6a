package it.formapro.attendance.calendar;

import it.formapro.attendance.Hours;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Modality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edition's whole calendar against the minimums and per-unit ratios of its standard (plain Java, no DB). A new
 * lesson is checked against caps and order by {@code LessonRules}; a minimum can only be judged on the whole calendar,
 * so it is reported here, never refused. One line per rule the standard states: a rule the catalogue leaves null is
 * skipped, and so is a minimum of 0 (no rule). Hours are compared exactly, in minutes; the status is judged on the
 * hours scheduled (every lesson of the calendar), the hours delivered (lessons dated up to asOf) are shown beside them.
 *
 * <p>How each line reads the standard (lessons counted by modality: CLASSROOM is classroom - e-learning is not, its caps
 * are a % of the classroom hours -, LAB is lab, INTERNSHIP is internship):
 * <ul>
 *   <li>{@code TOTAL_HOURS}: "Durata minima complessiva del percorso" ([000] 250, [002] [003] 300; [001] "durata minima
 *   totale al netto del tirocinio curriculare" 208): at least the edition's course hours, i.e. its planned hours and at
 *   least the standard's minimum ({@link EditionRules#courseHours()}), on the basis of every summary: internship
 *   excluded where the standard's total excludes it ([001]), included elsewhere;</li>
 *   <li>{@code CLASSROOM_MIN}: "Durata minima di aula" ([000] 125, [002] 180): CLASSROOM lessons;</li>
 *   <li>{@code LAB_MIN}: "Durata minima laboratorio" ([000] "-", [002] 0: no rule today): LAB lessons;</li>
 *   <li>{@code KEY_COMPETENCES_MIN}: "Durata delle attività formative rivolte alle KC" ([000] [002] 20), read as a
 *   minimum: lessons flagged {@code keyCompetences}, whatever their modality;</li>
 *   <li>{@code INTERNSHIP_MIN}: "Durata minima tirocinio" ([001] 60; [002] 0: no rule): INTERNSHIP lessons. [001] says
 *   "al netto dell'eventuale riconoscimento di crediti": credits are a student's, so the calendar schedules the whole
 *   minimum and the student summary lowers each student's share;</li>
 *   <li>{@code INTERNSHIP_PLUS_LAB_MIN}: "Durata minima tirocinio curriculare + Laboratorio" ([000] 75, [002] 90):
 *   INTERNSHIP and LAB lessons together;</li>
 *   <li>{@code UNIT_MIN_HOURS}: the unit's "Durata minima" ([000] 40 per UF, [001] the URA's hours): the unit's lessons
 *   of every modality but internship (a unit's duration includes its e-learning: [001] "Durata minima / di cui in
 *   FAD");</li>
 *   <li>{@code UNIT_CLASSROOM_MIN}: the unit's "Durata minima di aula" ([000] 0, [002] blank: no rule in the seed
 *   standards today): the unit's CLASSROOM lessons;</li>
 *   <li>{@code UNIT_LAB_MIN} / {@code UNIT_LAB_MAX}: the unit's "Durata minima / massima ora laboratorio" ([000] 0 /
 *   40): the unit's LAB lessons. A maximum of 0 is a rule (no lab at all); the maximum is also refused lesson by
 *   lesson ({@code LessonRules}), so OVER shows only in a calendar made before that refusal existed;</li>
 *   <li>{@code UNIT_ELEARNING_SYNC_MAX}: the unit's "Percentuale durata massima e-learning sincrona in rapporto alla
 *   durata d'aula" ([000] 40): the unit's ELEARNING_SYNC lessons against that % of the unit's CLASSROOM hours in the
 *   calendar (the whole calendar is judged on what it holds, not on a minimum it may still reach).</li>
 * </ul>
 * The standard-wide e-learning caps, the per-unit FaD caps and the internship maximum are refused lesson by lesson and
 * not repeated here.
 */
public final class CalendarRules {

    private CalendarRules() {
    }

    /** A lesson of the calendar as the check needs it; {@code held}: held by the check's asOf (Lesson.heldBy). */
    public record CalendarLesson(LocalDate date, int minutes, String unitCode, Modality modality, boolean keyCompetences,
                                 boolean held) {
    }

    public static CalendarCheck check(EditionRules rules, Collection<CalendarLesson> calendar, LocalDate asOf) {
        Lines lines = new Lines(rules, calendar, asOf);
        BigDecimal course = rules.courseHours();
        if (course.signum() > 0) {
            BigDecimal minTotal = rules.hours() == null ? null : rules.hours().minTotal();
            lines.add("TOTAL_HOURS", null, rules.internshipCounted() ? "durata minima complessiva del percorso"
                            : "durata minima totale al netto del tirocinio curriculare",
                    rules.internshipCounted() ? "Course hours" : "Course hours (internship excluded)", true,
                    course.multiply(Hours.SIXTY), plain(course) + " h (the edition's planned hours, at least the "
                            + "standard's minimum" + (minTotal == null ? "" : " of " + plain(minTotal) + " h") + ")",
                    l -> l.modality() != Modality.INTERNSHIP || rules.internshipCounted());
        }
        EditionRules.Hours hours = rules.hours();
        if (hours != null) {
            lines.min("CLASSROOM_MIN", null, "durata minima di aula", "Classroom hours", hours.minClassroom(),
                    l -> l.modality() == Modality.CLASSROOM);
            lines.min("LAB_MIN", null, "durata minima laboratorio", "Lab hours", hours.minLab(),
                    l -> l.modality() == Modality.LAB);
            lines.min("KEY_COMPETENCES_MIN", null, "durata delle attività formative rivolte alle KC",
                    "Key-competence (KC) hours", hours.keyCompetenceHours(), CalendarLesson::keyCompetences);
            lines.min("INTERNSHIP_MIN", null, "tirocinio curriculare: durata minima", "Internship hours",
                    hours.internshipMin(), l -> l.modality() == Modality.INTERNSHIP);
            lines.min("INTERNSHIP_PLUS_LAB_MIN", null, "durata minima tirocinio curriculare + laboratorio",
                    "Internship + lab hours", hours.internshipPlusLabMin(),
                    l -> l.modality() == Modality.INTERNSHIP || l.modality() == Modality.LAB);
        }
        for (EditionRules.Unit unit : rules.units() == null ? List.<EditionRules.Unit>of() : rules.units()) {
            checkUnit(lines, unit);
        }
        List<CalendarCheck.Line> result = List.copyOf(lines.lines);
        return new CalendarCheck(rules.editionId(), asOf,
                result.stream().allMatch(l -> l.status() == CalendarCheck.Status.MET), result);
    }

    private static void checkUnit(Lines lines, EditionRules.Unit unit) {
        String code = unit.code();
        String section = "unit " + code + ": ";
        Predicate<CalendarLesson> ofUnit = l -> code.equals(l.unitCode());
        Predicate<CalendarLesson> classroom = ofUnit.and(l -> l.modality() == Modality.CLASSROOM);
        Predicate<CalendarLesson> lab = ofUnit.and(l -> l.modality() == Modality.LAB);
        lines.min("UNIT_MIN_HOURS", code, section + "durata minima", "Hours of unit " + code, unit.minHours(),
                ofUnit.and(l -> l.modality() != Modality.INTERNSHIP));
        lines.min("UNIT_CLASSROOM_MIN", code, section + "durata minima di aula", "Classroom hours of unit " + code,
                unit.classroomMinHours(), classroom);
        lines.min("UNIT_LAB_MIN", code, section + "durata minima ora laboratorio", "Lab hours of unit " + code,
                unit.labMinHours(), lab);
        if (unit.labMaxHours() != null) {
            lines.add("UNIT_LAB_MAX", code, section + "durata massima ora laboratorio", "Lab hours of unit " + code,
                    false, unit.labMaxHours().multiply(Hours.SIXTY), plain(unit.labMaxHours()) + " h", lab);
        }
        BigDecimal pct = unit.elearningSyncMaxPercent();
        if (pct != null) {
            long classroomMinutes = lines.scheduled(classroom);
            // exact: classroom minutes x % / 100
            BigDecimal capMinutes = BigDecimal.valueOf(classroomMinutes).multiply(pct).movePointLeft(2);
            lines.add("UNIT_ELEARNING_SYNC_MAX", code,
                    section + "percentuale durata massima e-learning sincrona in rapporto alla durata d'aula",
                    "Synchronous e-learning hours of unit " + code, false, capMinutes,
                    plain(pct) + " % of the unit's classroom hours (" + Hours.ofMinutes(classroomMinutes) + " h), i.e. "
                            + hours(capMinutes) + " h",
                    ofUnit.and(l -> l.modality() == Modality.ELEARNING_SYNC));
        }
    }

    /** The lines being built, with what every line is measured on. */
    private static final class Lines {

        private final EditionRules rules;
        private final Collection<CalendarLesson> calendar;
        private final LocalDate asOf;
        private final List<CalendarCheck.Line> lines = new ArrayList<>();

        Lines(EditionRules rules, Collection<CalendarLesson> calendar, LocalDate asOf) {
            this.rules = rules;
            this.calendar = calendar;
            this.asOf = asOf;
        }

        /** A minimum the standard states; none, or 0, is no rule. */
        void min(String rule, String unitCode, String section, String what, BigDecimal minHours,
                 Predicate<CalendarLesson> counted) {
            if (minHours != null && minHours.signum() > 0) {
                add(rule, unitCode, section, what, true, minHours.multiply(Hours.SIXTY), plain(minHours) + " h", counted);
            }
        }

        void add(String rule, String unitCode, String section, String what, boolean minimum, BigDecimal requiredMinutes,
                 String required, Predicate<CalendarLesson> counted) {
            long scheduled = scheduled(counted);
            long delivered = scheduled(counted.and(CalendarLesson::held));
            BigDecimal gapMinutes = minimum ? requiredMinutes.subtract(BigDecimal.valueOf(scheduled))
                    : BigDecimal.valueOf(scheduled).subtract(requiredMinutes);
            CalendarCheck.Status status = gapMinutes.signum() <= 0 ? CalendarCheck.Status.MET
                    : minimum ? CalendarCheck.Status.SHORT : CalendarCheck.Status.OVER;
            // a gap is never shown as 0.00 h: rounded up to the hundredth
            BigDecimal gap = gapMinutes.divide(Hours.SIXTY, 2, RoundingMode.CEILING);
            String verdict = switch (status) {
                case MET -> minimum ? "at least the minimum of " : "within the maximum of ";
                case SHORT -> gap + " h short of the minimum of ";
                case OVER -> gap + " h beyond the maximum of ";
            };
            String message = what + ": " + Hours.ofMinutes(scheduled) + " h scheduled, " + verdict + required + "; "
                    + Hours.ofMinutes(delivered) + " h delivered up to " + asOf;
            BigDecimal requiredHours = hours(requiredMinutes);
            lines.add(new CalendarCheck.Line(rule, unitCode, rules.source(section), minimum ? requiredHours : null,
                    minimum ? null : requiredHours, Hours.ofMinutes(scheduled), Hours.ofMinutes(delivered), status,
                    status == CalendarCheck.Status.SHORT ? gap : null, status == CalendarCheck.Status.OVER ? gap : null,
                    message));
        }

        long scheduled(Predicate<CalendarLesson> counted) {
            return calendar.stream().filter(counted).mapToLong(CalendarLesson::minutes).sum();
        }
    }

    private static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(Hours.SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** A figure of the standard as it reads: 125, 12.5. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
