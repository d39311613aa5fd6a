package it.formapro.enrollment.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import it.formapro.common.time.Italy;
import it.formapro.enrollment.catalog.EditionRules;
import java.time.LocalDate;
import java.util.Map;

/**
 * catalog-service, attendance-service and exam-service (under /exam) as WireMock stubs answering per docs/CONTRACTS.md, so the tests exercise the
 * real REST clients, token propagation and fault tolerance. Edition ids tell the scenario (see the constants).
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    // today is asked at each use (Italy.today(), as common's ItalyClock counts it), so a run across midnight agrees
    public static final LocalDate FUTURE_START = Italy.today().plusDays(60);
    public static final LocalDate FUTURE_END = Italy.today().plusDays(200);

    /** Future editions of the seed standards, capacity 20. */
    public static final long ED_000 = 100, ED_001 = 101, ED_002 = 102, ED_003 = 103;
    /** Standard 000, future, capacity 3: concurrency. */
    public static final long ED_CAPACITY_3 = 110;
    /** Standard 001, future, capacity 1: waiting list and withdrawal. */
    public static final long ED_CAPACITY_1 = 111;
    /** Started 30 days ago, 250 planned hours, TUI 20 % = 50 h: 50.00 delivered (exactly at the limit). */
    public static final long ED_TUI_AT_LIMIT = 120;
    /** As above with 50.01 delivered. */
    public static final long ED_TUI_PAST = 121;
    /** Started; attendance-service fails on hours-delivered. */
    public static final long ED_HOURS_DOWN = 122;
    /** Future; attendance-service fails to register participants. */
    public static final long ED_REGISTER_DOWN = 123;
    /** Standard 000, future, PLANNED: not open for enrollment yet. */
    public static final long ED_PLANNED = 104;
    /** Standard 000, future, OPEN until a test answers it as PLANNED again (an enrollment made before the check existed). */
    public static final long ED_BACK_TO_PLANNED = 105;
    /** Closed edition. */
    public static final long ED_CLOSED = 130;
    /** catalog-service fails (503) for this edition. */
    public static final long ED_CATALOG_DOWN = 999;
    /** catalog-service knows no such edition. */
    public static final long ED_UNKNOWN = 404;

    public static WireMockServer server;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        rules(SeedStandards.edition(ED_000, "000", FUTURE_START, FUTURE_END, 250, 20, "OPEN"));
        rules(SeedStandards.edition(ED_001, "001", FUTURE_START, FUTURE_END, 208, 20, "OPEN"));
        rules(SeedStandards.edition(ED_002, "002", FUTURE_START, FUTURE_END, 300, 20, "OPEN"));
        rules(SeedStandards.edition(ED_003, "003", FUTURE_START, FUTURE_END, 300, 20, "OPEN"));
        rules(SeedStandards.edition(ED_CAPACITY_3, "000", FUTURE_START, FUTURE_END, 250, 3, "OPEN"));
        rules(SeedStandards.edition(ED_CAPACITY_1, "001", FUTURE_START, FUTURE_END, 208, 1, "OPEN"));
        for (long started : new long[] {ED_TUI_AT_LIMIT, ED_TUI_PAST, ED_HOURS_DOWN}) {
            rules(SeedStandards.edition(started, "000", Italy.today().minusDays(30), Italy.today().plusDays(150), 250, 20, "RUNNING"));
        }
        rules(SeedStandards.edition(ED_PLANNED, "000", FUTURE_START, FUTURE_END, 250, 20, "PLANNED"));
        rules(SeedStandards.edition(ED_BACK_TO_PLANNED, "000", FUTURE_START, FUTURE_END, 250, 20, "OPEN"));
        rules(SeedStandards.edition(ED_REGISTER_DOWN, "000", FUTURE_START, FUTURE_END, 250, 20, "OPEN"));
        rules(SeedStandards.edition(ED_CLOSED, "000", Italy.today().minusDays(300), Italy.today().minusDays(10), 250, 20, "CLOSED"));
        server.stubFor(get(urlEqualTo("/editions/" + ED_CATALOG_DOWN + "/rules"))
                .willReturn(aResponse().withStatus(503).withBody("down")));
        server.stubFor(get(urlEqualTo("/editions/" + ED_UNKNOWN + "/rules"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"Course edition 404 does not exist\"}")));

        hoursDelivered(ED_TUI_AT_LIMIT, "50.00");
        hoursDelivered(ED_TUI_PAST, "50.01");
        server.stubFor(get(urlPathEqualTo("/editions/" + ED_HOURS_DOWN + "/hours-delivered"))
                .willReturn(aResponse().withStatus(500)));
        server.stubFor(put(urlPathMatching("/editions/\\d+/participants/\\d+")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"ACTIVE\"}")));
        server.stubFor(put(urlPathMatching("/editions/" + ED_REGISTER_DOWN + "/participants/\\d+")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        // nobody is a participant unless a test says otherwise (enrollment reads it before withdrawing an unconfirmed one)
        server.stubFor(get(urlPathMatching("/editions/\\d+/participants/\\d+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"Participant does not exist\"}")));
        server.stubFor(post(urlPathMatching("/editions/\\d+/participants/\\d+/withdrawal")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"WITHDRAWN\"}")));
        // personal data: attendance at the root, exam-service under /exam (both hold /students/{id}/...)
        personalData("", "{\"source\": \"attendance\", \"participations\": []}",
                "{\"participantsPseudonymised\": 1, \"learningCheckNotesCleared\": 0}");
        personalData("/exam", "{\"source\": \"exam\", \"documents\": []}",
                "{\"documentsPseudonymised\": 1, \"admissionEntriesPseudonymised\": 1}");
        // no exam pending unless a test says otherwise (PersonalDataResourceTest, at a higher priority)
        server.stubFor(get(urlPathMatching("/exam/students/\\d+/pending-exams")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.rest-client.attendance.url", server.baseUrl(),
                "quarkus.rest-client.exam.url", server.baseUrl() + "/exam");
    }

    /** Answers GET /editions/{id}/rules with these rules (a later call for the same edition replaces the answer). */
    public static void rules(EditionRules rules) {
        try {
            server.stubFor(get(urlEqualTo("/editions/" + rules.editionId() + "/rules"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(JSON.writeValueAsString(rules))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void personalData(String prefix, String export, String erasure) {
        server.stubFor(get(urlPathMatching(prefix + "/students/\\d+/personal-data")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(export)));
        server.stubFor(post(urlPathMatching(prefix + "/students/\\d+/erasure")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(erasure)));
    }

    private void hoursDelivered(long editionId, String delivered) {
        server.stubFor(get(urlPathEqualTo("/editions/" + editionId + "/hours-delivered"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"editionId\": " + editionId + ", \"deliveredHours\": " + delivered
                                + ", \"plannedHours\": 250, \"asOf\": \"" + Italy.today() + "\"}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
