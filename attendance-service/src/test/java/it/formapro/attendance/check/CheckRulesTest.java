package it.formapro.attendance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.support.TestRules;
import it.formapro.common.time.Italy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** [000] [002] [003]: "verifiche periodiche di apprendimento a conclusione di ogni UF"; DOMAIN.md for every standard. */
class CheckRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    /** Long after every date below, so that none of them is today and the hour never matters, except where set. */
    private static final Clock LATER = Clock.fixed(D.plusYears(1).atStartOfDay(Italy.ZONE).toInstant(), Italy.ZONE);
    private final EditionRules std000 = TestRules.std000();

    private static CheckRules.UnitLesson lesson(LocalDate day, Modality modality) {
        return new CheckRules.UnitLesson(day, NINE, modality);
    }

    private Optional<RuleViolation> check(LocalDate date, List<CheckRules.UnitLesson> lessons) {
        return CheckRules.unitConcluded(std000, "1260", date, lessons, LATER);
    }

    @Test
    void aCheckOfTodayWaitsForTheUnitsLastLessonOfTodayToBegin() {
        List<CheckRules.UnitLesson> unit = List.of(lesson(D.minusDays(7), Modality.CLASSROOM), lesson(D, Modality.CLASSROOM));
        Clock beforeNine = Clock.fixed(D.atTime(8, 59).atZone(Italy.ZONE).toInstant(), Italy.ZONE);
        Clock atNine = Clock.fixed(D.atTime(NINE).atZone(Italy.ZONE).toInstant(), Italy.ZONE);
        RuleViolation early = CheckRules.unitConcluded(std000, "1260", D, unit, beforeNine).orElseThrow();
        assertEquals("CHECK_BEFORE_UNIT_END", early.rule());
        assertEquals(List.of(D), early.figures().get("pendingLessonDates"));
        assertEquals(Optional.empty(), CheckRules.unitConcluded(std000, "1260", D, unit, atNine));
    }

    @Test
    void aCheckOnOrAfterTheUnitsLastLessonIsAccepted() {
        List<CheckRules.UnitLesson> unit = List.of(lesson(D, Modality.CLASSROOM), lesson(D.plusDays(7), Modality.LAB));
        assertEquals(Optional.empty(), check(D.plusDays(7), unit), "the day of its last lesson");
        assertEquals(Optional.empty(), check(D.plusDays(30), unit));
    }

    @Test
    void aCheckWhileLessonsOfTheUnitAreStillScheduledIsRefusedNamingThem() {
        List<CheckRules.UnitLesson> unit = List.of(lesson(D, Modality.CLASSROOM), lesson(D.plusDays(7), Modality.CLASSROOM),
                lesson(D.plusDays(14), Modality.ELEARNING_ASYNC));
        RuleViolation refused = check(D.plusDays(8), unit).orElseThrow();
        assertEquals("CHECK_BEFORE_UNIT_END", refused.rule());
        assertEquals(List.of(D.plusDays(14)), refused.figures().get("pendingLessonDates"));
        assertEquals(List.of(D, D.plusDays(7), D.plusDays(14)), refused.figures().get("unitLessonDates"));
        assertEquals(D.plusDays(14), refused.figures().get("lastLessonDate"));
        assertTrue(refused.message().contains("still has lessons on 2026-03-16"), refused.message());
        assertTrue(refused.message().contains("on or after 2026-03-16"), refused.message());
        assertTrue(refused.source().contains("a conclusione di ogni unità formativa"), refused.source());
    }

    @Test
    void aCheckBeforeAnyLessonOfTheUnitOrForAUnitWithoutLessonsIsRefused() {
        RuleViolation before = check(D.minusDays(1), List.of(lesson(D, Modality.CLASSROOM))).orElseThrow();
        assertEquals("CHECK_UNIT_NOT_DELIVERED", before.rule());
        assertTrue(before.message().contains("before any lesson of the unit was held (its lessons: 2026-03-02)"),
                before.message());
        RuleViolation none = check(D, List.of()).orElseThrow();
        assertEquals("CHECK_UNIT_NOT_DELIVERED", none.rule());
        assertTrue(none.message().contains("no lesson in the edition's calendar"), none.message());
    }

    @Test
    void theInternshipIsApartUnlessTheUnitIsDeliveredOnlyAsInternship() {
        // an internship carrying the unit's code does not hold back the check of its classroom lessons
        List<CheckRules.UnitLesson> unit = List.of(lesson(D, Modality.CLASSROOM), lesson(D.plusDays(20), Modality.INTERNSHIP));
        assertEquals(Optional.empty(), check(D.plusDays(1), unit));
        // a unit made only of internship is concluded when its internship is
        List<CheckRules.UnitLesson> internship = List.of(lesson(D, Modality.INTERNSHIP), lesson(D.plusDays(20), Modality.INTERNSHIP));
        assertEquals("CHECK_BEFORE_UNIT_END", check(D.plusDays(1), internship).orElseThrow().rule());
        assertEquals(Optional.empty(), check(D.plusDays(20), internship));
    }

    @Test
    void manyLessonDaysAreNamedByTheFirstAndTheLast() {
        List<CheckRules.UnitLesson> unit = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            unit.add(lesson(D.plusDays(i), Modality.CLASSROOM));
        }
        RuleViolation refused = check(D.plusDays(2), unit).orElseThrow();
        assertTrue(refused.message().contains("still has lessons on 2026-03-05 ... 2026-03-11 (7 days)"), refused.message());
        assertEquals(7, ((List<?>) refused.figures().get("pendingLessonDates")).size());
    }
}
