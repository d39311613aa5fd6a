package it.formapro.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import it.formapro.common.web.ResourceRoutes;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem document. Requires
 * {@code quarkus.http.auth.proactive=false} so that authentication failures reach these mappers too.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ResourceRoutes routes;

    public ProblemMappers(ResourceRoutes routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, Request request) {
        Response problem = respond(new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), path(uri),
                e.violations(), e.figures()));
        if (e.status() == 405 && request != null) {
            // a method the service itself refuses (attendance's retired DELETEs) gets the Allow header every 405
            // carries (RFC 9110 15.5.6): the path's other methods, never the refused one
            Set<String> methods = new TreeSet<>(routes.methodsAt(path(uri)));
            methods.remove(request.getMethod());
            return Response.fromResponse(problem).header("Allow", String.join(", ", allowed(methods))).build();
        }
        return e.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(problem).header("Retry-After", seconds).build())
                .orElse(problem);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400, detail, path(uri), violations, null));
    }

    @ServerExceptionMapper({InvalidFormatException.class, MismatchedInputException.class})
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        String expected = e.getTargetType() == null ? "a different value" : describe(e.getTargetType());
        String detail = (field.isEmpty() ? "The body" : "Field '" + field + "'") + " could not be read: expected " + expected;
        return respond(new Problem(Problem.type("malformed-body"), "Malformed request body", 400, detail, path(uri),
                field.isEmpty() ? null : List.of(new Problem.Violation(field, "expected " + expected)), null));
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                "The body is not valid JSON: " + e.getOriginalMessage(), path(uri), null, null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem(Problem.type("unauthenticated"), "Authentication required", 401,
                        "A valid bearer token is required: obtain one from the identity provider (Keycloak realm 'training')",
                        path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        // a service that refuses a role for one form of a request says why (a portal may pre-enrol an applicant,
        // not a registered student); Quarkus' own role check gives no message
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your token is valid but none of its roles may perform " + path(uri)
                : "Your role may not do this: " + e.getMessage();
        return respond(new Problem(Problem.type("forbidden"), "Not allowed for your role", 403, detail, path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-modification"), "Concurrent modification", 409,
                "Someone else changed this record meanwhile: reload it and retry", path(uri), null, null));
    }

    /** A downstream call that timed out, tripped the circuit breaker or failed all retries. */
    @ServerExceptionMapper
    public Response downstream(FaultToleranceException e, UriInfo uri) {
        LOG.warnf("Downstream call failed on %s: %s", path(uri), e.toString());
        return respond(new Problem(Problem.type("service-unavailable"), "A required service is unavailable", 503,
                "A service this request depends on did not answer in time (" + e.getClass().getSimpleName()
                        + "); nothing was changed, retry later", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("Downstream call failed on %s: %s", path(uri), e.toString());
        return respond(new Problem(Problem.type("service-unavailable"), "A required service is unavailable", 503,
                "A service this request depends on could not be reached; nothing was changed, retry later",
                path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // Jakarta REST 3.2: a path or query parameter that does not convert is a NotFoundException wrapping the
            // failure; the resource exists, the value is wrong (quarkusio/quarkus#49074)
            return invalidParameter(e.getCause(), uri, resource);
        }
        if (status == 400) {
            // RESTEasy Reactive wraps a body that is not JSON at all (truncated, unbalanced) in a bare 400
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof MismatchedInputException mismatch) {
                    return unreadableField(mismatch, uri);
                }
                if (t instanceof JsonProcessingException json) {
                    return unparsable(json, uri);
                }
            }
        }
        Set<String> methods = status == 404 || status == 405 ? routes.methodsAt(path(uri)) : Set.of();
        if (status == 404 && !methods.isEmpty() && !methods.contains(request.getMethod())) {
            // the path is an operation's, the method is not: RESTEasy Reactive's class matching answers 404 when
            // another resource class's template is a prefix of this one's (ResourceRoutes)
            status = 405;
        }
        if (status == 405 && !methods.isEmpty()) {
            Response refused = respond(new Problem(Problem.type("method-not-allowed"), "Method Not Allowed", 405,
                    request.getMethod() + " is not supported on " + path(uri) + ": it answers " + String.join(", ", methods),
                    path(uri), null, null));
            return Response.fromResponse(refused).header("Allow", String.join(", ", allowed(methods))).build();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not supported on " + path(uri);
            case 406 -> "This resource answers application/json (and problem+json for errors)";
            case 415 -> "Unsupported content type: send application/json";
            default -> e.getMessage();
        };
        return respond(new Problem(Problem.type(slugOf(status)), title, status, detail, path(uri), null, null));
    }

    /** The parameter named, with the form it takes; the parser's own words when the operation is not known. */
    private static Response invalidParameter(Throwable cause, UriInfo uri, ResourceInfo resource) {
        Optional<UnreadableParameter> unreadable = UnreadableParameter.of(
                resource == null ? null : resource.getResourceMethod(), uri.getPathParameters(), uri.getQueryParameters());
        if (unreadable.isPresent()) {
            UnreadableParameter p = unreadable.get();
            return respond(new Problem(Problem.type("invalid-parameter"), "Invalid parameter", 400, p.detail(), path(uri),
                    List.of(new Problem.Violation(p.name(), "must be " + p.expected())), null));
        }
        String query = uri.getRequestUri().getRawQuery();
        return respond(new Problem(Problem.type("invalid-parameter"), "Invalid parameter", 400,
                "A parameter of " + path(uri) + (query == null ? "" : "?" + query) + " has a value that cannot be read: "
                        + cause.getMessage(), path(uri), null, null));
    }

    /** The Allow header of a 405: the methods declared, HEAD with GET, and OPTIONS, which Jakarta REST answers itself. */
    static List<String> allowed(Set<String> declared) {
        Set<String> allowed = new TreeSet<>(declared);
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return List.copyOf(allowed);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // PostgreSQL restarting or down: a retry will work once it is back, and nothing was written.
            LOG.warnf("Database unreachable on %s: %s", path(uri), rootMessage(e));
            return Response.fromResponse(respond(new Problem(Problem.type("database-unavailable"),
                    "The database is unavailable", 503, "The service's database could not be reached; nothing was "
                    + "changed. Retry in a few seconds.", path(uri), null, null))).header("Retry-After", "5").build();
        }
        // Log the cause server-side; the client gets no stack trace or internal message.
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "An unexpected error occurred; it has been logged", path(uri), null, null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg0.plannedHours" -> "plannedHours": the method and parameter prefix means nothing to a client.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date as YYYY-MM-DD";
            case "LocalTime" -> "a time as HH:MM";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "UUID" -> "a UUID";
            default -> "a value of type " + type.getSimpleName();
        };
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    /** SQLState class 08 (connection exception) or 57P0x (server shutting down / crash recovery), anywhere in the chain. */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
