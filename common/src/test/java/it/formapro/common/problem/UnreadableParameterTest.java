package it.formapro.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnreadableParameterTest {

    enum Status { OPEN, CLOSED }

    @SuppressWarnings("unused")
    public void operation(@PathParam("editionId") long edition, @PathParam("code") String code,
                          @QueryParam("asOf") LocalDate asOf, @QueryParam("status") Status status,
                          @QueryParam("studentId") List<Long> students, @QueryParam("fresh") @DefaultValue("false") boolean fresh) {
    }

    private static Optional<UnreadableParameter> find(Map<String, List<String>> path, Map<String, List<String>> query)
            throws NoSuchMethodException {
        Method method = UnreadableParameterTest.class.getMethod("operation", long.class, String.class, LocalDate.class,
                Status.class, List.class, boolean.class);
        return UnreadableParameter.of(method, path, query);
    }

    @Test
    void aPathIdThatIsNotANumberIsNamedWithTheFormItTakes() throws Exception {
        UnreadableParameter p = find(Map.of("editionId", List.of("abc"), "code", List.of("x")), Map.of()).orElseThrow();
        assertEquals("Path parameter 'editionId' must be an integer, not 'abc'", p.detail());
    }

    @Test
    void queryValuesAreNamedToo() throws Exception {
        Map<String, List<String>> path = Map.of("editionId", List.of("3"));
        assertEquals("Query parameter 'asOf' must be a date as YYYY-MM-DD, not '2026-13-01'",
                find(path, Map.of("asOf", List.of("2026-13-01"))).orElseThrow().detail());
        assertEquals("Query parameter 'status' must be one of [OPEN, CLOSED], not 'open'",
                find(path, Map.of("status", List.of("open"))).orElseThrow().detail());
        assertEquals("Query parameter 'studentId' must be an integer, not 'x'",
                find(path, Map.of("studentId", List.of("4", "x"))).orElseThrow().detail());
        assertEquals("Query parameter 'fresh' must be true or false, not 'yes'",
                find(path, Map.of("fresh", List.of("yes"))).orElseThrow().detail());
    }

    @Test
    void readableValuesAndUnknownOperationsNameNothing() throws Exception {
        assertTrue(find(Map.of("editionId", List.of("3"), "code", List.of("anything")),
                Map.of("asOf", List.of("2026-01-31"), "studentId", List.of("4", "5"))).isEmpty());
        assertTrue(UnreadableParameter.of(null, Map.of("editionId", List.of("abc")), Map.of()).isEmpty());
    }

    @Test
    void aNumberTooLargeForItsTypeIsUnreadable() {
        assertFalse(UnreadableParameter.reads(long.class, "99999999999999999999"));
        assertTrue(UnreadableParameter.reads(long.class, "-1"));
    }

    @Test
    void aLongValueIsCutWhereItIsEchoed() {
        String detail = new UnreadableParameter("Path", "id", "9".repeat(100) + "x", "an integer").detail();
        assertTrue(detail.endsWith("'" + "9".repeat(60) + "...'"), detail);
    }
}
