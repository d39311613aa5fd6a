package it.formapro.exam.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.exam.attendance.AttendanceSummary;
import it.formapro.exam.attendance.AttendanceSummary.UnitCheck;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.Enrollment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admission rules alone: no HTTP, no database. */
class AdmissionRulesTest {

    static final String SOURCE = "Standard 000 - Abruzzo";

    static EditionRules rules(int threshold, Integer internshipMin) {
        return new EditionRules(12, "Tecnico - Pescara", "Ente Demo", "codice ente A0123", null, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30),
                bd(208), bd(80), "RUNNING",
                new EditionRules.Qualification("000", 1, "Tecnico", 4, "Abruzzo", "DD", null, SOURCE, List.of(), List.of()),
                new EditionRules.Hours(bd(208), internshipMin == null ? null : bd(internshipMin), null, false),
                new EditionRules.Attendance(bd(threshold), null),
                List.of(new EditionRules.Unit("1", "Sicurezza", 1, bd(12)), new EditionRules.Unit("2", "Normativa", 2, bd(10))),
                List.of());
    }

    static AttendanceSummary.Student student(long id, String status, double attended, double required, Boolean meets,
                                             double internship, Boolean meetsInternship, List<UnitCheck> units) {
        return new AttendanceSummary.Student(id, "Mario", "Rossi", status, LocalDate.of(2027, 1, 11), bd(required),
                bd(attended), bd(attended), bd(required - attended), BigDecimal.ZERO, bd(required),
                AdmissionRules.percentOf(bd(attended), bd(required)), meets, bd(internship), null, null, null,
                meetsInternship, units, null);
    }

    static final List<UnitCheck> BOTH_PASSED = List.of(new UnitCheck("1", true, LocalDate.of(2027, 2, 1)),
            new UnitCheck("2", true, LocalDate.of(2027, 3, 1)));

    static Enrollment confirmed(long student) {
        return new Enrollment(100 + student, student, 12, "CONFIRMED", null, OffsetDateTime.now(), null);
    }

    static Candidate only(EditionRules rules, AttendanceSummary.Student s, List<Enrollment> enrollments) {
        List<Candidate> list = AdmissionRules.evaluate(rules,
                new AttendanceSummary(12, bd(208), bd(208), rules.attendance().admissionPercent(), List.of(s)), enrollments);
        assertEquals(1, list.size());
        return list.get(0);
    }

    @Test
    void admitsAConfirmedStudentMeetingEveryRule() {
        Candidate c = only(rules(80, 60), student(5, "ACTIVE", 180, 208, true, 70, true, BOTH_PASSED), List.of(confirmed(5)));
        assertTrue(c.admitted());
        assertTrue(c.reasons().isEmpty());
        assertEquals(105L, c.enrollmentId());
        assertEquals(bd(86.5).setScale(1), c.figures().attendancePercent());
    }

    @Test
    void belowTheThresholdExplainsItselfWithTheFigures() {
        Candidate c = only(rules(80, null), student(5, "ACTIVE", 150, 208, false, 0, null, BOTH_PASSED), List.of(confirmed(5)));
        assertFalse(c.admitted());
        assertEquals(List.of("BELOW_THRESHOLD"), codes(c));
        assertEquals("attended 150.0 of 208.0 h = 72.1 %, below 80 % (166.4 h needed, short by 16 h 24 min; " + SOURCE + ")",
                c.reasons().get(0).message());
        assertEquals(SOURCE, c.reasons().get(0).source());
    }

    @Test
    void beforeTheLastLessonTheReasonNeverReadsAsAPercentAboveTheThreshold() {
        // 195 h attended of 250 required, 240 expected so far: 81.25 % so far, but 195 < 200 h needed (80 % of 250)
        AttendanceSummary.Student midCourse = new AttendanceSummary.Student(5, "Mario", "Rossi", "ACTIVE",
                LocalDate.of(2027, 1, 11), bd(240), bd(195), bd(195), bd(45), BigDecimal.ZERO, bd(250), bd(81.25), false, bd(0),
                null, null, null, true, BOTH_PASSED, null);
        Candidate c = only(rules(80, null), midCourse, List.of(confirmed(5)));
        assertEquals(List.of("BELOW_THRESHOLD"), codes(c));
        assertEquals("attended 195.0 of 250.0 h = 78.0 %, below 80 % (200.0 h needed, short by 5 h; " + SOURCE + "); 81.2 % of the "
                + "hours expected so far", c.reasons().get(0).message());
    }

    @Test
    void aFewMinutesShortNeverReadsAsTheThresholdItself() {
        // 11 997 of the 12 000 minutes needed (80 % of 250 h): rounding half up used to say "200.0 of 250.0 h = 80.0 %,
        // below 80 % (200.0 h needed)"
        Candidate c = only(rules(80, null), student(5, "ACTIVE", 199.95, 250, false, 0, null, BOTH_PASSED), List.of(confirmed(5)));
        assertEquals("attended 199.95 of 250.0 h = 79.9 %, below 80 % (200.0 h needed, short by 3 min; " + SOURCE + ")",
                c.reasons().get(0).message());
        assertEquals(bd(79.9), c.figures().attendancePercent(), "the figure beside the decision is rounded down too");
        // a minute is not a whole hundredth of an hour: 9 983 minutes, sent by attendance as 166.38 h, of the 9 984
        // needed (80 % of 208 h)
        Candidate odd = only(rules(80, null), student(5, "ACTIVE", 166.38, 208, false, 0, null, BOTH_PASSED), List.of(confirmed(5)));
        assertEquals("attended 166.38 of 208.0 h = 79.9 %, below 80 % (166.4 h needed, short by 1 min; " + SOURCE + ")",
                odd.reasons().get(0).message());
    }

    @Test
    void computesTheThresholdWhenAttendanceDoesNotSayAndAdmitsExactlyAtIt() {
        Candidate atIt = only(rules(70, null), student(5, "ACTIVE", 145.6, 208, null, 0, null, BOTH_PASSED), List.of(confirmed(5)));
        assertTrue(atIt.admitted(), "70.0 % of 208 h meets a 70 % threshold");
        Candidate below = only(rules(70, null), student(5, "ACTIVE", 145.5, 208, null, 0, null, BOTH_PASSED), List.of(confirmed(5)));
        assertEquals(List.of("BELOW_THRESHOLD"), codes(below));
    }

    @Test
    void internshipBelowTheMinimum() {
        Candidate c = only(rules(70, 60), student(5, "ACTIVE", 200, 208, true, 40, false, BOTH_PASSED), List.of(confirmed(5)));
        assertEquals(List.of("INTERNSHIP_BELOW_MINIMUM"), codes(c));
        assertEquals("internship 40.0 h, below the minimum of 60.0 h, short by 20 h (" + SOURCE + ")", c.reasons().get(0).message());
        Candidate computed = only(rules(70, 60), student(5, "ACTIVE", 200, 208, true, 59.5, null, BOTH_PASSED), List.of(confirmed(5)));
        assertEquals(List.of("INTERNSHIP_BELOW_MINIMUM"), codes(computed));
    }

    @Test
    void internshipCreditsLowerTheHoursToAttendAndTheReasonSaysSo() {
        // [001]: internship credits up to 100 % of the internship; 30 h credited leave 30 of the 60 h minimum to attend
        Candidate shortOf = only(rules(70, 60), credited(25, false), List.of(confirmed(5)));
        assertEquals(List.of("INTERNSHIP_BELOW_MINIMUM"), codes(shortOf));
        assertEquals("internship 25.0 h, below the 30.0 h required (the minimum of 60.0 h less 30.0 h of internship "
                + "credits), short by 5 h (" + SOURCE + ")", shortOf.reasons().get(0).message());
        assertEquals(bd(30), shortOf.figures().internshipRequiredHours());
        // when attendance does not decide, 35 h meet the 30 h required, not the bare 60 h minimum
        Candidate computed = only(rules(70, 60), credited(35, null), List.of(confirmed(5)));
        assertTrue(computed.admitted(), computed.reasons().toString());
    }

    private static AttendanceSummary.Student credited(double internship, Boolean meetsInternship) {
        return new AttendanceSummary.Student(5, "Mario", "Rossi", "ACTIVE", LocalDate.of(2027, 1, 11), bd(208),
                bd(200), bd(200), bd(8), BigDecimal.ZERO, bd(208), AdmissionRules.percentOf(bd(200), bd(208)), true,
                bd(internship), bd(60), bd(30), bd(30), meetsInternship, BOTH_PASSED, null);
    }

    @Test
    void unitChecksMissingAndFailedAreEachReported() {
        Candidate c = only(rules(70, null), student(5, "ACTIVE", 200, 208, true, 0, null,
                List.of(new UnitCheck("1", false, LocalDate.of(2027, 2, 1)))), List.of(confirmed(5)));
        assertEquals(List.of("UNIT_CHECK_FAILED", "UNIT_CHECK_MISSING"), codes(c));
        assertTrue(c.reasons().get(0).message().contains("unit 1 'Sicurezza'"), c.reasons().get(0).message());
        assertTrue(c.reasons().get(1).message().contains("unit 2 'Normativa'"), c.reasons().get(1).message());
        assertEquals(List.of("FAILED", "MISSING"), c.unitChecks().stream().map(Candidate.UnitCheck::result).toList());
    }

    @Test
    void aUnitWithoutARecordedCheckIsMissingNotFailed() {
        // attendance-service lists every unit, with checkPassed false and no date while no check is recorded
        Candidate c = only(rules(70, null), student(5, "ACTIVE", 200, 208, true, 0, null,
                List.of(new UnitCheck("1", false, null), new UnitCheck("2", true, LocalDate.of(2027, 3, 1)))),
                List.of(confirmed(5)));
        assertEquals(List.of("UNIT_CHECK_MISSING"), codes(c));
        assertEquals("no learning check recorded for unit 1 'Sicurezza' (every unit ends with a traceable learning "
                + "check)", c.reasons().get(0).message());
        assertEquals(SOURCE, c.reasons().get(0).source());
        assertEquals(List.of("MISSING", "PASSED"), c.unitChecks().stream().map(Candidate.UnitCheck::result).toList());
        assertNull(c.unitChecks().get(0).checkDate());

        Candidate unknown = only(rules(70, null), student(5, "ACTIVE", 200, 208, true, 0, null,
                List.of(new UnitCheck("1", null, null), new UnitCheck("2", true, LocalDate.of(2027, 3, 1)))),
                List.of(confirmed(5)));
        assertEquals(List.of("UNIT_CHECK_MISSING"), codes(unknown));
    }

    @Test
    void aFailedCheckHasItsDateAndIsFailed() {
        Candidate c = only(rules(70, null), student(5, "ACTIVE", 200, 208, true, 0, null,
                List.of(new UnitCheck("1", false, LocalDate.of(2027, 2, 1)), new UnitCheck("2", true, LocalDate.of(2027, 3, 1)))),
                List.of(confirmed(5)));
        assertEquals(List.of("UNIT_CHECK_FAILED"), codes(c));
        assertEquals("the learning check of unit 1 'Sicurezza' was not passed (2027-02-01)", c.reasons().get(0).message());
        assertEquals(List.of("FAILED", "PASSED"), c.unitChecks().stream().map(Candidate.UnitCheck::result).toList());
        assertEquals(LocalDate.of(2027, 2, 1), c.unitChecks().get(0).checkDate());
    }

    @Test
    void withdrawnAndNotConfirmedAreExcludedWithEveryOtherReasonToo() {
        Candidate withdrawn = only(rules(70, 60), student(9, "WITHDRAWN", 50, 208, false, 0, false, BOTH_PASSED), List.of());
        assertEquals(List.of("WITHDRAWN", "BELOW_THRESHOLD", "INTERNSHIP_BELOW_MINIMUM"), codes(withdrawn));
        assertTrue(withdrawn.withdrawn());

        Candidate notConfirmed = only(rules(70, null), student(10, "ACTIVE", 200, 208, true, 0, null, BOTH_PASSED), List.of());
        assertEquals(List.of("NOT_CONFIRMED"), codes(notConfirmed));

        Enrollment withdrawnEnrollment = new Enrollment(110, 10, 12, "CONFIRMED", null, OffsetDateTime.now(),
                OffsetDateTime.parse("2027-03-01T10:00:00Z"));
        Candidate leftInEnrollment = only(rules(70, null), student(10, "ACTIVE", 200, 208, true, 0, null, BOTH_PASSED),
                List.of(withdrawnEnrollment));
        assertEquals(List.of("WITHDRAWN"), codes(leftInEnrollment));
        assertEquals("withdrawn from the course on 2027-03-01", leftInEnrollment.reasons().get(0).message().substring(0, 39));
    }

    @Test
    void aConfirmedStudentWithoutAttendanceRecordIsListedAndExcluded() {
        List<Candidate> list = AdmissionRules.evaluate(rules(70, null),
                new AttendanceSummary(12, bd(208), bd(208), bd(70), List.of()), List.of(confirmed(16)));
        assertEquals(1, list.size());
        assertEquals(List.of("NO_ATTENDANCE_RECORD"), codes(list.get(0)));
    }

    static List<String> codes(Candidate c) {
        return c.reasons().stream().map(Candidate.Reason::code).toList();
    }

    static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }
}
