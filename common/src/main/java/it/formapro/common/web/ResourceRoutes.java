package it.formapro.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's operations as path templates with their HTTP methods, read once from its resource classes, to tell
 * "no such resource" (404) from "no such method on this resource" (405, with the methods it answers).
 * <p>
 * RESTEasy Reactive matches the resource class first: when a request's path matches the templates of several classes
 * (attendance's {@code /editions/{editionId}} for the register exports and {@code /editions/{editionId}/lessons}) and
 * the most specific one has no method for the verb, it tries the less specific ones in turn and the last one answers
 * 404, so {@code PATCH /editions/3/lessons} was "No resource" while {@code PATCH /lessons} was 405
 * (quarkusio/quarkus#18542, #30854). The problem mappers ask this table before answering 404.
 */
@ApplicationScoped
public class ResourceRoutes {

    /** One operation: its full path as a pattern, and its HTTP method. */
    record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public ResourceRoutes(BeanManager beans) {
        this.beans = beans;
    }

    /** The HTTP methods the service answers on this path (empty when no operation's template matches it). */
    public Set<String> methodsAt(String path) {
        return methodsAt(routes(), path);
    }

    static Set<String> methodsAt(Collection<Route> routes, String path) {
        String normalised = normalise(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
            }
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                // a resource class carries @Path itself; a REST client's interface is not a bean class
                if (!type.isInterface() && type.isAnnotationPresent(Path.class)) {
                    found.addAll(routesOf(type));
                }
            }
            routes = known = List.copyOf(found);
        }
        return known;
    }

    /** The operations of one resource class, sub-resource locators followed into the classes they return. */
    static List<Route> routesOf(Class<?> resource) {
        List<Route> found = new ArrayList<>();
        collect(resource, resource.getAnnotation(Path.class).value(), found, 0);
        return found;
    }

    private static void collect(Class<?> type, String prefix, List<Route> found, int depth) {
        for (Method method : type.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String full = path == null ? prefix : prefix + "/" + path.value();
            String verb = httpMethod(method);
            if (verb != null) {
                found.add(new Route(pattern(full), verb));
            } else if (path != null && depth < 5) {
                collect(method.getReturnType(), full, found, depth + 1);
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static final Pattern PARAM = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    /** A Jakarta REST path template as a regular expression: {@code {name}} is one segment, {@code {name: re}} is re. */
    static Pattern pattern(String template) {
        String path = normalise(template);
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            regex.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).strip() + ")");
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString());
    }

    /** One leading slash, no doubled or trailing ones: how templates and request paths are compared. */
    static String normalise(String path) {
        String joined = ("/" + path).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
