package it.formapro.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed and hostile requests across the four services: each must be answered 4xx application/problem+json
 * with a useful detail, and no table of any service may change (row counts of every table before and after).
 */
@org.junit.jupiter.api.Order(3)
@ExtendWith(RealSuite.class)
class BadInputCorpusIT {

    private static final Tokens TOKENS = new Tokens();
    private static final String HUGE = "x".repeat(200_000);
    private static final String INJECTION = "'; DROP TABLE student; --";
    private static final String SCRIPT = "<script>alert(1)</script>";

    /** The name of the cases sending a method their path does not take: they must be 405 with an Allow header. */
    private static final String UNKNOWN_METHOD = "unknown method";

    private record Case(String name, String token, String method, String url, String contentType, String body) {
    }

    @Test
    void everyBadRequestIsA4xxProblemAndChangesNothing() throws SQLException {
        LocalDate today = Suite.today();
        // real targets, so that the requests reach validation and the rules rather than stopping at a 404
        Lifecycle lifecycle = new Lifecycle(TOKENS);
        long edition = lifecycle.openEdition(Map.of(
                "provider", "Ente", "providerAccreditation", Lifecycle.ACCREDITATION,
                "qualificationCode", "001", "title", "Corpus", "location", "Chieti",
                "startDate", today.minusDays(10).toString(), "endDate", today.plusDays(90).toString(),
                "plannedHours", 208, "plannedInternshipHours", 60, "capacity", 10));
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(new java.util.Random().nextInt(5000));
        long student = lifecycle.registerItalianWithDiploma("Ugo", "Testa", birth);
        long enrollment = Lifecycle.send("POST", Suite.ENROLLMENT + "/editions/" + edition + "/enrollments", TOKENS.frontdesk(),
                Map.of("studentId", student), 201).getLong("enrollment.id");
        Lifecycle.send("PUT", Suite.ATTENDANCE + "/editions/" + edition + "/participants/" + student, TOKENS.admin(), Map.of(
                "enrollmentId", enrollment, "firstName", "Ugo", "lastName", "Testa", "joinedOn", today.minusDays(10).toString()), 200);
        long lesson = Lifecycle.send("POST", Suite.ATTENDANCE + "/editions/" + edition + "/lessons", TOKENS.tutor(), Map.of(
                "date", today.minusDays(9).toString(), "startTime", "09:00", "endTime", "13:00", "unitCode", "2",
                "modality", "CLASSROOM", "teacher", "Docente"), 201).getLong("id");
        // a check to annul: the annulments refused below must leave it in force
        long check = Lifecycle.send("POST", Suite.ATTENDANCE + "/editions/" + edition + "/participants/" + student + "/checks",
                TOKENS.tutor(), Map.of("unitCode", "2", "date", today.minusDays(1).toString(), "outcome", "PASSED"), 201)
                .getLong("id");
        long session = Lifecycle.send("POST", Suite.EXAM + "/exam-sessions", TOKENS.board(), Map.of(
                "editionId", edition, "examDate", today.plusDays(100).toString(), "place", "Aula",
                "board", List.of(Map.of("role", "PRESIDENT", "fullName", "Dott. Rino Sala", "appointedBy", "REGION"))), 201).getLong("id");

        // an edition left PLANNED (never opened): the real catalogue's status reaches enrollment, which refuses it
        long planned = Lifecycle.send("POST", Suite.CATALOG + "/editions", TOKENS.admin(), Map.of(
                "provider", "Ente", "providerAccreditation", Lifecycle.ACCREDITATION,
                "qualificationCode", "001", "title", "Corpus, not open yet", "location", "Chieti",
                "startDate", today.plusDays(30).toString(), "endDate", today.plusDays(150).toString(),
                "plannedHours", 208, "plannedInternshipHours", 60, "capacity", 10), 201).getLong("id");
        given().auth().oauth2(TOKENS.frontdesk()).contentType("application/json").body(Map.of("studentId", student))
                .post(Suite.ENROLLMENT + "/editions/" + planned + "/enrollments").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/edition-not-open"))
                .body("figures.status", is("PLANNED"));
        // the registered student as sent, born a day later than the codice fiscale says
        String misdated = "{\"version\":0,\"student\":{\"firstName\":\"Ugo\",\"lastName\":\"Testa\",\"birthDate\":\""
                + birth.plusDays(1) + "\",\"citizenship\":\"ITALIAN\",\"fiscalCode\":\""
                + FiscalCodes.of("Ugo", "Testa", birth, false, "G482") + "\"}}";

        // a foreigner without a codice fiscale, registered with a Brazilian passport: registering the passport again is a
        // duplicate, with a codice fiscale too (one document, one person)
        String passport = "YE" + System.nanoTime();
        Lifecycle.send("POST", Suite.ENROLLMENT + "/students", TOKENS.frontdesk(), Map.of("firstName", "Ines", "lastName",
                "Duarte", "birthDate", "1991-02-03", "citizenship", "NON_EU", "otherIdType", "PASSPORT",
                "otherIdCountry", "BR", "otherIdValue", passport), 201);

        List<Case> corpus = corpus(edition, planned, student, misdated, enrollment, lesson, check, session, passport);
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (Case c : corpus) {
            RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(false)
                    .header("Authorization", "Bearer " + c.token());
            if (c.body() != null) {
                request = request.contentType(c.contentType()).body(c.body());
            }
            Response r = request.request(c.method(), c.url());
            String contentType = r.contentType() == null ? "" : r.contentType();
            String detail = contentType.startsWith("application/problem+json") ? r.jsonPath().getString("detail") : null;
            if (r.statusCode() < 400 || r.statusCode() > 499 || detail == null || detail.isBlank()) {
                failures.add(c.name() + " -> " + r.statusCode() + " " + contentType + " " + abbreviate(r.asString()));
            } else if (c.name().startsWith(UNKNOWN_METHOD) && (r.statusCode() != 405 || r.header("Allow") == null)) {
                // a path that exists, with a method it does not take: 405 naming the methods, not "No resource" (404)
                failures.add(c.name() + " -> " + r.statusCode() + " (405 with Allow expected) " + abbreviate(r.asString()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size() + " bad requests were not a 4xx problem:\n"
                + String.join("\n", failures));
        assertEquals(before, rowCounts(), "refused requests must not change any table");
        assertTrue(corpus.size() >= 100, "the corpus has " + corpus.size() + " requests");
        System.out.printf("bad-input corpus: %d requests, all 4xx problem+json, databases unchanged%n", corpus.size());
    }

    private List<Case> corpus(long edition, long planned, long student, String misdatedStudent, long enrollment, long lesson,
                              long check, long session, String passport) {
        String admin = TOKENS.admin();
        String fd = TOKENS.frontdesk();
        String tutor = TOKENS.tutor();
        String board = TOKENS.board();
        String c = Suite.CATALOG;
        String en = Suite.ENROLLMENT;
        String at = Suite.ATTENDANCE + "/editions/" + edition;
        String ex = Suite.EXAM;
        String today = Suite.today().toString();
        String validEdition = "\"provider\":\"Ente\",\"providerAccreditation\":\"codice ente A0123\",\"qualificationCode\":\"001\",\"title\":\"T\",\"location\":\"L\","
                + "\"plannedInternshipHours\":60,\"capacity\":10";
        String validStudent = "\"firstName\":\"Ada\",\"lastName\":\"Neri\",\"birthDate\":\"1990-01-01\",\"citizenship\":\"EU\","
                + "\"citizenshipCountry\":\"FR\",\"otherIdType\":\"PASSPORT\",\"otherIdCountry\":\"FR\",\"otherIdValue\":\"X1\"";
        List<Case> cases = new ArrayList<>();
        Supplier<List<String[]>> writes = () -> List.of(
                new String[] {admin, "POST", c + "/editions"},
                new String[] {admin, "PUT", c + "/editions/" + edition},
                new String[] {admin, "POST", c + "/editions/" + edition + "/status"},
                new String[] {fd, "POST", en + "/students"},
                new String[] {fd, "PUT", en + "/students/" + student},
                new String[] {fd, "POST", en + "/eligibility"},
                new String[] {fd, "POST", en + "/editions/" + edition + "/enrollments"},
                new String[] {fd, "POST", en + "/enrollments/" + enrollment + "/withdrawal"},
                new String[] {fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/acceptance"},
                new String[] {fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/rejection"},
                new String[] {tutor, "POST", at + "/lessons"},
                new String[] {tutor, "PUT", at + "/lessons/" + lesson + "/register"},
                new String[] {tutor, "PUT", at + "/lessons/" + lesson + "/register/" + student},
                new String[] {admin, "PUT", at + "/participants/" + student},
                new String[] {tutor, "POST", at + "/participants/" + student + "/checks"},
                new String[] {tutor, "POST", at + "/participants/" + student + "/credits"},
                new String[] {tutor, "POST", at + "/participants/" + student + "/credits/999999/revocation"},
                new String[] {tutor, "POST", at + "/participants/" + student + "/checks/" + check + "/annulment"},
                new String[] {admin, "POST", at + "/participants/" + student + "/withdrawal"},
                new String[] {board, "POST", ex + "/exam-sessions"},
                new String[] {board, "PUT", ex + "/exam-sessions/" + session},
                new String[] {board, "PUT", ex + "/exam-sessions/" + session + "/status"},
                new String[] {board, "PUT", ex + "/exam-sessions/" + session + "/outcomes/" + student},
                new String[] {board, "POST", ex + "/exam-sessions/" + session + "/certificates"},
                new String[] {board, "POST", ex + "/exam-sessions/" + session + "/learning-records"},
                new String[] {board, "POST", ex + "/certificates/999999/revocation"},
                new String[] {board, "PUT", ex + "/certificates/999999/revocation"});
        // every write: truncated JSON, an array instead of an object, a text body
        for (String[] w : writes.get()) {
            cases.add(new Case(w[1] + " " + w[2] + " truncated JSON", w[0], w[1], w[2], "application/json", "{\"a\": "));
            cases.add(new Case(w[1] + " " + w[2] + " array body", w[0], w[1], w[2], "application/json", "[1,2,3]"));
            cases.add(new Case(w[1] + " " + w[2] + " text/plain", w[0], w[1], w[2], "text/plain", "hello"));
        }
        // catalogue: editions
        String ed = c + "/editions";
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-03-01\",\"endDate\":\"2027-01-01\",\"plannedHours\":208}", "end before start"));
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":-5}", "negative hours"));
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":1e9}", "absurd hours"));
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":100}", "below the standard's minimum"));
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":\"many\"}", "hours as text"));
        cases.add(json(admin, "POST", ed, "{" + validEdition + ",\"startDate\":\"2027-13-45\",\"endDate\":\"2027-06-01\",\"plannedHours\":208}", "impossible date"));
        cases.add(json(admin, "POST", ed, "{\"provider\":\"Ente\",\"qualificationCode\":\"001\",\"title\":\"T\",\"location\":\"L\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208,\"plannedInternshipHours\":60,\"capacity\":0}", "capacity 0"));
        cases.add(json(admin, "POST", ed, "{\"provider\":\"Ente\",\"qualificationCode\":\"001\",\"title\":\"T\",\"location\":\"L\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208,\"plannedInternshipHours\":500,\"capacity\":5}", "internship beyond 100 h"));
        cases.add(json(admin, "POST", ed, "{\"provider\":\"Ente\",\"qualificationCode\":\"" + INJECTION + "\",\"title\":\"T\",\"location\":\"L\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208,\"capacity\":5}", "SQL in qualification code"));
        cases.add(json(admin, "POST", ed, "{\"provider\":\"Ente\",\"qualificationCode\":\"004\",\"title\":\"T\",\"location\":\"L\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":300,\"capacity\":5}", "edition on 004"));
        cases.add(json(admin, "POST", ed, "{\"provider\":\"Ente\",\"qualificationCode\":\"001\",\"qualificationVersion\":99,\"title\":\"T\",\"location\":\"L\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208,\"plannedInternshipHours\":60,\"capacity\":5}", "unknown version"));
        cases.add(json(admin, "POST", ed, "{" + validEdition.replace("\"title\":\"T\"", "\"title\":\"" + HUGE + "\"") + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208}", "huge title"));
        cases.add(json(admin, "POST", ed, "{" + validEdition.replace("codice ente A0123", "A".repeat(301)) + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208}", "accreditation over 300 characters"));
        cases.add(json(admin, "POST", ed, "{}", "empty edition"));
        cases.add(json(admin, "POST", ed + "/" + edition + "/status", "{\"status\":\"FINISHED\",\"version\":1}", "unknown status"));
        cases.add(json(admin, "POST", ed + "/" + edition + "/status", "{\"status\":\"PLANNED\",\"version\":1}", "status back to PLANNED"));
        cases.add(json(admin, "PUT", ed + "/" + edition, "{" + validEdition + ",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-06-01\",\"plannedHours\":208,\"version\":0}", "stale version"));
        cases.add(new Case("edition id with SQL", admin, "GET", ed + "/1%20OR%201=1", null, null));
        cases.add(new Case("edition id path traversal", admin, "GET", ed + "/..%2F..%2Fetc%2Fpasswd", null, null));
        cases.add(new Case("unknown qualification", admin, "GET", c + "/qualifications/999", null, null));
        cases.add(new Case("rules of 004", admin, "GET", c + "/qualifications/004/versions/1/rules", null, null));
        cases.add(new Case("page size negative", admin, "GET", c + "/qualifications?size=-1", null, null));
        cases.add(new Case("eqf not a number", admin, "GET", c + "/qualifications?eqf=five", null, null));
        cases.add(new Case("enrollable not a boolean", admin, "GET", ed + "?enrollable=maybe", null, null));
        cases.add(new Case("misspelt filter", admin, "GET", ed + "?enrolable=true", null, null));
        cases.add(new Case("region over 100 characters", admin, "GET", c + "/qualifications?region=" + "A".repeat(101), null, null));
        // enrollment: students, eligibility, enrollments
        String st = en + "/students";
        cases.add(new Case("filter in the wrong case", fd, "GET", st + "?fiscalcode=RSSMRA85T10A562S", null, null));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("\"citizenship\":\"EU\"", "\"citizenship\":\"MARTIAN\"") + "}", "unknown citizenship"));
        cases.add(json(fd, "POST", st, "{\"firstName\":\"Ada\",\"lastName\":\"Neri\",\"birthDate\":\"1990-01-01\",\"citizenship\":\"ITALIAN\",\"fiscalCode\":\"RSSMRA98C12G482X\"}", "wrong check character"));
        cases.add(json(fd, "POST", st, "{\"firstName\":\"Ada\",\"lastName\":\"Neri\",\"birthDate\":\"1990-01-01\",\"citizenship\":\"ITALIAN\",\"fiscalCode\":\"" + SCRIPT + "\"}", "script as codice fiscale"));
        cases.add(json(fd, "POST", st, "{\"firstName\":\"Ada\",\"lastName\":\"Neri\",\"birthDate\":\"1990-01-01\",\"citizenship\":\"ITALIAN\",\"fiscalCode\":\"" + INJECTION + "\"}", "SQL as codice fiscale"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("\"firstName\":\"Ada\"", "\"firstName\":\"" + HUGE + "\"") + "}", "huge first name"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("1990-01-01", "2990-01-01") + "}", "born in the future"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("1990-01-01", "01/01/1990") + "}", "date in the wrong format"));
        cases.add(json(fd, "POST", st, "{" + validStudent + ",\"evidence\":{\"educationTitle\":{\"kind\":\"UPPER_SECONDARY\",\"eqfLevel\":12,\"obtainedIn\":\"ITALIAN_SCHOOL\"}}}", "EQF 12"));
        cases.add(json(fd, "POST", st, "{" + validStudent + ",\"evidence\":{\"italianCertificate\":{\"level\":\"Z9\"}}}", "unknown CEFR level"));
        cases.add(json(fd, "POST", st, "{" + validStudent + ",\"evidence\":{\"educationTitle\":{\"eqfLevel\":4}}}", "title without kind"));
        cases.add(json(fd, "POST", st, "{" + validStudent + ",\"evidence\":{\"educationTitle\":{\"kind\":\"LOWER_SECONDARY\",\"obtainedIn\":\"ITALIAN_SCHOOL\",\"obtainedOn\":\"2999-06-30\"}}}", "title obtained in the future"));
        cases.add(json(fd, "POST", st, "{\"lastName\":\"Neri\",\"birthDate\":\"1990-01-01\",\"citizenship\":\"EU\"}", "no first name"));
        cases.add(json(fd, "POST", st, "{\"firstName\":\"Ada\",\"lastName\":\"Neri\",\"birthDate\":\"1990-01-02\",\"citizenship\":\"ITALIAN\",\"fiscalCode\":\""
                + FiscalCodes.of("Ada", "Neri", LocalDate.of(1990, 1, 1), true, "G482") + "\"}", "born on another day than the codice fiscale says"));
        cases.add(json(fd, "PUT", st + "/" + student, misdatedStudent, "update to a birth date the codice fiscale contradicts"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("1990-01-01", "-999999999-01-01") + "}", "born in the year -999999999"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("1990-01-01", "0001-01-01") + "}", "born in the year 1"));
        cases.add(json(fd, "POST", st, "{" + validStudent + ",\"evidence\":{\"residencePermit\":{\"expiresOn\":\"+200000-01-01\"}}}", "permit expiring in the year 200000"));
        String ines = "{\"firstName\":\"Ines\",\"lastName\":\"Duarte\",\"birthDate\":\"1991-02-03\",\"citizenship\":\"NON_EU\","
                + "\"otherIdType\":\"PASSPORT\",\"otherIdCountry\":\"br\",\"otherIdValue\":\" " + passport.toLowerCase() + " \"";
        cases.add(json(fd, "POST", st, ines + "}", "the same passport registered twice (no codice fiscale)"));
        cases.add(json(fd, "POST", st, ines + ",\"fiscalCode\":\"" + FiscalCodes.of("Ines", "Duarte", LocalDate.of(1991, 2, 3), true, "Z602")
                + "\"}", "another student's passport registered with a codice fiscale"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("\"otherIdCountry\":\"FR\"", "\"otherIdCountry\":\"XX\"") + "}", "passport of an unknown country"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("\"otherIdCountry\":\"FR\"", "\"otherIdCountry\":\"FRA\"") + "}", "passport country as an alpha-3 code"));
        cases.add(json(fd, "POST", st, "{" + validStudent.replace("\"otherIdCountry\":\"FR\",", "") + "}", "passport without its issuing country"));
        String applicant = "{\"editionId\":" + edition + ",\"applicant\":{\"citizenship\":\"ITALIAN\",\"birthDate\":\"";
        cases.add(json(fd, "POST", en + "/eligibility", applicant + "2062-01-01\"}}", "eligibility of an applicant born in 2062"));
        cases.add(json(fd, "POST", en + "/eligibility", applicant + "+999999999-12-31\"}}", "eligibility of an applicant born in the year 999999999"));
        cases.add(json(fd, "PUT", st + "/" + student, "{\"version\":99,\"student\":{" + validStudent + "}}", "stale student version"));
        cases.add(json(fd, "POST", en + "/eligibility", "{\"studentId\":" + student + "}", "eligibility without edition"));
        cases.add(json(fd, "POST", en + "/eligibility", "{\"editionId\":-1,\"studentId\":" + student + "}", "eligibility on edition -1"));
        cases.add(json(fd, "POST", en + "/eligibility", "{\"editionId\":" + edition + ",\"studentId\":999999}", "eligibility of an unknown student"));
        cases.add(json(fd, "POST", en + "/editions/" + edition + "/enrollments", "{\"studentId\":999999}", "pre-enroll an unknown student"));
        cases.add(json(fd, "POST", en + "/editions/" + edition + "/enrollments", "{\"studentId\":" + student + "}", "pre-enroll twice"));
        cases.add(json(fd, "POST", en + "/editions/" + planned + "/enrollments", "{\"studentId\":" + student + "}", "pre-enroll on a PLANNED edition"));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/withdrawal", "{\"withdrawnOn\":\"" + Suite.today().plusDays(1) + "\"}", "withdrawal dated tomorrow"));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/withdrawal", "{\"withdrawnOn\":\"" + Suite.today().minusDays(1) + "\"}", "withdrawal dated before the pre-enrollment"));
        cases.add(new Case("confirm with a malformed joining day", fd, "POST", en + "/enrollments/" + enrollment + "/confirmation?joinedOn=yesterday", null, null));
        cases.add(new Case("confirm with a joining day in the future", fd, "POST", en + "/enrollments/" + enrollment + "/confirmation?joinedOn=2999-01-01", null, null));
        cases.add(new Case("confirm an unknown enrollment", fd, "POST", en + "/enrollments/999999/confirmation", null, null));
        // documents a portal presented: the front desk's enrollment holds none, a rejection needs its reason
        cases.add(new Case("accept presented documents of a front-desk enrollment", fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/acceptance", null, null));
        cases.add(new Case("accept presented documents of an unknown enrollment", fd, "POST", en + "/enrollments/999999/presented-documents/acceptance", null, null));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/acceptance", "{\"replaceNewer\":\"maybe\"}", "accept presented documents with replaceNewer not a boolean"));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/rejection", "{}", "reject presented documents without a reason"));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/rejection", "{\"reason\":\"" + HUGE + "\"}", "reject presented documents with a huge reason"));
        cases.add(json(fd, "POST", en + "/enrollments/" + enrollment + "/presented-documents/rejection", "{\"reason\":\"Not genuine\"}", "reject presented documents of a front-desk enrollment"));
        cases.add(new Case("student id not a number", fd, "GET", st + "/abc", null, null));
        cases.add(new Case("student id with SQL", fd, "GET", st + "/1%27%20OR%20%271%27=%271", null, null));
        cases.add(new Case("enrollments with an unknown status", fd, "GET", en + "/editions/" + edition + "/enrollments?status=HAPPY", null, null));
        // a portal following its applications: an id it does not own answers like an unknown one
        String portal = TOKENS.portal();
        cases.add(new Case("unknown application", portal, "GET", en + "/applications/999999", null, null));
        cases.add(new Case("application id not a number", portal, "GET", en + "/applications/abc", null, null));
        cases.add(new Case("a front-desk enrollment read as the portal's application", portal, "GET", en + "/applications/" + enrollment, null, null));
        cases.add(new Case("applications in an unknown status", portal, "GET", en + "/applications?status=HAPPY", null, null));
        // personal data (GDPR)
        cases.add(json(admin, "POST", st + "/" + student + "/erasure", "{}", "erasure without a reason"));
        cases.add(json(admin, "POST", st + "/" + student + "/erasure", "{\"reason\":\"" + HUGE + "\"}", "erasure with a huge reason"));
        cases.add(json(admin, "POST", st + "/" + student + "/erasure", "{\"reason\":\"Richiesta prot. 9\"}", "erasure while a pre-enrollment needs the identity"));
        cases.add(json(admin, "POST", st + "/999999/erasure", "{\"reason\":\"Richiesta prot. 9\"}", "erasure of an unknown student"));
        cases.add(new Case("export of a student id with SQL", fd, "GET", st + "/1%20OR%201=1/personal-data", null, null));
        cases.add(new Case("attendance export of student abc", fd, "GET", Suite.ATTENDANCE + "/students/abc/personal-data", null, null));
        cases.add(new Case("exam erasure of student 0", admin, "POST", ex + "/students/0/erasure", null, null));
        // attendance: lessons, registers, participants, checks, credits
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "13:00", "09:00", "2", "CLASSROOM"), "end before start time"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "09:00", "13:00", "2", "TELEPATHY"), "unknown modality"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "09:00", "13:00", "99", "CLASSROOM"), "unknown unit"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "09:00", "13:00", "7", "CLASSROOM"), "unit 7 before units 2 and 3 (propedeuticity)"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson("2031-01-01", "09:00", "13:00", "2", "CLASSROOM"), "outside the edition's dates"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-9), "10:00", "12:00", "2", "CLASSROOM"), "overlapping lesson"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "09:00", "13:00", "2", "ELEARNING_ASYNC").replace("}", ",\"hours\":40}"), "hours that do not match the times"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "25:00", "26:00", "2", "CLASSROOM"), "impossible time"));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "08:00", "20:00", "2", "ELEARNING_SYNC"), "e-learning beyond unit 2's FAD cap"));
        String lessonChanged = lessonJson(today(-9), "09:00", "13:00", "2", "CLASSROOM").replace("Docente", "Altro docente");
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson, lessonChanged, "lesson change without the version read"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson, lessonChanged.replace("}", ",\"version\":5}"), "lesson change from another version"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"minutesPresent\":-5}]}", "negative minutes"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"minutesPresent\":100000}]}", "more than the lesson"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"hoursPresent\":71582789.27}]}", "hours that an int of minutes would wrap to 60"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register/" + student, "{\"hoursPresent\":1e20}", "hours that overflow any count of minutes"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"arrivedAt\":\"14:00\",\"leftAt\":\"15:00\"}]}", "times wholly outside the lesson's hours"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":\"abc\",\"minutesPresent\":60}]}", "student id as text"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[]}", "empty register"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":999999,\"minutesPresent\":60}]}", "a student who is not a participant"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"minutesPresent\":60,\"hoursPresent\":1}]}", "two ways of saying the presence"));
        String twoSpans = "\"spans\":[{\"arrivedAt\":\"09:00\",\"leftAt\":\"10:00\"},{\"arrivedAt\":\"10:20\",\"leftAt\":\"13:00\"}]";
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + "," + twoSpans + ",\"arrivedAt\":\"09:00\",\"leftAt\":\"13:00\"}]}", "spans and one arrival/exit pair together"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register/" + student, "{" + twoSpans + ",\"hoursPresent\":3.67}", "spans and hours together"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"spans\":[{\"arrivedAt\":\"09:00\",\"leftAt\":\"10:00\"},{\"arrivedAt\":\"11:00\",\"leftAt\":\"10:30\"}]}]}", "a span that ends before it starts"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"spans\":["
                + String.join(",", java.util.Collections.nCopies(21, "{\"arrivedAt\":\"09:00\",\"leftAt\":\"09:05\"}")) + "]}]}", "more than 20 spans in a row"));
        cases.add(json(tutor, "PUT", at + "/lessons/" + lesson + "/register", "{\"entries\":[{\"studentId\":" + student + ",\"spans\":[{\"arrivedAt\":\"09:00\",\"leftAt\":\"10:00\"},{\"arrivedAt\":\"14:00\",\"leftAt\":\"15:00\"}]}]}", "a span wholly outside the lesson's hours"));
        cases.add(json(tutor, "PUT", at + "/lessons/999999/register", "{\"entries\":[{\"studentId\":" + student + ",\"minutesPresent\":60}]}", "register of an unknown lesson"));
        cases.add(json(admin, "PUT", at + "/participants/" + student, "{\"firstName\":\"Ugo\",\"lastName\":\"Testa\",\"joinedOn\":\"not-a-date\"}", "joining day not a date"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/checks", "{\"unitCode\":\"2\",\"date\":\"" + today + "\",\"outcome\":\"MAYBE\"}", "unknown check outcome"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/checks", "{\"unitCode\":\"404\",\"date\":\"" + today + "\",\"outcome\":\"PASSED\"}", "check on an unknown unit"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/credits", "{\"unitCode\":\"1\",\"hours\":2,\"reason\":\"prior learning\"}", "credit on unit 1 of 001"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/credits", "{\"unitCode\":\"4\",\"hours\":-3,\"reason\":\"prior learning\"}", "negative credit"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/credits", "{\"unitCode\":\"4\",\"hours\":500,\"reason\":\"prior learning\"}", "credit beyond the 30 % cap"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/credits", "{\"unitCode\":\"13\",\"hours\":4,\"reason\":\"safety course\",\"certificateHeld\":false}", "unit 13 credit without the certificate"));
        // a credit's revocation and a check's annulment take their reason in a JSON body (a URL ends up in logs)
        String revokeUnknown = at + "/participants/" + student + "/credits/999999/revocation";
        String annulCheck = at + "/participants/" + student + "/checks/" + check + "/annulment";
        cases.add(json(tutor, "POST", revokeUnknown, "{}", "revoke an unknown credit"));
        cases.add(json(tutor, "POST", revokeUnknown, "{\"reason\":\"" + "x".repeat(501) + "\"}", "credit revocation reason over 500 characters"));
        cases.add(json(tutor, "POST", annulCheck, "{}", "check annulment without a reason"));
        cases.add(json(tutor, "POST", annulCheck, "{\"reason\":\"  \"}", "check annulment with a blank reason"));
        cases.add(json(tutor, "POST", annulCheck, "{\"reason\":\"" + "x".repeat(501) + "\"}", "check annulment reason over 500 characters"));
        cases.add(json(tutor, "POST", at + "/participants/" + student + "/checks/999999/annulment", "{\"reason\":\"Wrong student\"}", "annul an unknown check"));
        cases.add(json(tutor, "POST", at + "/participants/999999/checks/" + check + "/annulment", "{\"reason\":\"Wrong student\"}", "annul a check through another student"));
        // the retired forms with the reason in the query string: 405 naming the POST, and the check stays in force
        cases.add(new Case("retired credit revocation with the reason in the URL", tutor, "DELETE", at + "/participants/" + student
                + "/credits/999999?reason=Wrong%20unit", null, null));
        cases.add(new Case("retired check annulment with the reason in the URL", tutor, "DELETE", at + "/participants/" + student
                + "/checks/" + check + "?reason=Wrong%20student", null, null));
        cases.add(new Case("lesson id path traversal", tutor, "GET", at + "/lessons/..%2F..%2F..%2Fetc%2Fpasswd", null, null));
        cases.add(json(tutor, "POST", at + "/lessons", lessonJson(today(-8), "09:00", "13:00", "2", "CLASSROOM").replace("}", ",\"keyCompetences\":\"maybe\"}"), "key competences not a boolean"));
        cases.add(new Case("calendar check on a malformed day", tutor, "GET", at + "/calendar-check?asOf=tomorrow", null, null));
        cases.add(new Case("lessons page size 0", tutor, "GET", Suite.ATTENDANCE + "/lessons?size=0", null, null));
        cases.add(new Case("lessons page over 100", tutor, "GET", Suite.ATTENDANCE + "/lessons?editionId=" + edition + "&size=101", null, null));
        cases.add(new Case("lessons page negative", tutor, "GET", Suite.ATTENDANCE + "/lessons?page=-1", null, null));
        // exam: sessions, outcomes, documents, verification
        cases.add(json(board, "POST", ex + "/exam-sessions", "{\"editionId\":" + edition + ",\"examDate\":\"2027-09-01\",\"place\":\"Aula\",\"board\":[]}", "no board"));
        cases.add(json(board, "POST", ex + "/exam-sessions", "{\"editionId\":" + edition + ",\"examDate\":\"2027-09-01\",\"place\":\"Aula\",\"board\":[{\"role\":\"MEMBER\",\"fullName\":\"X\",\"appointedBy\":\"REGION\"}]}", "board without a president"));
        cases.add(json(board, "POST", ex + "/exam-sessions", "{\"editionId\":" + edition + ",\"examDate\":\"31/12/2027\",\"place\":\"Aula\",\"board\":[{\"role\":\"PRESIDENT\",\"fullName\":\"X\",\"appointedBy\":\"REGION\"}]}", "exam date in the wrong format"));
        cases.add(json(board, "POST", ex + "/exam-sessions", "{\"editionId\":\"x\",\"examDate\":\"2027-09-01\",\"place\":\"Aula\",\"board\":[{\"role\":\"PRESIDENT\",\"fullName\":\"X\",\"appointedBy\":\"REGION\"}]}", "edition id as text"));
        cases.add(json(board, "POST", ex + "/exam-sessions", "{\"editionId\":" + edition + ",\"examDate\":\"2027-09-01\",\"place\":\"Aula\",\"board\":[{\"role\":\"KING\",\"fullName\":\"X\",\"appointedBy\":\"REGION\"}]}", "unknown board role"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/status", "{\"status\":\"CLOSED\"}", "closing a session never held"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/status", "{\"status\":\"DONE\"}", "unknown session status"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/status", "{\"status\":\"CANCELLED\"}", "cancelling a session without the reason"));
        cases.add(new Case("sessions in an unknown status", board, "GET", ex + "/exam-sessions?status=POSTPONED", null, null));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/status", "{\"status\":\"CANCELLED\",\"reason\":\"" + "x".repeat(501) + "\"}", "cancellation reason over 500 characters"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/outcomes/" + student, "{\"result\":\"PASSED\",\"units\":[]}", "outcome before the admission list"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session + "/outcomes/" + student, "{\"result\":\"PERHAPS\",\"units\":[]}", "unknown result"));
        cases.add(json(board, "POST", ex + "/exam-sessions/" + session + "/certificates", "{\"studentId\":" + student + "}", "certificate before the exam"));
        cases.add(json(board, "POST", ex + "/exam-sessions/" + session + "/certificates", "{}", "certificate without a student"));
        cases.add(json(board, "POST", ex + "/editions/" + edition + "/learning-records", "{}", "learning record on leaving without a student"));
        cases.add(json(board, "POST", ex + "/editions/" + edition + "/learning-records", "{\"studentId\":" + student + "}", "learning record on leaving for a student who did not leave"));
        cases.add(json(board, "POST", ex + "/editions/999999/learning-records", "{\"studentId\":" + student + "}", "learning record on leaving an unknown edition"));
        cases.add(json(board, "POST", ex + "/certificates/999999/revocation", "{\"reason\":\"x\"}", "revoke an unknown certificate"));
        cases.add(json(board, "POST", ex + "/certificates/999999/revocation", "{}", "revocation without a reason"));
        cases.add(json(board, "PUT", ex + "/certificates/999999/revocation", "{\"reason\":\"x\",\"revokedOn\":\"" + today
                + "\",\"amendmentReason\":\"typo\"}", "amend the revocation of an unknown certificate"));
        cases.add(json(board, "PUT", ex + "/certificates/999999/revocation", "{\"reason\":\"x\",\"revokedOn\":\"" + today
                + "\"}", "revocation amendment without saying why"));
        String sessionEdit = "{\"editionId\":" + edition + ",\"examDate\":\"" + today(100) + "\",\"place\":\"Aula 2\","
                + "\"board\":[{\"role\":\"PRESIDENT\",\"fullName\":\"Dott. Rino Sala\",\"appointedBy\":\"REGION\"}]";
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session, sessionEdit + "}",
                "session edit without the version read"));
        cases.add(json(board, "PUT", ex + "/exam-sessions/" + session, sessionEdit + ",\"version\":999}",
                "session edit on a stale version"));
        cases.add(new Case("sessions page over 100", board, "GET", ex + "/exam-sessions?size=101", null, null));
        cases.add(new Case("audit events of an unknown entity type", admin, "GET",
                ex + "/audit-events?entityType=DOCUMENTS", null, null));
        cases.add(new Case("audit events page size 0", admin, "GET", ex + "/audit-events?size=0", null, null));
        cases.add(new Case("verify a traversal code", board, "GET", ex + "/certificates/verify/..%2F..%2Fetc%2Fpasswd", null, null));
        cases.add(new Case("verify a SQL code", board, "GET", ex + "/certificates/verify/%27%20OR%201=1--", null, null));
        cases.add(new Case("verify a script code", board, "GET", ex + "/certificates/verify/%3Cscript%3E", null, null));
        cases.add(new Case("session id not a number", board, "GET", ex + "/exam-sessions/abc", null, null));
        cases.add(new Case(UNKNOWN_METHOD, board, "PATCH", ex + "/exam-sessions/" + session, "application/json", "{}"));
        // every service, paths under another resource's prefix too (attendance's /editions/{id}, enrollment's /)
        for (String[] m : List.of(
                new String[] {admin, "PATCH", c + "/editions/" + edition},
                new String[] {admin, "DELETE", c + "/qualifications/001"},
                new String[] {fd, "PATCH", en + "/students/" + student},
                new String[] {fd, "PATCH", en + "/editions/" + edition + "/enrollments"},
                new String[] {tutor, "PATCH", at + "/lessons"},
                new String[] {tutor, "DELETE", at + "/lessons"},
                new String[] {tutor, "PATCH", at + "/lessons/" + lesson},
                new String[] {tutor, "PATCH", at + "/lessons/" + lesson + "/register"},
                new String[] {fd, "PATCH", at + "/participants"},
                new String[] {tutor, "PATCH", at + "/summary"},
                new String[] {tutor, "DELETE", at + "/calendar-check"},
                new String[] {board, "PATCH", ex + "/exam-sessions/" + session + "/outcomes"},
                new String[] {board, "DELETE", ex + "/exam-sessions"})) {
            cases.add(new Case(UNKNOWN_METHOD + " " + m[1] + " " + m[2], m[0], m[1], m[2], "application/json", "{}"));
        }
        return cases;
    }

    private static Case json(String token, String method, String url, String body, String name) {
        return new Case(name, token, method, url, "application/json", body);
    }

    private static String today(int days) {
        return Suite.today().plusDays(days).toString();
    }

    private static String lessonJson(String date, String from, String to, String unit, String modality) {
        return "{\"date\":\"" + date + "\",\"startTime\":\"" + from + "\",\"endTime\":\"" + to + "\",\"unitCode\":\"" + unit
                + "\",\"modality\":\"" + modality + "\",\"teacher\":\"Docente\"}";
    }

    /** Rows of every table of the four suite databases (Flyway's history excluded). */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String db : List.of("catalog", "enrollment", "attendance", "exam")) {
            try (Connection conn = DriverManager.getConnection(Suite.jdbcUrl(db), "postgres", "")) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = conn.createStatement().executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename <> 'flyway_schema_history'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = conn.createStatement().executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        rs.next();
                        counts.put(db + "." + table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
