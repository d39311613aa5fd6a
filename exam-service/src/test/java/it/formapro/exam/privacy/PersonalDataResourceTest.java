package it.formapro.exam.privacy;

import static io.restassured.RestAssured.given;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static it.formapro.common.testing.DatabaseGuard.assertRefused;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import it.formapro.common.digest.Sha256;
import it.formapro.exam.support.Api;
import it.formapro.exam.support.DownstreamStubs;
import it.formapro.exam.support.TestClock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Export and erasure of a student's personal data. Edition 21 of the stubs has students of its own (31-35), so the
 * erasures here touch no other test's data.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class PersonalDataResourceTest {

    @Inject
    DataSource dataSource;

    static long heldSession() {
        long session = Api.createSession(DownstreamStubs.PRIVACY_EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        return session;
    }

    static JsonPath certificate(long session, long student) {
        Api.pass(session, student);
        return board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath personalData(long student) {
        return as("admin").when().get("/students/" + student + "/personal-data").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    static Response erase(long student) {
        return as("admin").when().post("/students/" + student + "/erasure");
    }

    @Test
    void theExportListsTheAdmissionEntryTheOutcomeAndTheDocuments() {
        long session = heldSession();
        JsonPath cert = certificate(session, 34);

        JsonPath data = as("frontdesk").when().get("/students/34/personal-data").then().statusCode(200)
                .contentType(ContentType.JSON).body("studentId", is(34)).extract().jsonPath();
        Map<String, Object> admission = data.getMap("admissions.find { it.sessionId == " + session + " }");
        assertEquals(true, admission.get("admitted"));
        assertEquals(false, admission.get("withdrawn"));
        assertEquals("Chiara", data.getString("admissions.find { it.sessionId == " + session + " }.entry.firstName"));
        assertEquals("Longo", data.getString("admissions.find { it.sessionId == " + session + " }.entry.lastName"));
        assertEquals("ADMITTED", data.getString("admissions.find { it.sessionId == " + session + " }.entry.decision"));
        assertEquals(185.0f, data.getFloat("admissions.find { it.sessionId == " + session + " }.entry.figures.attendedHours"));

        String outcome = "outcomes.find { it.sessionId == " + session + " }";
        assertEquals("PASSED", data.getString(outcome + ".result"));
        assertEquals(34, data.getInt(outcome + ".studentId"));
        assertEquals(List.of("UC1", "UC2"), data.getList(outcome + ".units.code"));

        String document = "documents.find { it.id == " + cert.getInt("id") + " }";
        assertEquals("CERTIFICATE", data.getString(document + ".kind"));
        assertEquals(cert.getString("number"), data.getString(document + ".number"));
        assertEquals(cert.getString("verificationCode"), data.getString(document + ".verificationCode"));
        assertEquals(cert.getString("content.issuedOn"), data.getString(document + ".issuedOn"));
        assertNull(data.get(document + ".revokedOn"));
        assertNull(data.get(document + ".pseudonymisedAt"));
        assertEquals("LNGCHR93T42E435N", data.getString(document + ".content.holder.fiscalCode"));
        assertEquals("Addetto al servizio clienti", data.getString(document + ".content.qualification.title"));
        assertEquals(new java.util.TreeSet<>(List.of("id", "kind", "number", "verificationCode", "issuedOn", "revokedOn",
                "revocationReason", "pseudonymisedAt", "content")),
                new java.util.TreeSet<>(data.getMap(document).keySet()), "no PDF bytes in the export");

        // exam-service does not own students: an id it has nothing on is an empty answer, not a 404
        as("admin").when().get("/students/987654/personal-data").then().statusCode(200)
                .body("studentId", is(987654)).body("admissions", empty()).body("outcomes", empty())
                .body("documents", empty());
    }

    @Test
    void erasurePseudonymisesTheDocumentsWhichStayVerifiable() throws Exception {
        long session = heldSession();
        JsonPath cert = certificate(session, 31);
        JsonPath bystander = certificate(session, 32);
        long id = cert.getLong("id");
        String code = cert.getString("verificationCode");
        String sha = cert.getString("pdfSha256");
        byte[] issuedPdf = board().when().get("/certificates/" + id + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(sha, Sha256.hex(issuedPdf));

        JsonPath before = personalData(31);
        List<Map<String, Object>> documentsBefore = before.getList("documents");
        long toPseudonymise = documentsBefore.stream().filter(d -> d.get("pseudonymisedAt") == null).count();
        long entriesToPseudonymise = before.getList("admissions.entry.firstName").stream()
                .filter(name -> !"Anonimo".equals(name)).count();
        assertTrue(toPseudonymise >= 1 && entriesToPseudonymise >= 1, before.prettify());
        Map<String, Object> entryBefore = new HashMap<>(before.getMap("admissions.find { it.sessionId == " + session
                + " }.entry"));

        erase(31).then().statusCode(200).contentType(ContentType.JSON)
                .body("studentId", is(31))
                .body("documentsPseudonymised", is((int) toPseudonymise))
                .body("admissionEntriesPseudonymised", is((int) entriesToPseudonymise));

        // the document is kept, with its number, code and fingerprint; its holder is the pseudonym
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(2));
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("number", is(cert.getString("number")))
                .body("verificationCode", is(code))
                .body("pdfSha256", is(sha))
                .body("status", is("VALID"))
                .body("pseudonymisedAt", notNullValue())
                .body("content.holder.firstName", is("Anonimo"))
                .body("content.holder.lastName", is("ANON-31"))
                .body("content.holder.birthDate", nullValue())
                .body("content.holder.birthPlace", nullValue())
                .body("content.holder.fiscalCode", nullValue())
                .body("content.number", is(cert.getString("number")))
                .body("content.competenceUnits.code", is(List.of("UC1", "UC2")))
                .body("content.assessment.board[0].fullName", is("Anna Ferri"));

        // the stored PDF no longer carries the person
        Response stored = board().when().get("/certificates/" + id + "/pdf");
        stored.then().statusCode(200).contentType("application/pdf").header("X-Pseudonymised", "true");
        byte[] pdf = stored.asByteArray();
        assertEquals(Sha256.hex(pdf), stored.header("X-Content-SHA256"));
        assertNotEquals(sha, Sha256.hex(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String personal : List.of("Giorgio", "Marino", "MRNGRG88P30E372T", "Vasto", "30/09/1988")) {
                assertFalse(text.contains(personal), personal + " still in the PDF: " + text);
            }
            assertTrue(text.contains("ANON-31 Anonimo"), text);
            assertTrue(text.contains(cert.getString("number")) && text.contains(code), text);
        }

        // anyone verifying sees it valid, pseudonymised, without the person's initials; the holder's copy still verifies
        Response verified = given().when().get("/certificates/verify/" + code);
        verified.then().statusCode(200)
                .body("status", is("VALID"))
                .body("number", is(cert.getString("number")))
                .body("holderPseudonymised", is(true))
                .body("holderInitials", is("A. A."))
                .body("pdfSha256", is(sha));
        assertFalse(verified.asString().contains("G. M."), verified.asString());
        given().multiPart("file", "cert.pdf", issuedPdf, "application/pdf").when().post("/certificates/verify")
                .then().statusCode(200).body("number", is(cert.getString("number")))
                .body("status", is("VALID")).body("holderPseudonymised", is(true));

        // the export: same documents, all pseudonymised; admission entries under the pseudonym, nothing else changed
        JsonPath after = personalData(31);
        assertEquals(documentsBefore.size(), after.getList("documents").size());
        assertEquals(documentsBefore.stream().map(d -> d.get("number")).toList(), after.getList("documents.number"));
        assertTrue(after.getList("documents.pseudonymisedAt").stream().allMatch(java.util.Objects::nonNull), after.prettify());
        assertTrue(after.getList("admissions.entry.firstName").stream().allMatch("Anonimo"::equals), after.prettify());
        assertTrue(after.getList("admissions.entry.lastName").stream().allMatch("ANON-31"::equals), after.prettify());
        Map<String, Object> entryAfter = new HashMap<>(after.getMap("admissions.find { it.sessionId == " + session
                + " }.entry"));
        entryBefore.put("firstName", "Anonimo");
        entryBefore.put("lastName", "ANON-31");
        assertEquals(entryBefore, entryAfter);
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .body("candidates.find { it.studentId == 31 }.firstName", is("Anonimo"))
                .body("candidates.find { it.studentId == 31 }.decision", is("ADMITTED"))
                .body("candidates.find { it.studentId == 32 }.firstName", is("Luisa"));

        // another student's documents are untouched
        board().when().get("/certificates/" + bystander.getLong("id")).then().statusCode(200)
                .body("pseudonymisedAt", nullValue())
                .body("content.holder.lastName", is("Greco"))
                .body("content.holder.fiscalCode", is("GRCLSU91E57I804B"))
                .body("pdfSha256", is(bystander.getString("pdfSha256")));
        given().when().get("/certificates/verify/" + bystander.getString("verificationCode")).then().statusCode(200)
                .body("holderInitials", is("L. G.")).body("holderPseudonymised", is(false));
        assertTrue(personalData(32).getList("admissions.entry.firstName").stream().allMatch("Luisa"::equals));

        // the audit trail says what happened, without the name
        JsonPath audit = as("admin").queryParam("entityType", "DOCUMENT").queryParam("entityId", id)
                .when().get("/audit-events").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CERTIFICATE_ISSUED", "DOCUMENT_PSEUDONYMISED"), audit.getList("action"));
        assertFalse(audit.prettify().contains("Marino") || audit.prettify().contains("Giorgio"), audit.prettify());

        // enrollment-service may retry: nothing more to change
        erase(31).then().statusCode(200)
                .body("studentId", is(31)).body("documentsPseudonymised", is(0)).body("admissionEntriesPseudonymised", is(0));

        // revocation still works on a pseudonymised document
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Issued in error", "revokedOn",
                        TestClock.TODAY.toString()))
                .when().post("/certificates/" + id + "/revocation").then().statusCode(200).body("status", is("REVOKED"));
        given().when().get("/certificates/verify/" + code).then().statusCode(200)
                .body("status", is("REVOKED")).body("holderPseudonymised", is(true)).body("pdfSha256", is(sha));
    }

    /**
     * A holder without a codice fiscale is identified on their document by their identity document: the export lists
     * it, and the erasure takes it away exactly like a codice fiscale, from the content and the stored PDF.
     */
    @Test
    void theErasureTakesTheIdentityDocumentAwayLikeTheCodiceFiscale() throws Exception {
        long student = DownstreamStubs.ERASED_PASSPORT_HOLDER;
        String number = DownstreamStubs.ERASED_HOLDERS_PASSPORT;
        long session = Api.createSession(DownstreamStubs.FOREIGN_EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        long id = certificate(session, student).getLong("id");
        String document = "documents.find { it.id == " + id + " }";
        assertEquals(Map.of("type", "PASSPORT", "country", "AL", "number", number),
                personalData(student).getMap(document + ".content.holder.identityDocument"));

        erase(student).then().statusCode(200).body("documentsPseudonymised", is(1));

        Response after = board().when().get("/certificates/" + id);
        after.then().statusCode(200)
                .body("content.holder.lastName", is("ANON-" + student))
                .body("content.holder.fiscalCode", nullValue())
                .body("content.holder", org.hamcrest.Matchers.hasKey("identityDocument"))
                .body("content.holder.identityDocument", nullValue());
        assertFalse(after.asString().contains(number), after.asString());
        try (PDDocument doc = Loader.loadPDF(board().when().get("/certificates/" + id + "/pdf").then().statusCode(200)
                .header("X-Pseudonymised", "true").extract().asByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            for (String personal : List.of(number, "Passaporto", "Shehu", "Elira", "Durazzo")) {
                assertFalse(text.contains(personal), personal + " still in the PDF: " + text);
            }
            assertTrue(text.contains("ANON-" + student + " Anonimo"), text);
        }
        String export = personalData(student).prettify();
        assertFalse(export.contains(number), export);
    }

    /**
     * A document issued before the holder's identity document was carried: its stored content has no identityDocument
     * at all. It still reads (the field null), is exported and is pseudonymised on an erasure.
     */
    @Test
    void aDocumentStoredBeforeTheIdentityDocumentWasCarriedStillReadsAndIsPseudonymised() throws Exception {
        long student = 75;
        String content = """
                {"kind":"LEARNING_RECORD","title":"Documento di formalizzazione degli apprendimenti",\
                "legalBasis":"D.lgs 16 gennaio 2013, n. 13, art. 6","number":"DFA-2026-900075",\
                "verificationCode":"OLDQNTENT2345672","verificationUrl":"http://localhost:8084/certificates/verify/OLDQNTENT2345672",\
                "issuedOn":"2026-03-20","holder":{"firstName":"Driton","lastName":"Berisha","birthDate":"1993-02-11",\
                "birthPlace":"Pristina (Kosovo)","fiscalCode":null},"authority":{"region":"Abruzzo",\
                "act":"DD n. 61/DPG025 (19-04-2023)","provider":"Ente Formazione Demo","providerAccreditation":null,\
                "repertory":null},"qualification":{"code":"001","version":1,"title":"Addetto al servizio clienti",\
                "eqfLevel":3,"atecoCodes":["82.20.00"],"istatCodes":["4.2.2.1.0"],"source":"Standard 001"},\
                "competenceUnits":[],"trainingUnitsPassed":[{"code":"1","title":"Sicurezza sul lavoro","eqfLevel":null,\
                "result":"PASSED"}],"course":{"editionId":26,"editionTitle":"Addetto al servizio clienti - Pescara 2027",\
                "startDate":"2027-01-11","endDate":"2027-06-30","plannedHours":208,"hoursAttended":64.50,\
                "internshipHours":0.00,"withdrawn":true},"assessment":null,"leaving":{"withdrawnOn":"2026-03-15",\
                "statement":"Documento rilasciato all'uscita anticipata dal percorso formativo (ritiro il 15/03/2026)."}}""";
        byte[] pdf = "%PDF-1.4 issued before".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long id;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO "
                + "issued_document (kind, number, verification_code, session_id, edition_id, student_id, holder_initials, "
                + "qualification_title, eqf_level, issued_on, issued_at, issued_by, content, pdf, pdf_sha256) VALUES "
                + "('LEARNING_RECORD', 'DFA-2026-900075', 'OLDQNTENT2345672', NULL, ?, ?, 'D. B.', "
                + "'Addetto al servizio clienti', 3, DATE '2026-03-20', now(), 'user-exam-board', ?, ?, ?) RETURNING id")) {
            insert.setLong(1, DownstreamStubs.FOREIGN_EDITION);
            insert.setLong(2, student);
            insert.setString(3, content);
            insert.setBytes(4, pdf);
            insert.setString(5, Sha256.hex(pdf));
            try (java.sql.ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("content.holder.lastName", is("Berisha"))
                .body("content.holder.fiscalCode", nullValue())
                .body("content.holder", org.hamcrest.Matchers.hasKey("identityDocument"))
                .body("content.holder.identityDocument", nullValue())
                .body("content.course.hoursAttended", is(64.5f));
        assertEquals("Berisha", personalData(student).getString("documents.find { it.id == " + id
                + " }.content.holder.lastName"));

        erase(student).then().statusCode(200).body("documentsPseudonymised", is(1));
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("content.holder.lastName", is("ANON-" + student))
                .body("content.holder.birthPlace", nullValue())
                .body("content.holder.identityDocument", nullValue())
                .body("content.leaving.withdrawnOn", is("2026-03-15"));
    }

    @Test
    void theDatabaseAllowsThePseudonymisationOnlyOnceAndNothingElse() throws Exception {
        long session = heldSession();
        long id = certificate(session, 35).getLong("id");

        assertRefused(dataSource, "UPDATE issued_document SET content = replace(content, 'Nicola', 'Anonimo') WHERE id = ?", id,
                "frozen");
        assertRefused(dataSource, "UPDATE issued_document SET holder_initials = 'A. A.' WHERE id = ?", id, "frozen");
        assertRefused(dataSource, "UPDATE issued_document SET pdf = decode('00', 'hex') WHERE id = ?", id, "frozen");
        assertRefused(dataSource, "UPDATE issued_document SET pseudonymised_by = 'dba' WHERE id = ?", id, "frozen");
        // even the pseudonymising update may not touch what identifies the document
        for (String column : List.of("number = 'CQP-1999-000001'", "verification_code = 'AAAAAAAAAAAAAAAA'",
                "pdf_sha256 = repeat('0', 64)", "student_id = 36", "issued_on = DATE '1999-01-01'")) {
            assertRefused(dataSource, "UPDATE issued_document SET " + column + ", content = replace(content, 'Nicola', 'Anonimo'), "
                    + "pseudonymised_at = now(), pseudonymised_by = 'dba' WHERE id = ?", id, "frozen");
        }

        erase(35).then().statusCode(200);
        board().when().get("/certificates/" + id).then().statusCode(200).body("content.holder.lastName", is("ANON-35"));

        // once pseudonymised, frozen again: no second pseudonymisation, no undoing, no other change
        assertRefused(dataSource, "UPDATE issued_document SET content = replace(content, 'Anonimo', 'Nicola'), "
                + "pseudonymised_at = now(), pseudonymised_by = 'dba' WHERE id = ?", id, "pseudonymised once");
        assertRefused(dataSource, "UPDATE issued_document SET pseudonymised_at = NULL, pseudonymised_by = NULL WHERE id = ?", id,
                "pseudonymised once");
        assertRefused(dataSource, "UPDATE issued_document SET content = replace(content, 'Anonimo', 'Nicola') WHERE id = ?", id,
                "frozen");
        assertRefused(dataSource, "UPDATE issued_document SET holder_initials = 'N. S.' WHERE id = ?", id, "frozen");
        assertRefused(dataSource, "DELETE FROM issued_document WHERE id = ?", id, "never deleted");
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("content.holder.firstName", is("Anonimo")).body("content.holder.fiscalCode", nullValue());
    }

    /**
     * enrollment-service asked pending-exams first; a list frozen since then is seen here, and nothing changes. A fresh
     * copy of edition 12: student 5 has no document of it (a certificate of the edition would conclude the exam).
     */
    @Test
    void anErasureIsRefusedWhileAFrozenListAdmitsTheStudentWithNoDocument() {
        long edition = DownstreamStubs.copyOfEdition12();
        long session = Api.createSession(edition);
        Api.freeze(session);
        erase(5).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/exam-pending"))
                .body("detail", containsString("nothing was pseudonymised"))
                .body("figures.pendingSessions", org.hamcrest.Matchers.hasItem((int) session))
                .body("violations.message", org.hamcrest.Matchers.hasItem("exam session " + session + " (edition "
                        + edition + ", 2027-07-10, SCHEDULED): NO_DOCUMENT_YET"));
        assertEquals("Mario", personalData(5).getString("admissions.find { it.sessionId == " + session
                + " }.entry.firstName"));
    }

    @Test
    void aStudentWhoseDataWereErasedGetsNoNewDocument() {
        long session = heldSession();
        Api.pass(session, DownstreamStubs.ERASED_STUDENT);
        board().contentType(ContentType.JSON).body(Map.of("studentId", DownstreamStubs.ERASED_STUDENT))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/student-erased"))
                .body("status", is(409))
                .body("detail", containsString("were erased"))
                .body("detail", containsString("no new certificate or learning record can be issued"))
                .body("figures.studentId", is((int) DownstreamStubs.ERASED_STUDENT));
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(0));
    }

    static JsonPath pendingExams(long student, Long... editions) {
        var request = as("admin");
        if (editions.length > 0) {
            request.queryParam("editionId", (Object[]) editions);
        }
        return request.when().get("/students/" + student + "/pending-exams").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    static Map<String, Object> pendingIn(long session, long student, Long... editions) {
        return pendingExams(student, editions).getMap("find { it.sessionId == " + session + " }");
    }

    static void issue(long session, long student, String documents) {
        board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/" + documents).then().statusCode(201);
    }

    /**
     * A fresh copy of edition 12 (admitted: 5, 11, 13, 15; excluded: 6 below the threshold, 9 withdrawn), so no other
     * test's session is asserted on; the students are in other tests' sessions too, hence the lookups by session.
     */
    @Test
    void anExamIsPendingUntilTheDocumentItLeadsToIsIssued() {
        long edition = DownstreamStubs.copyOfEdition12();
        // no session yet: for a CONFIRMED student the exam is still to be scheduled
        assertEquals(List.of(Map.of("editionId", (int) edition, "reason", "NO_SESSION_YET")),
                pendingExams(5, edition).getList("findAll { it.editionId == " + edition + " }", Map.class).stream()
                        .map(PersonalDataResourceTest::withoutNull).toList());
        long session = Api.createSession(edition);

        // before freezing, exam-service knows no candidates: the caller names the editions the student is CONFIRMED on
        Map<String, Object> notFrozen = pendingIn(session, 5, edition);
        assertEquals(Map.of("sessionId", (int) session, "editionId", (int) edition, "status", "SCHEDULED",
                "examDate", "2027-07-10", "reason", "ADMISSION_LIST_NOT_FROZEN"), withoutNull(notFrozen));
        assertTrue(notFrozen.containsKey("outcome") && notFrozen.get("outcome") == null, notFrozen.toString());
        assertNull(pendingIn(session, 5), "an edition not named is not looked at before freezing");

        // frozen: the admitted candidates, and only they, are pending, whatever editions the caller names
        Api.freeze(session);
        assertEquals("NO_DOCUMENT_YET", pendingIn(session, 5).get("reason"));
        assertEquals("SCHEDULED", pendingIn(session, 5).get("status"));
        assertNull(pendingIn(session, 6, edition), "excluded (below the threshold)");
        assertNull(pendingIn(session, 9, edition), "excluded (withdrawn)");

        Api.status(session, "HELD");
        Api.pass(session, 5);
        Api.fail(session, 11);
        Api.pass(session, 13);
        Api.pass(session, 15);
        assertEquals(Map.of("status", "HELD", "outcome", "PASSED"), pick(pendingIn(session, 5), "status", "outcome"));
        assertEquals("FAILED", pendingIn(session, 11).get("outcome"));

        // the document issued concludes the exam while it stands: once revoked, the corrected one is still to be
        // issued, with the identity
        issue(session, 5, "certificates");
        issue(session, 11, "learning-records");
        assertNull(pendingIn(session, 5, edition));
        assertNull(pendingIn(session, 11, edition));
        JsonPath documents = board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200)
                .extract().jsonPath();
        long certificate = documents.getLong("find { it.studentId == 5 }.id");
        String number = documents.getString("find { it.studentId == 5 }.number");
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Issued in error"))
                .when().post("/certificates/" + certificate + "/revocation").then().statusCode(200);
        assertEquals(Map.of("reason", "NO_DOCUMENT_YET", "outcome", "PASSED", "revokedDocuments", List.of(number)),
                pick(pendingIn(session, 5, edition), "reason", "outcome", "revokedDocuments"));
        assertNull(pendingIn(session, 11, edition));

        // a CLOSED session still issues the documents its outcomes call for: until then the exam is pending
        Api.status(session, "CLOSED");
        assertEquals(Map.of("status", "CLOSED", "reason", "NO_DOCUMENT_YET", "outcome", "PASSED"),
                pick(pendingIn(session, 13), "status", "reason", "outcome"));
        issue(session, 13, "certificates");
        assertNull(pendingIn(session, 13));

        // a retake session not frozen yet: pending for a CONFIRMED student who failed, not for one certified in the
        // edition (the qualification is certified once); for one whose certificate was revoked, until the corrected
        // document is issued (here in the CLOSED session, which takes it after a revocation)
        long retake = Api.createSession(edition);
        assertEquals("ADMISSION_LIST_NOT_FROZEN", pendingIn(retake, 11, edition).get("reason"));
        assertNull(pendingIn(retake, 13, edition));
        assertEquals(Map.of("reason", "ADMISSION_LIST_NOT_FROZEN", "revokedDocuments", List.of(number)),
                pick(pendingIn(retake, 5, edition), "reason", "revokedDocuments"));
        issue(session, 5, "certificates");
        assertNull(pendingIn(session, 5, edition));
        assertNull(pendingIn(retake, 5, edition));
        assertEquals(List.of((int) session, (int) retake),
                pendingExams(15, edition).getList("findAll { it.editionId == " + edition + " }.sessionId"),
                "oldest exam date first, then the session id");

        // nothing pending: an empty list, not a 404
        assertEquals(List.of(), pendingExams(987654).getList("$"));
    }

    /** A CANCELLED session concludes nothing and holds nobody: the edition has no session yet. */
    @Test
    void aCancelledSessionIsPendingForNobodyAndLeavesTheEditionWithNoSession() {
        long edition = DownstreamStubs.copyOfEdition12();
        long frozen = Api.createSession(edition);
        Api.freeze(frozen);
        long notFrozen = Api.createSession(edition);
        assertEquals("NO_DOCUMENT_YET", pendingIn(frozen, 5, edition).get("reason"));
        assertEquals("ADMISSION_LIST_NOT_FROZEN", pendingIn(notFrozen, 5, edition).get("reason"));

        for (long session : List.of(frozen, notFrozen)) {
            board().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "Venue unavailable"))
                    .when().put("/exam-sessions/" + session + "/status").then().statusCode(200);
        }
        assertEquals(List.of(Map.of("editionId", (int) edition, "reason", "NO_SESSION_YET")),
                pendingExams(5, edition).getList("findAll { it.editionId == " + edition + " }", Map.class).stream()
                        .map(PersonalDataResourceTest::withoutNull).toList());
        assertEquals(List.of(), pendingExams(5).getList("findAll { it.editionId == " + edition + " }"),
                "the frozen list of a cancelled session names nobody pending");
    }

    private static Map<String, Object> withoutNull(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }

    private static Map<String, Object> pick(Map<String, Object> map, String... keys) {
        Map<String, Object> picked = new HashMap<>();
        for (String key : keys) {
            picked.put(key, map.get(key));
        }
        return picked;
    }

    /**
     * A certificate revoked for a wrong outcome concludes nothing: the erasure waits for the corrected document, which
     * needs the identity; before, the student could be erased and the right document never issued.
     */
    @Test
    void aStudentWhoseCertificateWasRevokedIsErasedOnlyOnceTheCorrectedDocumentIsIssued() {
        long student = DownstreamStubs.REVOKED_STUDENT;
        long session = Api.createSession(DownstreamStubs.REVOKED_EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        JsonPath wrong = certificate(session, student);
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Outcome recorded by mistake: the candidate "
                + "failed UC2")).when().post("/certificates/" + wrong.getLong("id") + "/revocation").then().statusCode(200);

        erase(student).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/exam-pending"))
                .body("detail", containsString("every one issued revoked"))
                .body("violations[0].message", is("exam session " + session + " (edition "
                        + DownstreamStubs.REVOKED_EDITION + ", 2027-07-10, HELD): NO_DOCUMENT_YET: "
                        + wrong.getString("number") + " issued to the student was revoked, and the corrected document "
                        + "is still to be issued (correct the outcome if it was wrong, then issue it)"));
        assertEquals("Teresa", personalData(student).getString("documents[0].content.holder.firstName"));

        Api.fail(session, student);
        issue(session, student, "learning-records");
        assertEquals(List.of(), pendingExams(student, DownstreamStubs.REVOKED_EDITION).getList("$"));
        erase(student).then().statusCode(200).body("documentsPseudonymised", is(2));
    }

    static final String CLEARED = "[cleared on erasure request]";

    /**
     * A session of the edition, held and CLOSED with the student recorded ABSENT, then corrected to PASSED with the
     * board's reason in the note (the correction of an ABSENT after closing).
     */
    static long absentCorrectedAfterClosing(long edition, long student, String note) {
        long session = Api.createSession(edition);
        Api.freeze(session);
        Api.status(session, "HELD");
        board().contentType(ContentType.JSON).body(Map.of("result", "ABSENT", "units", List.of()))
                .when().put("/exam-sessions/" + session + "/outcomes/" + student).then().statusCode(200);
        Api.status(session, "CLOSED");
        Map<String, Object> sat = new HashMap<>(Api.outcome("PASSED", true, true));
        sat.put("note", note);
        board().contentType(ContentType.JSON).body(sat)
                .when().put("/exam-sessions/" + session + "/outcomes/" + student).then().statusCode(200);
        return session;
    }

    /**
     * The free texts written about the student - why an ABSENT was corrected, why their certificate was revoked and
     * why that revocation was amended - may name people or tell allegations: the erasure clears them, on the document
     * and in its copies in the audit trail, and keeps the events, their dates, actors and figures.
     */
    @Test
    void theErasureClearsTheFreeTextsAboutTheStudentAndKeepsTheEvents() throws Exception {
        long student = DownstreamStubs.TEXTS_STUDENT;
        long session = absentCorrectedAfterClosing(DownstreamStubs.TEXTS_EDITION, student,
                "Sat the exam late after a hospital visit, Ms Bellini witnessed it");
        JsonPath cert = board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201).extract().jsonPath();
        long id = cert.getLong("id");
        String number = cert.getString("number");
        java.time.LocalDate later = TestClock.TODAY.plusDays(10);
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Internship logbook forged, reported by Mr "
                        + "Ferrante", "revokedOn", later.toString()))
                .when().post("/certificates/" + id + "/revocation").then().statusCode(200);
        // only the erasure may clear a revocation's reason, and only a recorded erasure
        assertRefused(dataSource, "UPDATE issued_document SET revocation_reason = '" + CLEARED + "' WHERE id = ?", id,
                "cannot be changed but by an amendment");
        board().contentType(ContentType.JSON).body(Map.of("reason", "Internship logbook forged (complaint of Mr "
                        + "Ferrante)", "revokedOn", TestClock.TODAY.toString(), "amendmentReason",
                        "Brought forward after Ferrante's hearing"))
                .when().put("/certificates/" + id + "/revocation").then().statusCode(200).body("status", is("REVOKED"));
        // the revoked certificate is corrected: the outcome, then the learning record; nothing is pending any more
        Api.fail(session, student);
        issue(session, student, "learning-records");

        erase(student).then().statusCode(200)
                .body("documentsPseudonymised", is(2))
                .body("revocationsCleared", is(1))
                .body("auditEventsCleared", is(3));

        // the revocation stays, with its dates and who recorded and amended it; its texts are cleared
        board().when().get("/certificates/" + id).then().statusCode(200)
                .body("status", is("REVOKED"))
                .body("revocation.revokedOn", is(TestClock.TODAY.toString()))
                .body("revocation.reason", is(CLEARED))
                .body("revocation.revokedBy", is("user-admin"))
                .body("revocation.revokedAt", notNullValue())
                .body("revocation.amendedBy", is("user-exam-board"))
                .body("revocation.amendedAt", notNullValue())
                .body("revocation.amendmentReason", is(CLEARED));
        given().when().get("/certificates/verify/" + cert.getString("verificationCode")).then().statusCode(200)
                .body("status", is("REVOKED")).body("revokedOn", is(TestClock.TODAY.toString()));
        JsonPath data = personalData(student);
        assertEquals(CLEARED, data.getString("documents.find { it.id == " + id + " }.revocationReason"));

        // the audit trail keeps every event, who and when, and the dates and figures in them, not the texts
        List<Map<String, Object>> documentEvents = as("admin").queryParam("entityType", "DOCUMENT")
                .queryParam("entityId", id).when().get("/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of("CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED", "CERTIFICATE_REVOCATION_AMENDED",
                "DOCUMENT_PSEUDONYMISED"), documentEvents.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("user-exam-board", "user-admin", "user-exam-board", "user-admin"),
                documentEvents.stream().map(e -> e.get("actor")).toList());
        assertEquals(number + " revoked on " + later + ": " + CLEARED, documentEvents.get(1).get("detail"));
        assertEquals(number + " revocation amended: takes effect on " + TestClock.TODAY + ", reason '" + CLEARED
                + "' (was: takes effect on " + later + ", reason '" + CLEARED + "'); why: " + CLEARED,
                documentEvents.get(2).get("detail"));
        String sessionEvents = as("admin").queryParam("sessionId", session).queryParam("size", 100)
                .when().get("/audit-events").then().statusCode(200).extract().asString();
        for (String text : List.of("Ferrante", "forged", "Bellini", "hospital")) {
            assertFalse(sessionEvents.contains(text), text + " still in the audit trail: " + sessionEvents);
            assertFalse(data.prettify().contains(text), text + " still in the export: " + data.prettify());
        }
        as("admin").queryParam("sessionId", session).queryParam("size", 100).when().get("/audit-events").then()
                .body("find { it.detail.contains('recorded by mistake') }.detail", is("student " + student + ": ABSENT "
                        + "(did not sit the exam) -> PASSED (UC1 passed, UC2 passed) (session CLOSED; corrects an "
                        + "ABSENT recorded by mistake: " + CLEARED + ")"));

        // a retry changes nothing; the cleared texts cannot be rewritten
        erase(student).then().statusCode(200).body("documentsPseudonymised", is(0))
                .body("revocationsCleared", is(0)).body("auditEventsCleared", is(0)).body("outcomeNotesCleared", is(0));
        assertRefused(dataSource, "UPDATE issued_document SET revocation_reason = 'another story' WHERE id = ?", id,
                "cannot be changed but by an amendment");
    }

    /**
     * The board's note stays on the outcome it explains (here why an ABSENT was corrected after closing): a free text
     * about the student like the audit's copy of it, so the erasure clears it too; the outcome, its units and who
     * recorded it stay.
     */
    @Test
    void theErasureClearsTheBoardsNoteOnTheOutcome() {
        long student = DownstreamStubs.NOTES_STUDENT;
        String note = "Sat the exam in room B after a panic attack, Dr Neri of the ASL confirmed it";
        long session = absentCorrectedAfterClosing(DownstreamStubs.NOTES_EDITION, student, note);
        String outcome = "/exam-sessions/" + session + "/outcomes/" + student;
        board().when().get(outcome).then().statusCode(200).body("note", is(note));
        long certificate = board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath before = board().when().get(outcome).then().statusCode(200).extract().jsonPath();

        erase(student).then().statusCode(200).body("outcomeNotesCleared", is(1));

        JsonPath after = board().when().get(outcome).then().statusCode(200).extract().jsonPath();
        assertEquals(CLEARED, after.getString("note"));
        assertEquals("PASSED", after.getString("result"));
        assertEquals(before.getList("units"), after.getList("units"));
        assertEquals(before.getString("recordedBy"), after.getString("recordedBy"));
        assertEquals(before.getString("recordedAt"), after.getString("recordedAt"));
        JsonPath data = personalData(student);
        assertEquals(CLEARED, data.getString("outcomes.find { it.sessionId == " + session + " }.note"));
        String sessionEvents = as("admin").queryParam("sessionId", session).queryParam("size", 100)
                .when().get("/audit-events").then().statusCode(200).extract().asString();
        for (String text : List.of("panic", "Neri")) {
            assertFalse(data.prettify().contains(text), text + " still in the export: " + data.prettify());
            assertFalse(sessionEvents.contains(text), text + " still in the audit trail: " + sessionEvents);
        }
        assertTrue(sessionEvents.contains("OUTCOME_NOTE_CLEARED"), sessionEvents);
        // a retry changes nothing
        erase(student).then().statusCode(200).body("outcomeNotesCleared", is(0));
        assertEquals(CLEARED, board().when().get(outcome).then().extract().jsonPath().getString("note"));
        // nor does the board write a new note about them: with the certificate revoked, the outcome of the CLOSED
        // session would otherwise be correctable again
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Issued on the wrong session",
                "revokedOn", TestClock.TODAY.toString())).when().post("/certificates/" + certificate + "/revocation")
                .then().statusCode(200);
        Map<String, Object> corrected = new HashMap<>(Api.outcome("FAILED", false, false));
        corrected.put("note", "Re-marked after Dr Neri's second report");
        board().contentType(ContentType.JSON).body(corrected).when().put(outcome).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/student-erased"))
                .body("detail", containsString("no outcome is recorded or corrected for them any more"))
                .body("figures.studentId", is((int) student));
        JsonPath unchanged = board().when().get(outcome).then().statusCode(200).extract().jsonPath();
        assertEquals(CLEARED, unchanged.getString("note"));
        assertEquals("PASSED", unchanged.getString("result"));
    }

    /**
     * enrollment-service erases its own row after this service, so it may still give the identity: an erased student
     * is refused here all the same, and no document with the full personal data follows the erasure.
     */
    @Test
    void nothingIsIssuedToAStudentErasedHereEvenWhileTheIdentityIsStillReadable() {
        long student = DownstreamStubs.ERASED_AFTER_LEAVING;
        erase(student).then().statusCode(200).body("documentsPseudonymised", is(0));
        board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/editions/" + DownstreamStubs.LEAVING_EDITION + "/learning-records").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/student-erased"))
                .body("detail", containsString("were erased at their request on "))
                .body("figures.studentId", is((int) student));
        assertEquals(List.of(), personalData(student).getList("documents"));
    }

    /**
     * An issue and the erasure of the same student, both held up by the student's lock (taken here as each of them
     * takes it) and then let go at once: whichever runs first, no document of the student keeps the personal data -
     * issued first, the erasure pseudonymises it; erased first, the issue is refused.
     */
    @Test
    void anIssueAndAnErasureOfTheSameStudentQueueAndNoDocumentKeepsThePersonalData() throws Exception {
        long student = DownstreamStubs.ERASED_WHILE_ISSUING;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, student);
                lock.execute();
            }
            Future<Response> issue = pool.submit(() -> board().contentType(ContentType.JSON)
                    .body(Map.of("studentId", student))
                    .when().post("/editions/" + DownstreamStubs.LEAVING_EDITION + "/learning-records"));
            Future<Response> erasure = pool.submit(() -> erase(student));
            Thread.sleep(1500);
            assertFalse(issue.isDone(), "the issue waits for the student's lock");
            assertFalse(erasure.isDone(), "the erasure waits for the student's lock");
            c.commit();

            Response issued = issue.get(30, TimeUnit.SECONDS);
            Response erased = erasure.get(30, TimeUnit.SECONDS);
            erased.then().statusCode(200);
            if (issued.statusCode() == 201) {
                erased.then().body("documentsPseudonymised", is(1));
            } else {
                issued.then().statusCode(409).body("type", is("https://formapro.it/problems/student-erased"));
                erased.then().body("documentsPseudonymised", is(0));
            }
        } finally {
            pool.shutdownNow();
        }
        for (Object holder : personalData(student).getList("documents.content.holder")) {
            assertEquals("ANON-" + student, ((Map<?, ?>) holder).get("lastName"), holder.toString());
        }
    }

    /**
     * A freeze reads the names from attendance before its transaction; an erasure committed here in between must not
     * leave the erased name in the frozen list. The freeze is held between its read and its write by a lock on the
     * session's row (the one its writing transaction takes first); the erasure commits meanwhile, the stub still
     * answering the name as attendance did before the erasure; then the freeze stores the pseudonym.
     */
    @Test
    void aStudentErasedWhileTheListIsBeingFrozenIsStoredUnderThePseudonym() throws Exception {
        long erased = DownstreamStubs.ERASED_DURING_FREEZE;
        long session = Api.createSession(DownstreamStubs.FREEZE_RACE_EDITION);
        Response freeze = freezeHeldBy(session, "SELECT pg_backend_pid() FROM exam_session WHERE id = " + session
                + " FOR UPDATE", () -> erase(erased).then().statusCode(200).body("admissionEntriesPseudonymised", is(0)));
        assertStoredUnderThePseudonym(freeze, erased);
        String stored = board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .extract().asString();
        assertFalse(stored.contains("Villa"), stored);
        assertFalse(personalData(erased).prettify().contains("Villa"));
        // the erasure again finds the entry as it would have left it
        erase(erased).then().statusCode(200).body("admissionEntriesPseudonymised", is(0));
    }

    /**
     * An erasure in progress here holds the admission entries' table lock until it commits its record: a freeze
     * reaching its write meanwhile waits for it, then reads the record and stores the pseudonym. The erasure in
     * progress is played by the connection holding the lock, which records the erasure as PersonalDataService.erase
     * does and commits once the freeze waits behind it.
     */
    @Test
    void aFreezeWritingWhileAnErasureCommitsWaitsForItAndStoresThePseudonym() throws Exception {
        long erasing = DownstreamStubs.ERASING_DURING_FREEZE;
        long session = Api.createSession(DownstreamStubs.FREEZE_WAIT_EDITION);
        Response freeze = freezeHeldBy(session, "LOCK TABLE admission_entry IN SHARE ROW EXCLUSIVE MODE; "
                + "INSERT INTO erased_student (student_id, erased_at, erased_by) VALUES (" + erasing + ", now(), "
                + "'user-admin'); SELECT pg_backend_pid()", () -> { });
        assertStoredUnderThePseudonym(freeze, erasing);
    }

    /**
     * Freezes the session's list while a connection holds the locks {@code hold} takes (its last result: the
     * connection's pid): once the freeze waits behind them, runs {@code meanwhile}, then commits and answers the freeze.
     */
    private Response freezeHeldBy(long session, String hold, Runnable meanwhile) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long holder;
            try (var s = c.createStatement()) {
                s.execute(hold);
                while (s.getResultSet() == null) {
                    s.getMoreResults();
                }
                try (var rs = s.getResultSet()) {
                    rs.next();
                    holder = rs.getLong(1);
                }
            }
            Future<Response> freeze = pool.submit(() -> board().when()
                    .post("/exam-sessions/" + session + "/admissions/freeze"));
            awaitBlockedBy(holder, freeze);
            meanwhile.run();
            c.commit();
            return freeze.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertStoredUnderThePseudonym(Response freeze, long student) {
        String candidate = "candidates.find { it.studentId == " + student + " }";
        freeze.then().statusCode(200)
                .body(candidate + ".firstName", is("Anonimo"))
                .body(candidate + ".lastName", is("ANON-" + student))
                .body(candidate + ".decision", is("EXCLUDED"))
                .body("candidates.find { it.studentId == " + DownstreamStubs.STAYS_DURING_FREEZE + " }.lastName",
                        is("Sala"));
    }

    /** Waits until a backend is blocked by {@code holder}'s locks (the freeze's write behind the test's row lock). */
    private void awaitBlockedBy(long holder, Future<?> request) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = dataSource.getConnection();
             PreparedStatement blocked = watcher.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")) {
            blocked.setLong(1, holder);
            while (System.nanoTime() < deadline) {
                assertFalse(request.isDone(), "the request ended before reaching the lock");
                try (var rs = blocked.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nothing was blocked by the test's lock within 30 s");
    }

    @Test
    void pendingExamsAreForAdminAndFrontdeskAndRefuseBadEditions() {
        as("frontdesk").when().get("/students/31/pending-exams").then().statusCode(200);
        for (String role : List.of("tutor", "portal", "exam-board")) {
            as(role).when().get("/students/31/pending-exams").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/students/31/pending-exams").then().statusCode(401).contentType("application/problem+json");
        as("admin").when().get("/students/0/pending-exams").then().statusCode(400).contentType("application/problem+json");
        as("admin").queryParam("editionId", 0).when().get("/students/31/pending-exams").then().statusCode(400)
                .contentType("application/problem+json");
        as("admin").queryParam("editionId", "abc").when().get("/students/31/pending-exams").then().statusCode(400)
                .contentType("application/problem+json");
        Object[] tooMany = java.util.stream.LongStream.rangeClosed(1, 101).boxed().toArray();
        as("admin").queryParam("editionId", tooMany).when().get("/students/31/pending-exams").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminAndFrontdeskSeeTheDataAndOnlyAdminErases() {
        for (String role : List.of("tutor", "portal", "exam-board")) {
            as(role).when().get("/students/31/personal-data").then().statusCode(403)
                    .contentType("application/problem+json").body("status", is(403));
            as(role).when().post("/students/31/erasure").then().statusCode(403)
                    .contentType("application/problem+json").body("status", is(403));
        }
        as("frontdesk").when().post("/students/31/erasure").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/students/31/personal-data").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/students/31/erasure").then().statusCode(401).contentType("application/problem+json");
        as("admin").when().get("/students/0/personal-data").then().statusCode(400).contentType("application/problem+json");
        as("admin").when().post("/students/-3/erasure").then().statusCode(400).contentType("application/problem+json");
        // a path parameter that does not convert is a 400 naming the value (common ProblemMappers), not "no resource"
        as("admin").when().post("/students/abc/erasure").then().statusCode(400).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/invalid-parameter"));
    }
}
