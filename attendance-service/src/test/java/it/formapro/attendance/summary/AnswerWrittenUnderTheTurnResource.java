package it.formapro.attendance.summary;

import it.formapro.common.reports.EditionWideReport;
import it.formapro.common.reports.ReportAnswers;
import it.formapro.common.reports.ReportGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.lang.ref.WeakReference;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: an edition-wide report whose answer reads the gate while Jackson writes it, to show that the turn lasts
 * until the answer is written and not only while the method runs; and the same through {@link ReportAnswers}, keeping
 * only a weak reference to the report, to show that the service lets go of it once written (ReportGateTest).
 */
@Path("/test-only/answer-written-under-the-turn")
public class AnswerWrittenUnderTheTurnResource {

    /** The report of the last call of {@link #letGo()}, as long as something else still holds it. */
    static volatile WeakReference<Answer> lastReport = new WeakReference<>(null);

    private final ReportGate gate;
    private final ReportAnswers answers;

    public AnswerWrittenUnderTheTurnResource(ReportGate gate, ReportAnswers answers) {
        this.gate = gate;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @EditionWideReport
    @Operation(hidden = true)
    public Answer report() {
        return new Answer();
    }

    @GET
    @Path("/let-go")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @EditionWideReport
    @Operation(hidden = true)
    public StreamingOutput letGo() {
        Answer report = new Answer();
        lastReport = new WeakReference<>(report);
        return answers.json(report);
    }

    public class Answer {
        /** Read by Jackson while it writes the answer, after report() has returned. */
        public int getTurnsTakenWhileWritten() {
            return gate.running();
        }
    }
}
