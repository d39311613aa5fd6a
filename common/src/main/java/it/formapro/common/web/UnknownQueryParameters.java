package it.formapro.common.web;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not declare is a 400 naming it and the ones the operation reads. Ignoring it
 * would answer something else than what was asked: {@code GET /students?fiscalcode=..} (for {@code fiscalCode}) would
 * list every student, {@code GET /editions?enrolable=true} every edition. Runs once the operation is matched; the
 * names an operation declares are read from its {@code @QueryParam}s once.
 */
public class UnknownQueryParameters {

    private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (method == null || sent.isEmpty()) {
            return;
        }
        Set<String> accepted = declared.computeIfAbsent(method, UnknownQueryParameters::queryParams);
        // echoed back, so a name is cut to a readable length
        List<String> unknown = sent.stream().filter(name -> !accepted.contains(name)).sorted()
                .map(name -> name.length() > 60 ? name.substring(0, 60) + "..." : name).toList();
        if (unknown.isEmpty()) {
            return;
        }
        String reads = accepted.isEmpty() ? "it takes no query parameter" : "it reads " + String.join(", ", accepted);
        throw new ProblemException(400, "unknown-parameter", "Unknown query parameter",
                "Unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " for "
                        + request.getMethod() + " " + request.getUriInfo().getPath() + ": " + reads
                        + " (names are case-sensitive)",
                unknown.stream().map(name -> new Problem.Violation(name, "not a parameter of this operation; "
                        + reads)).toList(), null);
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
