package it.formapro.exam.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.exam.attendance.AttendanceSummary;
import it.formapro.exam.attendance.StudentAttendance;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.Enrollment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gets the learning record on leaving, the day they left, and what it says. Plain Java, no HTTP. */
class LeavingRecordsTest {

    static final OffsetDateTime CONFIRMED = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    static Enrollment enrollment(long id, long student, String status, OffsetDateTime confirmedAt,
                                 OffsetDateTime withdrawnAt) {
        return new Enrollment(id, student, 23, status, OffsetDateTime.parse("2026-11-02T09:00:00Z"), confirmedAt,
                withdrawnAt);
    }

    static ProblemException refused(long student, List<Enrollment> enrollments) {
        return assertThrows(ProblemException.class, () -> LeavingRecords.requireLeft(23, student, enrollments));
    }

    @Test
    void aStudentWithoutAnEnrollmentInTheEditionGetsNone() {
        ProblemException e = refused(5, List.of(enrollment(1, 6, "WITHDRAWN", CONFIRMED, CONFIRMED.plusMonths(3)),
                new Enrollment(2, 5, 24, "WITHDRAWN", CONFIRMED, CONFIRMED, CONFIRMED.plusMonths(3))));
        assertEquals(422, e.status());
        assertEquals("student-not-enrolled", e.slug());
        assertTrue(e.getMessage().contains("Student 5 has no enrollment in edition 23"), e.getMessage());
    }

    @Test
    void aStudentStillOnTheCourseGetsItOnlyAfterTheExam() {
        for (String status : List.of("CONFIRMED", "PRE_ENROLLED", "WAITING_LIST")) {
            ProblemException e = refused(5, List.of(enrollment(7, 5, status, CONFIRMED, null)));
            assertEquals(422, e.status());
            assertEquals("student-not-withdrawn", e.slug());
            assertTrue(e.getMessage().contains("enrollment 7 is " + status + ", not WITHDRAWN"), e.getMessage());
            assertTrue(e.getMessage().contains("gets the learning record only after the exam"), e.getMessage());
            assertEquals(status, e.figures().get("enrollmentStatus"));
        }
        // withdrew, then enrolled again: on the course again
        ProblemException again = refused(5, List.of(
                enrollment(7, 5, "WITHDRAWN", CONFIRMED, CONFIRMED.plusMonths(1)),
                enrollment(9, 5, "CONFIRMED", CONFIRMED.plusMonths(2), null)));
        assertEquals("student-not-withdrawn", again.slug());
        assertEquals(9L, again.figures().get("enrollmentId"));
    }

    @Test
    void aStudentWhoWithdrewBeforeBeingConfirmedWasNeverOnTheCourse() {
        ProblemException e = refused(5, List.of(enrollment(7, 5, "WITHDRAWN", null, CONFIRMED)));
        assertEquals(422, e.status());
        assertEquals("student-never-on-course", e.slug());
        assertTrue(e.getMessage().contains("before the enrollment was confirmed"), e.getMessage());
    }

    @Test
    void theRecordRestsOnTheLatestConfirmedEnrollmentThatWasWithdrawn() {
        Enrollment first = enrollment(7, 5, "WITHDRAWN", CONFIRMED, CONFIRMED.plusMonths(1));
        Enrollment second = enrollment(9, 5, "WITHDRAWN", CONFIRMED.plusMonths(2), CONFIRMED.plusMonths(4));
        Enrollment neverConfirmed = enrollment(11, 5, "WITHDRAWN", null, CONFIRMED.plusMonths(5));
        assertEquals(second, LeavingRecords.requireLeft(23, 5, List.of(first, second, neverConfirmed,
                enrollment(12, 6, "CONFIRMED", CONFIRMED, null))));
    }

    @Test
    void theDayTheStudentLeftIsAttendancesElseTheDayInItalyTheWithdrawalWasRecorded() {
        Enrollment withdrawn = enrollment(7, 5, "WITHDRAWN", CONFIRMED, OffsetDateTime.parse("2027-03-15T23:30:00Z"));
        assertEquals(LocalDate.of(2027, 3, 10), LeavingRecords.withdrawnOn(attendance(LocalDate.of(2027, 3, 10)), withdrawn));
        // 23:30 UTC on the 15th is already the 16th in Rome
        assertEquals(LocalDate.of(2027, 3, 16), LeavingRecords.withdrawnOn(attendance(null), withdrawn));
        assertNull(LeavingRecords.withdrawnOn(attendance(null), enrollment(7, 5, "WITHDRAWN", CONFIRMED, null)));
    }

    @Test
    void theStatementSaysTheRecordWasIssuedOnLeavingAndThatNoAssessmentTookPlace() {
        String statement = LeavingRecords.statement(LocalDate.of(2027, 3, 15));
        assertTrue(statement.contains("uscita anticipata dal percorso formativo (ritiro il 15/03/2027)"), statement);
        assertTrue(statement.contains("Nessuna valutazione finale e' stata svolta"), statement);
        assertTrue(LeavingRecords.statement(null).contains("ritiro in data non registrata"));
    }

    @Test
    void theBodyListsTheUnitsPassedInTheCataloguesOrderAndTheHoursButNoExam() {
        EditionRules rules = new EditionRules(23, "Addetto - Pescara 2027", "Ente Demo", "codice ente A0123", "Abruzzo",
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30), new BigDecimal("208"), null, "RUNNING", null, null,
                null, List.of(new EditionRules.Unit("3", "Comunicazione", 3, null),
                new EditionRules.Unit("1", "Sicurezza", 1, null), new EditionRules.Unit("2", "Normativa", 2, null),
                new EditionRules.Unit("4", "Vendita", 4, null)),
                List.of(new EditionRules.CompetenceUnit("UC1", "Accoglienza", 3)));
        StudentAttendance attended = new StudentAttendance(5, "WITHDRAWN", LocalDate.of(2027, 1, 11),
                // 5 h of unit 3 credited and attended: left out of the admission figure, not of the hours attended
                LocalDate.of(2027, 3, 15), new BigDecimal("59.50"), new BigDecimal("64.50"), new BigDecimal("4.00"), List.of(
                new AttendanceSummary.UnitCheck("3", true, LocalDate.of(2027, 3, 10)),
                new AttendanceSummary.UnitCheck("2", false, LocalDate.of(2027, 3, 1)),
                new AttendanceSummary.UnitCheck("1", true, LocalDate.of(2027, 2, 1)),
                // no date: no check recorded yet, not a pass
                new AttendanceSummary.UnitCheck("4", false, null)));

        DocumentIssuance.Body body = LeavingRecords.body(rules, attended, LocalDate.of(2027, 3, 15));

        assertEquals(List.of(), body.competenceUnits(), "no exam: no competence unit was assessed");
        assertEquals(List.of(new DocumentContent.Unit("1", "Sicurezza", null, "PASSED"),
                new DocumentContent.Unit("3", "Comunicazione", null, "PASSED")), body.trainingUnitsPassed());
        assertEquals(new DocumentContent.Course(23, "Addetto - Pescara 2027", LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 6, 30), new BigDecimal("208"), new BigDecimal("64.50"), new BigDecimal("4.00"), true),
                body.course());
        assertNull(body.assessment());
        assertEquals(new DocumentContent.Leaving(LocalDate.of(2027, 3, 15),
                LeavingRecords.statement(LocalDate.of(2027, 3, 15))), body.leaving());
    }

    private static StudentAttendance attendance(LocalDate withdrawnOn) {
        return new StudentAttendance(5, "WITHDRAWN", LocalDate.of(2027, 1, 11), withdrawnOn, BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.ZERO, List.of());
    }
}
