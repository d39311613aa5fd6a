package it.formapro.enrollment.enrollment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.confirm;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.createStudent;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.eligibleFor;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.preEnrolled;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.status;
import static it.formapro.enrollment.enrollment.EnrollmentResourceTest.withdraw;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.DownstreamStubs.ED_002;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_START;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.common.time.Italy;
import it.formapro.enrollment.support.DownstreamStubs;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Confirmation and withdrawal against concurrent changes of the student and against attendance-service answers lost
 * on the way: the names and documents a confirmation uses are the student's as they stand under the row lock, and a
 * participant attendance took for a confirmation that failed here is withdrawn there.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class ConfirmationConsistencyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    /** The confirmation, sent on another thread, so the test can hold a lock meanwhile. */
    CompletableFuture<HttpResponse<String>> confirmLater(long enrollmentId) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(base + "enrollments/" + enrollmentId
                        + "/confirmation")).header("Authorization", "Bearer " + token("frontdesk"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Changes the student's row in a transaction of its own and, while it is uncommitted (holding the row lock as an
     * update does), starts a confirmation: it must wait for the change, then decide on the student as changed.
     */
    HttpResponse<String> confirmWhileTheStudentIsChanged(long enrollmentId, long studentId, String set) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE student SET " + set + ", version = version + 1 WHERE id = ?")) {
                update.setLong(1, studentId);
                assertEquals(1, update.executeUpdate());
            }
            CompletableFuture<HttpResponse<String>> confirmation = confirmLater(enrollmentId);
            Thread.sleep(1500);
            assertFalse(confirmation.isDone(), () -> "the confirmation did not wait for the student's row: "
                    + confirmation.join().statusCode() + " " + confirmation.join().body());
            c.commit();
            return confirmation.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aConfirmationRacingARenameSendsTheNewNameToAttendance() throws Exception {
        long student = createStudent(eligibleFor("000"));
        long id = preEnrolled(ED_000, student);
        HttpResponse<String> confirmed = confirmWhileTheStudentIsChanged(id, student, "first_name = 'Giuliana'");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        DownstreamStubs.server.verify(exactly(1), putRequestedFor(urlEqualTo(participant(ED_000, student)))
                .withRequestBody(matchingJsonPath("$.firstName", equalTo("Giuliana"))));
        DownstreamStubs.server.verify(exactly(0), putRequestedFor(urlEqualTo(participant(ED_000, student)))
                .withRequestBody(matchingJsonPath("$.firstName", equalTo("Giulia"))));
    }

    @Test
    void aConfirmationRacingADocumentCorrectionDecidesOnTheCorrectedDocument() throws Exception {
        // the permit was typed wrong: it expired yesterday
        long student = createStudent(eligibleFor("000"));
        long id = preEnrolled(ED_000, student);
        HttpResponse<String> refused = confirmWhileTheStudentIsChanged(id, student,
                "permit_expires_on = DATE '" + Italy.today().minusDays(1) + "'");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"RESIDENCE_PERMIT\""), refused.body());
        assertEquals("PRE_ENROLLED", status(id));
        DownstreamStubs.server.verify(exactly(0), putRequestedFor(urlEqualTo(participant(ED_000, student))));
    }

    /** attendance-service holding the student as a participant of the edition, registered by that enrollment. */
    static StubMapping participantIn(long editionId, long studentId, long enrollmentId, String status) {
        return DownstreamStubs.server.stubFor(get(urlEqualTo(participant(editionId, studentId))).atPriority(1)
                .willReturn(okJson("{\"editionId\": " + editionId + ", \"studentId\": " + studentId + ", \"enrollmentId\": "
                        + enrollmentId + ", \"firstName\": \"Giulia\", \"lastName\": \"Bianchi\", \"joinedOn\": \""
                        + FUTURE_START + "\", \"status\": \"" + status + "\", \"withdrawnOn\": null, \"withdrawalReason\": null}")));
    }

    static String participant(long editionId, long studentId) {
        return "/editions/" + editionId + "/participants/" + studentId;
    }

    static String withdrawal(long editionId, long studentId) {
        return participant(editionId, studentId) + "/withdrawal";
    }

    /** attendance answering the student's registration (the confirmation's PUT) so, until the stub is removed. */
    static StubMapping registrationAnswers(long studentId, ResponseDefinitionBuilder answer) {
        return DownstreamStubs.server.stubFor(put(urlEqualTo(participant(ED_000, studentId))).atPriority(1).willReturn(answer));
    }

    @Test
    void aConfirmationWhoseRegistrationTimesOutWithdrawsTheParticipantAttendanceMayHaveTaken() {
        long student = createStudent(eligibleFor("000"));
        long id = preEnrolled(ED_000, student);
        // attendance commits each PUT but answers after the client's 3 s timeout
        StubMapping slow = registrationAnswers(student, aResponse().withFixedDelay(3500).withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ACTIVE\"}"));
        StubMapping registered = participantIn(ED_000, student, id, "ACTIVE");
        try {
            confirm(id).statusCode(503).body("detail", containsString("rolled back"));
        } finally {
            DownstreamStubs.server.removeStub(slow);
            DownstreamStubs.server.removeStub(registered);
        }
        assertEquals("PRE_ENROLLED", status(id));
        // never confirmed: withdrawn as of the day before the joining day it was registered with, so it counts no day
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlEqualTo(withdrawal(ED_000, student)))
                .withRequestBody(matchingJsonPath("$.withdrawnOn", equalTo(FUTURE_START.minusDays(1).toString())))
                .withRequestBody(matchingJsonPath("$.reason", containing("Enrollment " + id + " was never confirmed")))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        // a retry that succeeds registers it again
        confirm(id).statusCode(200).body("status", is("CONFIRMED"));
    }

    @Test
    void aFailedConfirmationLeavesAloneAParticipantAttendanceDidNotTakeOrThatIsAnotherEnrollments() {
        long student = createStudent(eligibleFor("000"));
        long earlier = preEnrolled(ED_000, student);
        // refused (a 4xx is not retried and does not count towards opening the circuit of the other tests' PUTs)
        StubMapping down = registrationAnswers(student, aResponse().withStatus(400));
        try {
            // attendance did not take it (404): nothing to withdraw
            confirm(earlier).statusCode(503);
            DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlEqualTo(withdrawal(ED_000, student))));
            // attendance holds the student for another enrollment (an earlier one, withdrawn): not ours to touch
            StubMapping other = participantIn(ED_000, student, earlier + 1000, "WITHDRAWN");
            try {
                confirm(earlier).statusCode(503);
            } finally {
                DownstreamStubs.server.removeStub(other);
            }
            DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlEqualTo(withdrawal(ED_000, student))));
        } finally {
            DownstreamStubs.server.removeStub(down);
        }
    }

    @Test
    void withdrawingAnUnconfirmedEnrollmentWithdrawsTheParticipantAFailedConfirmationLeftInAttendance() {
        long student = createStudent(eligibleFor("000"));
        long id = preEnrolled(ED_002, student);
        StubMapping orphan = participantIn(ED_002, student, id, "ACTIVE");
        try {
            withdraw(id, Map.of("reason", "Changed mind")).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
        } finally {
            DownstreamStubs.server.removeStub(orphan);
        }
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlEqualTo(withdrawal(ED_002, student)))
                .withRequestBody(matchingJsonPath("$.withdrawnOn", equalTo(FUTURE_START.minusDays(1).toString())))
                .withRequestBody(matchingJsonPath("$.reason", containing("never confirmed"))));
    }

    @Test
    void withdrawingAnUnconfirmedEnrollmentSendsNothingWhenAttendanceHasNoParticipantOfItsOwn() {
        long student = createStudent(eligibleFor("000"));
        // never registered (404)
        long plain = preEnrolled(ED_000, student);
        withdraw(plain, Map.of()).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
        DownstreamStubs.server.verify(exactly(0), postRequestedFor(urlEqualTo(withdrawal(ED_000, student))));
        // confirmed and withdrawn (attendance is told), then pre-enrolled again: attendance's participant is the
        // confirmed enrollment's, whose withdrawal date and reason a second withdrawal would overwrite
        long confirmed = preEnrolled(ED_000, student);
        confirm(confirmed).statusCode(200);
        withdraw(confirmed, Map.of("reason", "Found a job")).statusCode(200);
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlEqualTo(withdrawal(ED_000, student))));
        long again = preEnrolled(ED_000, student);
        StubMapping earlier = participantIn(ED_000, student, confirmed, "WITHDRAWN");
        try {
            withdraw(again, Map.of()).statusCode(200);
        } finally {
            DownstreamStubs.server.removeStub(earlier);
        }
        DownstreamStubs.server.verify(exactly(1), postRequestedFor(urlEqualTo(withdrawal(ED_000, student))));
    }

    @Test
    void whenAttendanceCannotSayWhetherItHoldsTheParticipantTheWithdrawalIsRolledBack() {
        long student = createStudent(eligibleFor("000"));
        long id = preEnrolled(ED_000, student);
        StubMapping down = DownstreamStubs.server.stubFor(get(urlEqualTo(participant(ED_000, student)))
                .atPriority(1).willReturn(aResponse().withStatus(500)));
        try {
            withdraw(id, Map.of()).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("the withdrawal was rolled back (the enrollment is still PRE_ENROLLED)"));
        } finally {
            DownstreamStubs.server.removeStub(down);
        }
        assertEquals("PRE_ENROLLED", status(id));
        withdraw(id, Map.of()).statusCode(200).body("enrollment.status", is("WITHDRAWN"));
    }
}
