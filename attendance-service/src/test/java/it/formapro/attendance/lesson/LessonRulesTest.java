package it.formapro.attendance.lesson;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.DayTime;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.support.TestRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);
    private final EditionRules std001 = TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE);
    private final EditionRules std000 = TestRules.std000();
    private long nextId = 1;

    private LessonRules.PlannedLesson lesson(int dayOffset, String start, String end, String unit, Modality modality) {
        return new LessonRules.PlannedLesson(nextId++, DAY.plusDays(dayOffset), DayTime.parse(start), DayTime.parse(end),
                unit, modality);
    }

    private static List<String> rules(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::rule).toList();
    }

    @Test
    void acceptsAPlainClassroomLesson() {
        assertEquals(List.of(), LessonRules.check(std001, List.of(), lesson(0, "09:00", "13:00", "1", Modality.CLASSROOM)));
    }

    @Test
    void refusesAnUnknownUnitAndAMissingOne() {
        assertEquals(List.of("UNIT_UNKNOWN"), rules(LessonRules.check(std001, List.of(),
                lesson(0, "09:00", "13:00", "99", Modality.CLASSROOM))));
        assertEquals(List.of("UNIT_REQUIRED"), rules(LessonRules.check(std001, List.of(),
                lesson(0, "09:00", "13:00", null, Modality.LAB))));
    }

    @Test
    void refusesOverlapAndDatesOutsideTheEdition() {
        var first = lesson(0, "09:00", "13:00", "1", Modality.CLASSROOM);
        assertEquals(List.of("LESSON_OVERLAP"), rules(LessonRules.check(std001, List.of(first),
                new LessonRules.PlannedLesson(null, first.date(), LocalTime.of(12, 0), LocalTime.of(14, 0), "1", Modality.LAB))));
        assertEquals(List.of("OUTSIDE_EDITION"), rules(LessonRules.check(std001, List.of(),
                new LessonRules.PlannedLesson(null, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), LocalTime.of(10, 0), "1",
                        Modality.CLASSROOM))));
    }

    @Test
    void perUnitElearningCapOf000IsSixteenHoursOfFad() {
        List<LessonRules.PlannedLesson> calendar = List.of(
                lesson(0, "09:00", "17:00", "1260", Modality.ELEARNING_ASYNC),
                lesson(1, "09:00", "17:00", "1260", Modality.ELEARNING_SYNC));
        List<RuleViolation> refused = LessonRules.check(std000, calendar, lesson(2, "09:00", "09:30", "1260", Modality.ELEARNING_SYNC));
        assertEquals(List.of("UNIT_ELEARNING_CAP"), rules(refused));
        assertEquals(bd("16.50"), refused.get(0).figures().get("unitElearningHoursAfter"));
        assertEquals(bd(16), refused.get(0).figures().get("capHours"));
        // classroom hours of the same unit are not capped
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(2, "09:00", "17:00", "1260", Modality.CLASSROOM)));
    }

    @Test
    void asynchronousCapOf000Is70PercentOfClassroomHoursAtLeastTheMinimum() {
        // base = max(classroom scheduled, 125 h minimum) -> 87.5 h of async
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calendar.add(lesson(i, "09:00", "17:00", "KC", Modality.ELEARNING_ASYNC));
        }
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(20, "09:00", "16:30", "KC", Modality.ELEARNING_ASYNC)));
        List<RuleViolation> refused = LessonRules.check(std000, calendar, lesson(20, "09:00", "16:31", "KC", Modality.ELEARNING_ASYNC));
        assertEquals(List.of("ELEARNING_ASYNC_CAP"), rules(refused));
        assertEquals(bd("87.50"), refused.get(0).figures().get("capHours"));
        assertTrue(refused.get(0).source().contains("Standard 000"));
        // more classroom hours scheduled raise the base: 130 h of classroom -> 91 h of async
        for (int i = 0; i < 13; i++) {
            calendar.add(lesson(30 + i, "08:00", "18:00", "1259", Modality.CLASSROOM));
        }
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(20, "09:00", "17:00", "KC", Modality.ELEARNING_ASYNC)));
    }

    @Test
    void anHourExactlyAtTheAsynchronousCapIsAllowed() {
        // 620 classroom minutes x 70 % = 434 minutes exactly (7.2333 h): compared in minutes, not against 7.23 h
        EditionRules rules = TestRules.withoutClassroomMinimum(std000);
        List<LessonRules.PlannedLesson> calendar = List.of(
                lesson(0, "09:00", "17:00", "1259", Modality.CLASSROOM),
                lesson(1, "09:00", "11:20", "1259", Modality.CLASSROOM));
        assertEquals(List.of(), LessonRules.check(rules, calendar, lesson(2, "09:00", "16:14", "KC", Modality.ELEARNING_ASYNC)));
        List<RuleViolation> refused = LessonRules.check(rules, calendar, lesson(2, "09:00", "16:15", "KC", Modality.ELEARNING_ASYNC));
        assertEquals(List.of("ELEARNING_ASYNC_CAP"), rules(refused));
        assertEquals(bd("7.23"), refused.get(0).figures().get("capHours"));
        assertEquals(bd("10.33"), refused.get(0).figures().get("classroomHoursBase"));
        assertEquals("Hours of asynchronous e-learning would reach 7.25 h, beyond 70 % of the classroom hours (10.33 h), "
                + "i.e. 7.23 h", refused.get(0).message());
    }

    @Test
    void synchronousCapOf000Is175PercentOfClassroomHours() {
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            calendar.add(lesson(i, "09:00", "17:00", "KC", Modality.ELEARNING_SYNC)); // 216 h
        }
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(40, "09:00", "11:45", "KC", Modality.ELEARNING_SYNC)));
        assertEquals(List.of("ELEARNING_SYNC_CAP"), rules(LessonRules.check(std000, calendar,
                lesson(40, "09:00", "11:46", "KC", Modality.ELEARNING_SYNC))));
    }

    @Test
    void totalFadCapOf001Is99Hours() {
        EditionRules rules = TestRules.withoutUnitCaps(std001);
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        calendar.add(lesson(0, "08:00", "18:00", "2", Modality.CLASSROOM));
        calendar.add(lesson(1, "08:00", "18:00", "3", Modality.CLASSROOM));
        calendar.add(lesson(2, "08:00", "13:00", "3", Modality.CLASSROOM));
        for (int i = 0; i < 12; i++) {
            calendar.add(lesson(3 + i, "09:00", "17:00", "4", i % 2 == 0 ? Modality.ELEARNING_SYNC : Modality.ELEARNING_ASYNC));
        }
        // 96 h of FAD: 3 more fit, a minute more does not
        assertEquals(List.of(), LessonRules.check(rules, calendar, lesson(20, "09:00", "12:00", "5", Modality.ELEARNING_SYNC)));
        List<RuleViolation> refused = LessonRules.check(rules, calendar, lesson(20, "09:00", "12:01", "5", Modality.ELEARNING_ASYNC));
        assertEquals(List.of("ELEARNING_TOTAL_CAP"), rules(refused));
        assertEquals(bd(99), refused.get(0).figures().get("capHours"));
    }

    @Test
    void propedeuticityOf001NeedsUnits2And3CompleteBeforeALaterUnit() {
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        // unit 1 precedes the propedeutic units: always allowed
        assertEquals(List.of(), LessonRules.check(std001, calendar, lesson(0, "09:00", "13:00", "1", Modality.CLASSROOM)));
        List<RuleViolation> refused = LessonRules.check(std001, calendar, lesson(0, "09:00", "13:00", "4", Modality.CLASSROOM));
        assertEquals(List.of("PROPEDEUTICITY", "PROPEDEUTICITY"), rules(refused));

        calendar.add(lesson(1, "09:00", "17:00", "2", Modality.CLASSROOM));
        calendar.add(lesson(2, "09:00", "11:00", "2", Modality.ELEARNING_SYNC)); // unit 2: 10 h = its minimum
        calendar.add(lesson(3, "09:00", "17:00", "3", Modality.CLASSROOM));
        calendar.add(lesson(4, "09:00", "15:59", "3", Modality.CLASSROOM)); // unit 3: 14.98 h of 15
        refused = LessonRules.check(std001, calendar, lesson(5, "09:00", "13:00", "4", Modality.CLASSROOM));
        assertEquals(List.of("PROPEDEUTICITY"), rules(refused));
        assertEquals("3", refused.get(0).figures().get("propedeuticUnitCode"));
        assertEquals(bd("14.98"), refused.get(0).figures().get("propedeuticHoursBefore"));

        calendar.add(lesson(4, "16:00", "16:01", "3", Modality.CLASSROOM)); // now 15 h, ending 16:01
        assertEquals(List.of(), LessonRules.check(std001, calendar, lesson(4, "16:01", "18:00", "4", Modality.CLASSROOM)));
        // ... but not for a lesson starting before unit 3 is complete on that same day, nor before its lessons of the day
        assertEquals(List.of("PROPEDEUTICITY", "PROPEDEUTICITY"), rules(LessonRules.check(std001, calendar,
                lesson(4, "08:00", "09:00", "13", Modality.CLASSROOM))));
    }

    @Test
    void noLessonOfUnit2Or3MayComeOnceALaterUnitHasBegunWhateverTheirHours() {
        // [001] sez. 4: "Le unità ... n. 2, 3, vanno svolte antecedentemente alle successive"
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        calendar.add(lesson(1, "08:00", "18:00", "2", Modality.CLASSROOM)); // unit 2: its 10 h minimum
        calendar.add(lesson(2, "08:00", "18:00", "3", Modality.CLASSROOM));
        calendar.add(lesson(3, "08:00", "13:00", "3", Modality.CLASSROOM)); // unit 3: its 15 h minimum
        LessonRules.PlannedLesson unit4 = lesson(7, "09:00", "13:00", "4", Modality.CLASSROOM);
        assertEquals(List.of(), LessonRules.check(std001, calendar, unit4));
        calendar.add(unit4);

        // two more hours of unit 2 once unit 4 has begun: refused, naming the later lesson
        List<RuleViolation> refused = LessonRules.check(std001, calendar, lesson(8, "09:00", "11:00", "2", Modality.CLASSROOM));
        assertEquals(List.of("PROPEDEUTICITY"), rules(refused));
        assertEquals(unit4.id(), refused.get(0).figures().get("laterLessonId"));
        assertEquals("4", refused.get(0).figures().get("laterUnitCode"));
        assertTrue(refused.get(0).message().startsWith("Unit 2 is to be delivered before the later units"), refused.get(0).message());
        // the same hours before it are fine; unit 1 is not a later unit, so it may come at any time
        LessonRules.PlannedLesson extraUnit2 = lesson(6, "09:00", "11:00", "2", Modality.CLASSROOM);
        assertEquals(List.of(), LessonRules.check(std001, calendar, extraUnit2));
        assertEquals(List.of(), LessonRules.check(std001, calendar, lesson(8, "09:00", "11:00", "1", Modality.CLASSROOM)));

        // nor may a later unit's lesson be put before a lesson of unit 2 already in the calendar
        calendar.add(extraUnit2);
        refused = LessonRules.check(std001, calendar, lesson(5, "09:00", "12:00", "5", Modality.CLASSROOM));
        assertEquals(List.of("PROPEDEUTICITY"), rules(refused));
        assertEquals("2", refused.get(0).figures().get("propedeuticUnitCode"));
        assertEquals(extraUnit2.id(), refused.get(0).figures().get("propedeuticLessonId"));
    }

    @Test
    void fewerClassroomHoursMayNotLeaveTheElearningBeyondItsShare() {
        // [000] async <= 70 % of the classroom hours: 150 h of classroom carry 105 h of async, 146 h only 102.2 h
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            calendar.add(lesson(i, "08:00", "18:00", "1259", Modality.CLASSROOM));
        }
        for (int i = 0; i < 10; i++) {
            calendar.add(lesson(20 + i, "08:00", "18:00", "KC", Modality.ELEARNING_ASYNC));
        }
        calendar.add(lesson(40, "08:00", "13:00", "KC", Modality.ELEARNING_ASYNC));
        assertEquals(List.of(), LessonRules.checkElearningShares(std000, calendar));

        calendar.set(0, lesson(0, "08:00", "14:00", "1259", Modality.CLASSROOM));
        List<RuleViolation> broken = LessonRules.checkElearningShares(std000, calendar);
        assertEquals(List.of("ELEARNING_ASYNC_CAP"), rules(broken));
        assertEquals(bd("102.20"), broken.get(0).figures().get("capHours"));
        assertEquals("Hours of asynchronous e-learning scheduled, 105.00 h, would be beyond 70 % of the classroom hours "
                + "(146.00 h), i.e. 102.20 h", broken.get(0).message());
        // the base never falls below the standard's 125 h of classroom: 87.5 h of async are always allowed
        calendar.removeIf(l -> l.modality() == Modality.CLASSROOM);
        calendar.removeIf(l -> l.date().isAfter(DAY.plusDays(27)));
        assertEquals(List.of(), LessonRules.checkElearningShares(std000, calendar), "80 h of async against the 125 h minimum");
    }

    @Test
    void internshipOf001IsAtMost100Hours() {
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calendar.add(lesson(i, "09:00", "17:00", null, Modality.INTERNSHIP));
        }
        assertEquals(List.of(), LessonRules.check(std001, calendar, lesson(20, "09:00", "13:00", null, Modality.INTERNSHIP)));
        List<RuleViolation> refused = LessonRules.check(std001, calendar, lesson(20, "09:00", "13:01", null, Modality.INTERNSHIP));
        assertEquals(List.of("INTERNSHIP_MAX"), rules(refused));
        assertEquals(bd("100.02"), refused.get(0).figures().get("internshipHoursAfter"));
    }

    @Test
    void labHoursOfA000UnitAreAtMost40() {
        // [000] each UF: "Durata massima ora laboratorio 40"
        List<LessonRules.PlannedLesson> calendar = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calendar.add(lesson(i, "09:00", "17:00", "1260", Modality.LAB)); // 32 h
        }
        calendar.add(lesson(4, "09:00", "17:00", "1259", Modality.LAB)); // another unit's lab hours do not count
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(5, "09:00", "17:00", "1260", Modality.LAB)));
        calendar.add(lesson(5, "09:00", "17:00", "1260", Modality.LAB)); // 40 h: exactly the maximum
        List<RuleViolation> refused = LessonRules.check(std000, calendar, lesson(6, "09:00", "09:01", "1260", Modality.LAB));
        assertEquals(List.of("UNIT_LAB_MAX"), rules(refused));
        assertEquals(bd("40.00"), refused.get(0).figures().get("unitLabHoursScheduled"));
        assertEquals(bd("40.02"), refused.get(0).figures().get("unitLabHoursAfter"));
        assertEquals(bd(40), refused.get(0).figures().get("labMaxHours"));
        assertEquals("Standard 000 - Tecnico esperto customer care, unit 1260: durata massima ora laboratorio",
                refused.get(0).source());
        assertEquals("Lab hours of unit 1260 would reach 40.02 h, beyond its maximum of 40 h", refused.get(0).message());
        // classroom hours of the unit are not lab hours; a unit without a lab maximum (001) takes any
        assertEquals(List.of(), LessonRules.check(std000, calendar, lesson(6, "09:00", "17:00", "1260", Modality.CLASSROOM)));
        List<LessonRules.PlannedLesson> lab001 = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lab001.add(lesson(i, "09:00", "17:00", "1", Modality.LAB));
        }
        assertEquals(List.of(), LessonRules.check(std001, lab001, lesson(7, "09:00", "17:00", "1", Modality.LAB)));
    }

    @Test
    void aLessonEndingAtMidnightLastsUpTo2400AndMeetsOnlyTheLessonsOfItsDay() {
        LessonRules.PlannedLesson evening = lesson(0, "20:00", "24:00", "1", Modality.CLASSROOM);
        assertEquals(240, evening.minutes());
        // its last half hour is taken; the next day's first hour is another day
        List<RuleViolation> overlap = LessonRules.check(std001, List.of(evening), lesson(0, "23:30", "24:00", "1", Modality.LAB));
        assertEquals(List.of("LESSON_OVERLAP"), rules(overlap));
        assertTrue(overlap.get(0).message().contains("20:00-24:00"), overlap.get(0).message());
        assertEquals(List.of(), LessonRules.check(std001, List.of(evening), lesson(1, "00:00", "01:00", "1", Modality.LAB)));
        assertEquals(List.of(), LessonRules.check(std001, List.of(evening), lesson(0, "18:00", "20:00", "1", Modality.LAB)));
    }

    @Test
    void hoursUpToMidnightCountWholeAgainstTheCaps() {
        // 001 unit 1: FAD at most 5 h; 4 h of asynchronous e-learning to 24:00 and 1 h synchronous to 24:00 reach it
        List<LessonRules.PlannedLesson> calendar = List.of(lesson(0, "20:00", "24:00", "1", Modality.ELEARNING_ASYNC));
        assertEquals(List.of(), LessonRules.check(std001, calendar, lesson(1, "23:00", "24:00", "1", Modality.ELEARNING_SYNC)));
        List<LessonRules.PlannedLesson> full = new ArrayList<>(calendar);
        full.add(lesson(1, "23:00", "24:00", "1", Modality.ELEARNING_SYNC));
        // and the last minute of another day passes it
        List<RuleViolation> refused = LessonRules.check(std001, full, lesson(2, "23:59", "24:00", "1", Modality.ELEARNING_SYNC));
        assertEquals(List.of("UNIT_ELEARNING_CAP"), rules(refused));
        assertEquals(bd("5.02"), refused.get(0).figures().get("unitElearningHoursAfter"));
        assertEquals(bd("0.02"), refused.get(0).figures().get("lessonHours"));
    }
}
