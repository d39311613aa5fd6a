package it.formapro.attendance.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared HTTP helpers of the tests: tokens per role and the few calls most tests need. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(OidcWiremockTestResource.getAccessToken(user, Set.of(role))).contentType(ContentType.JSON);
    }

    public static RequestSpecification tutor() {
        return as("tutor.anna", "tutor");
    }

    public static RequestSpecification frontdesk() {
        return as("front.luca", "frontdesk");
    }

    public static Map<String, Object> lessonBody(LocalDate date, String start, String end, String unit, String modality) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("startTime", start);
        body.put("endTime", end);
        body.put("unitCode", unit);
        body.put("modality", modality);
        body.put("teacher", "Giulia Bianchi");
        return body;
    }

    /** Adds a lesson and returns its id; fails the test unless it is created. */
    public static long lesson(long edition, LocalDate date, String start, String end, String unit, String modality) {
        return tutor().body(lessonBody(date, start, end, unit, modality))
                .when().post("/editions/{e}/lessons", edition)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * {@code body} as a PUT of the lesson sends it: with the lesson's version as the client last read it, here by a GET
     * just before (optimistic locking: a PUT without it is a 400, with an older one a 409).
     */
    public static Map<String, Object> asRead(Map<String, Object> body, long edition, long lesson) {
        body.put("version", tutor().when().get("/editions/{e}/lessons/{l}", edition, lesson)
                .then().statusCode(200).extract().jsonPath().getLong("version"));
        return body;
    }

    public static void participant(long edition, long studentId, String first, String last, LocalDate joinedOn) {
        frontdesk().body(Map.of("enrollmentId", studentId + 10_000, "firstName", first, "lastName", last,
                        "joinedOn", joinedOn.toString()))
                .when().put("/editions/{e}/participants/{s}", edition, studentId)
                .then().statusCode(200);
    }

    /** An e-learning register as the platform logs it: each student in from the lesson's start for their minutes. */
    public static void registerTracked(long edition, long lesson, java.time.LocalTime start, Map<Long, Integer> minutesByStudent) {
        List<Map<String, Object>> rows = new ArrayList<>();
        minutesByStudent.forEach((s, m) -> rows.add(m == 0 ? Map.of("studentId", s, "minutesPresent", 0)
                : Map.of("studentId", s, "arrivedAt", start.toString(), "leftAt", start.plusMinutes(m).toString())));
        tutor().body(Map.of("entries", rows))
                .when().put("/editions/{e}/lessons/{l}/register", edition, lesson)
                .then().statusCode(200);
    }

    /** Records the whole lesson's register: student id -> minutes present. */
    public static void register(long edition, long lesson, Map<Long, Integer> minutesByStudent) {
        List<Map<String, Object>> rows = new ArrayList<>();
        minutesByStudent.forEach((s, m) -> rows.add(Map.of("studentId", s, "minutesPresent", m)));
        tutor().body(Map.of("entries", rows))
                .when().put("/editions/{e}/lessons/{l}/register", edition, lesson)
                .then().statusCode(200);
    }
}
