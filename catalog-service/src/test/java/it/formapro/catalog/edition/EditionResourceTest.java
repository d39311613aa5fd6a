package it.formapro.catalog.edition;

import static io.restassured.RestAssured.given;
import static it.formapro.catalog.TestSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EditionResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String ACCREDITATION = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";

    @Inject
    EditionService editions;

    @Inject
    ObjectMapper json;

    static Map<String, Object> edition001() {
        Map<String, Object> body = new HashMap<>();
        body.put("provider", "Ente Formazione Demo");
        body.put("providerAccreditation", ACCREDITATION);
        body.put("qualificationCode", "001");
        body.put("qualificationVersion", 1);
        body.put("title", "Addetto al servizio clienti - Pescara 2027");
        body.put("location", "Pescara, via Roma 1");
        body.put("startDate", "2027-01-11");
        body.put("endDate", "2027-06-30");
        body.put("plannedHours", 208);
        body.put("plannedInternshipHours", 80);
        body.put("capacity", 20);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static long create(Map<String, Object> body) {
        return as("admin").contentType(ContentType.JSON).body(body).post("/editions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static int totalEditions() {
        return Integer.parseInt(as("admin").get("/editions").then().statusCode(200).extract().header("X-Total-Count"));
    }

    @Test
    void createsReadsAndListsAnEdition() {
        long id = as("admin").contentType(ContentType.JSON).body(edition001()).post("/editions")
                .then().statusCode(201)
                .body("status", is("PLANNED"))
                .body("qualificationCode", is("001"))
                .body("qualificationVersion", is(1))
                .body("plannedHours", is(208.0))
                .body("version", is(0))
                .body("allowedNextStatuses", contains("OPEN", "CLOSED"))
                .extract().jsonPath().getLong("id");
        as("frontdesk").get("/editions/" + id).then().statusCode(200)
                .body("title", is("Addetto al servizio clienti - Pescara 2027"))
                .body("plannedInternshipHours", is(80.0));
        as("portal").queryParam("qualification", "001").queryParam("status", "planned").get("/editions")
                .then().statusCode(200).body("id", hasItem((int) id)).body("status", not(hasItem("OPEN")));
        as("tutor").queryParam("qualification", "003").get("/editions")
                .then().statusCode(200).body("id", not(hasItem((int) id)));
    }

    @Test
    void aPortalListsOnlyTheEditionsThatStillTakeStudentsAndFiltersByRegion() {
        // 000 names no Region, so each edition records its own: unique ones keep this test apart from the others
        Map<String, Object> e000 = with(edition001(), "qualificationCode", "000", "plannedHours", 250);
        e000.remove("plannedInternshipHours");
        String region = "Molise " + System.nanoTime();
        long planned = create(with(e000, "issuingRegion", region));
        long open = create(with(e000, "issuingRegion", region));
        long ended = create(with(e000, "issuingRegion", region, "startDate", "2020-01-13", "endDate", "2020-06-30"));
        long elsewhere = create(with(e000, "issuingRegion", "Basilicata " + System.nanoTime()));
        for (long id : new long[] {open, ended, elsewhere}) {
            as("admin").contentType(ContentType.JSON).body(Map.of("status", "OPEN", "version", 0))
                    .post("/editions/" + id + "/status").then().statusCode(200);
        }
        // the Region filter ignores case, and enrollable keeps the OPEN one whose end has not passed
        as("portal").queryParam("region", region.toUpperCase()).get("/editions").then().statusCode(200)
                .header("X-Total-Count", "3").body("id", containsInAnyOrder((int) planned, (int) open, (int) ended));
        as("portal").queryParam("region", region).queryParam("enrollable", true).get("/editions").then().statusCode(200)
                .header("X-Total-Count", "1").body("id", contains((int) open));
        as("portal").queryParam("enrollable", true).queryParam("size", 100).get("/editions").then().statusCode(200)
                .body("id", not(hasItem((int) ended))).body("id", not(hasItem((int) planned)))
                .body("status", everyItem(is(oneOf("OPEN", "RUNNING"))));
        // any value but true or false is refused, not read as false (which would list every edition)
        as("portal").queryParam("enrollable", "yes").get("/editions").then().statusCode(400)
                .contentType(PROBLEM).body("detail", is("Query parameter 'enrollable' must be true or false, not 'yes'"));
        as("portal").queryParam("enrollable", "TRUE").queryParam("region", region).get("/editions").then().statusCode(200)
                .body("id", contains((int) open));
    }

    @Test
    void recordsTheProviderAccreditationAndPublishesItInTheRules() {
        // D.lgs 13/2013 art. 6: exam-service prints it on certificates, so the rules document must carry it
        long id = as("admin").contentType(ContentType.JSON)
                .body(with(edition001(), "providerAccreditation", "  " + ACCREDITATION + " ")).post("/editions")
                .then().statusCode(201).body("providerAccreditation", is(ACCREDITATION))
                .extract().jsonPath().getLong("id");
        as("frontdesk").get("/editions/" + id).then().statusCode(200).body("providerAccreditation", is(ACCREDITATION));
        as("exam-board").get("/editions/" + id + "/rules").then().statusCode(200)
                .body("provider", is("Ente Formazione Demo"))
                .body("providerAccreditation", is(ACCREDITATION));

        // optional: absent or blank is stored as absent, and the rules say so with null
        Map<String, Object> without = with(edition001(), "title", "Senza accreditamento");
        without.remove("providerAccreditation");
        long bare = create(without);
        as("admin").get("/editions/" + bare + "/rules").then().statusCode(200)
                .body("containsKey('providerAccreditation')", is(true))
                .body("providerAccreditation", is((Object) null));
        // recorded later with a PUT, as exam-service's refusal tells the admin to do
        as("admin").contentType(ContentType.JSON).body(with(without, "providerAccreditation", ACCREDITATION, "version", 0))
                .put("/editions/" + bare).then().statusCode(200).body("providerAccreditation", is(ACCREDITATION));
        as("admin").get("/editions/" + bare + "/rules").then().statusCode(200).body("providerAccreditation", is(ACCREDITATION));
        long blank = create(with(edition001(), "title", "Accreditamento vuoto", "providerAccreditation", "   "));
        as("admin").get("/editions/" + blank).then().statusCode(200).body("providerAccreditation", is((Object) null));
    }

    @Test
    void theIssuingRegionIsTheStandardsOrWhereItNamesNoneTheOneTheProviderRecords() {
        // 001 belongs to the Abruzzo repertorio: its editions inherit the Region, and no other is accepted
        long abruzzo = create(with(edition001(), "title", "Regione ereditata"));
        as("frontdesk").get("/editions/" + abruzzo).then().statusCode(200).body("issuingRegion", is("Abruzzo"));
        as("exam-board").get("/editions/" + abruzzo + "/rules").then().statusCode(200)
                .body("issuingRegion", is("Abruzzo"))
                .body("qualification.repertory", is("Repertorio delle qualificazioni della Regione Abruzzo"));
        int before = totalEditions();
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "title", "Altra regione", "issuingRegion", "Campania"))
                .post("/editions").then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/edition-rules"))
                .body("violations.field", hasItem("issuingRegion"))
                .body("detail", containsString("belongs to the repertorio of Regione Abruzzo"));
        assertEquals(before, totalEditions(), "a refused request must not create anything");
        // the same Region, spelt as a heading, is the standard's
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "title", "Stessa regione", "issuingRegion", "REGIONE abruzzo"))
                .post("/editions").then().statusCode(201);

        // 000's document names no Region: null until the provider records the one that authorised the edition
        Map<String, Object> e000 = with(edition001(), "qualificationCode", "000", "title", "Tecnico esperto - Napoli",
                "plannedHours", 250);
        e000.remove("plannedInternshipHours");
        long unknown = create(e000);
        as("exam-board").get("/editions/" + unknown + "/rules").then().statusCode(200)
                .body("containsKey('issuingRegion')", is(true))
                .body("issuingRegion", is((Object) null))
                .body("qualification.region", is((Object) null));
        as("admin").contentType(ContentType.JSON).body(with(e000, "issuingRegion", " Regione Campania ", "version", 0))
                .put("/editions/" + unknown).then().statusCode(200).body("issuingRegion", is("Campania"));
        as("exam-board").get("/editions/" + unknown + "/rules").then().statusCode(200).body("issuingRegion", is("Campania"));
    }

    @Test
    void refusesAnAccreditationLongerThan300CharactersAndCreatesNothing() {
        int before = totalEditions();
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "providerAccreditation", "A".repeat(301)))
                .post("/editions").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("providerAccreditation"));
        assertEquals(before, totalEditions(), "a refused request must not create anything");
        // exactly 300 is accepted
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "title", "300", "providerAccreditation", "A".repeat(300)))
                .post("/editions").then().statusCode(201).body("providerAccreditation", is("A".repeat(300)));
    }

    @Test
    void locationPointsToTheNewEdition() {
        var response = as("admin").contentType(ContentType.JSON).body(with(edition001(), "title", "Location check")).post("/editions")
                .then().statusCode(201).extract();
        assertEquals(true, response.header("Location").endsWith("/editions/" + response.jsonPath().getLong("id")));
    }

    @Test
    void servesTheEditionRulesDocumentOfTheContract() {
        long id = create(edition001());
        as("tutor").get("/editions/" + id + "/rules").then().statusCode(200)
                .body("editionId", is((int) id))
                .body("editionTitle", is("Addetto al servizio clienti - Pescara 2027"))
                .body("provider", is("Ente Formazione Demo"))
                .body("providerAccreditation", is(ACCREDITATION))
                .body("startDate", is("2027-01-11"))
                .body("endDate", is("2027-06-30"))
                .body("plannedHours", is(208.0))
                .body("plannedInternshipHours", is(80.0))
                .body("capacity", is(20))
                .body("status", is("PLANNED"))
                .body("qualification.code", is("001"))
                .body("qualification.version", is(1))
                .body("qualification.source", is("Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023"))
                .body("hours.minTotal", is(208.0))
                .body("hours.elearningMaxHours", is(99.0))
                .body("hours.internshipMin", is(60.0))
                .body("hours.internshipMax", is(100.0))
                .body("hours.internshipIncludedInTotal", is(false))
                .body("hours.containsKey('minClassroom')", is(true))
                .body("attendance.admissionPercent", is(70))
                .body("attendance.tuiPercent", is(20))
                .body("attendance.tuiStated", is(false))
                .body("attendance.lateJoinerPolicy", is("COUNT_AS_ABSENCE"))
                .body("attendance.creditMaxClassroomLabPercent", is(30))
                .body("entry.minAge", is(18))
                .body("entry.minAgeAlternative", is("RIGHT_DUTY_FULFILLED"))
                .body("entry.residencePermitStated", is(true))
                .body("units", hasSize(13))
                .body("units[1].code", is("2"))
                .body("units[1].title", is("Normativa di settore"))
                .body("units[1].minHours", is(10.0))
                .body("units[1].elearningMaxHours", is(5.0))
                .body("units[1].creditAllowed", is(false))
                .body("units[1].sequence", is(2))
                .body("propedeuticUnitCodes", contains("2", "3"))
                .body("competenceUnits", hasSize(4));
        as("admin").get("/editions/999999/rules").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void updatesWithOptimisticLockingAndRefusesStaleWrites() {
        long id = create(edition001());
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "capacity", 25, "version", 0)).put("/editions/" + id)
                .then().statusCode(200).body("capacity", is(25)).body("version", is(1));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "capacity", 30, "version", 0)).put("/editions/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/concurrent-modification"))
                .body("figures.currentVersion", is(1));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "capacity", 30)).put("/editions/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("version"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedHours", 200, "version", 1)).put("/editions/" + id)
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", is("MIN_TOTAL_HOURS"));
        as("admin").get("/editions/" + id).then().body("capacity", is(25)).body("plannedHours", is(208.0)).body("version", is(1));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "version", 0)).put("/editions/424242")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void walksTheStatusLifeCycleAndFreezesAClosedEdition() {
        long id = create(edition001());
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "RUNNING")).post("/editions/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/invalid-status-transition"))
                .body("figures.allowedNext", contains("OPEN", "CLOSED"));
        as("tutor").contentType(ContentType.JSON).body(Map.of("status", "OPEN")).post("/editions/" + id + "/status")
                .then().statusCode(403).contentType(PROBLEM);
        as("frontdesk").contentType(ContentType.JSON).body(with(edition001(), "version", 0)).put("/editions/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "OPEN", "version", 7)).post("/editions/" + id + "/status")
                .then().statusCode(409).body("type", is("https://formapro.it/problems/concurrent-modification"));
        as("admin").get("/editions/" + id).then().body("status", is("PLANNED"));
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "OPEN", "version", 0)).post("/editions/" + id + "/status")
                .then().statusCode(200).body("status", is("OPEN")).body("version", is(1));
        // a running edition keeps its qualification
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "RUNNING")).post("/editions/" + id + "/status")
                .then().statusCode(200).body("status", is("RUNNING"));
        long version = as("admin").get("/editions/" + id).then().extract().jsonPath().getLong("version");
        as("admin").contentType(ContentType.JSON)
                .body(with(edition001(), "qualificationCode", "000", "plannedHours", 250, "plannedInternshipHours", null, "version", version))
                .put("/editions/" + id)
                .then().statusCode(409).body("type", is("https://formapro.it/problems/qualification-locked"));
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "CLOSED")).post("/editions/" + id + "/status")
                .then().statusCode(200).body("status", is("CLOSED")).body("allowedNextStatuses", hasSize(0));
        long closedVersion = as("admin").get("/editions/" + id).then().extract().jsonPath().getLong("version");
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "capacity", 5, "version", closedVersion)).put("/editions/" + id)
                .then().statusCode(409).contentType(PROBLEM).body("type", is("https://formapro.it/problems/edition-closed"));
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "OPEN")).post("/editions/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("CLOSED is final"));
        as("admin").get("/editions/" + id).then().body("status", is("CLOSED")).body("capacity", is(20));
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "FINISHED")).post("/editions/" + id + "/status")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("PLANNED"));
        as("admin").queryParam("status", "FINISHED").get("/editions").then().statusCode(400).contentType(PROBLEM);
        as("admin").queryParam("status", "closed").get("/editions").then().statusCode(200).body("id", hasItem((int) id));
    }

    static long close(long id) {
        for (String status : new String[] {"OPEN", "RUNNING", "CLOSED"}) {
            as("admin").contentType(ContentType.JSON).body(Map.of("status", status)).post("/editions/" + id + "/status")
                    .then().statusCode(200).body("status", is(status));
        }
        return as("admin").get("/editions/" + id).then().extract().jsonPath().getLong("version");
    }

    @Test
    void aClosedEditionStillTakesTheReferencesItsDocumentsCarryAndNothingElse() {
        // exams are held on CLOSED editions, and exam-service issues no document without these references (D.lgs
        // 13/2013 art. 6): closing without them is allowed, the answer names them, and a PUT records them afterwards
        Map<String, Object> body = with(edition001(), "title", "Chiusa senza accreditamento");
        body.remove("providerAccreditation");
        long id = create(body);
        for (String status : new String[] {"OPEN", "RUNNING"}) {
            as("admin").contentType(ContentType.JSON).body(Map.of("status", status)).post("/editions/" + id + "/status")
                    .then().statusCode(200);
        }
        as("admin").contentType(ContentType.JSON).body(Map.of("status", "CLOSED")).post("/editions/" + id + "/status")
                .then().statusCode(200).body("status", is("CLOSED"))
                .body("missingDocumentReferences", contains("providerAccreditation"));
        long version = as("admin").get("/editions/" + id).then().extract().jsonPath().getLong("version");

        // any other field is final: 409 naming the ones that differ and the ones that may change; nothing changes
        as("admin").contentType(ContentType.JSON)
                .body(with(body, "providerAccreditation", ACCREDITATION, "capacity", 25, "title", "Altro", "version", version))
                .put("/editions/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/edition-closed"))
                .body("violations.field", contains("title", "capacity"))
                .body("figures.changeableFields", contains("providerAccreditation", "issuingRegion"))
                .body("detail", containsString("providerAccreditation, issuingRegion"));
        as("admin").get("/editions/" + id).then().body("providerAccreditation", is((Object) null))
                .body("capacity", is(20)).body("version", is((int) version));

        // the optimistic lock still applies
        as("admin").contentType(ContentType.JSON).body(with(body, "providerAccreditation", ACCREDITATION, "version", version + 1))
                .put("/editions/" + id).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/concurrent-modification"));

        // the edition as read, with the references: recorded, and the rules exam-service reads carry them
        as("admin").contentType(ContentType.JSON)
                .body(with(body, "providerAccreditation", ACCREDITATION, "plannedHours", "208.00", "version", version))
                .put("/editions/" + id).then().statusCode(200)
                .body("status", is("CLOSED"))
                .body("providerAccreditation", is(ACCREDITATION))
                .body("missingDocumentReferences", hasSize(0))
                .body("version", is((int) version + 1));
        as("exam-board").get("/editions/" + id + "/rules").then().statusCode(200)
                .body("providerAccreditation", is(ACCREDITATION)).body("status", is("CLOSED"));
        // the edition sent back as read (the view shows the standard's Region) changes nothing
        as("admin").contentType(ContentType.JSON)
                .body(with(body, "providerAccreditation", ACCREDITATION, "issuingRegion", "Abruzzo", "version", version + 1))
                .put("/editions/" + id).then().statusCode(200).body("version", is((int) version + 1));

        // corrected, not removed; a Region other than the standard's is still refused
        String corrected = "Regione Abruzzo, accreditamento DD n. 9/DPG010 del 2025, codice ente A0123";
        as("admin").contentType(ContentType.JSON).body(with(body, "providerAccreditation", corrected, "version", version + 1))
                .put("/editions/" + id).then().statusCode(200).body("providerAccreditation", is(corrected));
        as("admin").contentType(ContentType.JSON).body(with(body, "version", version + 2))
                .put("/editions/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/edition-closed"))
                .body("violations.field", contains("providerAccreditation"))
                .body("detail", containsString("not removed"));
        as("admin").contentType(ContentType.JSON)
                .body(with(body, "providerAccreditation", corrected, "issuingRegion", "Campania", "version", version + 2))
                .put("/editions/" + id).then().statusCode(422)
                .body("violations.field", contains("issuingRegion"));
        as("admin").get("/editions/" + id).then().body("providerAccreditation", is(corrected))
                .body("issuingRegion", is("Abruzzo")).body("version", is((int) version + 2));

        // 000 names no Region: one closed without it gets it recorded afterwards
        Map<String, Object> e000 = with(edition001(), "qualificationCode", "000", "title", "Tecnico esperto - chiusa",
                "plannedHours", 250);
        e000.remove("plannedInternshipHours");
        long noRegion = create(e000);
        long closedVersion = close(noRegion);
        as("admin").get("/editions/" + noRegion).then().body("missingDocumentReferences", contains("issuingRegion"));
        as("admin").contentType(ContentType.JSON).body(with(e000, "issuingRegion", "Regione Campania", "version", closedVersion))
                .put("/editions/" + noRegion).then().statusCode(200)
                .body("issuingRegion", is("Campania")).body("missingDocumentReferences", hasSize(0));
        as("exam-board").get("/editions/" + noRegion + "/rules").then().body("issuingRegion", is("Campania"));
    }

    @Test
    void refusesDatesOutsidePostgresqlsRangeWith400WithOrWithoutAnIdempotencyKey() {
        // JSON reads years up to +999999999; PostgreSQL stores up to 5874897 AD: a 500 before, and with a key a 409
        // "in flight, retry it" that no retry could ever get past
        int before = totalEditions();
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "endDate", "+9999999-12-31")).post("/editions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains("endDate"))
                .body("detail", containsString("1850-01-01 and 2199-12-31"));
        String key = UUID.randomUUID().toString();
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(with(edition001(), "endDate", "+9999999-12-31")).post("/editions")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("endDate"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "startDate", "1849-12-31")).post("/editions")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("startDate"));
        assertEquals(before, totalEditions(), "a refused request must not create anything");
        // the key was not used up: the corrected request creates the edition
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(edition001()).post("/editions")
                .then().statusCode(201);

        long id = create(edition001());
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "endDate", "+9999999-12-31", "version", 0))
                .put("/editions/" + id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("endDate"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "endDate", "2199-12-31", "version", 0))
                .put("/editions/" + id).then().statusCode(200).body("endDate", is("2199-12-31"));
    }

    @Test
    void refusesEveryInvalidEditionWithAProblemAndChangesNothing() {
        int before = totalEditions();

        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedHours", 207)).post("/editions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/edition-rules"))
                .body("violations[0].field", is("MIN_TOTAL_HOURS"))
                .body("violations[0].source", containsString("DD n. 61/DPG025"))
                .body("figures.plannedHours", is(207))
                .body("figures.minTotalHours", is(208.0))
                .body("detail", containsString("below the standard's minimum of 208 h"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedInternshipHours", 50)).post("/editions")
                .then().statusCode(422).body("violations.field", contains("INTERNSHIP_MIN_HOURS"))
                .body("figures.internshipMinHours", is(60.0));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedInternshipHours", 120)).post("/editions")
                .then().statusCode(422).body("violations.field", contains("INTERNSHIP_MAX_HOURS"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedInternshipHours", null)).post("/editions")
                .then().statusCode(422).body("violations.field", contains("INTERNSHIP_HOURS_REQUIRED"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "endDate", "2027-01-10")).post("/editions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("endDate"))
                .body("detail", containsString("before startDate 2027-01-11"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "capacity", 0)).post("/editions")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("capacity"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "qualificationCode", "999")).post("/editions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/unknown-qualification"))
                .body("figures.knownCodes", hasItems("000", "004"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "qualificationVersion", 9)).post("/editions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/unknown-qualification-version"))
                .body("figures.availableVersions", contains(1));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "qualificationCode", "004")).post("/editions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/no-training-standard"))
                .body("detail", containsString("professional profile only and no training standard"))
                .body("detail", containsString("DD n. 64/DPG009 of 18-03-2020"))
                .body("violations[0].field", is("NO_TRAINING_STANDARD"))
                .body("violations[0].source", containsString("DD n. 64/DPG009"));
        as("frontdesk").contentType(ContentType.JSON).body(edition001()).post("/editions")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(edition001()).post("/editions")
                .then().statusCode(401).contentType(PROBLEM);
        as("admin").contentType(ContentType.JSON).body("{}").post("/editions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("provider", "qualificationCode", "title", "location", "startDate", "endDate",
                        "plannedHours", "capacity"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "startDate", "11/01/2027")).post("/editions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("startDate"));
        as("admin").contentType(ContentType.JSON).body("{not json").post("/editions")
                .then().statusCode(400).contentType(PROBLEM);

        assertEquals(before, totalEditions(), "a refused request must not create anything");
    }

    @Test
    void refusesA001EditionAboveTheAdditionalUnitsLimitAndChangesNothing() {
        int before = totalEditions();
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedHours", 240)).post("/editions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/edition-rules"))
                .body("violations.field", contains("MAX_TOTAL_HOURS"))
                .body("violations[0].source", containsString("DD n. 61/DPG025"))
                .body("figures.plannedHours", is(240))
                .body("figures.maxTotalHours", is(228.8))
                .body("figures.additionalUnitsMaxPercent", is(10))
                .body("detail", containsString("above the standard's maximum of 228.8 h"))
                .body("detail", containsString("10 % of additional units (internship excluded)"));
        assertEquals(before, totalEditions(), "a refused request must not create anything");
        // the limit itself is allowed, and an update above it is refused like a create
        long id = create(with(edition001(), "plannedHours", 228.8, "title", "At the additional-units limit"));
        as("admin").contentType(ContentType.JSON).body(with(edition001(), "plannedHours", 228.81, "version", 0)).put("/editions/" + id)
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("MAX_TOTAL_HOURS"));
        as("admin").get("/editions/" + id).then().body("plannedHours", is(228.8)).body("version", is(0));
    }

    @Test
    void otherStandardsAcceptEditionsAtTheirMinimum() {
        Map<String, Object> e000 = with(edition001(), "qualificationCode", "000", "plannedHours", 250, "plannedInternshipHours", null,
                "title", "Tecnico esperto customer care - Napoli 2027");
        as("admin").contentType(ContentType.JSON).body(e000).post("/editions").then().statusCode(201);
        as("admin").contentType(ContentType.JSON).body(with(e000, "plannedHours", 249.5)).post("/editions")
                .then().statusCode(422).body("figures.minTotalHours", is(250.0));
        as("admin").contentType(ContentType.JSON).body(with(e000, "plannedInternshipHours", 260)).post("/editions")
                .then().statusCode(422).body("violations.field", contains("INTERNSHIP_WITHIN_TOTAL"));
        // version omitted: the latest version is pinned
        as("admin").contentType(ContentType.JSON)
                .body(with(e000, "qualificationCode", "003", "qualificationVersion", null, "plannedHours", 300, "title", "Inbound 2027"))
                .post("/editions").then().statusCode(201).body("qualificationVersion", is(1));
    }

    /** At most 200 characters (docs/CONTRACTS.md, "Retries"): checked with the body, as the published maxLength says. */
    @Test
    void aKeyOver200CharactersIsRefusedWithTheBodysViolationsAndCreatesNothing() {
        int before = totalEditions();
        as("admin").header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON)
                .body(with(edition001(), "providerAccreditation", "A".repeat(301))).post("/editions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains("idempotencyKey", "providerAccreditation"));
        assertEquals(before, totalEditions(), "a refused request must not create anything");
        as("admin").header("Idempotency-Key", "k".repeat(200)).contentType(ContentType.JSON)
                .body(with(edition001(), "title", "A key of 200 characters")).post("/editions")
                .then().statusCode(201).header("Idempotent-Replayed", "false");
    }

    @Test
    void anIdempotencyKeyMakesCreationSafeToRetry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = with(edition001(), "title", "Idempotent edition");
        int before = totalEditions();
        String location = as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/editions")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // the replay repeats the first answer (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(with(body, "plannedHours", "208.00"))
                .post("/editions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", is(location)).body("id", is((int) id));
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(with(body, "capacity", 99))
                .post("/editions").then().statusCode(422).contentType(PROBLEM)
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"))
                .body("violations.field", contains("Idempotency-Key"))
                .body("figures.editionId", is((int) id));
        assertEquals(before + 1, totalEditions());
        // without a key there is nothing to replay, and nothing said about it
        as("admin").contentType(ContentType.JSON).body(body).post("/editions").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void theSameKeyWhileItsFirstRequestIsBeingProcessedIsRefusedInFlightThenReplayed() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = with(edition001(), "title", "Edition in flight");
        EditionRequest request = json.convertValue(body, EditionRequest.class);
        int before = totalEditions();
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            // the first request has created the edition and not committed yet: it is still being processed
            Future<Long> firstId = first.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long id = editions.create(request, key).edition().id();
                created.countDown();
                answered.await(30, TimeUnit.SECONDS);
                return id;
            }));
            assertTrue(created.await(30, TimeUnit.SECONDS));
            as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/editions")
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("type", is("https://formapro.it/problems/idempotency-key-in-flight"))
                    .body("detail", containsString(key))
                    .header("Retry-After", "1");
            answered.countDown();
            long id = firstId.get(30, TimeUnit.SECONDS);
            as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/editions")
                    .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is((int) id));
            assertEquals(before + 1, totalEditions(), "the request refused in flight created nothing");
        } finally {
            answered.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void paginatesEditions() {
        create(edition001());
        create(edition001());
        int total = totalEditions();
        as("exam-board").queryParam("size", 1).queryParam("page", 0).get("/editions")
                .then().statusCode(200).header("X-Total-Count", String.valueOf(total)).body("$", hasSize(1));
        as("exam-board").queryParam("size", 101).get("/editions").then().statusCode(400).contentType(PROBLEM);
    }
}
