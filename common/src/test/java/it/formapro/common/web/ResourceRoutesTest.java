package it.formapro.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceRoutesTest {

    @Path("/editions/{editionId}")
    static class Exports {
        @GET
        @Path("/register.csv")
        public String csv(@PathParam("editionId") long edition) {
            return "";
        }
    }

    @Path("/editions/{editionId}/lessons")
    static class Lessons {
        @GET
        public String list() {
            return "";
        }

        @POST
        public String add() {
            return "";
        }

        @PUT
        @Path("/{lessonId: \\d+}")
        public String change() {
            return "";
        }

        @DELETE
        @Path("{lessonId: \\d+}/")
        public String remove() {
            return "";
        }

        @Path("/{lessonId}/register")
        public Register register() {
            return new Register();
        }
    }

    public static class Register {
        @GET
        public String read() {
            return "";
        }
    }

    private static final List<ResourceRoutes.Route> ROUTES = routes(Exports.class, Lessons.class);

    private static List<ResourceRoutes.Route> routes(Class<?>... resources) {
        List<ResourceRoutes.Route> all = new ArrayList<>();
        for (Class<?> resource : resources) {
            all.addAll(ResourceRoutes.routesOf(resource));
        }
        return all;
    }

    @Test
    void aPathAnsweredByOneClassIsNotHiddenByAnotherWhoseTemplateIsItsPrefix() {
        assertEquals(Set.of("GET", "POST"), ResourceRoutes.methodsAt(ROUTES, "/editions/3/lessons"));
        assertEquals(Set.of("GET", "POST"), ResourceRoutes.methodsAt(ROUTES, "editions/3/lessons/"));
        assertEquals(Set.of("GET"), ResourceRoutes.methodsAt(ROUTES, "/editions/3/register.csv"));
    }

    @Test
    void aRegularExpressionInTheTemplateIsKept() {
        assertEquals(Set.of("DELETE", "PUT"), ResourceRoutes.methodsAt(ROUTES, "/editions/3/lessons/12"));
        assertEquals(Set.of(), ResourceRoutes.methodsAt(ROUTES, "/editions/3/lessons/twelve"));
    }

    @Test
    void aSubResourceLocatorsMethodsAreFollowed() {
        assertEquals(Set.of("GET"), ResourceRoutes.methodsAt(ROUTES, "/editions/3/lessons/12/register"));
    }

    @Test
    void aPathNoTemplateMatchesHasNoMethod() {
        assertEquals(Set.of(), ResourceRoutes.methodsAt(ROUTES, "/editions/3"));
        assertEquals(Set.of(), ResourceRoutes.methodsAt(ROUTES, "/editions/3/lessons/12/register/7"));
        assertEquals(Set.of(), ResourceRoutes.methodsAt(ROUTES, "/editions/3/register.pdf"));
        assertEquals(Set.of(), ResourceRoutes.methodsAt(ROUTES, "/editions/3/registerXcsv"));
    }
}
