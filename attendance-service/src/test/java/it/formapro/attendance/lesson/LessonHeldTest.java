package it.formapro.attendance.lesson;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.attendance.support.Api;
import it.formapro.attendance.support.CatalogStub;
import it.formapro.attendance.support.FixedClock;
import it.formapro.common.time.Italy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson later today is not held yet: no register, not delivered, not missed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogStub.class)
class LessonHeldTest {

    @Inject
    Clock clock;

    /** "Today" and "now" are the day and the time in Italy (common Italy: the providers are Italian), not the host's. */
    @Test
    void theServiceClockIsItalian() {
        assertEquals(Italy.ZONE, clock.getZone());
    }

    @Test
    void aLessonLaterTodayIsNeitherRecordedNorCountedUntilItBegins() {
        // noon in Italy, whatever the hour the suite runs at: a lesson begun two hours ago and one starting in an hour
        LocalDateTime noon = FixedClock.todayAt(LocalTime.NOON);
        LocalTime now = noon.toLocalTime();
        long e = CatalogStub.RUNNING_TODAY;
        LocalDate today = noon.toLocalDate();
        long begun = Api.lesson(e, today, now.minusHours(2).toString(), now.minusHours(1).toString(), "1", "CLASSROOM");
        long later = Api.lesson(e, today, now.plusHours(1).toString(), now.plusHours(2).toString(), "1", "CLASSROOM");
        Api.participant(e, 1, "Ada", "Puntuale", today.minusDays(30));

        Api.tutor().body(Map.of("entries", List.of(Map.of("studentId", 1, "minutesPresent", 60))))
                .when().put("/editions/{e}/lessons/{l}/register", e, later).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("is on " + today + " at " + now.plusHours(1)
                        + ": presence can be recorded only once the lesson has been held"));
        Api.register(e, begun, Map.of(1L, 60));

        // only the lesson begun counts: the student attended all of it and has missed nothing
        Api.frontdesk().when().get("/editions/{e}/hours-delivered", e).then().statusCode(200)
                .body("deliveredHours", is(1.0f));
        Api.tutor().when().get("/editions/{e}/participants/1/summary", e).then().statusCode(200)
                .body("deliveredHours", is(1.0f)).body("missedHours", is(0.0f)).body("attendancePercent", is(100.0f));
        Api.tutor().when().get("/editions/{e}/calendar-check", e).then().statusCode(200)
                .body("rules.find { it.rule == 'TOTAL_HOURS' }.deliveredHours", is(1.0f));
    }
}
