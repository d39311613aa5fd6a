package it.formapro.attendance.summary;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.credit.ScheduledHours;
import it.formapro.attendance.lesson.Modality;
import it.formapro.attendance.support.TestRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentSummariesTest {

    private static final LocalDate D1 = LocalDate.of(2026, 2, 2);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 3);
    private final List<StudentSummaries.DeliveredLesson> lessons = List.of(
            new StudentSummaries.DeliveredLesson(D1, 480, "2", Modality.CLASSROOM),
            new StudentSummaries.DeliveredLesson(D2, 240, "3", Modality.CLASSROOM),
            new StudentSummaries.DeliveredLesson(D2, 480, null, Modality.INTERNSHIP));

    /** The summaries of an edition whose whole calendar is the lessons delivered. */
    private static StudentSummaries summaries(EditionRules rules, List<StudentSummaries.DeliveredLesson> lessons) {
        return new StudentSummaries(rules, lessons, calendar(lessons));
    }

    private static ScheduledHours calendar(List<StudentSummaries.DeliveredLesson> lessons) {
        return ScheduledHours.of(lessons.stream().map(l -> new ScheduledHours.Lessons(l.unitCode(),
                l.modality() == Modality.INTERNSHIP, l.minutes())).toList());
    }

    private static StudentSummaries.Student lateJoiner(List<StudentSummaries.Attended> attended) {
        return new StudentSummaries.Student(7, "Anna", "Verdi", "ACTIVE", D2, null, attended, List.of(),
                List.of(new StudentSummaries.Check("2", "PASSED", D2, bd(28))));
    }

    @Test
    void hoursBeforeJoiningCountAsAbsenceByDefaultAndBothFiguresAreShown() {
        var s = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), lessons)
                .summarise(lateJoiner(List.of(new StudentSummaries.Attended("3", false, false, 240))));
        assertEquals(bd("12.00"), s.deliveredHours(), "internship excluded from the 001 course hours");
        assertEquals(bd("4.00"), s.attendedHours());
        assertEquals(bd("8.00"), s.missedHours());
        assertEquals(bd("33.33"), s.attendancePercent());
        assertEquals(bd("8.00"), s.lateJoining().hoursDeliveredBeforeJoining());
        assertEquals(bd("100.00"), s.lateJoining().excludeBeforeJoining().attendancePercent());
        assertEquals(bd("0.00"), s.lateJoining().excludeBeforeJoining().missedHours());
        assertEquals(bd("200.00"), s.lateJoining().excludeBeforeJoining().requiredHours());
        assertEquals(bd("208.00"), s.requiredHours());
    }

    @Test
    void excludeBeforeJoiningPolicyMeasuresFromTheJoiningDate() {
        var s = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.EXCLUDE_BEFORE_JOINING), lessons)
                .summarise(lateJoiner(List.of(new StudentSummaries.Attended("3", false, false, 240))));
        assertEquals(bd("4.00"), s.deliveredHours());
        assertEquals(bd("0.00"), s.missedHours());
        assertEquals(bd("200.00"), s.requiredHours());
        assertEquals(bd("140.00"), s.admissionHours());
        assertEquals(bd("33.33"), s.lateJoining().countAsAbsence().attendancePercent());
    }

    @Test
    void internshipIsTrackedApartAgainstItsMinimumNetOfCredits() {
        var summaries = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), lessons);
        var s = summaries.summarise(new StudentSummaries.Student(8, "Ugo", "Neri", "ACTIVE", D1, null,
                List.of(new StudentSummaries.Attended(null, true, false, 480)),
                List.of(new StudentSummaries.Credit(null, true, bd(52))), List.of()));
        assertEquals(bd("8.00"), s.internshipHours());
        assertEquals(bd("8.00"), s.internshipRequiredHours());
        assertTrue(s.meetsInternship());
        assertEquals(bd("0.00"), s.attendedHours(), "internship hours are not course hours in 001");
        assertEquals(bd("0.00"), s.creditHours());
        assertEquals(13, s.units().size());
        assertFalse(s.allUnitChecksPassed());
        assertEquals(720, summaries.deliveredMinutes());
    }

    @Test
    void creditsOnAUnitExcuseItsDeliveredHoursOnly() {
        var s = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), lessons)
                .summarise(new StudentSummaries.Student(9, "Eva", "Blu", "ACTIVE", D1, null,
                        List.of(new StudentSummaries.Attended("2", false, false, 480)),
                        List.of(new StudentSummaries.Credit("3", false, bd(10))), List.of()));
        // 12 h delivered, 4 of them (unit 3) covered by the 10 h credit: 8 expected, 8 attended
        assertEquals(bd("0.00"), s.missedHours());
        assertEquals(bd("100.00"), s.attendancePercent());
        assertEquals(bd("198.00"), s.requiredHours());
        assertEquals(bd("10.00"), s.units().get(2).creditHours());
        assertEquals(bd("8.00"), s.units().get(1).attendedHours());
    }

    @Test
    void internshipCreditReducesTheRequiredHoursWhereTheInternshipIsPartOfTheTotal() {
        // 000: internship hours belong to the 250 h course, so an internship credit is a credit on the course hours
        var s = summaries(TestRules.std000(), List.of(
                new StudentSummaries.DeliveredLesson(D1, 480, "1260", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 480, null, Modality.INTERNSHIP)))
                .summarise(new StudentSummaries.Student(10, "Ivo", "Rossi", "ACTIVE", D1, null,
                        List.of(new StudentSummaries.Attended("1260", false, false, 480)),
                        List.of(new StudentSummaries.Credit(null, true, bd(8))), List.of()));
        assertEquals(bd("242.00"), s.requiredHours());
        assertEquals(bd("193.60"), s.admissionHours());
        assertEquals(bd("242.00"), s.lateJoining().excludeBeforeJoining().requiredHours());
        // the 8 internship hours delivered are excused: 16 delivered, 8 expected, 8 attended
        assertEquals(bd("16.00"), s.deliveredHours());
        assertEquals(bd("0.00"), s.missedHours());
        assertEquals(bd("100.00"), s.attendancePercent());
        assertEquals(bd("8.00"), s.internshipCreditHours());
        assertEquals(bd("0.00"), s.creditHours(), "unit credits only");
    }

    @Test
    void internshipCreditOf001LowersTheInternshipMinimumAndLeavesTheCourseHoursAlone() {
        var s = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), lessons)
                .summarise(new StudentSummaries.Student(11, "Lia", "Gialli", "ACTIVE", D1, null, List.of(),
                        List.of(new StudentSummaries.Credit(null, true, bd(20))), List.of()));
        assertEquals(bd("208.00"), s.requiredHours(), "208 h net of the internship ([001])");
        assertEquals(bd("12.00"), s.missedHours());
        assertEquals(bd("40.00"), s.internshipRequiredHours(), "60 h minimum - 20 h credit");
        assertEquals(bd("20.00"), s.internshipCreditHours());
    }

    @Test
    void aLateJoinersCreditDoesNotExcuseAgainTheHoursLeftOutBeforeJoining() {
        // unit 3 (15 h): 4 h delivered before the student joined, 4 h after
        var summaries = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.EXCLUDE_BEFORE_JOINING), List.of(
                new StudentSummaries.DeliveredLesson(D1, 240, "3", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 240, "3", Modality.CLASSROOM)));
        // the whole unit credited: its 4 h before joining are already left out, the credit excuses the other 11
        var whole = summaries.summarise(new StudentSummaries.Student(12, "Teo", "Viola", "ACTIVE", D2, null,
                List.of(new StudentSummaries.Attended("3", false, false, 240)),
                List.of(new StudentSummaries.Credit("3", false, bd(15))), List.of()));
        assertEquals(bd("4.00"), whole.lateJoining().hoursDeliveredBeforeJoining());
        assertEquals(bd("193.00"), whole.requiredHours(), "208 - 4 before joining - 11, not - 15");
        assertEquals(bd("135.10"), whole.admissionHours());
        assertEquals(bd("193.00"), whole.lateJoining().countAsAbsence().requiredHours(), "208 - 15");
        assertEquals(bd("0.00"), whole.missedHours());
        assertEquals(bd("15.00"), whole.creditHours());
        // 10 h credited fit in the 11 h of the unit still counted: all of them excused
        var part = summaries.summarise(new StudentSummaries.Student(13, "Rita", "Viola", "ACTIVE", D2, null,
                List.of(new StudentSummaries.Attended("3", false, false, 240)),
                List.of(new StudentSummaries.Credit("3", false, bd(10))), List.of()));
        assertEquals(bd("194.00"), part.requiredHours());
        assertEquals(bd("198.00"), part.lateJoining().countAsAbsence().requiredHours());
    }

    @Test
    void aLateJoinerAttendingExactly80PercentOfTheHoursAfterJoiningMeetsTheThresholdToTheMinute() {
        // [000] 250 h; 200 min (3.33... h) delivered before the student joined, then 14 800 min of which 11 840 attended:
        // exactly 80 %. In hours rounded to 10 places the admission figure came out a ten-billionth above the attended one.
        var summaries = summaries(TestRules.std000(), List.of(
                new StudentSummaries.DeliveredLesson(D1, 200, "1260", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 14_800, "1259", Modality.CLASSROOM)));
        var exactly = summaries.summarise(new StudentSummaries.Student(14, "Gio", "Blu", "ACTIVE", D2, null,
                List.of(new StudentSummaries.Attended("1259", false, false, 11_840)), List.of(), List.of()));
        var after = exactly.lateJoining().excludeBeforeJoining();
        assertEquals(bd("197.33"), after.admissionHours());
        assertTrue(after.meetsThreshold(), "11 840 of 14 800 min is 80 %");
        assertFalse(after.lost());

        var aMinuteShort = summaries.summarise(new StudentSummaries.Student(15, "Lea", "Blu", "ACTIVE", D2, null,
                List.of(new StudentSummaries.Attended("1259", false, false, 11_839)), List.of(), List.of()));
        assertFalse(aMinuteShort.lateJoining().excludeBeforeJoining().meetsThreshold());
        assertTrue(aMinuteShort.lateJoining().excludeBeforeJoining().lost());
    }

    @Test
    void missingExactlyTwentyPercentOfTheRequiredHoursWithACreditLeavesAdmissionReachable() {
        // [000] 250 h, a 10 h credit on unit 1260: required 240 h, at most 48 h may be missed ("assenza massima 20 %").
        // 3 640 min delivered, 200 of them on 1260 (excused by the credit): 3 440 min expected, 560 attended = 48 h missed.
        var summaries = summaries(TestRules.std000(), List.of(
                new StudentSummaries.DeliveredLesson(D1, 200, "1260", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 3_440, "1259", Modality.CLASSROOM)));
        var atTheMaximum = summaries.summarise(new StudentSummaries.Student(16, "Ada", "Rosa", "ACTIVE", D1, null,
                List.of(new StudentSummaries.Attended("1259", false, false, 560)),
                List.of(new StudentSummaries.Credit("1260", false, bd(10))), List.of()));
        assertEquals(bd("240.00"), atTheMaximum.requiredHours());
        assertEquals(bd("48.00"), atTheMaximum.missedHours());
        assertEquals(bd("182.67"), atTheMaximum.remainingHours());
        assertEquals(bd("182.67"), atTheMaximum.stillNeededHours());
        assertFalse(atTheMaximum.lost(), "every hour left must be attended, but admission is still reachable");

        var aMinuteMore = summaries.summarise(new StudentSummaries.Student(17, "Ida", "Rosa", "ACTIVE", D1, null,
                List.of(new StudentSummaries.Attended("1259", false, false, 559)),
                List.of(new StudentSummaries.Credit("1260", false, bd(10))), List.of()));
        assertTrue(aMinuteMore.lost());
    }

    @Test
    void hoursOnACreditedUnitAreNotCountedTwiceAsExcusedAndAsAttended() {
        // [001] URA 4 (20 h) and 5 delivered; the student attended all of URA 4, which a 20 h credit then excuses:
        // required 188 h, and URA 4's hours count no more as attended ("crediti formativi di frequenza", sez. 9)
        var summaries = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), List.of(
                new StudentSummaries.DeliveredLesson(D1, 1_200, "4", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 1_200, "5", Modality.CLASSROOM)));
        List<StudentSummaries.Attended> attended = List.of(new StudentSummaries.Attended("4", false, false, 1_200),
                new StudentSummaries.Attended("5", false, false, 600));
        var whole = summaries.summarise(new StudentSummaries.Student(18, "Nina", "Verdi", "ACTIVE", D1, null, attended,
                List.of(new StudentSummaries.Credit("4", false, bd(20))), List.of()));
        assertEquals(bd("188.00"), whole.requiredHours());
        assertEquals(bd("10.00"), whole.attendedHours(), "only URA 5's hours: URA 4's are excused");
        assertEquals(bd("10.00"), whole.missedHours());
        assertEquals(bd("50.00"), whole.attendancePercent());
        assertEquals(bd("20.00"), whole.units().stream().filter(u -> u.unitCode().equals("4")).findFirst().orElseThrow()
                .attendedHours(), "the unit still shows what was attended");

        // 5 h credited of URA 4's 20: its first 15 h attended count, the other 5 do not
        var part = summaries.summarise(new StudentSummaries.Student(19, "Olga", "Verdi", "ACTIVE", D1, null, attended,
                List.of(new StudentSummaries.Credit("4", false, bd(5))), List.of()));
        assertEquals(bd("203.00"), part.requiredHours());
        assertEquals(bd("25.00"), part.attendedHours());
        assertEquals(bd("10.00"), part.missedHours());
    }

    @Test
    void theHoursActuallyAttendedAreEveryMinutePresentWhateverTheCreditsAndThePolicy() {
        // [001] sez. 11: the learning record states "il numero di ore di effettiva frequenza". Unit 3 (15 h) credited
        // 5 h and attended in full, 4 h of it before the late joiner's joining date, plus 4 h of internship: the
        // admission figure leaves out what the credit excuses (and, EXCLUDE_BEFORE_JOINING, the hours before joining);
        // the hours actually attended are the 15 h, the internship apart as the 001 course hours exclude it
        List<StudentSummaries.DeliveredLesson> delivered = List.of(
                new StudentSummaries.DeliveredLesson(D1, 240, "3", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 660, "3", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 240, null, Modality.INTERNSHIP));
        StudentSummaries.Student student = new StudentSummaries.Student(20, "Remo", "Tardi", "ACTIVE", D2, null,
                List.of(new StudentSummaries.Attended("3", false, true, 240),
                        new StudentSummaries.Attended("3", false, false, 660),
                        new StudentSummaries.Attended(null, true, false, 240)),
                List.of(new StudentSummaries.Credit("3", false, bd(5))), List.of());
        var counted = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE), delivered)
                .summarise(student);
        assertEquals(bd("10.00"), counted.attendedHours(), "the admission figure, unchanged");
        assertEquals(bd("15.00"), counted.hoursActuallyAttended());
        assertEquals(bd("4.00"), counted.internshipHours());
        var excluded = summaries(TestRules.std001(EditionRules.LateJoinerPolicy.EXCLUDE_BEFORE_JOINING),
                delivered).summarise(student);
        assertEquals(bd("6.00"), excluded.attendedHours(), "11 h after joining, 5 of them excused");
        assertEquals(bd("15.00"), excluded.hoursActuallyAttended());

        // [000]: the internship is part of the course hours, so of the hours actually attended too (as of attendedHours)
        var in000 = summaries(TestRules.std000(), List.of(
                new StudentSummaries.DeliveredLesson(D1, 480, "1260", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 480, null, Modality.INTERNSHIP)))
                .summarise(new StudentSummaries.Student(21, "Ivo", "Neri", "ACTIVE", D1, null,
                        List.of(new StudentSummaries.Attended("1260", false, false, 480),
                                new StudentSummaries.Attended(null, true, false, 300)),
                        List.of(new StudentSummaries.Credit("1260", false, bd(4))), List.of()));
        assertEquals(bd("13.00"), in000.hoursActuallyAttended());
        assertEquals(bd("5.00"), in000.internshipHours());
    }

    @Test
    void aCreditCountsNoMoreThanItsUnitsHoursWhereTheStandardGivesTheUnitNone() {
        // [002] 300 h: UF 1 40 h, UF 2-4 170 h, internship 90 h. A 63 h credit on UF 1 (the 30 % of 210 h, recognised
        // before the unit's hours bounded it, or before lessons of the unit were removed) used to come off the
        // required hours whole: 237 h required, 189.6 h for admission, and 195 h attended elsewhere were enough.
        // Credits are hours the student need not attend (DOMAIN.md): UF 1 has 40 of them
        List<StudentSummaries.DeliveredLesson> calendar = List.of(
                new StudentSummaries.DeliveredLesson(D1, 2_400, "1", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D1, 3_600, "2", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 3_600, "3", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 3_000, "4", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 5_400, null, Modality.INTERNSHIP));
        StudentSummaries.Student student = new StudentSummaries.Student(22, "Ada", "Crediti", "ACTIVE", D1, null,
                List.of(new StudentSummaries.Attended("2", false, false, 3_600),
                        new StudentSummaries.Attended("3", false, false, 3_600),
                        new StudentSummaries.Attended("4", false, false, 3_000),
                        new StudentSummaries.Attended(null, true, false, 1_500)),
                List.of(new StudentSummaries.Credit("1", false, bd(63))), List.of());
        var s = summaries(TestRules.std002(bd(90)), calendar).summarise(student);
        assertEquals(bd("195.00"), s.attendedHours());
        assertEquals(bd("260.00"), s.requiredHours(), "300 - 40, not 300 - 63");
        assertEquals(bd("208.00"), s.admissionHours());
        assertFalse(s.meetsThreshold());
        assertEquals(bd("40.00"), s.creditHours(), "the credit as it counts: requiredHours = 300 - creditHours");
        assertEquals(bd("40.00"), s.units().get(0).creditHours());
        assertEquals(bd("260.00"), s.lateJoining().excludeBeforeJoining().requiredHours());

        // the bound is the calendar, not the lessons delivered so far: midway, with UF 1 not begun, the same 40 h
        var midway = new StudentSummaries(TestRules.std002(bd(90)), calendar.subList(1, 3), calendar(calendar))
                .summarise(new StudentSummaries.Student(22, "Ada", "Crediti", "ACTIVE", D1, null,
                        List.of(new StudentSummaries.Attended("2", false, false, 3_600)), student.credits(), List.of()));
        assertEquals(bd("260.00"), midway.requiredHours());
        assertEquals(bd("40.00"), midway.creditHours());
    }

    @Test
    void anInternshipCreditCountsNoMoreThanTheInternshipScheduledWhereNoneIsPlanned() {
        // [000] states no internship maximum and the edition records no planned internship: 4 h of internship left in
        // the calendar bound an 8 h internship credit recognised when there were 8
        var s = summaries(TestRules.std000(), List.of(
                new StudentSummaries.DeliveredLesson(D1, 480, "1260", Modality.CLASSROOM),
                new StudentSummaries.DeliveredLesson(D2, 240, null, Modality.INTERNSHIP)))
                .summarise(new StudentSummaries.Student(23, "Ivo", "Stage", "ACTIVE", D1, null,
                        List.of(new StudentSummaries.Attended("1260", false, false, 480)),
                        List.of(new StudentSummaries.Credit(null, true, bd(8))), List.of()));
        assertEquals(bd("246.00"), s.requiredHours());
        assertEquals(bd("0.00"), s.missedHours());
    }
}
