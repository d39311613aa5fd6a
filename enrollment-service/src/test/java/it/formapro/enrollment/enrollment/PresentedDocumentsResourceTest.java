package it.formapro.enrollment.enrollment;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.DownstreamStubs.ED_001;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_END;
import static it.formapro.enrollment.support.TestData.diploma;
import static it.formapro.enrollment.support.TestData.evidence;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A portal's application for an applicant already on file (README "Enrollment", "Documents presented by a portal"): it
 * is judged on what the portal sent, never on the stored record, and the documents it presents are held on the
 * application until the front desk accepts them.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class PresentedDocumentsResourceTest {

    static final LocalDate BIRTH = LocalDate.of(1990, 1, 1);

    @Inject
    EntityManager em;

    /** A non-EU student with a title from abroad (statement presented), a permit to the end and, if given, a certificate. */
    static Map<String, Object> foreignStudent(String italianCertificate) {
        return TestData.student(BIRTH, "NON_EU", evidence(diploma("ABROAD", true), italianCertificate, FUTURE_END.plusDays(1),
                null, null, null));
    }

    /** What a portal sends for that person: the same codice fiscale, names of its own, these documents. */
    static Map<String, Object> application(Map<String, Object> stored, Map<String, Object> evidence) {
        Map<String, Object> a = TestData.student(BIRTH, "NON_EU", evidence);
        a.put("fiscalCode", stored.get("fiscalCode"));
        a.put("firstName", "Prova");
        return a;
    }

    static ExtractableResponse<Response> portalApplies(long edition, Map<String, Object> applicant) {
        return given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + edition + "/enrollments").then().extract();
    }

    static ValidatableResponse accept(String role, long enrollment) {
        return given().auth().oauth2(token(role)).when().post("/enrollments/" + enrollment + "/presented-documents/acceptance").then();
    }

    static ValidatableResponse reject(long enrollment, Object body) {
        return given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(body)
                .when().post("/enrollments/" + enrollment + "/presented-documents/rejection").then();
    }

    static String studentAsStored(long student) {
        return given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then().statusCode(200)
                .extract().asString();
    }

    static String enrollmentAsStored(long enrollment) {
        return given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + enrollment).then().statusCode(200)
                .extract().asString() + given().auth().oauth2(token("frontdesk")).when()
                .get("/enrollments/" + enrollment + "/history").then().statusCode(200).extract().asString();
    }

    /** The part of a receipt or refusal that could tell one stored record from another: all but the ids and moments. */
    static Map<String, Object> outcome(ExtractableResponse<Response> r) {
        Map<String, Object> body = new LinkedHashMap<>(r.jsonPath().getMap("$"));
        body.remove("enrollmentId");
        body.remove("preEnrolledAt");
        body.put("httpStatus", r.statusCode());
        return body;
    }

    @Test
    void thePortalsOutcomeIsTheSameWhetherTheFileHoldsTheDocumentItLeftOutOrNot() {
        // two people on file, alike but for the Italian certificate
        Map<String, Object> certified = foreignStudent("B1");
        Map<String, Object> uncertified = foreignStudent(null);
        long certifiedId = EnrollmentResourceTest.createStudent(certified);
        long uncertifiedId = EnrollmentResourceTest.createStudent(uncertified);
        String certifiedBefore = studentAsStored(certifiedId);

        // an application without the certificate: evaluated on the file, it told which of the two holds one
        Map<String, Object> sent = evidence(diploma("ABROAD", true), null, FUTURE_END.plusDays(1), null, null, null);
        ExtractableResponse<Response> withFile = portalApplies(ED_000, application(certified, sent));
        ExtractableResponse<Response> withoutFile = portalApplies(ED_000, application(uncertified, sent));
        assertEquals(201, withFile.statusCode(), withFile.asString());
        assertEquals(outcome(withoutFile), outcome(withFile));
        assertEquals("MISSING_EVIDENCE", withFile.jsonPath().getString("verdict"));
        assertEquals(List.of("ITALIAN_LANGUAGE"), withFile.jsonPath().getList("missingEvidence"));
        // and so does the receipt the portal follows
        assertEquals(outcome(read(withoutFile)), outcome(read(withFile)));

        // a refusal too: an expired permit fails, and the figures counted the rules the file left missing
        Map<String, Object> expired = evidence(diploma("ABROAD", true), null, LocalDate.now().minusDays(1), null, null, null);
        ExtractableResponse<Response> refusedWithFile = portalApplies(ED_001, application(certified, expired));
        ExtractableResponse<Response> refusedWithoutFile = portalApplies(ED_001, application(uncertified, expired));
        assertEquals(422, refusedWithFile.statusCode(), refusedWithFile.asString());
        assertEquals(refusedWithoutFile.asString(), refusedWithFile.asString());
        assertEquals(1, refusedWithFile.jsonPath().getInt("figures.missingEvidenceRules"));

        // the stored record is as it was: the application changed nothing on it
        assertEquals(certifiedBefore, studentAsStored(certifiedId));
        assertNotEquals(certifiedId, uncertifiedId);
    }

    static ExtractableResponse<Response> read(ExtractableResponse<Response> created) {
        return given().auth().oauth2(token("portal")).when().get("/applications/" + created.jsonPath().getLong("enrollmentId"))
                .then().extract();
    }

    @Test
    void theFrontDeskAcceptsThePresentedDocumentsOnceAndOnlyTheFrontDeskMay() {
        Map<String, Object> stored = foreignStudent(null);
        long student = EnrollmentResourceTest.createStudent(stored);
        String before = studentAsStored(student);
        long id = portalApplies(ED_000, application(stored, Map.of("italianCertificate", Map.of("level", "B2",
                "issuer", "CILS", "issuedOn", "2025-05-20")))).jsonPath().getLong("enrollmentId");
        assertEquals(before, studentAsStored(student));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then().statusCode(200)
                .body("presentedDocuments.status", is("PENDING"))
                .body("presentedDocuments.documents", contains("italianCertificate"))
                .body("presentedDocuments.evidence.italianCertificate.level", is("B2"))
                .body("presentedDocuments.declaredBirthDate", is(BIRTH.toString()))
                .body("presentedDocuments.decidedBy", nullValue());
        // an edition's list (exam-board reads it) does not carry them
        given().auth().oauth2(token("exam-board")).when().get("/editions/" + ED_000 + "/enrollments").then().statusCode(200)
                .body("find { it.id == " + id + " }", not(hasKey("presentedDocuments")));
        // the file misses the certificate; the held one would meet the rule: the confirmation says where to accept it
        EnrollmentResourceTest.confirm(id).statusCode(422).contentType("application/problem+json")
                .body("figures.metByPresentedDocuments", contains("ITALIAN_LANGUAGE"))
                .body("detail", containsString("by portal-user (italianCertificate) are not on the student's record"))
                .body("detail", containsString("POST /enrollments/" + id + "/presented-documents/acceptance"));

        // neither the portal nor any other role may accept; nothing changes
        for (String role : List.of("portal", "tutor", "exam-board")) {
            accept(role, id).statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/enrollments/" + id + "/presented-documents/acceptance").then().statusCode(401);
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .when().post("/enrollments/" + id + "/presented-documents/rejection").then().statusCode(403);
        assertEquals(before, studentAsStored(student));

        accept("frontdesk", id).statusCode(200).body("id", is((int) id))
                .body("presentedDocuments.status", is("ACCEPTED"))
                .body("presentedDocuments.decidedBy", is("frontdesk-user"))
                .body("presentedDocuments.decidedAt", notNullValue());
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                .body("evidence.italianCertificate.level", is("B2"))
                .body("evidence.italianCertificate.issuer", is("CILS"))
                .body("evidence.educationTitle.obtainedIn", is("ABROAD"))
                .body("firstName", is("Giulia"));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history").then()
                .body("note[1]", is("documents presented with the application by portal-user accepted and recorded on the "
                        + "student: italianCertificate"))
                .body("fromStatus[1]", is("PRE_ENROLLED")).body("toStatus[1]", is("PRE_ENROLLED"))
                .body("changedBy[1]", is("frontdesk-user"));
        // idempotent: accepted again, the same answer, recorded once (the record's version does not move)
        String accepted = studentAsStored(student);
        String trail = enrollmentAsStored(id);
        accept("admin", id).statusCode(200).body("presentedDocuments.status", is("ACCEPTED"))
                .body("presentedDocuments.decidedBy", is("frontdesk-user"));
        assertEquals(accepted, studentAsStored(student));
        assertEquals(trail, enrollmentAsStored(id));
        // a decision is final: no rejection once accepted
        reject(id, Map.of("reason", "second thoughts")).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/presented-documents-decided"))
                .body("detail", containsString("were accepted by frontdesk-user"));
        assertEquals(trail, enrollmentAsStored(id));

        EnrollmentResourceTest.confirm(id).statusCode(200).body("status", is("CONFIRMED"));
    }

    @Test
    void aRejectionNeedsAReasonRecordsNothingOnTheStudentAndBadRequestsChangeNothing() {
        Map<String, Object> stored = foreignStudent(null);
        long student = EnrollmentResourceTest.createStudent(stored);
        String before = studentAsStored(student);
        ExtractableResponse<Response> created = portalApplies(ED_000, application(stored,
                evidence(diploma("ABROAD", true), "B1", FUTURE_END.plusDays(1), null, null, null)));
        long id = created.jsonPath().getLong("enrollmentId");
        assertEquals("ELIGIBLE", created.jsonPath().getString("verdict"));
        String held = enrollmentAsStored(id);

        // bad input: problem+json, nothing changed
        reject(id, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));
        reject(id, Map.of("reason", "   ")).statusCode(400).contentType("application/problem+json");
        reject(id, Map.of("reason", "x".repeat(301))).statusCode(400).contentType("application/problem+json");
        reject(id, "[1]").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .when().post("/enrollments/" + id + "/presented-documents/rejection").then().statusCode(400)
                .contentType("application/problem+json");
        accept("frontdesk", 99_999_999L).statusCode(404).contentType("application/problem+json")
                .body("detail", is("Enrollment 99999999 does not exist"));
        given().auth().oauth2(token("frontdesk")).when().post("/enrollments/abc/presented-documents/acceptance").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(held, enrollmentAsStored(id));
        assertEquals(before, studentAsStored(student));

        // an enrollment holding none: the front desk's own, a portal's for an applicant it registered, one that presented nothing
        long frontDesks = EnrollmentResourceTest.preEnrolled(ED_000, EnrollmentResourceTest.createStudent(TestData.italianAdult()));
        long newApplicant = portalApplies(ED_000, TestData.italianAdult()).jsonPath().getLong("enrollmentId");
        long presentedNothing = portalApplies(ED_001, application(stored, null)).jsonPath().getLong("enrollmentId");
        for (long none : List.of(frontDesks, newApplicant)) {
            accept("frontdesk", none).statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("Enrollment " + none + " holds no documents presented by a portal"));
            given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + none).then()
                    .body("$", not(hasKey("presentedDocuments")));
        }
        accept("frontdesk", presentedNothing).statusCode(404);
        reject(presentedNothing, Map.of("reason", "nothing")).statusCode(404);
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + presentedNothing).then()
                .body("presentedDocuments.status", nullValue()).body("presentedDocuments.documents", org.hamcrest.Matchers.empty());

        // rejected: never on the student, and they no longer count in the portal's receipt
        reject(id, Map.of("reason", " The certificate's issuer does not confirm it ")).statusCode(200)
                .body("presentedDocuments.status", is("REJECTED"))
                .body("presentedDocuments.rejectionReason", is("The certificate's issuer does not confirm it"));
        given().auth().oauth2(token("portal")).when().get("/applications/" + id).then().statusCode(200)
                .body("verdict", is("MISSING_EVIDENCE"))
                .body("missingEvidence", contains("EDUCATION", "ITALIAN_LANGUAGE", "RESIDENCE_PERMIT"));
        reject(id, Map.of("reason", "another reason")).statusCode(200)
                .body("presentedDocuments.rejectionReason", is("The certificate's issuer does not confirm it"));
        accept("frontdesk", id).statusCode(409).body("type", is("https://formapro.it/problems/presented-documents-decided"));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history").then()
                .body("note", org.hamcrest.Matchers.hasSize(2))
                .body("note[1]", is("documents presented with the application by portal-user rejected, not recorded on the "
                        + "student: educationTitle, italianCertificate, residencePermit"));
        assertEquals(before, studentAsStored(student));
    }

    long heldRows(long enrollment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM presented_documents WHERE enrollment_id = :e").setParameter("e", enrollment)
                .getSingleResult()).longValue());
    }

    @Test
    void theErasureOfTheStudentClearsWhatPortalsPresented() {
        Map<String, Object> stored = foreignStudent(null);
        long student = EnrollmentResourceTest.createStudent(stored);
        long pending = portalApplies(ED_000, application(stored, Map.of("italianCertificate", Map.of("level", "B1"))))
                .jsonPath().getLong("enrollmentId");
        long rejected = portalApplies(ED_001, application(stored, Map.of("italianCertificate", Map.of("level", "B2"))))
                .jsonPath().getLong("enrollmentId");
        reject(rejected, Map.of("reason", "Presented by someone else")).statusCode(200);
        // the export shows what is held about the person
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student + "/personal-data").then().statusCode(200)
                .body("enrollments.enrollment.presentedDocuments.status", contains("PENDING", "REJECTED"));
        for (long id : List.of(pending, rejected)) {
            given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/enrollments/" + id + "/withdrawal").then().statusCode(200);
        }
        // withdrawn: what was never accepted is gone already; the rejected ones' decision stays until the erasure
        assertEquals(0, heldRows(pending));
        assertEquals(1, heldRows(rejected));

        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("reason", "Richiesta prot. 77"))
                .when().post("/students/" + student + "/erasure").then().statusCode(200).body("alreadyErased", is(false));

        assertEquals(0, heldRows(pending));
        assertEquals(0, heldRows(rejected));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + rejected).then().statusCode(200)
                .body("$", not(hasKey("presentedDocuments")));
        // the student's erasure is what the answer says, not that the application never held documents
        for (ValidatableResponse r : List.of(accept("frontdesk", rejected), reject(pending, Map.of("reason", "late")))) {
            r.statusCode(409).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/student-erased"));
        }
    }

    void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    static ValidatableResponse history(long enrollment) {
        return given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + enrollment + "/history").then()
                .statusCode(200);
    }

    @Test
    void anApplicationRecordedBeforeV12ForAnApplicantOnFileIsNotEvaluatedOnTheFile() {
        // on file: everything ED_000 asks of a non-EU applicant; the application sends no document at all
        Map<String, Object> stored = foreignStudent("B1");
        long student = EnrollmentResourceTest.createStudent(stored);
        ExtractableResponse<Response> created = portalApplies(ED_000, application(stored, null));
        long id = created.jsonPath().getLong("enrollmentId");
        assertEquals("MISSING_EVIDENCE", read(created).jsonPath().getString("verdict"));
        // as an application recorded before V12 left it: nothing kept of what it sent, the student on file before it
        sql("DELETE FROM presented_documents WHERE enrollment_id = ?1", id);
        sql("UPDATE student SET created_at = TIMESTAMPTZ '2020-01-01 10:00:00Z' WHERE id = ?1", student);
        sql("UPDATE enrollment SET pre_enrolled_at = TIMESTAMPTZ '2020-01-02 10:00:00Z' WHERE id = ?1", id);

        // evaluated on the file it would say ELIGIBLE, i.e. what that person's record holds
        ExtractableResponse<Response> receipt = read(created);
        assertEquals(200, receipt.statusCode(), receipt.asString());
        assertEquals("PRE_ENROLLED", receipt.jsonPath().getString("status"));
        assertEquals(null, receipt.jsonPath().getString("verdict"));
        assertEquals(List.of(), receipt.jsonPath().getList("rulesNotPassed"));
        assertEquals(List.of(), receipt.jsonPath().getList("missingEvidence"));
        assertEquals(EnrollmentDtos.PortalReceipt.RECORDED_BEFORE_V12, receipt.jsonPath().getString("notEvaluated"));
        // the list says the same (the oldest of the portal's applications: on its last page)
        long total = Long.parseLong(given().auth().oauth2(token("portal")).queryParam("size", 1).when()
                .get("/applications").then().statusCode(200).extract().header(it.formapro.common.web.Paging.TOTAL_COUNT));
        Map<String, Object> listed = given().auth().oauth2(token("portal")).queryParam("size", 100)
                .queryParam("page", (total - 1) / 100).when().get("/applications").then().statusCode(200).extract()
                .jsonPath().getMap("find { it.enrollmentId == " + id + " }");
        assertEquals(null, listed.get("verdict"));
        assertEquals(List.of(), listed.get("rulesNotPassed"));
        assertEquals(EnrollmentDtos.PortalReceipt.RECORDED_BEFORE_V12, listed.get("notEvaluated"));

        // an application that registered its applicant is still evaluated on the file it created
        ExtractableResponse<Response> fresh = portalApplies(ED_000, TestData.italianAdult());
        ExtractableResponse<Response> freshReceipt = read(fresh);
        assertEquals(200, freshReceipt.statusCode(), freshReceipt.asString());
        assertEquals(fresh.jsonPath().getString("verdict"), freshReceipt.jsonPath().getString("verdict"));
        assertNotEquals(null, freshReceipt.jsonPath().getString("verdict"));
        assertEquals(false, freshReceipt.jsonPath().getMap("$").containsKey("notEvaluated"));
    }

    @Test
    void presentedDocumentsAreDecidedOnlyWhileTheApplicationWaitsAndNeverForADuplicateRecord() {
        Map<String, Object> stored = foreignStudent("B1");
        long student = EnrollmentResourceTest.createStudent(stored);
        Map<String, Object> b2 = Map.of("italianCertificate", Map.of("level", "B2"));
        long withdrawn = portalApplies(ED_000, application(stored, b2)).jsonPath().getLong("enrollmentId");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/enrollments/" + withdrawn + "/withdrawal").then().statusCode(200);
        // never accepted, discarded with the withdrawal, and the history says so
        assertEquals(0, heldRows(withdrawn));
        history(withdrawn).body("note[-1]", is("documents presented by the portal, never accepted, discarded: italianCertificate"))
                .body("fromStatus[-1]", is("WITHDRAWN")).body("toStatus[-1]", is("WITHDRAWN"));
        String before = studentAsStored(student);
        String trail = enrollmentAsStored(withdrawn);
        accept("frontdesk", withdrawn).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/enrollment-status"))
                .body("detail", containsString("decided on only while it is PRE_ENROLLED or WAITING_LIST"));
        reject(withdrawn, Map.of("reason", "late")).statusCode(409)
                .body("type", is("https://formapro.it/problems/enrollment-status"));
        assertEquals(before, studentAsStored(student));
        assertEquals(trail, enrollmentAsStored(withdrawn));

        // the same at confirmation (the file meets ED_001 without them)
        long confirmed = portalApplies(ED_001, application(stored, b2)).jsonPath().getLong("enrollmentId");
        EnrollmentResourceTest.confirm(confirmed).statusCode(200);
        assertEquals(0, heldRows(confirmed));
        history(confirmed).body("note[-1]", is("documents presented by the portal, never accepted, discarded: italianCertificate"));
        accept("frontdesk", confirmed).statusCode(409).body("type", is("https://formapro.it/problems/enrollment-status"));

        // a record marked as another's duplicate takes no documents, as it takes no other write
        long other = EnrollmentResourceTest.createStudent(foreignStudent(null));
        long waiting = portalApplies(ED_000, application(stored, b2)).jsonPath().getLong("enrollmentId");
        sql("UPDATE student SET duplicate_of = ?1 WHERE id = ?2", other, student);
        String marked = studentAsStored(student);
        accept("frontdesk", waiting).statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/duplicate-student"));
        assertEquals(marked, studentAsStored(student));
        sql("UPDATE student SET duplicate_of = NULL WHERE id = ?1", student);
        accept("frontdesk", waiting).statusCode(200).body("presentedDocuments.status", is("ACCEPTED"));
    }

    @Test
    void anOlderPresentedDocumentReplacesAMoreRecentOneOnFileOnlyWhenAskedTo() {
        LocalDate renewed = FUTURE_END.plusYears(1);
        Map<String, Object> stored = TestData.student(BIRTH, "NON_EU", evidence(diploma("ABROAD", true), null, renewed,
                null, null, null));
        long student = EnrollmentResourceTest.createStudent(stored);
        long id = portalApplies(ED_000, application(stored, Map.of("italianCertificate", Map.of("level", "B1"),
                "residencePermit", Map.of("expiresOn", FUTURE_END.plusDays(1).toString())))).jsonPath().getLong("enrollmentId");
        String before = studentAsStored(student);
        String trail = enrollmentAsStored(id);
        for (Object body : new Object[] {null, Map.of("replaceNewer", false)}) {
            var request = given().auth().oauth2(token("frontdesk"));
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            request.when().post("/enrollments/" + id + "/presented-documents/acceptance").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/presented-documents-older"))
                    .body("detail", containsString("residencePermit (on file " + renewed + ", presented "
                            + FUTURE_END.plusDays(1) + ")"))
                    .body("figures.newerOnFile.kind", contains("residencePermit"));
        }
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body("[1]")
                .when().post("/enrollments/" + id + "/presented-documents/acceptance").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, studentAsStored(student));
        assertEquals(trail, enrollmentAsStored(id));

        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("replaceNewer", true))
                .when().post("/enrollments/" + id + "/presented-documents/acceptance").then().statusCode(200)
                .body("presentedDocuments.status", is("ACCEPTED"))
                .body("presentedDocuments.recorded", contains("italianCertificate", "residencePermit"))
                .body("presentedDocuments.replaced", contains("residencePermit"));
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                .body("evidence.residencePermit.expiresOn", is(FUTURE_END.plusDays(1).toString()))
                .body("evidence.italianCertificate.level", is("B1"));
        history(id).body("note[-1]", is("documents presented with the application by portal-user accepted and recorded on "
                + "the student: italianCertificate, residencePermit (replacing those on file: residencePermit)"));
        // accepted before: the enrollment as it stands, nothing recorded by this request
        accept("frontdesk", id).statusCode(200).body("presentedDocuments", not(hasKey("recorded")))
                .body("presentedDocuments", not(hasKey("replaced")));
    }

    @Test
    void theHeldRowsDecisionFieldsGoTogether() {
        Map<String, Object> stored = foreignStudent(null);
        EnrollmentResourceTest.createStudent(stored);
        long nothing = portalApplies(ED_000, application(stored, null)).jsonPath().getLong("enrollmentId");
        long pending = portalApplies(ED_001, application(stored, Map.of("italianCertificate", Map.of("level", "B1"))))
                .jsonPath().getLong("enrollmentId");
        // nothing presented, nothing decided; a decision has both its author and its moment
        Map<String, String> refusedBy = Map.of(
                "SET decided_by = 'x', decided_at = now() WHERE enrollment_id = " + nothing, "presented_documents_undecided",
                "SET decided_by = 'x' WHERE enrollment_id = " + pending, "presented_documents_decider");
        refusedBy.forEach((update, constraint) -> {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> sql("UPDATE presented_documents " + update));
            StringBuilder causes = new StringBuilder();
            for (Throwable t = refused; t != null; t = t.getCause()) {
                causes.append(t.getMessage()).append('\n');
            }
            assertTrue(causes.toString().contains(constraint), causes.toString());
        });
    }

    @Test
    void theFrontDesksApplicationForAStudentOnFileStillRecordsTheDocumentsAtOnce() {
        Map<String, Object> stored = foreignStudent(null);
        long student = EnrollmentResourceTest.createStudent(stored);
        Map<String, Object> applicant = new LinkedHashMap<>(stored);
        applicant.put("evidence", Map.of("italianCertificate", Map.of("level", "B1")));
        long id = given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("applicant", applicant))
                .when().post("/editions/" + ED_000 + "/enrollments").then().statusCode(201)
                .body("eligibility.verdict", is("ELIGIBLE")).extract().jsonPath().getLong("enrollment.id");
        given().auth().oauth2(token("frontdesk")).when().get("/students/" + student).then()
                .body("evidence.italianCertificate.level", is("B1"))
                .body("evidence.educationTitle.obtainedIn", is("ABROAD"));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id).then()
                .body("studentId", is((int) student)).body("$", not(hasKey("presentedDocuments")));
        given().auth().oauth2(token("frontdesk")).when().get("/enrollments/" + id + "/history").then()
                .body("[0].note", is("ELIGIBLE; documents presented with the application recorded on the student: "
                        + "italianCertificate"));
    }
}
