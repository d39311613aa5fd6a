package it.formapro.attendance.register;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.TUTOR;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.common.problem.Problem;
import it.formapro.common.security.Caller;
import it.formapro.common.web.Prefer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/editions/{editionId}/lessons/{lessonId}/register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Attendance register", description = "Hours present per lesson per student; read-only once the lesson is locked")
public class RegisterResource {

    private static final String PREFER = "`return=minimal` (RFC 7240): answer 204 without the register";

    private final RegisterService register;
    private final Caller caller;

    public RegisterResource(RegisterService register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "The lesson's register", description = "Every participant expected at the lesson, with the "
            + "presence recorded (or not yet). Roles: admin, tutor. 404 for a lesson not in this edition.")
    @APIResponse(responseCode = "200", description = "The register",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterViews.Register.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegisterViews.Register get(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId) {
        return register.register(editionId, lessonId);
    }

    @PUT
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Record the whole lesson's register in one request", description = "All rows in one "
            + "transaction: if one row is refused, nothing is saved. Presence is in minutes, hours, arrival/exit "
            + "times, or several `spans` of arrival/exit (a platform's sessions, a class left and come back to: "
            + "`\"spans\": [{\"arrivedAt\": \"09:00\", \"leftAt\": \"10:00\"}, {\"arrivedAt\": \"10:20\", "
            + "\"leftAt\": \"13:00\"}]` is 220 min of a 09-13 lesson: their union, a minute in two spans counted "
            + "once, at most 20 spans); never negative nor more than the lesson (hoursPresent: at most 24, in "
            + "hundredths). Only the time inside the lesson's hours counts, and times (or a span) with none inside (a "
            + "typo, a lesson moved) are refused rather than saved as an absence, except at an asynchronous e-learning "
            + "lesson. Times are of the lesson's day: an exit at midnight is 24:00 (00:00 after a later arrival is "
            + "read so; shown as 24:00:00), and time going on past midnight is recorded up to 24:00 here and from "
            + "00:00 at a lesson of the next day (400 otherwise). Every change goes to the audit trail with the user "
            + "from the token (other spans for the same minutes too). Roles: admin, tutor. 400 for an invalid row, 404 "
            + "for a lesson not "
            + "in this edition, 409 if the lesson is locked or an entry changed meanwhile, 422 if a row is refused "
            + "(among others: times wholly outside the lesson's hours, naming the row, the times and the lesson's "
            + "hours; a student whose presence here does not fit beside their presences at overlapping lessons that "
            + "day, in any edition: one place at a time) or the lesson is not held yet. "
            + "A bulk loader that does not read the answer sends `Prefer: return=minimal` and gets 204.")
    @APIResponse(responseCode = "200", description = "The register after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterViews.Register.class)))
    @APIResponse(responseCode = "204", description = "Saved, as asked by `Prefer: return=minimal` (answered with "
            + "`Preference-Applied: return=minimal`); GET reads the register")
    @APIResponse(responseCode = "400", description = "Missing or invalid row, e.g. no presence given, hoursPresent over 24 "
            + "or finer than hundredths, a student listed twice, spans together with arrivedAt/leftAt, minutesPresent "
            + "or hoursPresent, a leftAt not after its arrivedAt (times going on past midnight among them), or more "
            + "than 20 spans",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Lesson locked, or an entry changed meanwhile (version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A row is refused (not a participant on that day, more than the lesson, "
            + "times wholly outside the lesson's hours, already present elsewhere at that time), or the lesson is not held yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RegisterViews.Register> record(@PathParam("editionId") long editionId,
                                                       @PathParam("lessonId") long lessonId,
                                                       @Parameter(description = PREFER) @HeaderParam("Prefer") String prefer,
                                                       @Valid @NotNull RegisterRequest request) {
        return answer(register.record(editionId, lessonId, request.entries(), caller.name()), prefer);
    }

    @PUT
    @Path("/{studentId}")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "Record one student's presence", description = "As the bulk entry, for one student. Roles: "
            + "admin, tutor. 400 for an invalid presence (hoursPresent over 24 or finer than hundredths, spans with "
            + "another form of presence or a span ending before it starts, times going on past midnight, among them), "
            + "404 for a lesson not in this edition, 409 if the lesson is locked or the entry changed meanwhile, 422 if "
            + "refused (not a participant that day, more than the lesson, times wholly outside the lesson's hours, "
            + "present elsewhere at that time).")
    @APIResponse(responseCode = "200", description = "The register after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterViews.Register.class)))
    @APIResponse(responseCode = "204", description = "Saved, as asked by `Prefer: return=minimal`")
    @APIResponse(responseCode = "400", description = "Missing or invalid presence, e.g. hoursPresent over 24 or finer than "
            + "hundredths, spans together with another form of presence, a span ending before it starts (times going "
            + "on past midnight among them: recorded up to 24:00 here and from 00:00 at the next day's lesson), more "
            + "than 20 spans",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Lesson locked, or the entry changed meanwhile (version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused: not a participant on that day, more than the lesson, times "
            + "wholly outside the lesson's hours, present elsewhere at that time, or the lesson is not held yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RegisterViews.Register> recordOne(@PathParam("editionId") long editionId,
                                                          @PathParam("lessonId") long lessonId,
                                                          @PathParam("studentId") long studentId,
                                                          @Parameter(description = PREFER) @HeaderParam("Prefer") String prefer,
                                                          @Valid @NotNull PresenceRequest request) {
        return answer(register.record(editionId, lessonId, List.of(request.toRow(studentId)), caller.name()), prefer);
    }

    @GET
    @Path("/history")
    @RolesAllowed({ADMIN, TUTOR})
    @Operation(summary = "The register's audit trail", description = "Every change of the lesson's register in order: "
            + "who (from the token), when, old and new value; optionally for one student. Roles: admin, tutor. 404 for "
            + "a lesson not in this edition.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegisterViews.Change.class)))
    @APIResponse(responseCode = "404", description = "No such lesson in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegisterViews.Change> history(@PathParam("editionId") long editionId, @PathParam("lessonId") long lessonId,
                                              @QueryParam("studentId") Long studentId) {
        return register.history(editionId, lessonId, studentId);
    }

    /** The register written, or only 204 for a client that asked not to read it (its JSON is ~10 % of the write's CPU). */
    private static RestResponse<RegisterViews.Register> answer(RegisterViews.Register written, String prefer) {
        return Prefer.returnMinimal(prefer)
                ? RestResponse.ResponseBuilder.<RegisterViews.Register>noContent().header(Prefer.APPLIED, Prefer.RETURN_MINIMAL).build()
                : RestResponse.ok(written);
    }
}
