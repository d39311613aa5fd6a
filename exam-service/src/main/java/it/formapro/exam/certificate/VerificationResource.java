package it.formapro.exam.certificate;

import io.vertx.core.http.HttpServerRequest;
import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import it.formapro.exam.web.ClientRateLimits;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Anonymous verification. Protection against code enumeration: codes carry 80 random bits (2^80 possibilities), the
 * answer for an unknown code is the same whatever the code, and the endpoints are rate-limited, 429 when exceeded:
 * first per client address ({@link ClientRateLimits}), then overall ({@link VerificationCeiling}, SmallRye Fault
 * Tolerance @RateLimit per endpoint, configurable). In that order, so that the requests refused to one client spend
 * nothing of the ceiling the others share.
 */
@Path("/certificates/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification")
public class VerificationResource {

    static final String PROTECTION = " No login needed. Shows nothing personal except the holder's initials. Against "
            + "enumeration: codes are 16 base32 characters (80 random bits from a SecureRandom), an unknown code always "
            + "answers the same 404 problem, and the endpoint is rate-limited per client address (default 30 "
            + "requests a minute, `formapro.verification.per-client.*`) and overall (600 a minute for codes, 120 for "
            + "PDFs): beyond either the answer is 429 problem+json with Retry-After.";

    @Inject
    VerificationCeiling ceiling;

    @Inject
    ClientRateLimits limits;

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Verify a certificate by its code",
            description = "VALID or REVOKED (with the date the revocation took effect; a revocation decided for a "
                    + "later date leaves the document VALID until then and is announced in revocationTakesEffectOn), "
                    + "the document type and number, qualification title, EQF level, issue date, holder's initials "
                    + "and the SHA-256 of the PDF as issued, so whoever holds a PDF can check it is the one issued. "
                    + "When the holder's personal data were erased at their request, holderPseudonymised is true and "
                    + "the initials are the pseudonym's; the document stays VALID or REVOKED as before. An unknown "
                    + "code answers 404 problem+json (type .../unknown-certificate): there is no UNKNOWN status."
                    + PROTECTION)
    @APIResponse(responseCode = "200", description = "VALID or REVOKED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limit exceeded (Retry-After header)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify(@PathParam("code") String code, @Context HttpServerRequest request) {
        limits.take(request.remoteAddress().hostAddress());
        return ceiling.verify(code);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Verify a PDF in hand",
            description = "Upload the PDF as multipart field `file`: if its SHA-256 is that of an issued document, the "
                    + "same answer as the verification by code; otherwise 404 (the file is not one issued here, or was "
                    + "altered)." + PROTECTION)
    @APIResponse(responseCode = "200", description = "The PDF is an issued document: VALID or REVOKED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "No multipart field 'file'",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No issued document has this SHA-256", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limit exceeded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verifyPdf(@RestForm("file") FileUpload file, @Context HttpServerRequest request) throws IOException {
        limits.take(request.remoteAddress().hostAddress());
        if (file == null) {
            throw ProblemException.badRequest("Send the PDF as multipart/form-data field 'file'");
        }
        return ceiling.verifyPdf(file.uploadedFile());
    }
}
