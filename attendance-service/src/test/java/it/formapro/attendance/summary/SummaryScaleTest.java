package it.formapro.attendance.summary;

import static it.formapro.attendance.support.Api.tutor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import it.formapro.attendance.support.CatalogStub;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The edition summary of 3000 students and 20 lessons (60 000 register rows) is complete and right at scale.
 * How fast it is belongs to the benchmarks (benchmarks/run.sh), not to a timed test.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class SummaryScaleTest {

    private static final long E = 2049;

    @Inject
    EntityManager em;

    @Test
    void summaryOf3000StudentsIsCompleteAndRight() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO lesson (id, edition_id, lesson_date, start_time, end_time, minutes, unit_code, modality, teacher, version)
                    SELECT 10000000 + g, ?1, DATE '2026-02-01' + g, TIME '09:00', TIME '13:00', 240, '1', 'CLASSROOM', 'T', 0
                    FROM generate_series(1, 20) g""").setParameter(1, E).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO participant (id, edition_id, student_id, first_name, last_name, joined_on, status, updated_at, version)
                    SELECT 10000000 + g, ?1, 100000 + g, 'N' || g, 'C' || g, DATE '2026-02-01', 'ACTIVE', now(), 0
                    FROM generate_series(1, 3000) g""").setParameter(1, E).executeUpdate();
            // every 4th student is always absent, the others always present
            em.createNativeQuery("""
                    INSERT INTO attendance_entry (id, lesson_id, student_id, minutes_present, updated_at, updated_by, version)
                    SELECT 10000000 + s * 100 + l, 10000000 + l, 100000 + s, CASE WHEN s % 4 = 0 THEN 0 ELSE 240 END, now(), 't', 0
                    FROM generate_series(1, 3000) s, generate_series(1, 20) l""").executeUpdate();
        });
        // as autovacuum would after such a load: fresh statistics for the planner
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE").executeUpdate());
        JsonPath s = tutor().when().get("/editions/{e}/summary?asOf=2026-12-31", E)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3000, s.getList("students").size());
        assertEquals(80.0f, s.getFloat("deliveredHours"));
        assertEquals(80.0f, s.getFloat("students.find { it.studentId == 100001 }.attendedHours"));
        assertEquals(0.0f, s.getFloat("students.find { it.studentId == 100004 }.attendedHours"));
        // 208 h course, 80 delivered: 145.6 h needed, 128 h left -> the always-absent student is lost
        assertTrue(s.getBoolean("students.find { it.studentId == 100004 }.lost"));
        assertFalse(s.getBoolean("students.find { it.studentId == 100001 }.lost"));
        assertFalse(s.getBoolean("students.find { it.studentId == 100001 }.atRisk"));
    }
}
