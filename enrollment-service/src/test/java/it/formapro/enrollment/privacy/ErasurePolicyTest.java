package it.formapro.enrollment.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.enrollment.enrollment.EnrollmentStatus;
import it.formapro.enrollment.privacy.ErasurePolicy.Enrollment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasurePolicyTest {

    @Test
    void nothingInTheWayWithoutEnrollments() {
        assertTrue(ErasurePolicy.obstacles(List.of(), Map.of()).isEmpty());
    }

    @Test
    void withdrawnEnrollmentsAndConfirmedOnesOfClosedEditionsDoNotStandInTheWay() {
        var enrollments = List.of(new Enrollment(1, 10, EnrollmentStatus.WITHDRAWN),
                new Enrollment(2, 11, EnrollmentStatus.CONFIRMED));
        assertTrue(ErasurePolicy.obstacles(enrollments, Map.of(11L, "CLOSED")).isEmpty());
    }

    @Test
    void pendingApplicationsMustBeWithdrawnFirst() {
        var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(3, 10, EnrollmentStatus.PRE_ENROLLED),
                new Enrollment(4, 12, EnrollmentStatus.WAITING_LIST)), Map.of());
        assertEquals(2, obstacles.size());
        assertTrue(obstacles.get(0).message().contains("enrollment 3 on edition 10 is PRE_ENROLLED: withdraw it first"));
        assertTrue(obstacles.get(1).message().contains("WAITING_LIST"));
    }

    @Test
    void aConfirmedEnrollmentOfAnEditionNotYetClosedStandsInTheWay() {
        for (String status : List.of("PLANNED", "OPEN", "RUNNING")) {
            var obstacles = ErasurePolicy.obstacles(List.of(new Enrollment(5, 13, EnrollmentStatus.CONFIRMED)),
                    Map.of(13L, status));
            assertEquals(1, obstacles.size(), status);
            assertTrue(obstacles.get(0).message().contains("which is " + status), obstacles.get(0).message());
            assertEquals("GDPR art. 17(3)(b)", obstacles.get(0).source());
        }
    }
}
