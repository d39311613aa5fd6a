package it.formapro.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import it.formapro.common.web.IdempotencyKey;
import it.formapro.common.web.Paging;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation of the four services does, written into each OpenAPI document at build time so a portal
 * developer reads it where they look, not in a README:
 * <ul>
 * <li>A 400 problem. Every operation refuses a query parameter it does not declare ({@code UnknownQueryParameters})
 * and a path or query value it cannot read, even those without a body: the 400 is declared where a resource did not
 * declare its own.</li>
 * <li>The headers the common code sends: {@code Location} on a 201, the paging headers of {@code Paging} on a list
 * that takes {@code page} and {@code size}, {@code Preference-Applied} where a {@code Prefer} header is read,
 * {@code Retry-After} on a 429 or a 503. Each is added only where the resource did not declare it.</li>
 * <li>The Idempotency-Key contract ({@code IdempotencyKey}), on every operation taking the header: the answers
 * carry {@code Idempotent-Replayed}, the 409 of a key in flight (with Retry-After) and the 422 of a key reused are
 * declared, or named in the 409 and 422 the resource declared.</li>
 * <li>The roles. SmallRye lists the {@code @RolesAllowed} roles as the scopes of the OpenID Connect scheme, which a
 * client would then ask Keycloak for ({@code scope=portal}) and be refused: roles are realm roles, not scopes. The
 * requirement keeps the scheme with no scope, and the roles move to {@code x-roles}, beside the "Roles:" sentence of
 * the description.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublishedContract implements OASFilter {

    static final String BAD_REQUEST = "Bad request: a query parameter this operation does not declare "
            + "(`unknown-parameter`, naming it and the ones it reads), a path or query value that cannot be read "
            + "(a number, a date as YYYY-MM-DD, true/false), or a body that is not valid; nothing is changed";

    static final String KEY = "Optional client-chosen key making a retry safe: the same key with the same request "
            + "replays the first answer (its status and Location, header Idempotent-Replayed: true) and does nothing "
            + "again; at most 200 characters";
    static final String REPLAYED = "Sent when the request carried an Idempotency-Key: true on a replay of the first "
            + "answer (nothing was done again), false on the first answer";
    static final String IN_FLIGHT = "Another request with this Idempotency-Key is being processed "
            + "(`idempotency-key-in-flight`): retry after Retry-After seconds to get its answer";
    static final String REUSED = "The Idempotency-Key was used for another request (`idempotency-key-reused`): "
            + "nothing was done; use a new key for a new request";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                declareBadRequest(operation);
                declareHeaders(operation);
                declareIdempotency(operation);
                rolesAreNotScopes(operation);
            }
        }
    }

    static void declareBadRequest(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.hasAPIResponse("400")) {
            return;
        }
        responses.addAPIResponse("400", problemResponse(BAD_REQUEST));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    static void declareHeaders(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        boolean paged = hasParameter(operation, Parameter.In.QUERY, "page")
                && hasParameter(operation, Parameter.In.QUERY, "size");
        boolean prefer = hasParameter(operation, Parameter.In.HEADER, "Prefer");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.equals("201")) {
                header(response, "Location", "The created resource", SchemaType.STRING);
            }
            if (status.equals("200") && paged) {
                header(response, Paging.TOTAL_COUNT, "Items matching the filters, over all pages", SchemaType.INTEGER);
                header(response, "X-Page", "This page, from 0", SchemaType.INTEGER);
                header(response, "X-Page-Size", "Items per page", SchemaType.INTEGER);
                header(response, "X-Page-Count", "Pages in all", SchemaType.INTEGER);
            }
            if (prefer && status.startsWith("2")) {
                header(response, "Preference-Applied", "`return=minimal` when the Prefer header was honoured",
                        SchemaType.STRING);
            }
            if (status.equals("429") || status.equals("503")) {
                header(response, "Retry-After", "Seconds to wait before retrying, when the service can tell",
                        SchemaType.INTEGER);
            }
        });
    }

    static void declareIdempotency(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null
                || !hasParameter(operation, Parameter.In.HEADER, IdempotencyKey.HEADER)) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IdempotencyKey.HEADER.equalsIgnoreCase(p.getName()))
                .filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                .forEach(p -> p.setDescription(KEY));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                header(response, IdempotencyKey.REPLAYED, REPLAYED, SchemaType.BOOLEAN);
            }
        });
        problem(responses, "409", "idempotency-key-in-flight", IN_FLIGHT);
        header(responses.getAPIResponse("409"), "Retry-After", "Seconds to wait before retrying a request whose "
                + "Idempotency-Key is in flight", SchemaType.INTEGER);
        problem(responses, "422", "idempotency-key-reused", REUSED);
    }

    /** Declares the problem answer, or names it in the one the resource declared for other reasons. */
    private static void problem(APIResponses responses, String status, String type, String sentence) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null) {
            responses.addAPIResponse(status, problemResponse(sentence));
        } else if (declared.getDescription() == null || declared.getDescription().isBlank()) {
            declared.setDescription(sentence);
        } else if (!declared.getDescription().contains(type)) {
            declared.setDescription(declared.getDescription().strip().replaceFirst("[.;]$", "") + "; or "
                    + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
        }
    }

    private static boolean hasParameter(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> in == p.getIn() && name.equalsIgnoreCase(p.getName()));
    }

    private static void header(APIResponse response, String name, String description, SchemaType type) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(type)));
    }

    static void rolesAreNotScopes(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> withoutScopes = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                if (scheme.getValue() != null) {
                    scheme.getValue().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
                plain.addScheme(scheme.getKey());
            }
            withoutScopes.add(plain);
        }
        operation.setSecurity(withoutScopes);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
        }
    }
}
