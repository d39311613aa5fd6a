package it.formapro.exam.audit;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Audit trail")
public class AuditResource {

    @Schema(name = "AuditEvent", description = "One recorded change: who did what, when")
    public record AuditEventView(
            @Schema(examples = "42") long id,
            @Schema(description = "When the change was committed", examples = "2027-07-10T10:15:30Z") OffsetDateTime at,
            @Schema(description = "User name from the token", examples = "board.president") String actor,
            @Schema(examples = "OUTCOME_RECORDED") String action,
            @Schema(description = "EXAM_SESSION, ADMISSION_LIST, OUTCOME or DOCUMENT", examples = "OUTCOME") String entityType,
            @Schema(examples = "7") long entityId,
            @Schema(examples = "3") Long sessionId,
            @Schema(description = "What changed", examples = "student 5: PASSED (UC1 passed, UC2 passed)") String detail) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId, e.sessionId, e.detail);
        }
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Query the audit trail",
            description = "Changes to exam sessions, admission lists, outcomes and certificates, oldest first. "
                    + "Filter by entity (entityType + entityId) and/or by exam session. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The events, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEventView.class)))
    public List<AuditEventView> list(
            @Parameter(description = "EXAM_SESSION, ADMISSION_LIST, OUTCOME or DOCUMENT") @QueryParam("entityType") String entityType,
            @QueryParam("entityId") Long entityId,
            @QueryParam("sessionId") Long sessionId) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityType != null) {
            where.add("entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null) {
            where.add("entityId = :id");
            params.and("id", entityId);
        }
        if (sessionId != null) {
            where.add("sessionId = :session");
            params.and("session", sessionId);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id";
        List<AuditEvent> events = where.isEmpty() ? AuditEvent.list("order by id") : AuditEvent.list(query, params);
        return events.stream().map(AuditEventView::of).toList();
    }
}
