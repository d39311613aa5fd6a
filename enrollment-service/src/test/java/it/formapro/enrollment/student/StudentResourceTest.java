package it.formapro.enrollment.student;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import it.formapro.common.time.Italy;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.TestData;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class StudentResourceTest {

    @Test
    void refusesAnonymousCallers() {
        given().when().get("/students").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("tutor")))
                .when().get("/students").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersTheRightRoleFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("someone", Set.of("frontdesk")))
                .when().get("/students").then().statusCode(200).contentType("application/json");
    }

    long create(Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(student)
                .when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsAndReadsAStudentWithEvidence() {
        Map<String, Object> s = TestData.italianAdult();
        long id = create(s);
        given().auth().oauth2(token("admin")).when().get("/students/" + id).then().statusCode(200)
                .body("fiscalCode", is(s.get("fiscalCode")))
                .body("evidence.educationTitle.kind", is("UPPER_SECONDARY"))
                .body("version", is(0));
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalCode", s.get("fiscalCode")).when().get("/students")
                .then().statusCode(200).header("X-Total-Count", "1").body("id", contains((int) id));
    }

    @Test
    void invalidCodiceFiscaleIs400AndCreatesNothing() {
        long before = total();
        Map<String, Object> s = TestData.italianAdult();
        String cf = (String) s.get("fiscalCode");
        char wrong = cf.charAt(15) == 'A' ? 'B' : 'A';
        s.put("fiscalCode", cf.substring(0, 15) + wrong);
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("fiscalCode"))
                .body("violations[0].message", containsString("check character"))
                .body("detail", containsString("carattere di controllo"));
        assertEquals(before, total());
    }

    @Test
    void foreignStudentWithoutCodiceFiscaleNeedsAnotherIdentifier() {
        Map<String, Object> s = TestData.italianAdult();
        s.remove("fiscalCode");
        s.put("citizenship", "NON_EU");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(400).body("detail", containsString("another identifier"));
        s.put("otherIdType", "PASSPORT");
        s.put("otherIdCountry", "al");
        s.put("otherIdValue", "YA" + System.nanoTime());
        long id = create(s);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then()
                .body("fiscalCode", nullValue()).body("otherIdType", is("PASSPORT")).body("otherIdCountry", is("AL"));
    }

    @Test
    void staleUpdateIsAConflict() {
        Map<String, Object> s = TestData.italianAdult();
        long id = create(s);
        s.put("phone", "+39 085 111");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", s))
                .when().put("/students/" + id).then().statusCode(200).body("version", is(1)).body("phone", is("+39 085 111"));
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", s))
                .when().put("/students/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/concurrent-modification"))
                .body("detail", containsString("your version 0, current 1")).body("figures.currentVersion", is(1)).body("figures.yourVersion", is(0));
    }

    @Test
    void duplicateCodiceFiscaleIsAConflict() {
        Map<String, Object> s = TestData.italianAdult();
        create(s);
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(409);
    }

    @Test
    void identityForTheExamBoardButNoPersonalDataOtherwise() {
        Map<String, Object> s = TestData.italianAdult();
        long id = create(s);
        // GDPR art. 5(1)(c): a board reads its candidates' identities, not those of students never confirmed
        given().auth().oauth2(token("exam-board")).when().get("/students/" + id + "/identity").then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/not-a-candidate"))
                .body("detail", containsString("never been confirmed"));
        long enrollment = given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("studentId", id)).when().post("/editions/" + DownstreamStubs.ED_000 + "/enrollments")
                .then().statusCode(201).extract().jsonPath().getLong("enrollment.id");
        given().auth().oauth2(token("exam-board")).when().get("/students/" + id + "/identity").then().statusCode(403);
        given().auth().oauth2(token("frontdesk")).when().post("/enrollments/" + enrollment + "/confirmation").then()
                .statusCode(200);
        given().auth().oauth2(token("exam-board")).when().get("/students/" + id + "/identity").then().statusCode(200)
                .body("studentId", is((int) id)).body("fiscalCode", is(s.get("fiscalCode")))
                .body("birthPlace", is("Pescara")).body("email", nullValue()).body("evidence", nullValue());
        given().auth().oauth2(token("exam-board")).when().get("/students/" + id).then().statusCode(403);
        given().auth().oauth2(token("portal")).when().get("/students/" + id + "/identity").then().statusCode(403);
        given().auth().oauth2(token("tutor")).when().get("/students/" + id + "/identity").then().statusCode(403);
    }

    /** The identity as the front desk reads it (an exam board reads only its candidates'). */
    static io.restassured.response.ValidatableResponse identity(long id) {
        return given().auth().oauth2(token("frontdesk")).when().get("/students/" + id + "/identity").then()
                .statusCode(200).contentType(ContentType.JSON);
    }

    /**
     * The identity a certificate must carry names its holder's identity document whenever one is on file (D.lgs 13/2013
     * art. 6: a holder without a codice fiscale is identified by it): none for a codice fiscale alone, the document alone
     * without one, both when both are on file, and a document recorded before countries were asked without its country.
     */
    @Test
    void theIdentityCarriesTheIdentityDocumentOnFile() {
        Map<String, Object> italian = TestData.italianAdult();
        long cfOnly = create(italian);
        identity(cfOnly).body("fiscalCode", is(italian.get("fiscalCode"))).body("$", hasKey("identityDocument"))
                .body("identityDocument", nullValue());

        String passport = "YB" + System.nanoTime();
        long documentOnly = create(foreignerWithPassport("AL", passport.toLowerCase()));
        identity(documentOnly).body("fiscalCode", nullValue())
                .body("identityDocument.type", is("PASSPORT"))
                .body("identityDocument.country", is("AL"))
                .body("identityDocument.number", is(passport))
                .body("identityDocument", aMapWithSize(3))
                .body("email", nullValue()).body("otherIdValue", nullValue());

        Map<String, Object> both = foreignerWithPassport("UA", "YC" + System.nanoTime());
        both.put("otherIdType", "IDENTITY_CARD");
        both.put("fiscalCode", TestData.fiscalCode(LocalDate.of(1992, 4, 4)));
        long withBoth = create(both);
        identity(withBoth).body("fiscalCode", is(both.get("fiscalCode")))
                .body("identityDocument.type", is("IDENTITY_CARD"))
                .body("identityDocument.country", is("UA"))
                .body("identityDocument.number", is(both.get("otherIdValue")));

        recordedBeforeCountriesWereAsked(documentOnly);
        identity(documentOnly).body("identityDocument.type", is("PASSPORT"))
                .body("identityDocument.number", is(passport))
                .body("identityDocument", hasKey("country")).body("identityDocument.country", nullValue());
    }

    @Test
    void sameIdempotencyKeyReplaysAndCreatesNothingNew() {
        Map<String, Object> s = TestData.italianAdult();
        String key = UUID.randomUUID().toString();
        String location = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().header("Location");
        long first = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // the first answer again (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", is(location)).body("id", is((int) first));
        // a request without a key is told nothing about replays
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(TestData.italianAdult())
                .when().post("/students").then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    static io.restassured.response.ValidatableResponse post(Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(student).when().post("/students").then();
    }

    static void notStored(Object fiscalCode) {
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalCode", fiscalCode).when().get("/students").then()
                .statusCode(200).header("X-Total-Count", "0").body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void aCitizenshipContradictingTheCountryOfCitizenshipIsRefusedNamingBothFields() {
        List<String[]> wrong = List.of(new String[] {"EU", "Albania"}, new String[] {"EU", "Italia"}, new String[] {"EU", "Svizzera"},
                new String[] {"ITALIAN", "France"}, new String[] {"ITALIAN", "AL"}, new String[] {"NON_EU", "fr"},
                new String[] {"NON_EU", "Italy"}, new String[] {"NON_EU", "Germania"});
        for (String[] pair : wrong) {
            Map<String, Object> s = TestData.italianAdult();
            s.put("citizenship", pair[0]);
            s.put("citizenshipCountry", pair[1]);
            post(s).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("citizenshipCountry"))
                    .body("detail", containsString("citizenship " + pair[0]))
                    .body("detail", containsString("citizenshipCountry '" + pair[1] + "'"));
            notStored(s.get("fiscalCode"));
        }
        List<String[]> right = List.of(new String[] {"EU", "Francia"}, new String[] {"EU", "de"}, new String[] {"EU", " the  Netherlands "},
                new String[] {"EU", "EL"}, new String[] {"EU", "Repubblica Ceca"}, new String[] {"NON_EU", "Albania"},
                new String[] {"NON_EU", "Narnia"}, new String[] {"ITALIAN", "IT"}, new String[] {"ITALIAN", "italia"});
        for (String[] pair : right) {
            Map<String, Object> s = TestData.italianAdult();
            s.put("citizenship", pair[0]);
            s.put("citizenshipCountry", pair[1]);
            post(s).statusCode(201).body("citizenshipCountry", is(pair[1].trim()));
        }
        // an update too, and the refused one changes nothing
        Map<String, Object> s = TestData.italianAdult();
        s.put("citizenship", "EU");
        s.put("citizenshipCountry", "Spain");
        long id = create(s);
        s.put("citizenshipCountry", "Albania");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", s))
                .when().put("/students/" + id).then().statusCode(400)
                .body("violations.field", hasItem("student.citizenshipCountry"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then()
                .body("citizenshipCountry", is("Spain")).body("version", is(0));
    }

    @Test
    void aBirthDateThatDisagreesWithTheCodiceFiscaleIsRefusedOnCreateAndNothingIsStored() {
        Map<String, Object> s = TestData.student(LocalDate.of(1990, 5, 10), "ITALIAN", null);
        String cf = (String) s.get("fiscalCode");
        for (LocalDate wrong : List.of(LocalDate.of(1990, 5, 11), LocalDate.of(1990, 6, 10), LocalDate.of(1991, 5, 10))) {
            s.put("birthDate", wrong.toString());
            String body = post(s).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("birthDate"))
                    .body("detail", containsString("the birth date does not agree with the codice fiscale"))
                    .extract().asString();
            assertFalse(body.contains(cf), "the codice fiscale is personal data, not echoed: " + body);
            notStored(cf);
        }
        // the code does not encode the century: the same day a hundred years earlier agrees
        s.put("birthDate", "1890-05-10");
        post(s).statusCode(201).body("birthDate", is("1890-05-10"));
    }

    @Test
    void aBirthDateThatDisagreesWithTheCodiceFiscaleIsRefusedOnUpdateAndChangesNothing() {
        Map<String, Object> s = TestData.student(LocalDate.of(1988, 2, 29), "ITALIAN", null);
        long id = create(s);
        s.put("birthDate", "1988-02-28");
        s.put("phone", "+39 085 222");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", s))
                .when().put("/students/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("student.birthDate"))
                .body("detail", containsString("another day (characters 10-11) of birth"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then()
                .body("birthDate", is("1988-02-29")).body("phone", nullValue()).body("version", is(0));
        // a codice fiscale replaced by one of another birth day, with the old date: refused as well
        s.put("birthDate", "1988-02-29");
        s.put("fiscalCode", TestData.fiscalCode(LocalDate.of(1988, 3, 29)));
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", s))
                .when().put("/students/" + id).then().statusCode(400)
                .body("detail", containsString("another month (character 9) of birth"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then().body("version", is(0));
    }

    @Test
    void aDocumentDatedInTheFutureIsRefusedAndNothingIsStored() {
        String tomorrow = Italy.today().plusDays(1).toString();
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        documents.put("italianCertificate.issuedOn", Map.of("level", "B1", "issuedOn", tomorrow));
        documents.put("italianEntryTest.takenOn", Map.of("level", "B1", "takenOn", tomorrow));
        documents.put("permitRenewalReceipt.appliedOn", Map.of("appliedOn", tomorrow));
        documents.put("competenceCheck.checkedOn", Map.of("passed", true, "checkedOn", tomorrow));
        for (var d : documents.entrySet()) {
            String document = d.getKey().substring(0, d.getKey().indexOf('.'));
            Map<String, Object> s = TestData.student(LocalDate.of(1990, 1, 1), "NON_EU", Map.of(document, d.getValue()));
            post(s).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("evidence." + d.getKey()))
                    .body("detail", containsString("evidence." + d.getKey()));
            notStored(s.get("fiscalCode"));
        }
        // dated today (in Italy) they count
        String today = Italy.today().toString();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("italianCertificate", Map.of("level", "B1", "issuedOn", today));
        evidence.put("italianEntryTest", Map.of("level", "B1", "takenOn", today));
        evidence.put("permitRenewalReceipt", Map.of("appliedOn", today));
        evidence.put("competenceCheck", Map.of("passed", true, "checkedOn", today));
        post(TestData.student(LocalDate.of(1990, 1, 1), "NON_EU", evidence)).statusCode(201)
                .body("evidence.permitRenewalReceipt.appliedOn", is(today));
    }

    @Inject
    ValidatorFactory validation;

    @Test
    void beanValidationCountsDaysInItalyLikeTheServiceClock() {
        // @Past / @PastOrPresent compare with "today" in Italy, not in the JVM's zone (UTC on most hosts)
        assertEquals(Italy.ZONE, validation.getClockProvider().getClock().getZone());
    }

    @Test
    void aDateOutsideThePlausibleRangeIs400AndNothingIsStored() {
        long before = total();
        // JSON reads years up to +/-999999999: beyond PostgreSQL's date range (and any real document) they are typos
        Map<String, Object> foreigner = TestData.student(LocalDate.of(1990, 1, 1), "NON_EU", null);
        foreigner.remove("fiscalCode");
        foreigner.put("otherIdType", "PASSPORT");
        foreigner.put("otherIdCountry", "AL");
        String passport = "XR" + System.nanoTime();
        foreigner.put("otherIdValue", passport);
        for (String birth : List.of("-999999999-01-01", "-5000-01-01", "0001-01-01", "1849-12-31")) {
            foreigner.put("birthDate", birth);
            post(foreigner).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("birthDate"))
                    .body("detail", containsString("between 1850-01-01 and 2199-12-31"));
        }
        foreigner.put("birthDate", "1990-01-01");
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        documents.put("residencePermit.expiresOn", Map.of("expiresOn", "+999999999-12-31"));
        documents.put("residencePermit.expiresOn ", Map.of("expiresOn", "+200000-01-01"));
        documents.put("educationTitle.obtainedOn", Map.of("kind", "UPPER_SECONDARY", "obtainedIn", "ABROAD", "obtainedOn", "-300000-06-30"));
        documents.put("italianCertificate.issuedOn", Map.of("level", "B1", "issuedOn", "0200-01-01"));
        for (var d : documents.entrySet()) {
            String field = d.getKey().trim();
            foreigner.put("evidence", Map.of(field.substring(0, field.indexOf('.')), d.getValue()));
            post(foreigner).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("evidence." + field));
        }
        assertEquals(before, total());
        // the bounds themselves are dates like any other
        foreigner.put("birthDate", "1850-01-01");
        foreigner.put("evidence", Map.of("residencePermit", Map.of("expiresOn", "2199-12-31")));
        post(foreigner).statusCode(201).body("evidence.residencePermit.expiresOn", is("2199-12-31"));
    }

    static Map<String, Object> foreignerWithPassport(String passport) {
        return foreignerWithPassport("MA", passport);
    }

    /** A non-EU student without a codice fiscale, identified by a passport of that country. */
    static Map<String, Object> foreignerWithPassport(String country, String passport) {
        Map<String, Object> s = TestData.student(LocalDate.of(1992, 4, 4), "NON_EU", null);
        s.remove("fiscalCode");
        s.put("otherIdType", "PASSPORT");
        s.put("otherIdCountry", country);
        s.put("otherIdValue", passport);
        return s;
    }

    List<Integer> concurrently(int n, Map<String, Object> body) throws Exception {
        return concurrently(java.util.Collections.nCopies(n, body));
    }

    /** The statuses of registering each body at the same moment (one thread each, released together). */
    List<Integer> concurrently(List<Map<String, Object>> bodies) throws Exception {
        int n = bodies.size();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String bearer = "Bearer " + token("frontdesk");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        for (Map<String, Object> body : bodies) {
            String json = mapper.writeValueAsString(body);
            calls.add(() -> {
                start.await();
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "students"))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            });
        }
        List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
        for (var c : calls) {
            futures.add(pool.submit(c));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aForeignerWithoutCodiceFiscaleIsNotRegisteredTwiceWithTheSameIdentityDocument() {
        String passport = "YB" + System.nanoTime();
        long first = create(foreignerWithPassport(passport));
        long before = total();
        // the same passport typed in lower case with blanks is the same document
        Map<String, Object> again = foreignerWithPassport(" " + passport.substring(0, 2).toLowerCase() + " " + passport.substring(2) + " ");
        again.put("firstName", "Giulietta");
        post(again).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + first + ")"))
                .body("detail", containsString("identity document (PASSPORT"))
                .body("detail", not(containsString(passport)));
        assertEquals(before, total());
        // the stored number is normalised; another type with the same number is another document
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + first).then().body("otherIdValue", is(passport))
                .body("duplicateOf", nullValue());
        Map<String, Object> card = foreignerWithPassport(passport);
        card.put("otherIdType", "IDENTITY_CARD");
        long other = create(card);
        // an update to the passport of another student is refused too, and changes nothing
        card.put("otherIdType", "PASSPORT");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("version", 0, "student", card))
                .when().put("/students/" + other).then().statusCode(409)
                .body("type", is("https://formapro.it/problems/duplicate-student"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + other).then()
                .body("otherIdType", is("IDENTITY_CARD")).body("version", is(0));
        // nor does a codice fiscale make the document another person's (one document, one person)
        Map<String, Object> withCf = TestData.student(LocalDate.of(1992, 4, 4), "NON_EU", null);
        withCf.put("otherIdType", "PASSPORT");
        withCf.put("otherIdCountry", "MA");
        withCf.put("otherIdValue", passport);
        post(withCf).statusCode(409).body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + first + ")"));
        assertEquals(before + 1, total());
    }

    @Test
    void twoConcurrentRegistrationsOfOnePersonGiveOne201AndOtherwise409NeverA500() throws Exception {
        List<Integer> byPassport = concurrently(6, foreignerWithPassport("YC" + System.nanoTime()));
        assertEquals(1, byPassport.stream().filter(s -> s == 201).count(), byPassport.toString());
        assertEquals(5, byPassport.stream().filter(s -> s == 409).count(), byPassport.toString());
        List<Integer> byFiscalCode = concurrently(6, TestData.italianAdult());
        assertEquals(1, byFiscalCode.stream().filter(s -> s == 201).count(), byFiscalCode.toString());
        assertEquals(5, byFiscalCode.stream().filter(s -> s == 409).count(), byFiscalCode.toString());
    }

    static io.restassured.response.ValidatableResponse put(long id, int version, Map<String, Object> student) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(Map.of("version", version, "student", student)).when().put("/students/" + id).then();
    }

    /** As a student registered before V10: its document has no issuing country. */
    void recordedBeforeCountriesWereAsked(long id) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE student SET other_id_country = NULL WHERE id = :id").setParameter("id", id).executeUpdate());
    }

    @Test
    void twoPassportsOfDifferentCountriesWithOneNumberAreTwoStudents() {
        String number = "AB" + System.nanoTime();
        long moroccan = create(foreignerWithPassport("MA", number));
        Map<String, Object> french = foreignerWithPassport(" fr ", number);
        french.put("firstName", "Amélie");
        long frenchId = post(french).statusCode(201).body("otherIdCountry", is("FR")).body("otherIdValue", is(number))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + moroccan).then()
                .body("otherIdCountry", is("MA")).body("duplicateOf", nullValue());
        // the French passport again, typed differently: the French student's document
        long before = total();
        post(foreignerWithPassport("FR", number.toLowerCase())).statusCode(409)
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + frenchId + ")"))
                .body("detail", containsString("(PASSPORT issued by FR"));
        assertEquals(before, total());
        // the Moroccan student moving to the French passport is refused too, and nothing changes
        put(moroccan, 0, foreignerWithPassport("FR", number)).statusCode(409)
                .body("detail", containsString("Another student (id " + frenchId + ")"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + moroccan).then()
                .body("otherIdCountry", is("MA")).body("version", is(0));
    }

    @Test
    void theIssuingCountryIsAnIsoCodeRequiredWithANumberAndBadOnesAre400ChangingNothing() {
        long before = total();
        String number = "AC" + System.nanoTime();
        post(foreignerWithPassport("XX", number)).statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("violations.field", contains("otherIdCountry"))
                .body("violations[0].message", containsString("is not an ISO 3166-1 alpha-2 country code"));
        post(foreignerWithPassport("MAR", number)).statusCode(400)
                .body("violations[0].message", containsString("MAR is the alpha-3 code of MA, send MA"));
        Map<String, Object> noCountry = foreignerWithPassport(null, number);
        post(noCountry).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("otherIdCountry"))
                .body("detail", containsString("the country that issued the identity document is required"));
        // with a codice fiscale too: a document is its type, country and number
        Map<String, Object> withCf = TestData.italianAdult();
        withCf.put("otherIdValue", number);
        withCf.put("otherIdCountry", "IT");
        post(withCf).statusCode(400).body("violations.field", contains("otherIdType"));
        notStored(withCf.get("fiscalCode"));
        withCf.remove("otherIdValue");
        post(withCf).statusCode(400).body("violations.field", contains("otherIdCountry"))
                .body("detail", containsString("an issuing country without a document"));
        notStored(withCf.get("fiscalCode"));
        assertEquals(before, total());
        // an update names the field as sent and changes nothing
        long id = create(foreignerWithPassport("UA", number));
        put(id, 0, foreignerWithPassport("Ucraina", number)).statusCode(400)
                .body("violations.field", contains("student.otherIdCountry"));
        put(id, 0, foreignerWithPassport(null, number + "9")).statusCode(400)
                .body("violations.field", contains("student.otherIdCountry"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then()
                .body("otherIdCountry", is("UA")).body("otherIdValue", is(number)).body("version", is(0));
    }

    @Test
    void aKosovoPassportIsRecordedWithXkAndItsMachineReadableCodeIsAnsweredWithXk() {
        String number = "P0" + System.nanoTime();
        long before = total();
        post(foreignerWithPassport("RKS", number)).statusCode(400)
                .body("violations[0].message", containsString("RKS is the alpha-3 code of XK, send XK"));
        assertEquals(before, total());
        long id = create(foreignerWithPassport("xk", number));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id).then()
                .body("otherIdType", is("PASSPORT")).body("otherIdCountry", is("XK")).body("otherIdValue", is(number));
    }

    @Test
    void anUpdateThatLeavesTheCountryOutKeepsTheOneOnFile() {
        String number = "AD" + System.nanoTime();
        Map<String, Object> s = foreignerWithPassport("UA", number);
        long id = create(s);
        // a client that does not know the field sends the document back without it: nothing is lost
        s.remove("otherIdCountry");
        s.put("otherIdValue", number.toLowerCase());
        s.put("phone", "+39 085 333");
        put(id, 0, s).statusCode(200).body("otherIdCountry", is("UA")).body("otherIdValue", is(number))
                .body("phone", is("+39 085 333"));
        // the type changed: another document, whose country is asked
        s.put("otherIdType", "IDENTITY_CARD");
        put(id, 1, s).statusCode(400).body("violations.field", contains("student.otherIdCountry"));
    }

    @Test
    void aCodiceFiscaleDoesNotMakeAnotherStudentsDocumentOnesOwn() {
        String number = "AE" + System.nanoTime();
        long withoutCf = create(foreignerWithPassport("MA", number));
        // the same person, now with a codice fiscale, registered again: found by the document
        Map<String, Object> withCf = TestData.student(LocalDate.of(1992, 4, 4), "NON_EU", null);
        withCf.put("otherIdType", "PASSPORT");
        withCf.put("otherIdCountry", "MA");
        withCf.put("otherIdValue", number);
        long before = total();
        post(withCf).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + withoutCf + ") without a codice fiscale already has"))
                .body("detail", containsString("(add the codice fiscale to it)"))
                .body("detail", not(containsString(number)));
        assertEquals(before, total());
        // registered without the document, then updated onto it: refused as well
        Map<String, Object> cfOnly = new LinkedHashMap<>(withCf);
        cfOnly.remove("otherIdType");
        cfOnly.remove("otherIdCountry");
        cfOnly.remove("otherIdValue");
        long registered = create(cfOnly);
        put(registered, 0, withCf).statusCode(409)
                .body("detail", containsString("Another student (id " + withoutCf + ")"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + registered).then()
                .body("otherIdValue", nullValue()).body("version", is(0));
        // the right way: the codice fiscale added to the student on file
        Map<String, Object> sameWithCf = foreignerWithPassport("MA", number);
        sameWithCf.put("fiscalCode", TestData.fiscalCode(LocalDate.of(1992, 4, 4)));
        put(withoutCf, 0, sameWithCf).statusCode(200).body("fiscalCode", is(sameWithCf.get("fiscalCode")))
                .body("otherIdCountry", is("MA"));
        // a student without a codice fiscale presenting that document now is the student with one
        post(foreignerWithPassport("MA", number)).statusCode(409)
                .body("detail", containsString("Another student (id " + withoutCf + ") with a codice fiscale already has"));
        // two codici fiscali are two people: one of the records holds a document that is not its person's
        put(registered, 0, withCf).statusCode(409)
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + withoutCf + "), with another codice fiscale, already holds"))
                .body("detail", containsString("one of the two records holds a document (or a codice fiscale) that is not its person's"));
        assertEquals(before + 1, total());
    }

    @Test
    void aDocumentRecordedWithoutCountryStandsForAnyUntilTheFrontDeskRecordsIt() {
        String number = "AF" + System.nanoTime();
        long old = create(foreignerWithPassport("FR", number));
        recordedBeforeCountriesWereAsked(old);
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + old).then().body("otherIdCountry", nullValue());
        // a Moroccan passport with that number may be the same person's or another's: the front desk tells
        long before = total();
        post(foreignerWithPassport("MA", number)).statusCode(409)
                .body("type", is("https://formapro.it/problems/duplicate-student"))
                .body("detail", containsString("Another student (id " + old + ") holds a PASSPORT with this number whose "
                        + "issuing country was not recorded"))
                .body("detail", containsString("record its issuing country first (otherIdCountry, PUT /students/" + old + ")"));
        assertEquals(before, total());
        // the old record is updated as it is, without a country, and keeps none
        Map<String, Object> asOnFile = foreignerWithPassport(null, number);
        asOnFile.put("phone", "+39 085 444");
        put(old, 0, asOnFile).statusCode(200).body("otherIdCountry", nullValue()).body("phone", is("+39 085 444"));
        // once its country is recorded, the other country's passport is another person's
        put(old, 1, foreignerWithPassport("FR", number)).statusCode(200).body("otherIdCountry", is("FR"));
        post(foreignerWithPassport("MA", number)).statusCode(201).body("otherIdCountry", is("MA"));
    }

    @Test
    void aPairMarkedByTheMigrationIsResolvedByRecordingEachCountryOldestFirst() {
        String number = "AG" + System.nanoTime();
        long oldest = create(foreignerWithPassport("FR", number));
        long marked = create(foreignerWithPassport("FR", "X" + number));
        // as V10 leaves two such students: no countries, one number, the younger marked as the older's duplicate
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE student SET other_id_country = NULL, other_id_value = :n, duplicate_of = CASE WHEN id = :m THEN :o END"
                        + " WHERE id IN (:o, :m)").setParameter("n", number).setParameter("o", oldest)
                .setParameter("m", marked).executeUpdate());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + marked).then().body("duplicateOf", is((int) oldest));
        // the marked one first: the oldest's document, with no country, may still be the same
        put(marked, 0, foreignerWithPassport("MA", number)).statusCode(409)
                .body("detail", containsString("record its issuing country first (otherIdCountry, PUT /students/" + oldest + ")"));
        // the oldest is corrected although its marked duplicate still shares the number
        put(oldest, 0, foreignerWithPassport("FR", number)).statusCode(200).body("otherIdCountry", is("FR"));
        put(marked, 0, foreignerWithPassport("MA", number)).statusCode(200).body("otherIdCountry", is("MA"))
                .body("duplicateOf", nullValue());
    }

    @Test
    void twoRegistrationsOfOneDocumentRacingAreOne201WithOrWithoutACodiceFiscale() throws Exception {
        // every body has its own codice fiscale (two people by their codes): the document still goes to one of them
        String number = "AH" + System.nanoTime();
        List<Map<String, Object>> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> s = foreignerWithPassport("TN", number);
            if (i > 0) {
                s.put("fiscalCode", TestData.fiscalCode(LocalDate.of(1992, 4, 4)));
            }
            bodies.add(s);
        }
        List<Integer> statuses = concurrently(bodies);
        assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
    }

    /** At most 200 characters, read as in every service (common IdempotencyKey.read): a 400 that runs nothing. */
    @Test
    void aKeyOver200CharactersIsA400AndRunsNothing() {
        long before = total();
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON)
                .body(TestData.italianAdult()).when().post("/students").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/validation"))
                .body("detail", is("Idempotency-Key: at most 200 characters"));
        assertEquals(before, total());
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", "k".repeat(200)).contentType(ContentType.JSON)
                .body(TestData.italianAdult()).when().post("/students").then().statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyWithACorrectedBodyIs422AndTheCorrectionIsNotLost() {
        Map<String, Object> s = TestData.italianAdult();
        String key = UUID.randomUUID().toString();
        long first = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(s)
                .when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> corrected = new LinkedHashMap<>(s);
        corrected.put("phone", "+39 085 999");
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(corrected)
                .when().post("/students").then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/idempotency-key-reused"))
                .body("detail", containsString("with another body"))
                .body("detail", containsString("use a new key"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + first).then().body("phone", nullValue());
        // the same body (its keys in another order) still replays
        Map<String, Object> reordered = new LinkedHashMap<>();
        List<String> keys = new java.util.ArrayList<>(s.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reordered.put(k, s.get(k)));
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(reordered)
                .when().post("/students").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is((int) first));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aKeyStoredBeforeFingerprintsExistedKeepsReplayingOnTheMethodAndPath() {
        String key = UUID.randomUUID().toString();
        long first = given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(TestData.italianAdult()).when().post("/students").then().statusCode(201).extract().jsonPath().getLong("id");
        // as a row stored before V8: no fingerprint
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE idempotency_record SET request_hash = NULL WHERE idem_key = :k").setParameter("k", key).executeUpdate());
        given().auth().oauth2(token("frontdesk")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(TestData.italianAdult()).when().post("/students").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is((int) first));
    }

    /** How many students there are (X-Total-Count). */
    static long total() {
        return Long.parseLong(given().auth().oauth2(token("frontdesk")).queryParam("size", 1).when().get("/students").then()
                .statusCode(200).extract().header("X-Total-Count"));
    }

    @Test
    void studentsAreFoundByCodiceFiscaleOrNameOnePageAtATime() {
        Map<String, Object> s = TestData.italianAdult();
        String unique = "Zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        s.put("lastName", "De " + unique);
        long id = create(s);
        String cf = (String) s.get("fiscalCode");
        // exact codice fiscale, typed in lower case with blanks
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalCode", cf.toLowerCase().substring(0, 8) + " " + cf.toLowerCase().substring(8))
                .when().get("/students").then().statusCode(200).header("X-Total-Count", "1").body("id", contains((int) id));
        // every word of q in the first or last name, case-insensitive
        given().auth().oauth2(token("frontdesk")).queryParam("q", "giul " + unique.toUpperCase()).when().get("/students").then()
                .statusCode(200).header("X-Total-Count", "1").body("id", contains((int) id));
        given().auth().oauth2(token("frontdesk")).queryParam("q", unique + " mario").when().get("/students").then()
                .statusCode(200).header("X-Total-Count", "0").body("$", org.hamcrest.Matchers.empty());
        // a LIKE wildcard is a character like any other
        given().auth().oauth2(token("frontdesk")).queryParam("q", "%").when().get("/students").then()
                .statusCode(200).header("X-Total-Count", "0");
        // paging: a page of the size asked, the total in X-Total-Count
        create(TestData.italianAdult());
        long total = total();
        given().auth().oauth2(token("frontdesk")).queryParam("size", 1).queryParam("page", 1).when().get("/students").then()
                .statusCode(200).body("size()", is(1)).header("X-Total-Count", String.valueOf(total))
                .header("X-Page", "1").header("X-Page-Size", "1").header("X-Page-Count", String.valueOf(total));
        // bad filters and paging values are 400 problems, not silently ignored
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalCode", "RSSMRA85T10A562X").when().get("/students").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("codice fiscale"));
        given().auth().oauth2(token("frontdesk")).queryParam("q", "x".repeat(101)).when().get("/students").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("frontdesk")).queryParam("size", 101).when().get("/students").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("frontdesk")).queryParam("page", -1).when().get("/students").then()
                .statusCode(400).contentType("application/problem+json");
        // a misspelt filter would list everyone: it is refused, naming what the operation reads
        given().auth().oauth2(token("frontdesk")).queryParam("fiscalcode", cf).when().get("/students").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/unknown-parameter"))
                .body("detail", is("Unknown query parameter fiscalcode for GET /students: it reads fiscalCode, page, q, "
                        + "size (names are case-sensitive)"))
                .body("violations[0].field", is("fiscalcode"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + id + "?verbose=1&a=2").then()
                .statusCode(400).body("detail", containsString("Unknown query parameters a, verbose for GET /students/"
                        + id + ": it takes no query parameter"));
    }
}
