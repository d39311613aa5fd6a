package it.formapro.exam.certificate;

import static io.restassured.RestAssured.given;
import static it.formapro.exam.support.Api.as;
import static it.formapro.exam.support.Api.board;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(it.formapro.exam.support.DownstreamStubs.class)
class CertificateResourceTest {

    static final String BASE_URL = "http://localhost:8084/certificates/verify/";

    @Inject
    DocumentNumbers numbers;

    @Inject
    EntityManager em;

    static Response issue(long session, long student) {
        return board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/certificates");
    }

    @Test
    void aPassIssuesTheCertificateWithItsFrozenContent() {
        long session = Api.heldSession();
        Api.pass(session, 5);
        JsonPath cert = issue(session, 5).then().statusCode(201)
                .header("Location", containsString("/certificates/"))
                .body("kind", is("CERTIFICATE"))
                .body("status", is("VALID"))
                .body("number", matchesPattern("CQP-\\d{4}-\\d{6}"))
                .body("verificationCode", matchesPattern("[A-Z2-7]{16}"))
                .body("pdfSha256", matchesPattern("[0-9a-f]{64}"))
                .body("content.title", is("Certificato di qualificazione professionale"))
                .body("content.holder.fiscalCode", is("RSSMRA90D12G482X"))
                .body("content.holder.birthDate", is("1990-04-12"))
                .body("content.authority.region", is("Abruzzo"))
                .body("content.authority.repertory", is("Repertorio delle qualificazioni della Regione Abruzzo"))
                .body("content.authority.provider", is("Ente Formazione Demo"))
                .body("content.authority.providerAccreditation", is(DownstreamStubs.ACCREDITATION))
                .body("content.qualification.title", is("Addetto al servizio clienti"))
                .body("content.qualification.eqfLevel", is(3))
                .body("content.qualification.atecoCodes[0]", is("82.20.00"))
                .body("content.qualification.istatCodes[0]", is("4.2.2.1.0"))
                .body("content.competenceUnits.code", is(List.of("UC1", "UC2")))
                .body("content.competenceUnits.result", is(List.of("PASSED", "PASSED")))
                .body("content.course.hoursAttended", is(180.0f))
                .body("content.course.startDate", is("2027-01-11"))
                .body("content.assessment.examDate", is("2027-07-10"))
                .body("content.assessment.outcome", is("PASSED"))
                .body("content.assessment.board[0].fullName", is("Anna Ferri"))
                .extract().jsonPath();
        String code = cert.getString("verificationCode");
        assertEquals(BASE_URL + code, cert.getString("content.verificationUrl"));
        assertTrue(cert.getString("number").startsWith("CQP-" + TestClock.TODAY.getYear() + "-"));
    }

    @Test
    void thePdfCarriesNumberCodeAndAQrCodeOfTheVerificationUrl() throws Exception {
        long session = Api.heldSession();
        Api.pass(session, 11);
        JsonPath cert = issue(session, 11).then().statusCode(201).extract().jsonPath();
        byte[] pdf = board().when().get("/certificates/" + cert.getLong("id") + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(cert.getString("pdfSha256"), Sha256.hex(pdf), "the PDF served is the one issued");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(cert.getString("number")), text);
            assertTrue(text.contains(cert.getString("verificationCode")), text);
            assertTrue(text.contains("Certificato di qualificazione professionale"), text);
            assertTrue(text.contains("Conti Marco"), text);
            assertTrue(text.contains("Gestione dei reclami"), text);
            // next to the provider, the references of its accreditation (D.lgs 13/2013 art. 6); a long cell may wrap
            assertTrue(text.replaceAll("\\s+", " ").contains(DownstreamStubs.ACCREDITATION), text);
            assertEquals(BASE_URL + cert.getString("verificationCode"), qrOfLastPage(doc));
        }
    }

    /**
     * A holder without a codice fiscale is identified by the identity document enrollment-service has on file (D.lgs
     * 13/2013 art. 6), in the frozen content and on the PDF where the codice fiscale would be; a holder with a codice
     * fiscale keeps it alone, their passport left out. Edition 26's students, each in this test only.
     */
    @Test
    void aHolderWithoutCodiceFiscaleIsIdentifiedByTheIdentityDocument() throws Exception {
        long session = Api.createSession(DownstreamStubs.FOREIGN_EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        Api.pass(session, DownstreamStubs.PASSPORT_HOLDER);
        Api.pass(session, DownstreamStubs.CF_AND_PASSPORT);
        Api.fail(session, DownstreamStubs.PERMIT_NO_COUNTRY);

        long passport = issue(session, DownstreamStubs.PASSPORT_HOLDER).then().statusCode(201)
                .body("content.holder.identityDocument.number", is(DownstreamStubs.PASSPORT))
                .extract().jsonPath().getLong("id");
        board().when().get("/certificates/" + passport).then().statusCode(200)
                .body("content.holder.lastName", is("Hoxha"))
                .body("content.holder.fiscalCode", nullValue())
                .body("content.holder.identityDocument.type", is("PASSPORT"))
                .body("content.holder.identityDocument.country", is("AL"))
                .body("content.holder.identityDocument.number", is(DownstreamStubs.PASSPORT));
        String text = pdfText(passport);
        assertTrue(text.contains("Documento di identita' Passaporto n. " + DownstreamStubs.PASSPORT + " (AL)"), text);
        assertFalse(text.contains("Codice fiscale"), "no empty codice fiscale row beside the document: " + text);

        long both = issue(session, DownstreamStubs.CF_AND_PASSPORT).then().statusCode(201).extract().jsonPath().getLong("id");
        board().when().get("/certificates/" + both).then().statusCode(200)
                .body("content.holder.fiscalCode", is("KVLKSN91M59Z138Y"))
                .body("content.holder", org.hamcrest.Matchers.hasKey("identityDocument"))
                .body("content.holder.identityDocument", nullValue());
        text = pdfText(both);
        assertTrue(text.contains("Codice fiscale KVLKSN91M59Z138Y"), text);
        assertFalse(text.contains(DownstreamStubs.CF_HOLDERS_PASSPORT) || text.contains("Documento di identita'"), text);

        // a learning record too; a document recorded before its issuing country was asked is printed without one
        long permit = learningRecord(session, DownstreamStubs.PERMIT_NO_COUNTRY).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        board().when().get("/certificates/" + permit).then().statusCode(200)
                .body("content.holder.fiscalCode", nullValue())
                .body("content.holder.identityDocument.type", is("RESIDENCE_PERMIT_NUMBER"))
                .body("content.holder.identityDocument.country", nullValue())
                .body("content.holder.identityDocument.number", is(DownstreamStubs.PERMIT));
        text = pdfText(permit);
        assertTrue(text.contains("Documento di identita' Permesso di soggiorno n. " + DownstreamStubs.PERMIT), text);
        assertFalse(text.contains(DownstreamStubs.PERMIT + " ("), "no country: " + text);
    }

    /** The text of a document's PDF as served, each run of whitespace one space (a table row may break its line). */
    private static String pdfText(long id) throws Exception {
        byte[] pdf = board().when().get("/certificates/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /**
     * The QR code on the page, found by a reader that searches the whole page hard. Locating one code among a page of
     * text depends on the code's own pattern (its random verification code): a single rendering and binarizer missed it
     * now and then (a NotFoundException in CI), so a few resolutions and both of zxing's binarizers are tried in turn.
     */
    private static String qrOfLastPage(PDDocument doc) throws Exception {
        NotFoundException missed = null;
        for (int dpi : new int[] {150, 200, 300}) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, dpi);
            BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(page);
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException e) {
                    missed = e;
                }
            }
        }
        throw missed;
    }

    @Test
    void numbersAreSequentialWithinAYear() {
        long session = Api.heldSession();
        Api.pass(session, 5);
        Api.pass(session, 11);
        String first = issue(session, 5).then().statusCode(201).extract().path("number");
        String second = issue(session, 11).then().statusCode(201).extract().path("number");
        assertEquals(Long.parseLong(first.substring(9)) + 1, Long.parseLong(second.substring(9)), first + " then " + second);
        assertEquals(first.substring(0, 9), second.substring(0, 9));
    }

    @Test
    void noDocumentIsIssuedWithoutTheProvidersAccreditationAndNoNumberIsUsed() {
        long held = Api.heldSession();
        Api.pass(held, 5);
        Api.pass(held, 11);
        Api.fail(held, 15);
        String certBefore = issue(held, 5).then().statusCode(201).extract().path("number");
        String recordBefore = learningRecord(held, 15).then().statusCode(201).extract().path("number");

        long session = Api.createSession(DownstreamStubs.NO_ACCREDITATION);
        Api.freeze(session);
        Api.status(session, "HELD");
        Api.pass(session, 5);
        Api.fail(session, 15);
        issue(session, 5).then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/provider-accreditation-missing"))
                .body("detail", containsString("Edition 22 (Ente Formazione Demo) has no accreditation references"))
                .body("detail", containsString("D.lgs 13/2013 art. 6"))
                .body("detail", containsString("Certificato di qualificazione professionale"))
                .body("detail", containsString("record the provider's accreditation references on edition 22 in "
                        + "catalog-service (PUT /editions/22, providerAccreditation), then issue again"))
                .body("detail", containsString("The catalogue takes it even once the edition is CLOSED"))
                .body("violations[0].field", is("providerAccreditation"))
                .body("violations[0].source", is("D.lgs 13/2013 art. 6"))
                .body("figures.editionId", is(22));
        learningRecord(session, 15).then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/provider-accreditation-missing"))
                .body("detail", containsString("Documento di formalizzazione degli apprendimenti"))
                .body("detail", containsString("PUT /editions/22, providerAccreditation"));
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(0));

        // the refusals used no number: the next documents follow on without a gap
        String certAfter = issue(held, 11).then().statusCode(201).extract().path("number");
        String recordAfter = learningRecord(held, 9).then().statusCode(201).extract().path("number");
        assertEquals(Long.parseLong(certBefore.substring(9)) + 1, Long.parseLong(certAfter.substring(9)),
                certBefore + " then " + certAfter);
        assertEquals(Long.parseLong(recordBefore.substring(9)) + 1, Long.parseLong(recordAfter.substring(9)),
                recordBefore + " then " + recordAfter);
    }

    @Test
    void aStudentIsCertifiedOncePerEditionWhateverTheSessionUntilTheCertificateIsRevoked() {
        long edition = DownstreamStubs.copyOfEdition12();
        long[] sessions = new long[3];
        for (int i = 0; i < sessions.length; i++) {
            sessions[i] = Api.createSession(edition);
            Api.freeze(sessions[i]);
            Api.status(sessions[i], "HELD");
        }
        Api.pass(sessions[0], 5);
        JsonPath first = issue(sessions[0], 5).then().statusCode(201).extract().jsonPath();

        // a retake session admits the student again: passed again, still no second certificate
        Api.pass(sessions[1], 5);
        issue(sessions[1], 5).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("detail", containsString(first.getString("number")))
                .body("detail", containsString("certified once per student and edition"))
                .body("figures.documentId", is(first.getInt("id")));
        // nor a learning record, which is for those who leave without the qualification
        Api.fail(sessions[2], 5);
        learningRecord(sessions[2], 5).then().statusCode(409)
                .body("detail", containsString("holds the qualification"));

        // once the first certificate is revoked, the board may certify the student from the other session
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("reason", "Issued on a mistaken outcome", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + first.getLong("id") + "/revocation").then().statusCode(200);
        String second = issue(sessions[1], 5).then().statusCode(201).extract().path("number");
        assertNotEquals(first.getString("number"), second);
    }

    static Response learningRecord(long session, long student) {
        return board().contentType(ContentType.JSON).body(Map.of("studentId", student))
                .when().post("/exam-sessions/" + session + "/learning-records");
    }

    @Test
    void eachYearAndKindHasItsOwnSequence() {
        List<String> allocated = QuarkusTransaction.requiringNew().call(() -> List.of(
                numbers.next(IssuedDocument.Kind.CERTIFICATE, 2031),
                numbers.next(IssuedDocument.Kind.CERTIFICATE, 2031),
                numbers.next(IssuedDocument.Kind.CERTIFICATE, 2032),
                numbers.next(IssuedDocument.Kind.LEARNING_RECORD, 2031)));
        assertEquals(List.of("CQP-2031-000001", "CQP-2031-000002", "CQP-2032-000001", "DFA-2031-000001"), allocated);
        // a rolled-back issue gives its number back: no gaps
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            numbers.next(IssuedDocument.Kind.CERTIFICATE, 2031);
            throw new IllegalStateException("issue failed after the number was allocated");
        }));
        assertEquals("CQP-2031-000003", QuarkusTransaction.requiringNew().call(
                () -> numbers.next(IssuedDocument.Kind.CERTIFICATE, 2031)));
    }

    @Test
    void issuingTwiceIsImpossibleAndTheIdempotencyKeyReplays() {
        long session = Api.heldSession();
        Api.pass(session, 13);
        var answer = board().contentType(ContentType.JSON).header("Idempotency-Key", "issue-13-" + session)
                .body(Map.of("studentId", 13)).when().post("/exam-sessions/" + session + "/certificates")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract();
        JsonPath first = answer.jsonPath();
        // the first answer again (docs/CONTRACTS.md, Retries): 201, the same Location, marked as a replay
        board().contentType(ContentType.JSON).header("Idempotency-Key", "issue-13-" + session)
                .body(Map.of("studentId", 13)).when().post("/exam-sessions/" + session + "/certificates")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", is(answer.header("Location")))
                .body("id", is(first.getInt("id"))).body("number", is(first.getString("number")));
        issue(session, 13).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-issued"))
                .body("figures.number", is(first.getString("number")))
                .body("figures.documentId", is(first.getInt("id")));
        // the learning record cannot be issued on top of it either
        board().contentType(ContentType.JSON).body(Map.of("studentId", 13))
                .when().post("/exam-sessions/" + session + "/learning-records").then().statusCode(409);
        // and the outcome it rests on is frozen
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/13").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/document-already-issued"));
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(1));
    }

    @Test
    void aCertificateIssuedOnAWrongOutcomeIsRevokedThenTheOutcomeCorrectedInTheSameSession() {
        long session = Api.heldSession();
        Api.pass(session, 13);
        JsonPath wrong = issue(session, 13).then().statusCode(201).extract().jsonPath();
        // the outcome is frozen with the certificate, and the refusal says how to correct it
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/13").then().statusCode(409)
                .body("detail", containsString("revoke " + wrong.getString("number")));

        as("admin").contentType(ContentType.JSON)
                .body(Map.of("reason", "Outcome recorded for the wrong candidate", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + wrong.getLong("id") + "/revocation").then().statusCode(200);
        Api.fail(session, 13);
        // the right document for a fail is the learning record, issued in the same session; the certificate stays, REVOKED
        long record = learningRecord(session, 13).then().statusCode(201)
                .body("kind", is("LEARNING_RECORD")).extract().jsonPath().getLong("id");
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200)
                .body("size()", is(2))
                .body("find { it.id == " + wrong.getLong("id") + " }.status", is("REVOKED"))
                .body("find { it.id == " + record + " }.status", is("VALID"));
        // and once more the standing document freezes the outcome and the candidate's place in the session
        learningRecord(session, 13).then().statusCode(409).body("figures.documentId", is((int) record));
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/13").then().statusCode(409);
    }

    @Test
    void afterClosingOnlyARevokedDocumentsOutcomeIsCorrectedAndItsRightDocumentIssued() {
        long session = Api.heldSession();
        Api.pass(session, 5);
        Api.pass(session, 11);
        Api.pass(session, 13);
        Api.fail(session, 15);
        JsonPath wrong = issue(session, 13).then().statusCode(201).extract().jsonPath();
        Api.status(session, "CLOSED");
        // the outcomes of a CLOSED session are final: one with no revoked document cannot change
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/5").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/session-closed"))
                .body("detail", containsString("student 5 has no revoked document in this session"));
        board().when().get("/exam-sessions/" + session + "/outcomes/5").then().body("result", is("PASSED"));
        // nor one whose document stands
        board().contentType(ContentType.JSON).body(Api.outcome("FAILED", true, false))
                .when().put("/exam-sessions/" + session + "/outcomes/13").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/document-already-issued"));

        as("admin").contentType(ContentType.JSON)
                .body(Map.of("reason", "Outcome recorded for the wrong candidate", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + wrong.getLong("id") + "/revocation").then().statusCode(200);
        // revoked, the outcome is corrected in the CLOSED session, audited with the document it corrects
        Api.fail(session, 13);
        as("admin").queryParam("sessionId", session).when().get("/audit-events").then().statusCode(200)
                .body("find { it.action == 'OUTCOME_CHANGED' }.detail", containsString(
                        "PASSED (UC1 passed, UC2 passed) -> FAILED (UC1 passed, UC2 failed) (session CLOSED; corrects revoked "
                                + wrong.getString("number") + ")"));
        long record = learningRecord(session, 13).then().statusCode(201)
                .body("kind", is("LEARNING_RECORD")).extract().jsonPath().getLong("id");
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200)
                .body("find { it.id == " + record + " }.status", is("VALID"))
                .body("find { it.id == " + wrong.getLong("id") + " }.status", is("REVOKED"));
        // the new document freezes the outcome again
        board().contentType(ContentType.JSON).body(Api.outcome("PASSED", true, true))
                .when().put("/exam-sessions/" + session + "/outcomes/13").then().statusCode(409)
                .body("type", is("https://formapro.it/problems/document-already-issued"));
    }

    /**
     * [001] sez. 11: the documents state the hours actually attended. Students 57 and 58 of edition 24 attended all of a
     * unit credited 5 h: the admission figure leaves those hours out (175 h), the documents print all of them (180 h),
     * read from the frozen admission list like every figure of a session's document.
     */
    @Test
    void sessionDocumentsPrintTheHoursActuallyAttendedNotTheAdmissionFigure() throws Exception {
        long session = Api.createSession(DownstreamStubs.CREDITED_EDITION);
        Api.freeze(session);
        Api.status(session, "HELD");
        board().when().get("/exam-sessions/" + session + "/admissions").then().statusCode(200)
                .body("candidates.find { it.studentId == 57 }.figures.attendedHours", is(175.0f))
                .body("candidates.find { it.studentId == 57 }.figures.hoursActuallyAttended", is(180.0f));
        Api.pass(session, DownstreamStubs.CREDITED_PASS);
        Api.fail(session, DownstreamStubs.CREDITED_FAIL);
        long certificate = issue(session, DownstreamStubs.CREDITED_PASS).then().statusCode(201)
                .body("content.course.hoursAttended", is(180.0f))
                .body("content.course.internshipHours", is(70.0f))
                .extract().jsonPath().getLong("id");
        long record = learningRecord(session, DownstreamStubs.CREDITED_FAIL).then().statusCode(201)
                .body("content.course.hoursAttended", is(180.0f))
                .extract().jsonPath().getLong("id");
        for (long id : new long[] {certificate, record}) {
            byte[] pdf = board().when().get("/certificates/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Ore effettivamente frequentate 180 h"), text);
                assertTrue(text.contains("Ore di tirocinio 70 h"), text);
            }
        }
    }

    @Test
    void parallelRequestsIssueExactlyOneCertificate() throws Exception {
        long session = Api.heldSession();
        Api.pass(session, 5);
        Api.pass(session, 13);
        List<Integer> statuses = parallel(8, () -> issue(session, 5).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        // retries racing with one key: each is the certificate (issued, or replayed once it is) or told the key is
        // in flight, and the one retried after that gets the certificate
        List<String> answers = parallel(8, () -> {
            var r = board().contentType(ContentType.JSON).header("Idempotency-Key", "parallel-" + session)
                    .body(Map.of("studentId", 13)).when().post("/exam-sessions/" + session + "/certificates");
            return r.statusCode() == 201 ? "201 " + r.header("Idempotent-Replayed") + " " + r.jsonPath().getInt("id")
                    : r.statusCode() + " " + r.jsonPath().getString("type") + " " + r.header("Retry-After");
        });
        assertEquals(1, answers.stream().filter(a -> a.startsWith("201 false ")).count(), answers.toString());
        String issued = answers.stream().filter(a -> a.startsWith("201 false ")).findFirst().orElseThrow();
        int id = Integer.parseInt(issued.substring("201 false ".length()));
        assertTrue(answers.stream().allMatch(a -> a.equals(issued) || a.equals("201 true " + id)
                || a.equals("409 https://formapro.it/problems/idempotency-key-in-flight 1")), answers.toString());
        board().contentType(ContentType.JSON).header("Idempotency-Key", "parallel-" + session)
                .body(Map.of("studentId", 13)).when().post("/exam-sessions/" + session + "/certificates").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", is(id));
        board().when().get("/exam-sessions/" + session + "/documents").then().statusCode(200).body("size()", is(2));
    }

    @Test
    void aFailOrAStudentWhoLeftGetsTheLearningRecordNotTheCertificate() throws Exception {
        long session = Api.heldSession();
        Api.fail(session, 15);
        issue(session, 15).then().statusCode(422)
                .body("type", is("https://formapro.it/problems/certificate-needs-pass"));
        issue(session, 6).then().statusCode(422);

        JsonPath record = board().contentType(ContentType.JSON).body(Map.of("studentId", 15))
                .when().post("/exam-sessions/" + session + "/learning-records").then().statusCode(201)
                .body("kind", is("LEARNING_RECORD"))
                .body("number", matchesPattern("DFA-\\d{4}-\\d{6}"))
                .body("content.title", is("Documento di formalizzazione degli apprendimenti"))
                .body("content.competenceUnits.code", is(List.of("UC1")))
                .body("content.trainingUnitsPassed.code", is(List.of("1", "2", "3")))
                .body("content.course.hoursAttended", is(160.0f))
                .body("content.assessment.outcome", is("FAILED"))
                .extract().jsonPath();

        JsonPath left = board().contentType(ContentType.JSON).body(Map.of("studentId", 9))
                .when().post("/exam-sessions/" + session + "/learning-records").then().statusCode(201)
                .body("content.course.withdrawn", is(true))
                .body("content.course.hoursAttended", is(50.0f))
                .body("content.trainingUnitsPassed.code", is(List.of("1")))
                .body("content.assessment.outcome", is("NOT_ASSESSED"))
                .extract().jsonPath();
        assertNotEquals(record.getString("number"), left.getString("number"));

        byte[] pdf = board().when().get("/certificates/" + left.getLong("id") + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Documento di formalizzazione degli apprendimenti"), text);
            assertTrue(text.contains(left.getString("number")), text);
            assertTrue(text.contains("50 h"), text);
        }
        // a candidate who passed gets the certificate, not the learning record
        Api.pass(session, 5);
        board().contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/" + session + "/learning-records").then().statusCode(422)
                .body("type", is("https://formapro.it/problems/learning-record-not-due"));
    }

    @Test
    void verificationShowsNothingPersonalAndRevocationIsVisible() {
        long session = Api.heldSession();
        Api.pass(session, 5);
        JsonPath cert = issue(session, 5).then().statusCode(201).extract().jsonPath();
        String code = cert.getString("verificationCode");

        Response valid = given().when().get("/certificates/verify/" + code);
        valid.then().statusCode(200).contentType("application/json")
                .body("status", is("VALID"))
                .body("documentType", is("CERTIFICATE"))
                .body("number", is(cert.getString("number")))
                .body("qualificationTitle", is("Addetto al servizio clienti"))
                .body("eqfLevel", is(3))
                .body("issuedOn", notNullValue())
                .body("holderInitials", is("M. R."))
                .body("holderPseudonymised", is(false))
                .body("pdfSha256", is(cert.getString("pdfSha256")))
                .body("revokedOn", nullValue())
                .body("revocationTakesEffectOn", nullValue());
        Map<String, Object> body = valid.jsonPath().getMap("$");
        assertEquals(new TreeSet<>(Set.of("status", "documentType", "number", "qualificationTitle", "eqfLevel",
                "issuedOn", "holderInitials", "holderPseudonymised", "pdfSha256", "revokedOn",
                "revocationTakesEffectOn")), new TreeSet<>(body.keySet()));
        String raw = valid.asString();
        for (String personal : List.of("Mario", "Rossi", "RSSMRA90D12G482X", "1990-04-12", "Pescara")) {
            assertFalse(raw.contains(personal), personal + " leaked: " + raw);
        }

        as("tutor").contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/certificates/" + cert.getLong("id") + "/revocation").then().statusCode(403);
        String today = TestClock.TODAY.toString();
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("reason", "Attendance register found falsified", "revokedOn", today))
                .when().post("/certificates/" + cert.getLong("id") + "/revocation").then().statusCode(200)
                .body("status", is("REVOKED"))
                .body("revocation.reason", is("Attendance register found falsified"))
                .body("revocation.revokedBy", is("user-admin"));
        given().when().get("/certificates/verify/" + code).then().statusCode(200)
                .body("status", is("REVOKED")).body("revokedOn", is(today))
                .body("revocationTakesEffectOn", nullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("reason")));
        board().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/certificates/" + cert.getLong("id") + "/revocation").then().statusCode(409);

        List<String> actions = as("admin").queryParam("entityType", "DOCUMENT").queryParam("entityId", cert.getLong("id"))
                .when().get("/audit-events").then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(List.of("CERTIFICATE_ISSUED", "CERTIFICATE_REVOKED"), actions);
    }

    @Test
    void aRevocationForALaterDateLeavesTheCertificateValidUntilThen() {
        long session = Api.heldSession();
        Api.pass(session, 13);
        JsonPath cert = issue(session, 13).then().statusCode(201).extract().jsonPath();
        String code = cert.getString("verificationCode");
        String later = TestClock.TODAY.plusDays(30).toString();

        as("admin").contentType(ContentType.JSON)
                .body(Map.of("reason", "Qualification withdrawn by the Region", "revokedOn", later))
                .when().post("/certificates/" + cert.getLong("id") + "/revocation").then().statusCode(200)
                .body("status", is("VALID"))
                .body("revocation.revokedOn", is(later))
                .body("revocation.reason", is("Qualification withdrawn by the Region"));
        given().when().get("/certificates/verify/" + code).then().statusCode(200)
                .body("status", is("VALID"))
                .body("revokedOn", nullValue())
                .body("revocationTakesEffectOn", is(later));
        // the PDF in hand gets the same answer
        byte[] pdf = board().when().get("/certificates/" + cert.getLong("id") + "/pdf").then().extract().asByteArray();
        given().multiPart("file", "cert.pdf", pdf, "application/pdf").when().post("/certificates/verify")
                .then().statusCode(200).body("status", is("VALID")).body("revocationTakesEffectOn", is(later));

        // revoked once: a pending revocation cannot be replaced by another
        board().contentType(ContentType.JSON).body(Map.of("reason", "again", "revokedOn", TestClock.TODAY.toString()))
                .when().post("/certificates/" + cert.getLong("id") + "/revocation").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/already-revoked"))
                .body("detail", containsString("already has a revocation taking effect on " + later))
                .body("figures.revokedOn", is(later));
        given().when().get("/certificates/verify/" + code).then().statusCode(200)
                .body("status", is("VALID")).body("revocationTakesEffectOn", is(later));

        // the outcome may be corrected once the revocation is recorded, but the certificate stands until it takes
        // effect: the refusal of the right document says from when, not to revoke what is already revoked
        Api.fail(session, 13);
        learningRecord(session, 13).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Its revocation is already recorded and takes effect on " + later
                        + ": it is valid until then, and the new document can be issued from that day"))
                .body("detail", not(containsString("revoke")))
                .body("figures.revocationTakesEffectOn", is(later));
    }

    @Test
    void unknownCodesAre404AndAPdfInHandCanBeChecked() {
        given().when().get("/certificates/verify/AAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/unknown-certificate"));
        given().when().get("/certificates/verify/not-a-code").then().statusCode(404);

        long session = Api.heldSession();
        Api.pass(session, 11);
        JsonPath cert = issue(session, 11).then().statusCode(201).extract().jsonPath();
        byte[] pdf = board().when().get("/certificates/" + cert.getLong("id") + "/pdf").then().extract().asByteArray();
        given().multiPart("file", "cert.pdf", pdf, "application/pdf").when().post("/certificates/verify")
                .then().statusCode(200).body("number", is(cert.getString("number"))).body("holderInitials", is("M. C."));
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        given().multiPart("file", "cert.pdf", altered, "application/pdf").when().post("/certificates/verify")
                .then().statusCode(404);
    }

    @Test
    void verificationIsRateLimitedWith429() throws Exception {
        List<Integer> statuses = parallel(40, () -> given().when().get("/certificates/verify/AAAAAAAAAAAAAAAB").statusCode());
        assertTrue(statuses.contains(429), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 404 || s == 429), statuses.toString());
        Response limited = null;
        for (int i = 0; i < 30 && limited == null; i++) {
            Response r = given().when().get("/certificates/verify/AAAAAAAAAAAAAAAB");
            limited = r.statusCode() == 429 ? r : null;
        }
        assertTrue(limited != null, "no 429 in 30 sequential requests");
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", is("https://formapro.it/problems/rate-limited"));
        Thread.sleep(2100); // let the window pass for the other tests
    }

    @Test
    void theLimitIsPerClientSoOneEnumeratorDoesNotLockOutTheOthers() throws Exception {
        Thread.sleep(2100); // a fresh window for the overall ceiling
        List<Integer> scraper = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            scraper.add(given().header("X-Forwarded-For", "203.0.113.7").when()
                    .get("/certificates/verify/AAAAAAAAAAAAAAAC").statusCode());
        }
        assertEquals(15, scraper.stream().filter(s -> s == 404).count(), scraper.toString());
        assertEquals(429, scraper.get(15), scraper.toString());
        given().header("X-Forwarded-For", "198.51.100.20").when().get("/certificates/verify/AAAAAAAAAAAAAAAC")
                .then().statusCode(404).body("type", is("https://formapro.it/problems/unknown-certificate"));
        given().header("X-Forwarded-For", "203.0.113.7").when().get("/certificates/verify/AAAAAAAAAAAAAAAC")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        Thread.sleep(2100); // let the windows pass for the other tests
    }

    /**
     * A client over its own budget is refused before the overall ceiling is counted: its refused requests spend
     * none of the permits the other clients share (30 per 2 s in the tests, for the code lookup and the PDF upload
     * alike), so one scraper hammering on does not lock everyone out. The ceiling still holds for many clients.
     */
    @Test
    void requestsRefusedToOneClientSpendNothingOfTheOverallCeiling() throws Exception {
        byte[] notIssued = "%PDF-1.4 not a document issued here".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Map<String, java.util.function.Function<String, Integer>> endpoints = Map.of(
                "code lookup", client -> given().header("X-Forwarded-For", client).when()
                        .get("/certificates/verify/AAAAAAAAAAAAAAAD").statusCode(),
                "PDF upload", client -> given().header("X-Forwarded-For", client)
                        .multiPart("file", "cert.pdf", notIssued, "application/pdf")
                        .when().post("/certificates/verify").statusCode());
        for (var endpoint : new java.util.TreeMap<>(endpoints).entrySet()) {
            Thread.sleep(2100); // fresh windows: the ceiling's and the clients'
            String scraper = endpoint.getKey().startsWith("code") ? "203.0.113.21" : "203.0.113.22";
            List<Integer> scraped = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 31; i++) { // more than the ceiling
                scraped.add(endpoint.getValue().apply(scraper));
            }
            assertEquals(15, scraped.stream().filter(s -> s == 404).count(), endpoint.getKey() + " " + scraped);
            assertEquals(16, scraped.stream().filter(s -> s == 429).count(), endpoint.getKey() + " " + scraped);
            assertEquals(404, endpoint.getValue().apply("198.51.100.21"),
                    endpoint.getKey() + ": another client is not locked out by the scraper's refused requests");

            // the ceiling is still there: 15 + 1 spent, so of 16 more from two other clients one is refused
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(endpoint.getValue().apply("198.51.100.22"));
                others.add(endpoint.getValue().apply("198.51.100.23"));
            }
            assertEquals(14, others.stream().filter(s -> s == 404).count(), endpoint.getKey() + " " + others);
            assertEquals(2, others.stream().filter(s -> s == 429).count(), endpoint.getKey() + " " + others);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2000, "the requests must fall in one 2 s window to be counted together: " + millis + " ms");
        }
        Thread.sleep(2100); // let the windows pass for the other tests
    }

    @Test
    void issuedDocumentsCannotBeDeletedEvenInTheDatabase() {
        long session = Api.heldSession();
        Api.pass(session, 5);
        long id = issue(session, 5).then().statusCode(201).extract().jsonPath().getLong("id");
        Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM issued_document WHERE id = " + id).executeUpdate()));
        assertTrue(rootMessage(e).contains("never deleted"), rootMessage(e));
        board().when().delete("/certificates/" + id).then().statusCode(405);
        board().when().get("/certificates/" + id).then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDocumentsTheRateLimit() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/certificates/verify/{code}'.get.responses.'429'.description",
                        is("Rate limit exceeded (Retry-After header)"))
                .body("paths.'/certificates/verify/{code}'.get.description", containsString("rate-limited"))
                .body("paths.'/certificates/{id}'.delete", nullValue());
    }

    @Test
    void theWrongRoleCannotIssue() {
        as("tutor").contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/1/certificates").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("studentId", 5))
                .when().post("/exam-sessions/1/certificates").then().statusCode(401);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder all = new StringBuilder();
        while (t != null) {
            all.append(t.getMessage()).append(" | ");
            t = t.getCause();
        }
        return all.toString();
    }

    private static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
