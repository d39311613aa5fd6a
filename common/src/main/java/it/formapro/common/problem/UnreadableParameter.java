package it.formapro.common.problem;

import it.formapro.common.web.StrictBooleanParams;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which path or query parameter of the matched operation could not be read, and what it must be. Jakarta REST reports
 * a value that does not convert as a NotFoundException wrapping the parser's message ({@code For input string: "abc"}),
 * which names neither the parameter nor the form it takes; this finds the first declared parameter whose value the
 * operation's type does not take.
 */
record UnreadableParameter(String kind, String name, String value, String expected) {

    /** "Path parameter 'editionId' must be an integer, not 'abc'". */
    String detail() {
        return kind + " parameter '" + name + "' must be " + expected + ", not '" + shown(value) + "'";
    }

    static Optional<UnreadableParameter> of(Method method, Map<String, List<String>> pathValues,
                                            Map<String, List<String>> queryValues) {
        if (method == null) {
            return Optional.empty();
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < annotations.length && i < types.length; i++) {
            for (Annotation annotation : annotations[i]) {
                Optional<UnreadableParameter> found = Optional.empty();
                if (annotation instanceof PathParam path) {
                    found = check("Path", path.value(), pathValues.get(path.value()), types[i]);
                } else if (annotation instanceof QueryParam query) {
                    found = check("Query", query.value(), queryValues.get(query.value()), types[i]);
                }
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<UnreadableParameter> check(String kind, String name, List<String> values, Type type) {
        if (values == null) {
            return Optional.empty();
        }
        Class<?> target = elementType(type);
        for (String value : values) {
            if (!reads(target, value)) {
                return Optional.of(new UnreadableParameter(kind, name, value, ProblemMappers.describe(target)));
            }
        }
        return Optional.empty();
    }

    /** The type one value converts to: the element type of a List or Set parameter. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type instanceof Class<?> raw ? raw : Object.class;
    }

    /** Whether the value converts as Jakarta REST (and common's strict booleans) would; unknown types are taken. */
    static boolean reads(Class<?> type, String value) {
        try {
            if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == BigDecimal.class) {
                new BigDecimal(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            } else if (type == boolean.class || type == Boolean.class) {
                StrictBooleanParams.parse(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == LocalTime.class) {
                LocalTime.parse(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type.isEnum()) {
                return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Echoed back, so cut to a readable length. */
    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
