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
import it.formapro.common.web.Paging;
import org.eclipse.microprofile.openapi.models.media.Schema;
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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                declareBadRequest(operation);
                declareHeaders(operation);
                rolesAreNotScopes(operation);
            }
        }
    }

    static void declareBadRequest(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.hasAPIResponse("400")) {
            return;
        }
        responses.addAPIResponse("400", OASFactory.createAPIResponse().description(BAD_REQUEST)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/Problem")))));
    }

    static void declareHeaders(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        boolean paged = hasParameter(operation, Parameter.In.QUERY, "page") && hasParameter(operation, Parameter.In.QUERY, "size");
        boolean prefer = hasParameter(operation, Parameter.In.HEADER, "Prefer");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.equals("201")) {
                header(response, "Location", "The created resource", "string");
            }
            if (status.equals("200") && paged) {
                header(response, Paging.TOTAL_COUNT, "Items matching the filters, over all pages", "integer");
                header(response, "X-Page", "This page, from 0", "integer");
                header(response, "X-Page-Size", "Items per page", "integer");
                header(response, "X-Page-Count", "Pages in all", "integer");
            }
            if (prefer && status.startsWith("2")) {
                header(response, "Preference-Applied", "`return=minimal` when the Prefer header was honoured", "string");
            }
            if (status.equals("429") || status.equals("503")) {
                header(response, "Retry-After", "Seconds to wait before retrying, when the service can tell", "integer");
            }
        });
    }

    private static boolean hasParameter(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> in == p.getIn() && name.equalsIgnoreCase(p.getName()));
    }

    private static void header(APIResponse response, String name, String description, String type) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.valueOf(type.toUpperCase()))));
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
