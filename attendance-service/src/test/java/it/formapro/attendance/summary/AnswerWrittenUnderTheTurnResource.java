package it.formapro.attendance.summary;

import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: an edition-wide report whose answer reads the gate while Jackson writes it, to show that the turn lasts
 * until the answer is written and not only while the method runs (ReportGateTest).
 */
@Path("/test-only/answer-written-under-the-turn")
public class AnswerWrittenUnderTheTurnResource {

    private final ReportGate gate;

    public AnswerWrittenUnderTheTurnResource(ReportGate gate) {
        this.gate = gate;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @EditionWideReport
    @Operation(hidden = true)
    public Answer report() {
        return new Answer();
    }

    public class Answer {
        /** Read by Jackson while it writes the answer, after report() has returned. */
        public int getTurnsTakenWhileWritten() {
            return gate.running();
        }
    }
}
