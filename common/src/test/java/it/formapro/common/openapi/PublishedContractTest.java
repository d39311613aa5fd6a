package it.formapro.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class PublishedContractTest {

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
    }

    private static OpenAPI document(Operation get, Operation post) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/students",
                OASFactory.createPathItem().GET(get).POST(post)));
    }

    @Test
    void everyOperationDeclaresTheBadRequestButOneItAlreadyDeclaresIsKept() {
        Operation get = operation();
        Operation post = operation();
        post.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("the body names the field"));
        new PublishedContract().filterOpenAPI(document(get, post));

        assertEquals(PublishedContract.BAD_REQUEST, get.getResponses().getAPIResponse("400").getDescription());
        assertEquals("#/components/schemas/Problem", get.getResponses().getAPIResponse("400").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals("the body names the field", post.getResponses().getAPIResponse("400").getDescription());
    }

    @Test
    void rolesLeaveTheScopesForXRoles() {
        Operation get = operation().security(List.of(OASFactory.createSecurityRequirement()
                .addScheme("SecurityScheme", List.of("admin", "frontdesk"))));
        Operation anonymous = operation();
        new PublishedContract().filterOpenAPI(document(get, anonymous));

        assertEquals(Map.of("SecurityScheme", List.of()), get.getSecurity().get(0).getSchemes());
        assertEquals(List.of("admin", "frontdesk"), get.getExtensions().get("x-roles"));
        assertNull(anonymous.getSecurity(), "an anonymous operation gets no requirement");
        assertTrue(anonymous.getExtensions() == null || !anonymous.getExtensions().containsKey("x-roles"));
    }
}
