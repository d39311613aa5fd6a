package it.formapro.enrollment.student;

import static it.formapro.common.security.Roles.ADMIN;
import static it.formapro.common.security.Roles.EXAM_BOARD;
import static it.formapro.common.security.Roles.FRONTDESK;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.common.security.Caller;
import it.formapro.common.web.Paging;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import it.formapro.enrollment.enrollment.EnrollmentDtos.EnrollmentView;
import it.formapro.enrollment.enrollment.EnrollmentService;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.enrollment.idempotency.Idempotency;
import it.formapro.enrollment.student.StudentDtos.IdentityView;
import it.formapro.enrollment.student.StudentDtos.StudentInput;
import it.formapro.enrollment.student.StudentDtos.StudentUpdate;
import it.formapro.enrollment.student.StudentDtos.StudentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token has none of the roles the operation requires (listed in its description)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Students", description = "Students, their identity and the evidence for the entry requirements (personal data)")
public class StudentResource {

    private static final Logger LOG = Logger.getLogger(StudentResource.class);

    @Inject
    StudentService students;

    @Inject
    Idempotency idempotency;

    @Inject
    EnrollmentService enrollments;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "List or find students", description = "Students with their personal data and evidence, by last "
            + "name, one page at a time: the body is a JSON array, the number of matches is in the X-Total-Count header "
            + "(X-Page, X-Page-Size, X-Page-Count as in catalog-service). Filters: fiscalCode finds the student with that "
            + "codice fiscale (exact; spaces and case do not matter), q those whose first or last name contains every "
            + "word of it (case-insensitive, e.g. 'ross mar'). Roles: admin, frontdesk. 400 for a malformed codice "
            + "fiscale, a q over 100 characters or a paging value out of range.")
    @APIResponse(responseCode = "200", description = "One page of students",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Total number of matching students", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StudentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed codice fiscale, q too long, or a bad paging value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Codice fiscale (exact match)", example = "RSSMRA85T10A562S") @QueryParam("fiscalCode")
            @ValidFiscalCode String fiscalCode,
            @Parameter(description = "Words the first or last name contains (all of them, case-insensitive)", example = "rossi")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(Paging.MAX_SIZE) int size) {
        return Paging.page(students.list(fiscalCode, q, page, size).map(StudentView::of), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Read a student", description = "Identity, contacts, evidence and the version to send back on "
            + "update. Roles: admin, frontdesk. 404 if there is no such student.")
    @APIResponse(responseCode = "200", description = "The student",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudentView.class)))
    @APIResponse(responseCode = "404", description = "No such student", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudentView get(@PathParam("id") long id) {
        return StudentView.of(students.get(id));
    }

    @POST
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Register a student", description = "Creates a student. The codice fiscale is checked (format and "
            + "check character, omocodia accepted) and the birth date must agree with the birth day it encodes (day, "
            + "month, the year's last two digits; DM 23/12/1976); a foreign student without one gives an identity "
            + "document: otherIdType, otherIdCountry (ISO 3166-1 alpha-2 code of the issuing country, required with a "
            + "number) and otherIdValue. "
            + "Send an Idempotency-Key to make a retry safe: the same key with the same body replays the first answer "
            + "(201, its Location, Idempotent-Replayed: true), the same key with another body is refused (422 idempotency-key-reused) "
            + "rather than losing the change. Roles: admin, "
            + "frontdesk. 400 for invalid data (an unknown country code, a document number without its type or issuing "
            + "country), 409 (duplicate-student, naming the other student) for a codice fiscale another student has or "
            + "an identity document (type, issuing country and number, the number compared in upper case without "
            + "blanks) another live student holds, with or without a codice fiscale on either side (one document is one "
            + "person's; a document recorded without a country matches its type and number of any country), also when "
            + "two registrations race; 409 for a request with the same key in flight, 422 if the key was used for "
            + "another request.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid data, e.g. a wrong codice fiscale, a birth date that does "
            + "not agree with it, an unknown issuing country or a document number without its issuing country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another student has this codice fiscale or this identity document "
            + "(duplicate-student)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for another request or with "
            + "another body (idempotency-key-reused): nothing was created; use a new key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Optional key making the request safe to retry",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid StudentInput input) {
        return idempotency.run(idempotencyKey, "POST /students", input, () -> {
            Student s = students.create(input);
            return Response.created(URI.create("/students/" + s.id)).entity(StudentView.of(s)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "Update a student", description = "Replaces identity, contacts and evidence, checked as on "
            + "registration (the birth date agrees with the codice fiscale). Send the version you read: "
            + "if someone changed the student meanwhile the update is refused with 409. Roles: admin, frontdesk. 400 for "
            + "invalid data, 404 for an unknown student, 409 for a stale version, a codice fiscale or an identity "
            + "document another live student has (with or without a codice fiscale; the students marked as duplicates "
            + "of this one are not held against it), or an erased student. otherIdCountry may be left out while "
            + "otherIdType and otherIdValue stay as they are: the country on file is kept. A successful update clears "
            + "duplicateOf. "
            + "A corrected first or last name is sent to attendance-service for each CONFIRMED enrollment (its "
            + "registers and admission lists show it), within the update: if attendance cannot take it nothing "
            + "changes (503); if attendance holds the student as erased (an erasure that reached it and did not finish "
            + "here) nothing changes either, 409 erasure-incomplete: complete the erasure, a retry cannot help.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid data, e.g. a wrong codice fiscale, a birth date that does "
            + "not agree with it, an unknown issuing country or a new document number without its issuing country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such student",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, another student has this codice fiscale or identity "
            + "document (duplicate-student), an erased student (student-erased), or a corrected name for a student "
            + "attendance-service holds as erased while this service does not (erasure-incomplete: nothing changed; "
            + "complete the erasure, a retry cannot help)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "attendance-service could not take a corrected name; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudentView update(@PathParam("id") long id, @NotNull @Valid StudentUpdate update) {
        return StudentView.of(students.update(id, update));
    }

    @GET
    @Path("/{id}/identity")
    @RolesAllowed({ADMIN, FRONTDESK, EXAM_BOARD})
    @Operation(summary = "Identity for a certificate", description = "Name, birth date and place, codice fiscale and the "
            + "identity document on file (type, issuing country, number; null for a student without one): what a "
            + "qualification certificate must carry to identify its holder (D.lgs 13/2013 art. 6), by the codice fiscale "
            + "or, for a student without one, by the document. Nothing else personal leaves this service. "
            + "Roles: admin, frontdesk, exam-board; an exam board (whose members may be external, appointed by the Region) "
            + "reads only the identity of a candidate, a student confirmed on an edition at some time (403 otherwise), "
            + "and each read is logged with who made it. 404 if there is no such student, 410 if the student was erased.")
    @APIResponse(responseCode = "200", description = "The identity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityView.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: no role of the operation, or an exam board asking for a "
            + "student never confirmed on an edition (not-a-candidate)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such student", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The student was erased (GDPR art. 17)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IdentityView identity(@PathParam("id") long id) {
        Student s = students.get(id);
        if (s.isErased()) {
            throw new ProblemException(410, "student-erased", "Student erased", "Student " + id + " was erased on "
                    + s.erasedAt.toLocalDate() + " (GDPR art. 17): no identity is left to put on a document", null, null);
        }
        if (!caller.isStaff() && !enrollments.everConfirmed(id)) {
            // GDPR art. 5(1)(c): a board needs its candidates' identities, not those of applicants or the waiting list
            throw new ProblemException(403, "not-a-candidate", "Not a candidate", "Student " + id + " has never been "
                    + "confirmed on an edition: an exam board reads the identity of candidates only", null, null);
        }
        LOG.infof("identity of student %d read by %s", id, caller.name());
        return IdentityView.of(s);
    }

    @GET
    @Path("/{id}/enrollments")
    @RolesAllowed({ADMIN, FRONTDESK})
    @Operation(summary = "List a student's enrollments", description = "Every enrollment of the student, in "
            + "pre-enrollment order. Roles: admin, frontdesk. 404 if there is no such student.")
    @APIResponse(responseCode = "200", description = "The enrollments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such student", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EnrollmentView> enrollments(@PathParam("id") long id) {
        return enrollments.ofStudent(id);
    }
}
