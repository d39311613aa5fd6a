package it.formapro.exam.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HTTP steps the tests repeat: schedule a session, freeze its list, hold it, record outcomes. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(OidcWiremockTestResource.getAccessToken("user-" + role, Set.of(role)));
    }

    public static RequestSpecification board() {
        return as("exam-board");
    }

    public static Map<String, Object> sessionBody(long edition) {
        return Map.of("editionId", edition, "examDate", "2027-07-10", "place", "Sede Ente Formazione Demo, Pescara",
                "board", List.of(
                        Map.of("role", "PRESIDENT", "fullName", "Anna Ferri", "appointedBy", "REGION"),
                        Map.of("role", "MEMBER", "fullName", "Bruno Galli", "appointedBy", "REGION"),
                        Map.of("role", "MEMBER", "fullName", "Carla Moretti", "appointedBy", "REGION"),
                        Map.of("role", "MEMBER", "fullName", "Dario Esposito", "appointedBy", "PROVIDER")));
    }

    /** The body of a PUT /exam-sessions/{id}: {@code body} with the session's version as read now (optimistic lock). */
    public static Map<String, Object> withVersion(long session, Map<String, Object> body) {
        Map<String, Object> put = new HashMap<>(body);
        put.put("version", board().when().get("/exam-sessions/" + session).then().statusCode(200).extract()
                .jsonPath().getLong("version"));
        return put;
    }

    public static long createSession(long edition) {
        return board().contentType(ContentType.JSON).body(sessionBody(edition))
                .when().post("/exam-sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void freeze(long session) {
        board().when().post("/exam-sessions/" + session + "/admissions/freeze").then().statusCode(200);
    }

    public static void status(long session, String status) {
        board().contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/exam-sessions/" + session + "/status").then().statusCode(200);
    }

    /** A session of a fresh copy of edition 12 with its list frozen and the exam held. */
    public static long heldSession() {
        long session = createSession(DownstreamStubs.copyOfEdition12());
        freeze(session);
        status(session, "HELD");
        return session;
    }

    public static Map<String, Object> outcome(String result, boolean uc1, boolean uc2) {
        return Map.of("result", result, "units", List.of(
                Map.of("code", "UC1", "passed", uc1), Map.of("code", "UC2", "passed", uc2)));
    }

    public static void pass(long session, long student) {
        board().contentType(ContentType.JSON).body(outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/" + student).then().statusCode(200);
    }

    public static void fail(long session, long student) {
        board().contentType(ContentType.JSON).body(outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/" + student).then().statusCode(200);
    }
}
