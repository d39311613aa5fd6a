package it.formapro.exam.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One WireMock server standing in for catalog-, attendance- and enrollment-service, answering exactly the JSON of
 * docs/CONTRACTS.md. Edition 12 is a healthy course of standard 001 (70 % threshold, internship minimum 60 h,
 * training units 1-3, competence units UC1-UC2) with a student for every admission outcome; editions 96-99 make one
 * service fail in one way each.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static final long EDITION = 12;
    /**
     * Editions 1000-1059: copies of edition 12, one per held session of the document tests ({@link #copyOfEdition12()}),
     * since a student is certified once per edition and those tests pass the same students in many sessions.
     */
    private static final long FIRST_COPY = 1000;
    private static final int COPIES = 60;
    private static final java.util.concurrent.atomic.AtomicLong NEXT_COPY = new java.util.concurrent.atomic.AtomicLong(FIRST_COPY);
    /** attendance-service answers 500 */
    public static final long ATTENDANCE_BROKEN = 98;
    /** attendance-service answers too late (beyond the 1 s test timeout) */
    public static final long ATTENDANCE_SLOW = 96;
    /**
     * attendance-service takes 6 s for the summary, as for a large edition: longer than the read timeout of its other
     * calls (5 s), within the summary's own @Timeout (10 s) and read timeout
     */
    public static final long ATTENDANCE_LARGE = 95;
    /** attendance-service takes 0.7 s for the summary: slow, within the tests' 1 s timeout */
    public static final long ATTENDANCE_UNHURRIED = 94;
    /** enrollment-service drops the connection */
    public static final long ENROLLMENT_DOWN = 97;
    /** catalog-service answers 503 */
    public static final long CATALOG_DOWN = 99;
    /** catalog-service does not know the edition */
    public static final long UNKNOWN_EDITION = 404;
    /**
     * Edition 21 (standard 001 like 12) with students of its own for the personal-data tests, all admitted: 31, 32, 34
     * and 35 have an identity; enrollment-service answers 410 Gone for the identity of {@link #ERASED_STUDENT}.
     */
    public static final long PRIVACY_EDITION = 21;
    public static final long ERASED_STUDENT = 33;
    /**
     * Edition 22: edition 12's course and students, but the catalogue has no accreditation references of the provider
     * (providerAccreditation null), so no document may be issued on it (D.lgs 13/2013 art. 6).
     */
    public static final long NO_ACCREDITATION = 22;
    public static final String ACCREDITATION = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";
    /**
     * Edition 23 (standard 001 like 12) with students of its own (41-54) for the learning record on leaving: all WITHDRAWN in
     * enrollment-service (confirmed first, withdrawn on 16/03/2027; attendance-service's withdrawal date is the 15th)
     * except {@link #STILL_ON_COURSE} (CONFIRMED), {@link #NEVER_CONFIRMED} (withdrawn while pre-enrolled) and
     * {@link #NOT_ENROLLED} (no enrollment); attendance-service answers 500 for {@link #ATTENDANCE_BROKEN_STUDENT}.
     * Each has attended 64.5 h, internship 0, passed the learning checks of units 1 and 3 and failed unit 2, except
     * {@link #LEFT_WITH_CREDIT}.
     */
    public static final long LEAVING_EDITION = 23;
    public static final long[] LEFT = {41, 43, 44, 45, 46, 49, 50, 52, 53, 54, 55, 56, 59, 60, 62, 63};
    /** Students of edition 23 who left, for the erasure tests: erased, they must get no learning record after. */
    public static final long ERASED_AFTER_LEAVING = 62;
    public static final long ERASED_WHILE_ISSUING = 63;
    /** A student of edition 23 who left after a frozen list had admitted them (the test writes that entry). */
    public static final long LEFT_AFTER_ADMISSION = 60;
    /**
     * A student of edition 23 credited 5 h on unit 3 who attended all its 30 h: the admission figure (attendedHours
     * 59.5) leaves out the 5 h the credit excuses, the hours actually attended are 64.5.
     */
    public static final long LEFT_WITH_CREDIT = 55;
    /**
     * Edition 24 (standard 001 like 12): students 57 and 58 both credited 5 h on unit 3 and attending it all, so their
     * admission figure (attendedHours 175) is 5 h under the hours actually attended (180). Both admitted.
     */
    public static final long CREDITED_EDITION = 24;
    public static final long CREDITED_PASS = 57;
    public static final long CREDITED_FAIL = 58;
    /**
     * Edition 25 (standard 001 like 12) with a student of its own, {@link #REVOKED_STUDENT}, admitted: the erasure
     * test revokes the certificate and issues the corrected document.
     */
    public static final long REVOKED_EDITION = 25;
    public static final long REVOKED_STUDENT = 61;
    /**
     * Edition 26 (standard 001 like 12) with students of its own, all admitted, identified as enrollment-service
     * identifies them: {@link #PASSPORT_HOLDER} and {@link #ERASED_PASSPORT_HOLDER} by a passport with no codice fiscale,
     * {@link #CF_AND_PASSPORT} by a codice fiscale and a passport, {@link #PERMIT_NO_COUNTRY} by a residence permit
     * recorded before the issuing country was asked (country null).
     */
    public static final long FOREIGN_EDITION = 26;
    public static final long PASSPORT_HOLDER = 71;
    public static final long CF_AND_PASSPORT = 72;
    public static final long PERMIT_NO_COUNTRY = 73;
    public static final long ERASED_PASSPORT_HOLDER = 74;
    public static final String PASSPORT = "YA1234567";
    public static final String CF_HOLDERS_PASSPORT = "YB7654321";
    public static final String PERMIT = "I0AB12345";
    public static final String ERASED_HOLDERS_PASSPORT = "YC5550001";
    /**
     * Edition 27 (standard 001 like 12) with a student of its own, {@link #TEXTS_STUDENT}, admitted: the erasure test
     * records free texts about them (an absence corrected, a revocation and its amendment) and erases them.
     */
    public static final long TEXTS_EDITION = 27;
    public static final long TEXTS_STUDENT = 64;
    /**
     * Edition 28 (standard 001 like 12) with a student of its own, {@link #NOTES_STUDENT}, admitted: the erasure test
     * leaves the board's note on their outcome and erases them.
     */
    public static final long NOTES_EDITION = 28;
    public static final long NOTES_STUDENT = 65;
    /**
     * Edition 29 (standard 001 like 12): {@link #ERASED_DURING_FREEZE} left the course (WITHDRAWN in attendance, not
     * CONFIRMED), so nothing stops their erasure, and attendance still answers their name, as it did to a freeze
     * that read it just before the erasure; {@link #STAYS_DURING_FREEZE} is CONFIRMED and admitted.
     */
    public static final long FREEZE_RACE_EDITION = 29;
    public static final long ERASED_DURING_FREEZE = 66;
    public static final long STAYS_DURING_FREEZE = 67;
    /** Edition 30: edition 29's course, with {@link #ERASING_DURING_FREEZE} in place of {@link #ERASED_DURING_FREEZE}. */
    public static final long FREEZE_WAIT_EDITION = 30;
    public static final long ERASING_DURING_FREEZE = 68;
    public static final long STILL_ON_COURSE = 42;
    public static final long NEVER_CONFIRMED = 47;
    public static final long NOT_ENROLLED = 48;
    public static final long ATTENDANCE_BROKEN_STUDENT = 49;
    /** A student who left edition 22, which has no accreditation references of its provider. */
    public static final long LEFT_NO_ACCREDITATION = 51;

    private static WireMockServer server;

    /** A fresh copy of edition 12 (same course, students and figures) that no other test uses. */
    public static long copyOfEdition12() {
        long copy = NEXT_COPY.getAndIncrement();
        if (copy >= FIRST_COPY + COPIES) {
            throw new IllegalStateException("more than " + COPIES + " copies of edition 12: raise COPIES");
        }
        return copy;
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        for (long edition : new long[] {EDITION, ATTENDANCE_BROKEN, ATTENDANCE_SLOW, ATTENDANCE_LARGE,
                ATTENDANCE_UNHURRIED, ENROLLMENT_DOWN}) {
            server.stubFor(get(urlEqualTo("/editions/" + edition + "/rules")).willReturn(okJson(rules(edition))));
        }
        for (long copy = FIRST_COPY; copy < FIRST_COPY + COPIES; copy++) {
            server.stubFor(get(urlEqualTo("/editions/" + copy + "/rules")).willReturn(okJson(rules(copy))));
            server.stubFor(get(urlPathEqualTo("/editions/" + copy + "/summary/admission")).willReturn(okJson(summary(copy))));
            server.stubFor(get(urlPathEqualTo("/editions/" + copy + "/enrollments"))
                    .withQueryParam("status", WireMock.equalTo("CONFIRMED")).willReturn(okJson(enrollments(copy))));
        }
        server.stubFor(get(urlEqualTo("/editions/" + CATALOG_DOWN + "/rules")).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlEqualTo("/editions/" + UNKNOWN_EDITION + "/rules")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://formapro.it/problems/not-found\",\"status\":404}")));

        server.stubFor(get(urlEqualTo("/editions/" + NO_ACCREDITATION + "/rules"))
                .willReturn(okJson(rules(NO_ACCREDITATION, null))));

        for (long edition : new long[] {EDITION, ENROLLMENT_DOWN, NO_ACCREDITATION}) {
            server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/summary/admission")).willReturn(okJson(summary(edition))));
        }
        server.stubFor(get(urlPathEqualTo("/editions/" + ATTENDANCE_BROKEN + "/summary/admission")).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathEqualTo("/editions/" + ATTENDANCE_SLOW + "/summary/admission"))
                .willReturn(okJson(summary(ATTENDANCE_SLOW)).withFixedDelay(2500)));
        server.stubFor(get(urlPathEqualTo("/editions/" + ATTENDANCE_LARGE + "/summary/admission"))
                .willReturn(okJson(summary(ATTENDANCE_LARGE)).withFixedDelay(6000)));
        server.stubFor(get(urlPathEqualTo("/editions/" + ATTENDANCE_UNHURRIED + "/summary/admission"))
                .willReturn(okJson(summary(ATTENDANCE_UNHURRIED)).withFixedDelay(700)));

        for (long edition : new long[] {EDITION, ATTENDANCE_BROKEN, ATTENDANCE_SLOW, ATTENDANCE_LARGE, ATTENDANCE_UNHURRIED,
                NO_ACCREDITATION}) {
            server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/enrollments"))
                    .withQueryParam("status", WireMock.equalTo("CONFIRMED")).willReturn(okJson(enrollments(edition))));
        }
        server.stubFor(get(urlPathEqualTo("/editions/" + ENROLLMENT_DOWN + "/enrollments"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        identity(5, "Mario", "Rossi", "1990-04-12", "Pescara", "RSSMRA90D12G482X");
        identity(9, "Paolo", "Gallo", "1985-11-03", "Chieti", "GLLPLA85S03C632K");
        identity(11, "Marco", "Conti", "1992-01-20", "Teramo", "CNTMRC92A20L103W");
        identity(13, "Elena", "Ricci", "1995-07-08", "L'Aquila", "RCCLNE95L48A345Q");
        identity(15, "Franco", "Costa", "1979-02-14", "Pescara", "CSTFNC79B14G482J");

        server.stubFor(get(urlEqualTo("/editions/" + PRIVACY_EDITION + "/rules")).willReturn(okJson(rules(PRIVACY_EDITION))));
        server.stubFor(get(urlPathEqualTo("/editions/" + PRIVACY_EDITION + "/summary/admission")).willReturn(okJson(privacySummary())));
        server.stubFor(get(urlPathEqualTo("/editions/" + PRIVACY_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(PRIVACY_EDITION, 31, 32, ERASED_STUDENT, 34, 35))));
        identity(31, "Giorgio", "Marino", "1988-09-30", "Vasto", "MRNGRG88P30E372T");
        identity(32, "Luisa", "Greco", "1991-05-17", "Sulmona", "GRCLSU91E57I804B");
        identity(34, "Chiara", "Longo", "1993-12-02", "Lanciano", "LNGCHR93T42E435N");
        identity(35, "Nicola", "Serra", "1987-03-25", "Ortona", "SRRNCL87C25G141M");
        server.stubFor(get(urlEqualTo("/students/" + ERASED_STUDENT + "/identity")).willReturn(aResponse().withStatus(410)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://formapro.it/problems/student-erased\",\"status\":410}")));
        leavingEdition();
        creditedEdition();
        server.stubFor(get(urlEqualTo("/editions/" + REVOKED_EDITION + "/rules")).willReturn(okJson(rules(REVOKED_EDITION))));
        server.stubFor(get(urlPathEqualTo("/editions/" + REVOKED_EDITION + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(REVOKED_EDITION, student(REVOKED_STUDENT, "Teresa", "Fabbri", "ACTIVE", 190, 208, true, 75,
                        true, ALL_PASSED)))));
        server.stubFor(get(urlPathEqualTo("/editions/" + REVOKED_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(REVOKED_EDITION, REVOKED_STUDENT))));
        identity(REVOKED_STUDENT, "Teresa", "Fabbri", "1990-10-10", "Pescara", "FBBTRS90R50G482K");
        foreignEdition();
        oneStudentEdition(TEXTS_EDITION, TEXTS_STUDENT, "Ivo", "Santoro", 195, 70, "1989-03-03", "SNTVIO89C03G482D");
        oneStudentEdition(NOTES_EDITION, NOTES_STUDENT, "Alba", "Ricci", 198, 72, "1992-05-14", "RCCLBA92E54G482U");
        freezeRaceEdition(FREEZE_RACE_EDITION, ERASED_DURING_FREEZE, "Nora", "Villa");
        freezeRaceEdition(FREEZE_WAIT_EDITION, ERASING_DURING_FREEZE, "Olga", "Berti");
        return Map.of(
                "quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.rest-client.attendance.url", server.baseUrl(),
                "quarkus.rest-client.enrollment.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Edition 23, and the student who left edition 22 (see {@link #LEAVING_EDITION}). */
    private static void leavingEdition() {
        server.stubFor(get(urlEqualTo("/editions/" + LEAVING_EDITION + "/rules")).willReturn(okJson(rules(LEAVING_EDITION))));
        List<String> all = new ArrayList<>();
        for (long id : LEFT) {
            all.add(enrollment(id, LEAVING_EDITION, "WITHDRAWN", "\"2026-12-01T10:00:00Z\"", "\"2027-03-16T08:30:00Z\""));
            if (id != ATTENDANCE_BROKEN_STUDENT) {
                participant(LEAVING_EDITION, id, "WITHDRAWN", id == LEFT_WITH_CREDIT ? 59.5 : 64.5, 64.5,
                        id == LEFT_WITH_CREDIT ? 5 : 0);
                identity(id, "Sofia", "Marchetti " + id, "1994-06-21", "Pescara", "MRCSFO94H61G482" + (char) ('A' + id % 26));
            }
        }
        String onCourse = enrollment(STILL_ON_COURSE, LEAVING_EDITION, "CONFIRMED", "\"2026-12-01T10:00:00Z\"", "null");
        all.add(onCourse);
        participant(LEAVING_EDITION, STILL_ON_COURSE, "ACTIVE");
        all.add(enrollment(NEVER_CONFIRMED, LEAVING_EDITION, "WITHDRAWN", "null", "\"2026-12-20T09:00:00Z\""));
        server.stubFor(get(urlPathEqualTo("/editions/" + LEAVING_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.absent()).willReturn(okJson("[" + String.join(",", all) + "]")));
        server.stubFor(get(urlPathEqualTo("/editions/" + LEAVING_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson("[" + onCourse + "]")));
        server.stubFor(get(urlEqualTo("/editions/" + LEAVING_EDITION + "/participants/" + ATTENDANCE_BROKEN_STUDENT
                + "/summary")).willReturn(aResponse().withStatus(500)));
        // the admission list of an exam session of edition 23: the student on the course and two who left
        server.stubFor(get(urlPathEqualTo("/editions/" + LEAVING_EDITION + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(LEAVING_EDITION, String.join(",\n",
                        student(STILL_ON_COURSE, "Sofia", "Marchetti 42", "ACTIVE", 190, 208, true, 80, true, ALL_PASSED),
                        student(43, "Sofia", "Marchetti 43", "WITHDRAWN", 64.5, 208, false, 0, false, ALL_PASSED),
                        student(44, "Sofia", "Marchetti 44", "WITHDRAWN", 64.5, 208, false, 0, false, ALL_PASSED),
                        student(59, "Sofia", "Marchetti 59", "WITHDRAWN", 64.5, 208, false, 0, false, ALL_PASSED))))));

        server.stubFor(get(urlPathEqualTo("/editions/" + NO_ACCREDITATION + "/enrollments"))
                .withQueryParam("status", WireMock.absent()).willReturn(okJson("[" + enrollment(LEFT_NO_ACCREDITATION,
                        NO_ACCREDITATION, "WITHDRAWN", "\"2026-12-01T10:00:00Z\"", "\"2027-03-16T08:30:00Z\"") + "]")));
        participant(NO_ACCREDITATION, LEFT_NO_ACCREDITATION, "WITHDRAWN");
        identity(LEFT_NO_ACCREDITATION, "Ugo", "Bassi", "1990-01-01", "Pescara", "BSSUGO90A01G482Z");
    }

    /** Edition 26 (see {@link #FOREIGN_EDITION}). */
    private static void foreignEdition() {
        server.stubFor(get(urlEqualTo("/editions/" + FOREIGN_EDITION + "/rules")).willReturn(okJson(rules(FOREIGN_EDITION))));
        server.stubFor(get(urlPathEqualTo("/editions/" + FOREIGN_EDITION + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(FOREIGN_EDITION, String.join(",\n",
                        student(PASSPORT_HOLDER, "Arben", "Hoxha", "ACTIVE", 190, 208, true, 75, true, ALL_PASSED),
                        student(CF_AND_PASSPORT, "Oksana", "Kovalenko", "ACTIVE", 185, 208, true, 70, true, ALL_PASSED),
                        student(PERMIT_NO_COUNTRY, "Karim", "Benali", "ACTIVE", 180, 208, true, 65, true, ALL_PASSED),
                        student(ERASED_PASSPORT_HOLDER, "Elira", "Shehu", "ACTIVE", 200, 208, true, 80, true,
                                ALL_PASSED))))));
        server.stubFor(get(urlPathEqualTo("/editions/" + FOREIGN_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(FOREIGN_EDITION, PASSPORT_HOLDER, CF_AND_PASSPORT, PERMIT_NO_COUNTRY,
                        ERASED_PASSPORT_HOLDER))));
        identity(PASSPORT_HOLDER, "Arben", "Hoxha", "1994-03-08", "Tirana (Albania)", null,
                "{\"type\": \"PASSPORT\", \"country\": \"AL\", \"number\": \"" + PASSPORT + "\"}");
        identity(CF_AND_PASSPORT, "Oksana", "Kovalenko", "1991-08-19", "Kyiv (Ucraina)", "KVLKSN91M59Z138Y",
                "{\"type\": \"PASSPORT\", \"country\": \"UA\", \"number\": \"" + CF_HOLDERS_PASSPORT + "\"}");
        identity(PERMIT_NO_COUNTRY, "Karim", "Benali", "1989-12-01", "Orano (Algeria)", null,
                "{\"type\": \"RESIDENCE_PERMIT_NUMBER\", \"country\": null, \"number\": \"" + PERMIT + "\"}");
        identity(ERASED_PASSPORT_HOLDER, "Elira", "Shehu", "1997-05-30", "Durazzo (Albania)", null,
                "{\"type\": \"PASSPORT\", \"country\": \"AL\", \"number\": \"" + ERASED_HOLDERS_PASSPORT + "\"}");
    }

    /**
     * A standard-001 edition with one student, CONFIRMED and admitted (attendance above the threshold, internship above
     * the minimum, every unit check passed), born in Pescara.
     */
    private static void oneStudentEdition(long edition, long student, String first, String last, double attended,
                                          double internship, String birthDate, String fiscalCode) {
        server.stubFor(get(urlEqualTo("/editions/" + edition + "/rules")).willReturn(okJson(rules(edition))));
        server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(edition, student(student, first, last, "ACTIVE", attended, 208, true, internship, true,
                        ALL_PASSED)))));
        server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(edition, student))));
        identity(student, first, last, birthDate, "Pescara", fiscalCode);
    }

    /** Editions 29 and 30 (see {@link #FREEZE_RACE_EDITION}): a student who left, and {@link #STAYS_DURING_FREEZE}. */
    private static void freezeRaceEdition(long edition, long left, String first, String last) {
        server.stubFor(get(urlEqualTo("/editions/" + edition + "/rules")).willReturn(okJson(rules(edition))));
        server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(edition, String.join(",\n",
                        student(left, first, last, "WITHDRAWN", 64.5, 208, false, 0, false, ALL_PASSED),
                        student(STAYS_DURING_FREEZE, "Elio", "Sala", "ACTIVE", 190, 208, true, 75, true,
                                ALL_PASSED))))));
        server.stubFor(get(urlPathEqualTo("/editions/" + edition + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(edition, STAYS_DURING_FREEZE))));
    }

    /** Edition 24 (see {@link #CREDITED_EDITION}). */
    private static void creditedEdition() {
        server.stubFor(get(urlEqualTo("/editions/" + CREDITED_EDITION + "/rules")).willReturn(okJson(rules(CREDITED_EDITION))));
        server.stubFor(get(urlPathEqualTo("/editions/" + CREDITED_EDITION + "/summary/admission")).willReturn(okJson("""
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70, "students": [%s]}"""
                .formatted(CREDITED_EDITION, String.join(",\n",
                        student(CREDITED_PASS, "Irene", "Valli", "ACTIVE", 175, 180, 5, 203, true, 70, true, ALL_PASSED),
                        student(CREDITED_FAIL, "Oreste", "Valli", "ACTIVE", 175, 180, 5, 203, true, 70, true,
                                ALL_PASSED))))));
        server.stubFor(get(urlPathEqualTo("/editions/" + CREDITED_EDITION + "/enrollments"))
                .withQueryParam("status", WireMock.equalTo("CONFIRMED"))
                .willReturn(okJson(enrollments(CREDITED_EDITION, CREDITED_PASS, CREDITED_FAIL))));
        identity(CREDITED_PASS, "Irene", "Valli", "1996-02-11", "Pescara", "VLLRNI96B51G482T");
        identity(CREDITED_FAIL, "Oreste", "Valli", "1993-10-05", "Pescara", "VLLRST93R05G482P");
    }

    private static String enrollment(long student, long edition, String status, String confirmedAt, String withdrawnAt) {
        return """
                {"id": %d, "studentId": %d, "editionId": %d, "status": "%s", "preEnrolledAt": "2026-11-02T09:00:00Z",
                 "confirmedAt": %s, "withdrawnAt": %s}""".formatted(100 + student, student, edition, status, confirmedAt,
                withdrawnAt);
    }

    /** attendance-service's summary of one participant (StudentSummary); withdrawn on 15/03/2027 unless ACTIVE. */
    private static void participant(long edition, long id, String status) {
        participant(edition, id, status, 64.5, 64.5, 0);
    }

    /** The same, with the admission figure ({@code attended}), the hours actually attended and a credit on unit 3. */
    private static void participant(long edition, long id, String status, double attended, double actual, double credit) {
        server.stubFor(get(urlEqualTo("/editions/" + edition + "/participants/" + id + "/summary")).willReturn(okJson(
                String.format(java.util.Locale.ROOT, """
                {"studentId": %d, "firstName": "Sofia", "lastName": "Marchetti %d", "status": "%s", "joinedOn": "2027-01-11",
                 "withdrawnOn": %s, "deliveredHours": 80.00, "attendedHours": %.2f, "hoursActuallyAttended": %.2f,
                 "missedHours": 15.50, "creditHours": %.2f, "requiredHours": 208.00, "admissionHours": 145.60,
                 "attendancePercent": 80.63,
                 "meetsThreshold": false, "remainingHours": 0.00, "stillNeededHours": 81.10, "internshipHours": 0.00,
                 "internshipMin": 60, "internshipCreditHours": 0.00, "internshipRequiredHours": 60.00,
                 "meetsInternship": false, "atRisk": false, "lost": true, "lateJoining": null,
                 "units": [
                   {"unitCode": "1", "title": "Sicurezza sul lavoro", "checkPassed": true, "checkDate": "2027-02-01",
                    "outcome": "PASSED", "score": 8, "attendedHours": 12.00, "creditHours": 0.00},
                   {"unitCode": "2", "title": "Normativa di settore", "checkPassed": false, "checkDate": "2027-03-01",
                    "outcome": "FAILED", "score": 4, "attendedHours": 10.00, "creditHours": 0.00},
                   {"unitCode": "3", "title": "Comunicazione con il cliente", "checkPassed": true,
                    "checkDate": "2027-03-10", "outcome": "PASSED", "score": 7, "attendedHours": 30.00, "creditHours": %.2f}],
                 "allUnitChecksPassed": false}""", id, id, status, "ACTIVE".equals(status) ? "null" : "\"2027-03-15\"",
                attended, actual, credit, credit))));
    }

    /** A student with a codice fiscale and no identity document on file. */
    private static void identity(long id, String first, String last, String birthDate, String place, String fiscalCode) {
        identity(id, first, last, birthDate, place, fiscalCode, "null");
    }

    /** enrollment-service's identity: {@code fiscalCode} null for none, {@code document} the identityDocument's JSON. */
    private static void identity(long id, String first, String last, String birthDate, String place, String fiscalCode,
                                 String document) {
        server.stubFor(get(urlEqualTo("/students/" + id + "/identity")).willReturn(okJson("""
                {"studentId": %d, "firstName": "%s", "lastName": "%s", "birthDate": "%s", "birthPlace": "%s",
                 "fiscalCode": %s, "identityDocument": %s}""".formatted(id, first, last, birthDate, place,
                fiscalCode == null ? "null" : "\"" + fiscalCode + "\"", document))));
    }

    static String rules(long edition) {
        return rules(edition, ACCREDITATION);
    }

    /** The rules of a standard-001 edition; {@code accreditation} null = the catalogue has none (JSON null). */
    static String rules(long edition, String accreditation) {
        return """
                {"editionId": %d, "editionTitle": "Addetto al servizio clienti - Pescara 2027",
                 "provider": "Ente Formazione Demo", "providerAccreditation": %s, "issuingRegion": "Abruzzo",
                 "startDate": "2027-01-11", "endDate": "2027-06-30",
                 "plannedHours": 208, "plannedInternshipHours": 80, "capacity": 20, "status": "RUNNING",
                 "qualification": {"code": "001", "version": 1, "title": "Addetto al servizio clienti", "eqfLevel": 3,
                   "region": "Abruzzo", "act": "DD n. 61/DPG025 (19-04-2023)",
                   "repertory": "Repertorio delle qualificazioni della Regione Abruzzo",
                   "source": "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023",
                   "atecoCodes": ["82.20.00"], "istatCodes": ["4.2.2.1.0"]},
                 "hours": {"minTotal": 208, "minClassroom": null, "minLab": null, "keyCompetenceHours": null,
                   "elearningSyncMaxPercentOfClassroom": null, "elearningAsyncMaxPercentOfClassroom": null,
                   "elearningMaxHours": 99, "internshipMin": 60, "internshipMax": 100, "internshipPlusLabMin": null,
                   "additionalUnitsMaxPercent": 10, "internshipIncludedInTotal": false},
                 "attendance": {"admissionPercent": 70, "maxAbsencePercent": null, "tuiPercent": 20, "tuiStated": false,
                   "lateJoinerPolicy": "COUNT_AS_ABSENCE", "creditMaxClassroomLabPercent": 30, "creditMaxInternshipPercent": 100},
                 "entry": {"minAge": 18, "minAgeAlternative": "RIGHT_DUTY_FULFILLED", "minEducation": "COMPULSORY_SCHOOLING",
                   "minEducationEqf": null, "competenceCheckAlternative": false, "italianLevel": "B1",
                   "italianExemption": "NONE", "italianEntryTestAllowed": true, "foreignTitleStatementRequired": false,
                   "residencePermitRequired": true, "residencePermitRenewalAccepted": true, "residencePermitStated": true},
                 "units": [
                   {"code": "1", "title": "Sicurezza sul lavoro", "eqfLevel": null, "competenceUnitCode": null, "sequence": 1,
                    "minHours": 12, "elearningMaxHours": 6, "creditAllowed": false, "creditCondition": null},
                   {"code": "2", "title": "Normativa di settore", "eqfLevel": null, "competenceUnitCode": null, "sequence": 2,
                    "minHours": 10, "elearningMaxHours": 5, "creditAllowed": false, "creditCondition": null},
                   {"code": "3", "title": "Comunicazione con il cliente", "eqfLevel": null, "competenceUnitCode": "UC1",
                    "sequence": 3, "minHours": 30, "elearningMaxHours": 15, "creditAllowed": true, "creditCondition": null}],
                 "propedeuticUnitCodes": ["2", "3"],
                 "competenceUnits": [{"code": "UC1", "title": "Accoglienza e informazione al cliente", "eqfLevel": 3},
                                     {"code": "UC2", "title": "Gestione dei reclami", "eqfLevel": 3}]}
                """.formatted(edition, accreditation == null ? "null" : "\"" + accreditation + "\"");
    }

    private static String student(long id, String first, String last, String status, double attended, double required,
                                  boolean meets, double internship, boolean meetsInternship, String units) {
        return student(id, first, last, status, attended, attended, 0, required, meets, internship, meetsInternship, units);
    }

    /** A row of /summary/admission: {@code attended} is the admission figure, {@code actual} the hours actually attended. */
    private static String student(long id, String first, String last, String status, double attended, double actual,
                                  double credit, double required, boolean meets, double internship,
                                  boolean meetsInternship, String units) {
        double percent = Math.round(attended * 10000.0 / required) / 100.0;
        return String.format(java.util.Locale.ROOT, """
                {"studentId": %d, "firstName": "%s", "lastName": "%s", "status": "%s", "joinedOn": "2027-01-11",
                 "deliveredHours": 208, "attendedHours": %.2f, "hoursActuallyAttended": %.2f, "missedHours": %.2f,
                 "creditHours": %.2f, "requiredHours": %.2f, "attendancePercent": %.2f, "meetsThreshold": %s,
                 "internshipHours": %.2f, "internshipMin": 60, "meetsInternship": %s, "atRisk": false, "lost": %s,
                 "units": [%s], "allUnitChecksPassed": %s}""", id, first, last, status, attended, actual,
                208 - actual, credit, required, percent, meets, internship, meetsInternship, !meets, units,
                units.equals(ALL_PASSED));
    }

    private static final String ALL_PASSED = """
            {"unitCode": "1", "checkPassed": true, "checkDate": "2027-02-01"},
            {"unitCode": "2", "checkPassed": true, "checkDate": "2027-03-01"},
            {"unitCode": "3", "checkPassed": true, "checkDate": "2027-04-01"}""";

    static String summary(long edition) {
        String students = String.join(",\n",
                student(5, "Mario", "Rossi", "ACTIVE", 180, 208, true, 80, true, ALL_PASSED),
                student(6, "Giulia", "Bianchi", "ACTIVE", 120, 208, false, 80, true, ALL_PASSED),
                student(7, "Luca", "Verdi", "ACTIVE", 190, 208, true, 40, false, ALL_PASSED),
                student(8, "Anna", "Neri", "ACTIVE", 200, 208, true, 70, true, """
                        {"unitCode": "1", "checkPassed": true, "checkDate": "2027-02-01"},
                        {"unitCode": "2", "checkPassed": false, "checkDate": "2027-03-01"}"""),
                student(9, "Paolo", "Gallo", "WITHDRAWN", 50, 208, false, 0, false, """
                        {"unitCode": "1", "checkPassed": true, "checkDate": "2027-02-01"}"""),
                student(10, "Sara", "Fontana", "ACTIVE", 200, 208, true, 80, true, ALL_PASSED),
                student(11, "Marco", "Conti", "ACTIVE", 170, 208, true, 65, true, ALL_PASSED),
                student(13, "Elena", "Ricci", "ACTIVE", 208, 208, true, 90, true, ALL_PASSED),
                student(15, "Franco", "Costa", "ACTIVE", 160, 208, true, 60, true, ALL_PASSED));
        return """
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70,
                 "students": [%s]}""".formatted(edition, students);
    }

    static String privacySummary() {
        String students = String.join(",\n",
                student(31, "Giorgio", "Marino", "ACTIVE", 190, 208, true, 75, true, ALL_PASSED),
                student(32, "Luisa", "Greco", "ACTIVE", 200, 208, true, 80, true, ALL_PASSED),
                student(ERASED_STUDENT, "Anonimo", "ANON-" + ERASED_STUDENT, "ACTIVE", 180, 208, true, 70, true, ALL_PASSED),
                student(34, "Chiara", "Longo", "ACTIVE", 185, 208, true, 65, true, ALL_PASSED),
                student(35, "Nicola", "Serra", "ACTIVE", 170, 208, true, 62, true, ALL_PASSED));
        return """
                {"editionId": %d, "deliveredHours": 208, "plannedHours": 208, "thresholdPercent": 70,
                 "students": [%s]}""".formatted(PRIVACY_EDITION, students);
    }

    static String enrollments(long edition) {
        return enrollments(edition, 5, 6, 7, 8, 11, 13, 15, 16);
    }

    static String enrollments(long edition, long... students) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < students.length; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"id": %d, "studentId": %d, "editionId": %d, "status": "CONFIRMED",
                     "preEnrolledAt": "2026-11-02T09:00:00Z", "confirmedAt": "2026-12-01T10:00:00Z", "withdrawnAt": null}"""
                    .formatted(100 + students[i], students[i], edition));
        }
        return json.append("]").toString();
    }
}
