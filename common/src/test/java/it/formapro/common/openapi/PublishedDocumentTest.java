package it.formapro.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedDocumentTest {

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static final Map<String, Object> DOCUMENT = object(
            "paths", object("/students", object("post", object("requestBody", object("content", object(
                    "application/json", object("schema", object("$ref", "#/components/schemas/StudentInput"))))))),
            "components", object("schemas", object(
                    "Citizenship", object("type", "string", "enum", List.of("ITALIAN", "EU", "NON_EU")),
                    "LocalTime", object("type", "string", "examples", List.of("13:45:30")),
                    "Title", object("type", "object", "properties", object("kind", object("type", "string"),
                            "eqfLevel", object("type", "integer", "examples", List.of(4)))),
                    "StudentInput", object("type", "object", "properties", object(
                            "studentId", object("type", "integer", "examples", List.of(5)),
                            "citizenship", object("$ref", "#/components/schemas/Citizenship"),
                            "note", object("type", List.of("string", "null"), "description", "Null when none"),
                            "exitedAt", object("description", "null while present", "type", List.of("string", "null"),
                                    "anyOf", List.of(object("$ref", "#/components/schemas/LocalTime"), object("type", "null"))),
                            "titles", object("type", "array", "items", object("$ref", "#/components/schemas/Title")),
                            "reason", object("type", "string", "description", "null once erased"))),
                    "Status1", object("type", "string", "enum", List.of("A")),
                    "Request", object("type", "object", "examples", List.of(object("studentId", 5), object("applicant", "x")),
                            "properties", object("studentId", object("type", "integer", "examples", List.of(7)))))));

    /** Swagger UI: every property with its own example, else the first enum value or a sample of its type. */
    @Test
    void aBodyIsBuiltAsSwaggerUiBuildsIt() {
        assertEquals(List.of(object("studentId", 5, "citizenship", "ITALIAN", "note", "string", "exitedAt", "13:45:30",
                        "titles", List.of(object("kind", "string", "eqfLevel", 4)), "reason", "string")),
                new PublishedDocument(DOCUMENT).tryItOutBodies("StudentInput"));
    }

    @Test
    void theSchemasOwnExamplesComeBeforeOneBuiltFromItsProperties() {
        assertEquals(List.of(object("studentId", 5), object("applicant", "x")),
                new PublishedDocument(DOCUMENT).tryItOutBodies("Request"));
    }

    @Test
    void numberedNamesAndNullsNotDeclaredAreFound() {
        PublishedDocument doc = new PublishedDocument(DOCUMENT);
        assertEquals(List.of("Status1"), doc.numberedSchemaNames());
        assertEquals(List.of("StudentInput.reason"), doc.nullableNotMarked());
        assertEquals(Map.of("POST /students", "StudentInput"), doc.jsonRequestBodies());
    }
}
