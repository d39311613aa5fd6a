package it.formapro.common.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Boolean query and path parameters read strictly: {@code true} or {@code false}, any case. Jakarta REST's default
 * ({@code Boolean.valueOf}) reads every other value as false, so a portal sending {@code enrollable=yes} or
 * {@code includeRevoked=1} would silently get the unfiltered answer; here it gets the 400 invalid-parameter problem
 * that any other unreadable parameter gets ({@link it.formapro.common.problem.ProblemMappers}). A primitive
 * {@code boolean} parameter needs its {@code @DefaultValue("false")}: without one, RESTEasy Reactive converts "0".
 */
@Provider
public class StrictBooleanParams implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            return parse(value);
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    /** The value as a boolean; null stays null (an absent parameter takes its default). */
    public static Boolean parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + value + "' is not a boolean: send true or false");
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
