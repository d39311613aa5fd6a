package it.formapro.enrollment.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.support.SeedStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollableEditionTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static EditionRules edition(String status, LocalDate end) {
        return SeedStandards.edition(7, "000", TODAY.minusDays(10), end, 250, 20, status);
    }

    @Test
    void openAndRunningEditionsTakeEnrollments() {
        for (String status : List.of("OPEN", "RUNNING")) {
            assertTrue(EnrollableEdition.refusal(edition(status, TODAY.plusDays(90)), TODAY).isEmpty(), status);
            // the last day still counts
            assertTrue(EnrollableEdition.refusal(edition(status, TODAY), TODAY).isEmpty(), status);
        }
    }

    @Test
    void aPlannedEditionIsNotOpenYetAndSaysWhoOpensIt() {
        ProblemException p = EnrollableEdition.refusal(edition("PLANNED", TODAY.plusDays(90)), TODAY).orElseThrow();
        assertEquals(422, p.status());
        assertEquals("edition-not-open", p.slug());
        assertEquals("Edition 7 is PLANNED: nobody can enroll until the admin opens it (catalog-service POST "
                + "/editions/7/status {\"status\": \"OPEN\"}); while it is PLANNED its qualification, and so the entry "
                + "requirements, may still change", p.getMessage());
        assertEquals("PLANNED", p.figures().get("status"));
        assertEquals(List.of("OPEN", "RUNNING"), p.figures().get("enrollableStatuses"));
    }

    @Test
    void aClosedOrEndedEditionIsClosed() {
        ProblemException closed = EnrollableEdition.refusal(edition("CLOSED", TODAY.plusDays(90)), TODAY).orElseThrow();
        assertEquals("edition-closed", closed.slug());
        assertEquals(422, closed.status());
        ProblemException ended = EnrollableEdition.refusal(edition("RUNNING", TODAY.minusDays(1)), TODAY).orElseThrow();
        assertEquals("edition-closed", ended.slug());
        assertEquals(TODAY.minusDays(1).toString(), ended.figures().get("endDate"));
    }

    @Test
    void anUnknownStatusIsNotEnrollable() {
        ProblemException p = EnrollableEdition.refusal(edition(null, TODAY.plusDays(90)), TODAY).orElseThrow();
        assertEquals("edition-not-open", p.slug());
        assertTrue(p.getMessage().contains("needs an OPEN or RUNNING edition"), p.getMessage());
    }
}
