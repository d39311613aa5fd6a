package it.formapro.enrollment.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.enrollment.enrollment.EnrollmentStatus;
import it.formapro.enrollment.privacy.ErasurePolicy.Enrollment;
import it.formapro.enrollment.privacy.ErasurePolicy.PendingExam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasurePolicyTest {

    @Test
    void nothingInTheWayWithoutEnrollments() {
        assertTrue(ErasurePolicy.obstacles(List.of(), Map.of(), List.of()).isEmpty());
    }

    @Test
    void withdrawnEnrollmentsAndConfirmedOnesOfClosedEditionsDoNotStandInTheWay() {
        var enrollments = List.of(new Enrollment(1, 10, EnrollmentStatus.WITHDRAWN),
                new Enrollment(2, 11, EnrollmentStatus.CONFIRMED));
        assertTrue(ErasurePolicy.obstacles(enrollments, Map.of(11L, "CLOSED"), List.of()).isEmpty());
    }

    @Test
    void pendingApplicationsMustBeWithdrawnFirst() {
        var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(3, 10, EnrollmentStatus.PRE_ENROLLED),
                new Enrollment(4, 12, EnrollmentStatus.WAITING_LIST)), Map.of(), List.of());
        assertEquals(2, obstacles.size());
        assertTrue(obstacles.get(0).message().contains("enrollment 3 on edition 10 is PRE_ENROLLED: withdraw it first"));
        assertTrue(obstacles.get(1).message().contains("WAITING_LIST"));
    }

    @Test
    void aConfirmedEnrollmentOfAnEditionNotYetClosedStandsInTheWay() {
        for (String status : List.of("PLANNED", "OPEN", "RUNNING")) {
            var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(5, 13, EnrollmentStatus.CONFIRMED)),
                    Map.of(13L, status), List.of());
            assertEquals(1, obstacles.size(), status);
            assertTrue(obstacles.get(0).message().contains("which is " + status), obstacles.get(0).message());
            assertEquals("GDPR art. 17(3)(b)", obstacles.get(0).source());
        }
    }

    static final LocalDate EXAM_DAY = LocalDate.of(2027, 7, 10);

    @Test
    void anExamPendingInExamServiceStandsInTheWayOnceTheEditionIsClosed() {
        var closed = List.of(new Enrollment(6, 14, EnrollmentStatus.CONFIRMED));
        for (String status : List.of("SCHEDULED", "HELD", "CLOSED")) {
            var obstacles = ErasurePolicy.obstacles(closed, Map.of(14L, "CLOSED"),
                    List.of(new PendingExam(7L, 14, status, EXAM_DAY, "NO_DOCUMENT_YET", null)));
            assertEquals(1, obstacles.size(), status);
            assertEquals("examSessions[7]", obstacles.get(0).field());
            assertEquals("GDPR art. 17(3)(b)", obstacles.get(0).source());
            assertEquals("the student is admitted to exam session 7 of edition 14 (" + status + ", exam on 2027-07-10) "
                    + "and has no document issued there yet; no outcome recorded yet: the certificate or learning record "
                    + "that will follow it needs the student's identity (GDPR art. 17(3)(b): exam-service cannot issue "
                    + "it to an erased student); wait until exam-service has issued it, then erase",
                    obstacles.get(0).message());
        }
    }

    @Test
    void thePendingExamSaysWhichDocumentIsDue() {
        var obstacles = ErasurePolicy.obstacles(List.of(), Map.of(), List.of(
                new PendingExam(7L, 14, "CLOSED", EXAM_DAY, "NO_DOCUMENT_YET", "PASSED"),
                new PendingExam(8L, 15, "HELD", EXAM_DAY, "NO_DOCUMENT_YET", "FAILED")));
        assertEquals(2, obstacles.size());
        assertTrue(obstacles.get(0).message().contains("(CLOSED, exam on 2027-07-10) and has no document issued there "
                + "yet; passed: the certificate (POST /exam-sessions/7/certificates) needs the student's identity"),
                obstacles.get(0).message());
        assertTrue(obstacles.get(1).message().contains("failed: the learning record (POST /exam-sessions/8/learning-records)"),
                obstacles.get(1).message());
    }

    @Test
    void aSessionNotYetFrozenNamesTheEnrollmentToWithdrawIfTheStudentWillNotSitTheExam() {
        var enrollments = List.of(new Enrollment(3, 14, EnrollmentStatus.WITHDRAWN),
                new Enrollment(9, 14, EnrollmentStatus.CONFIRMED));
        var obstacles = ErasurePolicy.obstacles(enrollments, Map.of(14L, "CLOSED"),
                List.of(new PendingExam(11L, 14, "SCHEDULED", EXAM_DAY, "ADMISSION_LIST_NOT_FROZEN", null)));
        assertEquals(1, obstacles.size());
        assertEquals("exam session 11 of edition 14 (SCHEDULED, exam on 2027-07-10) has no frozen admission list yet and "
                + "the student, CONFIRMED on edition 14, will be a candidate: the certificate or learning record of the "
                + "exam needs the student's identity (GDPR art. 17(3)(b): exam-service cannot issue it to an erased "
                + "student); wait until exam-service has issued it, or withdraw enrollment 9 before the list is frozen "
                + "if the student will not sit the exam", obstacles.get(0).message());
    }

    @Test
    void aClosedEditionWithNoExamSessionYetKeepsTheIdentityOfItsConfirmedStudent() {
        var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(9, 14, EnrollmentStatus.CONFIRMED)),
                Map.of(14L, "CLOSED"), List.of(new PendingExam(null, 14, null, null, "NO_SESSION_YET", null)));
        assertEquals(List.of("editions[14]"), obstacles.stream().map(o -> o.field()).toList());
        assertEquals("edition 14, on which the student is CONFIRMED, has no exam session yet: the certificate or "
                + "learning record of its exam needs the student's identity (GDPR art. 17(3)(b): exam-service cannot "
                + "issue it to an erased student); wait until exam-service has issued it, or withdraw enrollment 9 if "
                + "the student will not sit the exam", obstacles.get(0).message());
    }

    @Test
    void aStudentAbsentFromTheExamKeepsTheIdentityForTheLaterSession() {
        var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(9, 14, EnrollmentStatus.CONFIRMED)),
                Map.of(14L, "CLOSED"), List.of(new PendingExam(11L, 14, "CLOSED", EXAM_DAY, "ABSENT_FROM_EXAM", "ABSENT")));
        assertEquals(List.of("examSessions[11]"), obstacles.stream().map(o -> o.field()).toList());
        assertEquals("the student was ABSENT from exam session 11 of edition 14 (CLOSED, exam on 2027-07-10) and, "
                + "CONFIRMED on edition 14, is still to sit its exam in a later session: the certificate or learning "
                + "record of that exam needs the student's identity (GDPR art. 17(3)(b): exam-service cannot issue it "
                + "to an erased student); wait until exam-service has issued it, or withdraw enrollment 9 if the "
                + "student will not sit the exam", obstacles.get(0).message());
    }

    @Test
    void examObstaclesComeAfterTheEnrollmentsOnesAndEachIsListed() {
        var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(5, 13, EnrollmentStatus.CONFIRMED)),
                Map.of(13L, "RUNNING"), List.of(new PendingExam(12L, 13, "SCHEDULED", EXAM_DAY, "ADMISSION_LIST_NOT_FROZEN", null)));
        assertEquals(List.of("enrollments[5]", "examSessions[12]"), obstacles.stream().map(o -> o.field()).toList());
    }

    @Test
    void nothingPendingInExamServiceLeavesAClosedEditionErasable() {
        // exam-service lists no session whose document is issued (revoked or not), nor one of an edition the student
        // is certified in: what it does not list does not stand in the way
        assertTrue(ErasurePolicy.obstacles(List.of(new Enrollment(6, 14, EnrollmentStatus.CONFIRMED)),
                Map.of(14L, "CLOSED"), List.of()).isEmpty());
    }
}
