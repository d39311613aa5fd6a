package it.formapro.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
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

    @Test
    void theCommonHeadersAreDeclaredWhereTheyAreSent() {
        Operation list = operation().addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY))
                .addParameter(OASFactory.createParameter().name("size").in(Parameter.In.QUERY));
        list.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().description("down"));
        Operation create = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("created")
                        .addHeader("Location", OASFactory.createHeader().description("the student"))));
        new PublishedContract().filterOpenAPI(document(list, create));

        assertEquals(java.util.Set.of("X-Total-Count", "X-Page", "X-Page-Size", "X-Page-Count"),
                list.getResponses().getAPIResponse("200").getHeaders().keySet());
        assertTrue(list.getResponses().getAPIResponse("503").getHeaders().containsKey("Retry-After"));
        assertEquals("the student", create.getResponses().getAPIResponse("201").getHeaders().get("Location")
                .getDescription(), "a header the resource declared is kept");
        assertNull(operation().getResponses().getAPIResponse("200").getHeaders());
    }

    @Test
    void anOperationTakingAnIdempotencyKeyDeclaresTheReplayHeaderAndTheTwoRefusals() {
        Operation create = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Edition closed."))
                        .addAPIResponse("503", OASFactory.createAPIResponse().description("down")));
        Operation named = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                        .description("the service's own words"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("confirmed"))
                        .addAPIResponse("422", OASFactory.createAPIResponse()
                                .description("A rule refuses it, or the key was reused (idempotency-key-reused)")));
        Operation withoutKey = operation();
        new PublishedContract().filterOpenAPI(OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/editions", OASFactory.createPathItem().POST(create).GET(withoutKey))
                .addPathItem("/confirmation", OASFactory.createPathItem().POST(named))));

        assertEquals(PublishedContract.REPLAYED, create.getResponses().getAPIResponse("201").getHeaders()
                .get("Idempotent-Replayed").getDescription());
        assertEquals("boolean", create.getResponses().getAPIResponse("201").getHeaders().get("Idempotent-Replayed")
                .getSchema().getType().get(0).toString().toLowerCase());
        assertTrue(named.getResponses().getAPIResponse("200").getHeaders().containsKey("Idempotent-Replayed"),
                "a replay repeats a 200 too");
        assertNull(create.getResponses().getAPIResponse("503").getHeaders().get("Idempotent-Replayed"),
                "a refusal is no replay");
        assertEquals("Edition closed; or another request with this Idempotency-Key is being processed "
                        + "(`idempotency-key-in-flight`): retry after Retry-After seconds to get its answer",
                create.getResponses().getAPIResponse("409").getDescription(), "the resource's 409 names the key's too");
        assertTrue(create.getResponses().getAPIResponse("409").getHeaders().containsKey("Retry-After"));
        assertEquals(PublishedContract.REUSED, create.getResponses().getAPIResponse("422").getDescription());
        assertEquals("#/components/schemas/Problem", create.getResponses().getAPIResponse("422").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals(PublishedContract.KEY, create.getParameters().get(0).getDescription());
        assertEquals(PublishedContract.IN_FLIGHT, named.getResponses().getAPIResponse("409").getDescription());
        assertEquals("A rule refuses it, or the key was reused (idempotency-key-reused)",
                named.getResponses().getAPIResponse("422").getDescription(), "a 422 naming the type is left as it is");
        assertEquals("the service's own words", named.getParameters().get(0).getDescription());
        assertNull(withoutKey.getResponses().getAPIResponse("200").getHeaders());
        assertNull(withoutKey.getResponses().getAPIResponse("409"));
    }
}
