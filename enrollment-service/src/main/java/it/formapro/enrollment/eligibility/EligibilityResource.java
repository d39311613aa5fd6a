package it.formapro.enrollment.eligibility;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.catalog.CatalogGateway;
import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.student.StudentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "Explained checks of the entry requirements")
public class EligibilityResource {

    private final EligibilityEngine engine = new EligibilityEngine();

    @Inject
    CatalogGateway catalog;

    @Inject
    StudentService students;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({"admin", "frontdesk", "portal"})
    @Operation(summary = "Check eligibility (dry run)", description = "Evaluates every entry requirement of the edition's "
            + "standard (age at the start date, minimum education, foreign title, Italian, residence permit) for a student or "
            + "for an applicant's facts given inline, and answers each with PASS, FAIL or MISSING_EVIDENCE, the reason and "
            + "the standard it comes from. Writes nothing. The portal role may only send inline facts.")
    @APIResponse(responseCode = "200", description = "Every rule with its outcome")
    @APIResponse(responseCode = "400", description = "Neither or both of studentId and applicant", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown student or edition", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "catalog-service unavailable", content = @Content(mediaType = "application/problem+json"))
    public EligibilityReport check(@NotNull @Valid EligibilityRequest request) {
        if ((request.studentId() == null) == (request.applicant() == null)) {
            throw ProblemException.badRequest("Send either studentId or applicant (exactly one of them)");
        }
        if (request.studentId() != null && !identity.hasRole("admin") && !identity.hasRole("frontdesk")) {
            throw new ForbiddenException("the portal checks an applicant's facts given inline, not a registered student");
        }
        ApplicantFacts facts = request.studentId() != null ? students.get(request.studentId()).facts() : request.applicant().facts();
        EditionRules rules = catalog.rules(request.editionId());
        return engine.evaluate(facts, rules);
    }
}
