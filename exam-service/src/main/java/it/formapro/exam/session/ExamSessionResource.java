package it.formapro.exam.session;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;

import it.formapro.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.exam.session.ExamSessionDtos.ExamSessionRequest;
import it.formapro.exam.session.ExamSessionDtos.ExamSessionView;
import it.formapro.exam.session.ExamSessionDtos.StatusChange;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.exam.web.IdempotencyKeyPattern;
import it.formapro.common.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exam-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Exam sessions")
public class ExamSessionResource {

    @Inject
    ExamSessionService sessions;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "List exam sessions", description = "Sessions by exam date, optionally of one edition and in "
            + "one status (the board's agenda: status=SCHEDULED), one page at a time: the body is a JSON array, the "
            + "number of matches is in the X-Total-Count header (X-Page, X-Page-Size, X-Page-Count as in "
            + "catalog-service). Roles: admin, exam-board. 400 for an unknown status or a paging value out of range.")
    @APIResponse(responseCode = "200", description = "One page of sessions",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of matching sessions",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ExamSessionView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, an edition id that is not a number, or a bad paging value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@QueryParam("editionId") Long editionId,
                         @Parameter(description = "SCHEDULED, HELD, CLOSED or CANCELLED", example = "SCHEDULED")
                         @QueryParam("status") @Pattern(regexp = "SCHEDULED|HELD|CLOSED|CANCELLED",
                                 message = "must be SCHEDULED, HELD, CLOSED or CANCELLED") String status,
                         @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
                         @DefaultValue("0") @Min(0) int page,
                         @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size")
                         @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        SessionStatus wanted = status == null ? null : SessionStatus.valueOf(status);
        return Paging.page(sessions.list(editionId, wanted, page, size).map(this::view), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "One exam session, with its board and status", description = "Edition, exam date, place, "
            + "board and status of the session. Roles: admin, exam-board. 404 if there is no such session.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamSessionView.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExamSessionView get(@PathParam("id") long id) {
        return view(ExamSessionService.require(id));
    }

    @POST
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "Schedule an exam session",
            description = "The edition must exist in catalog-service (checked with the caller's token). The board needs "
                    + "exactly one PRESIDENT; each member says who appointed them (REGION or PROVIDER). Roles: admin, "
                    + "exam-board. Send an Idempotency-Key to make a retry safe. 400 for a missing or malformed field or "
                    + "key, 422 for a board without exactly one president, an exam date before the edition starts, an "
                    + "edition unknown to the catalogue or a key already used for another session, 503 if "
                    + "catalog-service is unavailable.")
    @APIResponse(responseCode = "201", description = "Scheduled, or the replay of the same Idempotency-Key: the session it scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamSessionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No president / several presidents, an exam date before the edition starts, or an edition unknown to the catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service is unavailable; nothing was stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ExamSessionRequest request,
                           @Parameter(description = "Optional client-chosen key (1-200 visible ASCII characters): "
                                   + "repeating the request with the same key answers the session it scheduled as the "
                                   + "first answer did (201, the same Location, Idempotent-Replayed: true) instead of a "
                                   + "second session")
                           @HeaderParam(IdempotencyKey.HEADER)
                           @Pattern(regexp = IdempotencyKeyPattern.REGEXP, message = IdempotencyKeyPattern.MESSAGE) String key) {
        String idempotencyKey = IdempotencyKey.read(key);
        ExamSessionService.Scheduled scheduled = sessions.create(request, idempotencyKey);
        ExamSessionView view = view(scheduled.session());
        return IdempotencyKey.created(URI.create("/exam-sessions/" + view.id()), view, idempotencyKey, !scheduled.created());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "Change date, place or board of a SCHEDULED session, or the board of a HELD one",
            description = "Replaces date, place and board; the edition cannot change. Send the session's `version` as "
                    + "last read (GET): two board members editing the same session do not overwrite each other, the "
                    + "second is refused (409 concurrent-modification, with both versions) and reloads. Once HELD only "
                    + "the board may change (a member replaced on the day: the session records who sat), until a "
                    + "document of the session is issued. Roles: admin, exam-board. 400 for a missing or malformed "
                    + "field (version included), 404 if there is no such session, 409 for a stale version, if it is "
                    + "CLOSED, HELD with another date or place or with documents issued, or another edition is sent, "
                    + "422 for a board without exactly one president or a new exam date before the edition starts, 503 "
                    + "if catalog-service is unavailable when the date changes.")
    @APIResponse(responseCode = "200", description = "The updated session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamSessionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No president, several presidents, or an exam date before the edition starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A stale version (concurrent-modification), the session is "
            + "CLOSED, or HELD and more than its board changes or documents are issued, or another edition is sent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable when the date changes (the edition's dates are read then); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExamSessionView update(@PathParam("id") long id, @Valid @NotNull ExamSessionRequest request) {
        return view(sessions.update(id, request));
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({ADMIN, EXAM_BOARD})
    @Operation(summary = "Move the session to its next status",
            description = "SCHEDULED -> HELD -> CLOSED, or SCHEDULED -> CANCELLED. A session becomes HELD from its exam "
                    + "date (the day in Italy), not before: the certificate states the date of the assessment (D.lgs "
                    + "13/2013 art. 6). Closing needs the admission list frozen and an outcome for every admitted "
                    + "candidate; a CLOSED session's outcomes change only to correct a revoked document. An exam that "
                    + "will not take place is CANCELLED with a `reason`: the session stays on file with it, nothing can "
                    + "be frozen, recorded or issued in it, and a new session is scheduled for the edition. The reason "
                    + "of any change is audited. Repeating the current status changes nothing. Roles: admin, "
                    + "exam-board. 400 for a missing or unknown status or a cancellation without reason, 404 if there "
                    + "is no such session, 409 if the transition is not allowed (a HELD session is not cancelled: the "
                    + "exam took place), the exam date has not come yet or outcomes are missing.")
    @APIResponse(responseCode = "200", description = "The session in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamSessionView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown status, or CANCELLED without a reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such exam session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Transition not allowed, HELD before the exam date (figures examDate and today), or outcomes missing (listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExamSessionView changeStatus(@PathParam("id") long id, @Valid @NotNull StatusChange change) {
        return view(sessions.changeStatus(id, change.status(), change.reason()));
    }

    private ExamSessionView view(ExamSession session) {
        return ExamSessionView.of(session, LocalDate.now(clock));
    }
}
