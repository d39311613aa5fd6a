package it.formapro.attendance.calendar;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.support.TestRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);
    private final EditionRules std000 = TestRules.std000();
    private final EditionRules std001 = TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE);
    private final List<CalendarRules.CalendarLesson> calendar = new ArrayList<>();

    /** Adds a lesson of the given minutes on the next day of the calendar. */
    private void add(String unit, Modality modality, int minutes, boolean keyCompetences) {
        calendar.add(new CalendarRules.CalendarLesson(DAY.plusDays(calendar.size()), minutes, unit, modality,
                keyCompetences, true));
    }

    private void add(String unit, Modality modality, int hours) {
        add(unit, modality, hours * 60, false);
    }

    private CalendarCheck check(EditionRules rules) {
        return CalendarRules.check(rules, calendar, DAY.plusYears(1));
    }

    /** The calendar as held by the end of {@code asOf}: the lessons of later days not held yet. */
    private CalendarCheck check(EditionRules rules, LocalDate asOf) {
        return CalendarRules.check(rules, calendar.stream().map(l -> new CalendarRules.CalendarLesson(l.date(), l.minutes(),
                l.unitCode(), l.modality(), l.keyCompetences(), !l.date().isAfter(asOf))).toList(), asOf);
    }

    private static CalendarCheck.Line line(CalendarCheck check, String rule, String unitCode) {
        return check.rules().stream()
                .filter(l -> l.rule().equals(rule) && Objects.equals(l.unitCode(), unitCode))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + rule + " " + unitCode + " in " + check));
    }

    private static List<String> ruleIds(CalendarCheck check) {
        return check.rules().stream().map(l -> l.rule() + (l.unitCode() == null ? "" : ":" + l.unitCode())).toList();
    }

    private static void assertStatus(CalendarCheck.Line line, CalendarCheck.Status status, String shortBy, String overBy) {
        assertEquals(status, line.status(), line.message());
        assertEquals(shortBy == null ? null : bd(shortBy), line.shortByHours(), line.message());
        assertEquals(overBy == null ? null : bd(overBy), line.overByHours(), line.message());
    }

    /** A 000 calendar meeting every rule: 251 h, 140 h classroom, 20 h KC, 95 h internship + lab, 16 h sync in 1260. */
    private void compliant000() {
        for (String unit : List.of("1260", "1259", "1261")) {
            for (int i = 0; i < 5; i++) {
                add(unit, Modality.CLASSROOM, 8);
            }
        }
        for (int i = 0; i < 4; i++) {
            add("KC", Modality.CLASSROOM, 5 * 60, true);
        }
        add("1260", Modality.LAB, 20);
        add("1261", Modality.LAB, 20);
        add(null, Modality.INTERNSHIP, 55);
        add("1260", Modality.ELEARNING_SYNC, 16);
    }

    @Test
    void aCompliant000CalendarMeetsEveryRuleItsStandardStates() {
        compliant000();
        CalendarCheck check = check(std000);
        assertTrue(check.compliant(), check.toString());
        // [000] states no lab minimum ("-"), no internship minimum ("-"); its UF state lab min 0 and classroom min 0
        assertEquals(List.of("TOTAL_HOURS", "CLASSROOM_MIN", "KEY_COMPETENCES_MIN", "INTERNSHIP_PLUS_LAB_MIN",
                "UNIT_MIN_HOURS:1260", "UNIT_LAB_MAX:1260", "UNIT_ELEARNING_SYNC_MAX:1260",
                "UNIT_MIN_HOURS:1259", "UNIT_LAB_MAX:1259", "UNIT_ELEARNING_SYNC_MAX:1259",
                "UNIT_MIN_HOURS:1261", "UNIT_LAB_MAX:1261", "UNIT_ELEARNING_SYNC_MAX:1261",
                "UNIT_MIN_HOURS:KC"), ruleIds(check));
        assertEquals(bd("251.00"), line(check, "TOTAL_HOURS", null).scheduledHours());
        assertEquals(bd("140.00"), line(check, "CLASSROOM_MIN", null).scheduledHours());
        assertEquals(bd("95.00"), line(check, "INTERNSHIP_PLUS_LAB_MIN", null).scheduledHours());
        assertEquals(1000, check.editionId());
    }

    @Test
    void classroomMinimumOf000Is125HoursOfClassroomOnly() {
        for (int i = 0; i < 15; i++) {
            add("1259", Modality.CLASSROOM, 8); // 120 h
        }
        add("1259", Modality.ELEARNING_SYNC, 8); // e-learning is not classroom
        add("1259", Modality.LAB, 8); // nor is lab
        CalendarCheck.Line classroom = line(check(std000), "CLASSROOM_MIN", null);
        assertStatus(classroom, CalendarCheck.Status.SHORT, "5.00", null);
        assertEquals(bd("125.00"), classroom.requiredMinHours());
        assertNull(classroom.requiredMaxHours());
        assertEquals(bd("120.00"), classroom.scheduledHours());
        assertEquals("Standard 000 - Tecnico esperto customer care, durata minima di aula", classroom.source());
        assertEquals("Classroom hours: 120.00 h scheduled, 5.00 h short of the minimum of 125 h; 120.00 h delivered up "
                + "to 2027-02-02", classroom.message());

        add("1261", Modality.CLASSROOM, 5);
        assertStatus(line(check(std000), "CLASSROOM_MIN", null), CalendarCheck.Status.MET, null, null);
    }

    @Test
    void deliveredHoursAreTheLessonsUpToAsOfWhileTheStatusIsJudgedOnTheWholeCalendar() {
        for (int i = 0; i < 16; i++) {
            add("1259", Modality.CLASSROOM, 8); // 128 h, one lesson a day from DAY
        }
        CalendarCheck check = check(std000, DAY.plusDays(9));
        CalendarCheck.Line classroom = line(check, "CLASSROOM_MIN", null);
        assertEquals(bd("80.00"), classroom.deliveredHours());
        assertEquals(bd("128.00"), classroom.scheduledHours());
        assertStatus(classroom, CalendarCheck.Status.MET, null, null);
        assertEquals(DAY.plusDays(9), check.asOf());
        assertFalse(check.compliant()); // the other minimums are still short
    }

    @Test
    void keyCompetenceHoursOf000AreTheLessonsFlaggedKc() {
        add("KC", Modality.CLASSROOM, 8 * 60, true);
        add("1260", Modality.ELEARNING_SYNC, 10 * 60 - 1, true);
        add("KC", Modality.CLASSROOM, 8 * 60, false); // a lesson of the KC unit not flagged is not counted
        CalendarCheck.Line kc = line(check(std000), "KEY_COMPETENCES_MIN", null);
        assertStatus(kc, CalendarCheck.Status.SHORT, "2.02", null); // 17.98 h of 20
        assertEquals(bd("20.00"), kc.requiredMinHours());
        assertTrue(kc.source().endsWith("durata delle attività formative rivolte alle KC"));

        add("1261", Modality.LAB, 2 * 60 + 1, true);
        assertStatus(line(check(std000), "KEY_COMPETENCES_MIN", null), CalendarCheck.Status.MET, null, null);
    }

    @Test
    void internshipPlusLabMinimumOf000Is75Hours() {
        add("1260", Modality.LAB, 40);
        add(null, Modality.INTERNSHIP, 30);
        add("1260", Modality.CLASSROOM, 40); // not counted
        CalendarCheck.Line line = line(check(std000), "INTERNSHIP_PLUS_LAB_MIN", null);
        assertStatus(line, CalendarCheck.Status.SHORT, "5.00", null);
        assertEquals(bd("70.00"), line.scheduledHours());

        add(null, Modality.INTERNSHIP, 5);
        assertStatus(line(check(std000), "INTERNSHIP_PLUS_LAB_MIN", null), CalendarCheck.Status.MET, null, null);
    }

    @Test
    void internshipMinimumOf001Is60Hours() {
        add(null, Modality.INTERNSHIP, 59);
        add(null, Modality.INTERNSHIP, 28, false); // 59 h 28 min: 32 min = 0.533 h short, shown rounded up
        CalendarCheck.Line internship = line(check(std001), "INTERNSHIP_MIN", null);
        assertStatus(internship, CalendarCheck.Status.SHORT, "0.54", null);
        assertEquals(bd("60.00"), internship.requiredMinHours());
        assertEquals("Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023, tirocinio curriculare: durata minima",
                internship.source());

        add(null, Modality.INTERNSHIP, 32, false);
        assertStatus(line(check(std001), "INTERNSHIP_MIN", null), CalendarCheck.Status.MET, null, null);
        // [000] states no internship minimum ("-"): no line
        assertTrue(check(std000).rules().stream().noneMatch(l -> l.rule().equals("INTERNSHIP_MIN")));
    }

    @Test
    void totalOf001Is208HoursNetOfTheInternshipWhile000CountsIt() {
        for (int i = 0; i < 25; i++) {
            add("4", Modality.CLASSROOM, 8); // 200 h
        }
        add(null, Modality.INTERNSHIP, 100);
        CalendarCheck.Line total = line(check(std001), "TOTAL_HOURS", null);
        assertStatus(total, CalendarCheck.Status.SHORT, "8.00", null);
        assertEquals(bd("208.00"), total.requiredMinHours());
        assertEquals(bd("200.00"), total.scheduledHours());
        assertTrue(total.source().endsWith("durata minima totale al netto del tirocinio curriculare"), total.source());
        assertTrue(total.message().startsWith("Course hours (internship excluded): 200.00 h scheduled, 8.00 h short"),
                total.message());
        // in 000 the internship is part of the 250 h
        CalendarCheck.Line total000 = line(check(std000), "TOTAL_HOURS", null);
        assertEquals(bd("300.00"), total000.scheduledHours());
        assertStatus(total000, CalendarCheck.Status.MET, null, null);
    }

    @Test
    void totalIsTheEditionsPlannedHoursWhenAboveTheStandardsMinimum() {
        EditionRules planned260 = new EditionRules(std000.editionId(), std000.editionTitle(), std000.provider(),
                std000.startDate(), std000.endDate(), bd(260), null, std000.status(), std000.qualification(),
                std000.hours(), std000.attendance(), std000.units(), std000.propedeuticUnitCodes());
        compliant000(); // 251 h
        CalendarCheck check = check(planned260);
        assertStatus(line(check, "TOTAL_HOURS", null), CalendarCheck.Status.SHORT, "9.00", null);
        assertEquals(bd("260.00"), line(check, "TOTAL_HOURS", null).requiredMinHours());
        assertFalse(check.compliant());
    }

    @Test
    void unitMinimumOf000Is40HoursOfTheUnitInAnyModalityButInternship() {
        add("1260", Modality.CLASSROOM, 30);
        add("1260", Modality.ELEARNING_ASYNC, 6);
        add("1260", Modality.INTERNSHIP, 10); // not the unit's training
        add("1259", Modality.CLASSROOM, 10); // another unit
        CalendarCheck.Line unit = line(check(std000), "UNIT_MIN_HOURS", "1260");
        assertStatus(unit, CalendarCheck.Status.SHORT, "4.00", null);
        assertEquals("Standard 000 - Tecnico esperto customer care, unit 1260: durata minima", unit.source());

        add("1260", Modality.LAB, 4);
        assertStatus(line(check(std000), "UNIT_MIN_HOURS", "1260"), CalendarCheck.Status.MET, null, null);
        // 001's URA minimums too: URA 13 is 8 h
        calendar.clear();
        add("13", Modality.CLASSROOM, 7);
        assertStatus(line(check(std001), "UNIT_MIN_HOURS", "13"), CalendarCheck.Status.SHORT, "1.00", null);
    }

    @Test
    void labMaximumOf000UnitIs40Hours() {
        add("1260", Modality.LAB, 40);
        add("1259", Modality.LAB, 8);
        assertStatus(line(check(std000), "UNIT_LAB_MAX", "1260"), CalendarCheck.Status.MET, null, null);
        add("1260", Modality.LAB, 1);
        CalendarCheck.Line lab = line(check(std000), "UNIT_LAB_MAX", "1260");
        assertStatus(lab, CalendarCheck.Status.OVER, null, "1.00");
        assertEquals(bd("40.00"), lab.requiredMaxHours());
        assertNull(lab.requiredMinHours());
        assertEquals("Lab hours of unit 1260: 41.00 h scheduled, 1.00 h beyond the maximum of 40 h; 41.00 h delivered "
                + "up to 2027-02-02", lab.message());
        // 001's URA state no lab hours: no line
        assertTrue(check(std001).rules().stream().noneMatch(l -> l.rule().startsWith("UNIT_LAB")));
    }

    @Test
    void synchronousElearningOfA000UnitIsAtMost40PercentOfItsClassroomHours() {
        add("1260", Modality.CLASSROOM, 20);
        add("1259", Modality.CLASSROOM, 20); // another unit's classroom hours are not the base
        add("1260", Modality.ELEARNING_SYNC, 8);
        add("1260", Modality.ELEARNING_ASYNC, 8); // asynchronous is not synchronous
        CalendarCheck.Line sync = line(check(std000), "UNIT_ELEARNING_SYNC_MAX", "1260");
        assertStatus(sync, CalendarCheck.Status.MET, null, null);
        assertEquals(bd("8.00"), sync.requiredMaxHours());
        assertTrue(sync.source().endsWith("unit 1260: percentuale durata massima e-learning sincrona in rapporto alla "
                + "durata d'aula"), sync.source());

        add("1260", Modality.ELEARNING_SYNC, 1, false); // one minute beyond 8 h
        sync = line(check(std000), "UNIT_ELEARNING_SYNC_MAX", "1260");
        assertStatus(sync, CalendarCheck.Status.OVER, null, "0.02");
        assertEquals("Synchronous e-learning hours of unit 1260: 8.02 h scheduled, 0.02 h beyond the maximum of 40 % "
                + "of the unit's classroom hours (20.00 h), i.e. 8.00 h; 8.02 h delivered up to 2027-02-02", sync.message());
        // each unit on its own classroom hours: 1 h of 1259's 20 h is within, 1 h in 1261 without any classroom is over
        add("1259", Modality.ELEARNING_SYNC, 1);
        add("1261", Modality.ELEARNING_SYNC, 1);
        assertStatus(line(check(std000), "UNIT_ELEARNING_SYNC_MAX", "1259"), CalendarCheck.Status.MET, null, null);
        assertStatus(line(check(std000), "UNIT_ELEARNING_SYNC_MAX", "1261"), CalendarCheck.Status.OVER, null, "1.00");
    }

    @Test
    void standard002StatesTotalClassroomKcAndInternshipPlusLabButNoLabNorInternshipMinimumOf0() {
        // [002]: 300 h, aula 180, laboratorio 0, KC 20, tirocinio 0, tirocinio + laboratorio 90; its UF state no hours
        EditionRules std002 = new EditionRules(5000, "Tecnico esperto del CRM", "Ente", LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 10, 30), bd(300), null, "RUNNING",
                new EditionRules.Qualification("002", 1, "Tecnico esperto del CRM", 5, "Campania", null, "Standard 002"),
                new EditionRules.Hours(bd(300), bd(180), bd(0), bd(20), bd(210), bd(120), null, bd(0), null, bd(90), null,
                        true),
                null, List.of(new EditionRules.Unit("1", "UF 1", 1, null, null, null, null, null, null, true, null, false)),
                List.of());
        add("1", Modality.CLASSROOM, 180);
        add("1", Modality.LAB, 90 * 60, true);
        CalendarCheck check = check(std002);
        assertEquals(List.of("TOTAL_HOURS", "CLASSROOM_MIN", "KEY_COMPETENCES_MIN", "INTERNSHIP_PLUS_LAB_MIN"),
                ruleIds(check));
        assertStatus(line(check, "TOTAL_HOURS", null), CalendarCheck.Status.SHORT, "30.00", null);
        assertStatus(line(check, "CLASSROOM_MIN", null), CalendarCheck.Status.MET, null, null);
        assertEquals(bd("180.00"), line(check, "CLASSROOM_MIN", null).requiredMinHours());
        assertStatus(line(check, "KEY_COMPETENCES_MIN", null), CalendarCheck.Status.MET, null, null);
        assertStatus(line(check, "INTERNSHIP_PLUS_LAB_MIN", null), CalendarCheck.Status.MET, null, null);
    }

    @Test
    void standard001StatesNoClassroomLabNorKcMinimum() {
        CalendarCheck check = check(std001);
        assertTrue(check.rules().stream().noneMatch(l -> List.of("CLASSROOM_MIN", "LAB_MIN", "KEY_COMPETENCES_MIN",
                "INTERNSHIP_PLUS_LAB_MIN").contains(l.rule())), check.toString());
        assertEquals(1 + 1 + 13, check.rules().size()); // total, internship minimum, 13 URA minimums
        assertFalse(check.compliant());
    }

    @Test
    void labAndClassroomMinimumsApplyWhereAStandardStatesThem() {
        // no standard of the catalogue states a lab minimum, nor a unit's classroom or lab minimum above 0 today;
        // a standard that did would be read like this (figures of a hypothetical standard)
        EditionRules.Hours h = std000.hours();
        EditionRules stated = new EditionRules(std000.editionId(), std000.editionTitle(), std000.provider(),
                std000.startDate(), std000.endDate(), std000.plannedHours(), null, std000.status(),
                std000.qualification(),
                new EditionRules.Hours(h.minTotal(), h.minClassroom(), bd(30), h.keyCompetenceHours(),
                        h.elearningSyncMaxPercentOfClassroom(), h.elearningAsyncMaxPercentOfClassroom(), null, null,
                        null, h.internshipPlusLabMin(), null, true),
                std000.attendance(),
                List.of(new EditionRules.Unit("1260", "UF", 1, bd(40), bd(16), null, bd(10), bd(40), bd(12), true, null, false)),
                List.of());
        add("1260", Modality.LAB, 8);
        add("1259", Modality.LAB, 20);
        add("1260", Modality.CLASSROOM, 11);
        CalendarCheck check = check(stated);
        assertStatus(line(check, "LAB_MIN", null), CalendarCheck.Status.SHORT, "2.00", null);
        assertStatus(line(check, "UNIT_LAB_MIN", "1260"), CalendarCheck.Status.SHORT, "2.00", null);
        assertStatus(line(check, "UNIT_CLASSROOM_MIN", "1260"), CalendarCheck.Status.SHORT, "1.00", null);
        assertTrue(line(check, "UNIT_CLASSROOM_MIN", "1260").source().endsWith("unit 1260: durata minima di aula"));
        add("1260", Modality.LAB, 2);
        add("1260", Modality.CLASSROOM, 1);
        check = check(stated);
        assertStatus(line(check, "LAB_MIN", null), CalendarCheck.Status.MET, null, null);
        assertStatus(line(check, "UNIT_LAB_MIN", "1260"), CalendarCheck.Status.MET, null, null);
        assertStatus(line(check, "UNIT_CLASSROOM_MIN", "1260"), CalendarCheck.Status.MET, null, null);
    }
}
