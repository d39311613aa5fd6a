package it.formapro.common.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's OpenAPI document (GET /q/openapi?format=json, the one packaged into openapi/) read as a portal developer
 * meets it, for the services' tests: its schemas, and the request bodies Swagger UI's "Try it out" fills in.
 * <p>
 * Swagger UI fills a body with the schema's own first example, else builds one from the properties: every property
 * (optional ones too) with its first example, else the first enum value, else a sample of its type. A body built so
 * that the service refuses sends a developer trying the API straight into a 400, which is why the services' tests run
 * every such body through the request class and its Bean Validation constraints.
 */
public final class PublishedDocument {

    private static final String REF = "#/components/schemas/";
    private static final Pattern MAY_BE_NULL = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> document;
    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    public PublishedDocument(Map<String, Object> document) {
        this.document = document;
        this.schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    /**
     * The OAuth settings Swagger UI's page of the service under test passes to its "Authorize" dialog
     * ({@code ui.initOAuth({...})}), as the page's own text; empty when the page configures none.
     */
    public static String swaggerUiOAuthSettings() {
        String page = RestAssured.get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        int start = page.indexOf("ui.initOAuth(");
        return start < 0 ? "" : page.substring(start, page.indexOf(')', start) + 1);
    }

    /** The document of the service under test (a @QuarkusTest has pointed REST-assured at it). */
    @SuppressWarnings("unchecked")
    public static PublishedDocument ofServiceUnderTest() {
        return new PublishedDocument(RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class));
    }

    public Set<String> schemaNames() {
        return schemas.keySet();
    }

    /** Schema names a generator had to number to tell apart two classes of the same simple name (Status1). */
    public List<String> numberedSchemaNames() {
        return schemas.keySet().stream().filter(name -> Character.isDigit(name.charAt(name.length() - 1))).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> schema(String name) {
        Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + name + " in " + new TreeMap<>(schemas).keySet());
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> property(String schema, String property) {
        Map<String, Object> properties = (Map<String, Object>) schema(schema).get("properties");
        Map<String, Object> p = properties == null ? null : (Map<String, Object>) properties.get(property);
        if (p == null) {
            throw new IllegalArgumentException("no property " + property + " in " + schema);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    public List<String> required(String schema) {
        return (List<String>) schema(schema).getOrDefault("required", List.of());
    }

    @SuppressWarnings("unchecked")
    public Set<String> properties(String schema) {
        return ((Map<String, Object>) schema(schema).getOrDefault("properties", Map.of())).keySet();
    }

    /**
     * "Schema.property" of each property whose description says it may be null while its schema does not allow null
     * ({@code nullable = true}), so a generated client would refuse or mistype the null.
     */
    @SuppressWarnings("unchecked")
    public List<String> nullableNotMarked() {
        List<String> unmarked = new ArrayList<>();
        new TreeMap<>(schemas).forEach((name, schema) -> ((Map<String, Map<String, Object>>) ((Map<String, Object>) schema)
                .getOrDefault("properties", Map.of())).forEach((property, p) -> {
                    if (p.get("description") instanceof String d && MAY_BE_NULL.matcher(d).find() && !allowsNull(p)) {
                        unmarked.add(name + "." + property);
                    }
                }));
        return unmarked;
    }

    /** Whether a property's schema takes null: {@code type: [..., "null"]} or an {@code anyOf}/{@code oneOf} with it. */
    public static boolean allowsNull(Map<String, Object> property) {
        if (property.get("type") instanceof List<?> types && types.contains("null")) {
            return true;
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (property.get(choice) instanceof List<?> options
                    && options.stream().anyMatch(o -> o instanceof Map<?, ?> m && "null".equals(m.get("type")))) {
                return true;
            }
        }
        return false;
    }

    /** The operation at METHOD and path ("post", "/students"). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> operation(String method, String path) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(path);
        Map<String, Object> op = item == null ? null : (Map<String, Object>) item.get(method.toLowerCase());
        if (op == null) {
            throw new IllegalArgumentException("no operation " + method + " " + path);
        }
        return op;
    }

    /** The first example of an operation's parameter. */
    @SuppressWarnings("unchecked")
    public Object parameterExample(String method, String path, String parameter) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation(method, path).get("parameters");
        Map<String, Object> p = parameters.stream().filter(x -> parameter.equals(x.get("name"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter + " in " + method + " " + path));
        if (p.containsKey("example")) {
            return p.get("example");
        }
        return firstExample((Map<String, Object>) p.get("schema"));
    }

    /** The first example of a property, null if it has none. */
    public Object propertyExample(String schema, String property) {
        return firstExample(property(schema, property));
    }

    /** "POST /students" -> "StudentInput": the schema of each JSON request body. */
    @SuppressWarnings("unchecked")
    public Map<String, String> jsonRequestBodies() {
        Map<String, String> bodies = new TreeMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (!(op instanceof Map<?, ?> operation) || !(operation.get("requestBody") instanceof Map<?, ?> body)) {
                return;
            }
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
            if (json != null && json.get("schema") instanceof Map<?, ?> schema && schema.get("$ref") instanceof String ref) {
                bodies.put(method.toUpperCase() + " " + path, ref.substring(REF.length()));
            }
        }));
        return bodies;
    }

    /** The bodies Swagger UI offers for a schema: each of the schema's own examples, else one built from its properties. */
    @SuppressWarnings("unchecked")
    public List<Object> tryItOutBodies(String schema) {
        Object examples = schema(schema).get("examples");
        if (examples instanceof List<?> list && !list.isEmpty()) {
            return (List<Object>) list;
        }
        return List.of(sample(schema(schema), 0));
    }

    /**
     * Every Try-it-out body of every JSON request body that its request class cannot read or that the class's Bean
     * Validation constraints refuse, with why; and every request body schema missing from {@code requestClasses}, so a
     * new one is not left out.
     */
    public List<String> refusedTryItOutBodies(Map<String, Class<?>> requestClasses, ObjectMapper mapper, Validator validator) {
        List<String> refused = new ArrayList<>();
        new TreeMap<>(jsonRequestBodies()).values().stream().distinct().forEach(schema -> {
            Class<?> type = requestClasses.get(schema);
            if (type == null) {
                refused.add(schema + ": no request class given to try its examples on");
                return;
            }
            for (Object body : tryItOutBodies(schema)) {
                try {
                    Object request = mapper.readValue(mapper.writeValueAsString(body), type);
                    Set<? extends ConstraintViolation<?>> violations = validator.validate(request);
                    if (!violations.isEmpty()) {
                        refused.add(schema + " " + body + ": " + violations.stream()
                                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
                    }
                } catch (Exception e) {
                    refused.add(schema + " " + body + ": cannot be read: " + e.getMessage());
                }
            }
        });
        return refused;
    }

    @SuppressWarnings("unchecked")
    private Object sample(Map<String, Object> schema, int depth) {
        if (depth > 12) {
            throw new IllegalStateException("schemas nested too deep to sample: a cycle?");
        }
        Object example = firstExample(schema);
        if (example != null) {
            return example;
        }
        if (schema.get("$ref") instanceof String ref) {
            return sample(schema(ref.substring(REF.length())), depth + 1);
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.get(choice) instanceof List<?> options && !options.isEmpty()) {
                return sample((Map<String, Object>) options.get(0), depth + 1);
            }
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            type = types.stream().<Object>map(t -> t).filter(t -> !"null".equals(t)).findFirst().orElse("null");
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> object = new LinkedHashMap<>();
            properties.forEach((name, property) -> object.put((String) name, sample((Map<String, Object>) property, depth + 1)));
            return object;
        }
        return switch (String.valueOf(type)) {
            case "array" -> List.of(sample((Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1));
            case "object" -> Map.of();
            case "integer", "number" -> 0;
            case "boolean" -> true;
            case "string" -> "string";
            default -> null;
        };
    }

    private static Object firstExample(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return examples.get(0);
        }
        return schema.get("example");
    }
}
