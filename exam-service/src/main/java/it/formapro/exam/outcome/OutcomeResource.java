package it.formapro.exam.outcome;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeRequest;
import it.formapro.exam.outcome.OutcomeDtos.OutcomeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions/{sessionId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Outcomes")
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @GET
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "The outcomes recorded in a session", description = "Every outcome recorded so far, by "
            + "student, with the result per competence unit. Roles: admin, exam-board. 404 for an unknown session.")
    @APIResponse(responseCode = "200", description = "The outcomes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OutcomeView.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OutcomeView> list(@PathParam("sessionId") long sessionId) {
        return outcomes.list(sessionId);
    }

    @GET
    @Path("/{studentId}")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "The outcome of one candidate", description = "The candidate's result and the result per "
            + "competence unit. Roles: admin, exam-board. 404 if no outcome is recorded for the candidate in this session.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "404", description = "No outcome recorded for this candidate in this session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutcomeView get(@PathParam("sessionId") long sessionId, @PathParam("studentId") long studentId) {
        return outcomes.get(sessionId, studentId);
    }

    @PUT
    @Path("/{studentId}")
    @RolesAllowed(EXAM_BOARD)
    @Operation(summary = "Record (or correct) the outcome of a candidate",
            description = "Only the exam board records outcomes, once the session is HELD and its admission list "
                    + "frozen, for an ADMITTED candidate, with one result per competence unit of the qualification. "
                    + "The same request twice records the same outcome. A candidate who already received a document "
                    + "cannot be changed; a document issued on a wrong outcome is revoked with the reason (POST "
                    + "/certificates/{id}/revocation), then the outcome is corrected and the right document issued in "
                    + "the same session, even once it is CLOSED. A candidate recorded ABSENT by mistake is also "
                    + "corrected in a CLOSED session, with the reason in 'note', unless the student has since sat "
                    + "another session of the edition; otherwise a CLOSED session's outcomes are final. "
                    + "Nothing is recorded in a CANCELLED session. Every change is in the audit trail. Roles: exam-board. "
                    + "400 for a missing or malformed field, 404 for an unknown session, 409 and 422 as below.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, or the correction of an ABSENT in a CLOSED session without its reason in 'note'",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Session not HELD yet, CANCELLED (session-cancelled), or CLOSED with neither a revoked document of the candidate nor an ABSENT to correct (session-closed); list not frozen; a document issued and not revoked; or the student's personal data erased (student-erased)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Candidate not admitted (with the reasons), or units inconsistent with the result", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutcomeView record(@PathParam("sessionId") long sessionId, @PathParam("studentId") long studentId,
                              @Valid @NotNull OutcomeRequest request) {
        return outcomes.record(sessionId, studentId, request);
    }
}
