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
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation of the four services does, written into each OpenAPI document at build time so a portal
 * developer reads it where they look, not in a README:
 * <ul>
 * <li>A 400 problem. Every operation refuses a query parameter it does not declare ({@code UnknownQueryParameters})
 * and a path or query value it cannot read, even those without a body: the 400 is declared where a resource did not
 * declare its own.</li>
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
