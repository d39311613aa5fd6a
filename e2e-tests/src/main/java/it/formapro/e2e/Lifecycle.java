package it.formapro.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One course edition of a seed standard walked through the whole lifecycle over HTTP, each step with the token
 * of the role that does it in real life: admin opens the edition, the front desk checks and enrolls students,
 * the tutor keeps the calendar, registers and learning checks, the exam board admits, examines and certifies,
 * and anyone verifies a certificate anonymously.
 *
 * <p>The edition runs in the recent past (started 50 days ago, one lesson a day) so that every lesson can be
 * registered as held; enrollments are therefore confirmed after the fact with the day the students joined.
 * Three students join each edition: one attends everything and passes, one arrives late to every lesson and
 * fails one unit at the exam, one misses two lessons in five and is excluded from the exam. A fourth applicant
 * fails an entry requirement of the standard and is refused.
 */
public final class Lifecycle {

    /** The demo provider's accreditation references: D.lgs 13/2013 art. 6 wants them on every document issued. */
    public static final String ACCREDITATION = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";

    /** What happened to one edition, for assertions and the demo's summary. */
    public record Report(String standard, String title, long editionId, List<String> refusedApplicantRules,
                         Map<String, Student> students, int lessons, double deliveredHours, long examSessionId,
                         String threshold, List<String> exclusionReasons, boolean calendarCompliant,
                         List<String> calendarRulesChecked, List<String> calendarShortfalls) {
    }

    /** The learning record of a student who left before any exam session, and a second request for it. */
    public record LeavingRecord(long editionId, long studentId, String unitPassed, double hoursAttended,
                                LocalDate withdrawnOn, JsonPath document, int secondRequestStatus) {
    }

    /** One student's way through the edition. */
    public record Student(long id, String name, String admission, String outcome, String documentKind,
                          String documentNumber, String verificationCode, String verificationStatus,
                          double attendancePercent) {
    }

    private final Tokens tokens;
    private final LocalDate today = Suite.today();
    // birth dates vary per run: students are unique by codice fiscale, and the demo may run many times
    private final java.util.Random births = new java.util.Random();
    /** Days before a birth date's base, distinct within a run: two students of one name never share a codice fiscale. */
    private static final java.util.concurrent.atomic.AtomicInteger BIRTH_DAYS =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(20 * 365));

    public Lifecycle(Tokens tokens) {
        this.tokens = tokens;
    }

    private static int distinctDays() {
        return BIRTH_DAYS.getAndIncrement() % (20 * 365);
    }

    public Report run(String standard) {
        // --- catalogue -> edition (admin) ---
        LocalDate start = today.minusDays(50);
        JsonPath qualification = get(Suite.CATALOG + "/qualifications/" + standard, tokens.admin(), 200);
        Map<String, Object> edition = edition(standard, qualification.getString("title") + " - demo " + today, start,
                today.plusDays(3), qualification.getDouble("rules.hours.minTotal"), 3);
        Number internshipMin = qualification.get("rules.hours.internshipMin");
        if (internshipMin != null && !qualification.getBoolean("rules.hours.internshipIncludedInTotal")) {
            edition.put("plannedInternshipHours", internshipMin);
        }
        long editionId = openEdition(edition);
        JsonPath rules = get(Suite.CATALOG + "/editions/" + editionId + "/rules", tokens.frontdesk(), 200);

        // --- students: eligibility, pre-enrollment, confirmation (front desk) ---
        List<String> refused = refusedApplicant(standard, editionId, start);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String[] who : new String[][] {{"Anna", "Ferri"}, {"Bruno", "Galli"}, {"Carla", "Neri"}}) {
            long studentId = createStudent(eligibleApplicant(standard, who[0], who[1], rules));
            confirmed(editionId, studentId, start);
            ids.put(who[0], studentId);
        }

        // --- the whole course: calendar, registers, learning checks (tutor) ---
        List<Map<String, Object>> plan = lessonPlan(rules);
        LocalDate day = start;
        int index = 0;
        for (Map<String, Object> lesson : plan) {
            double hours = ((Number) lesson.get("hours")).doubleValue();
            lesson.put("date", day.toString());
            lesson.put("startTime", "09:00");
            lesson.put("endTime", LocalTime.of(9, 0).plusMinutes(Math.round(hours * 60)).toString());
            lesson.put("teacher", "Docente demo");
            lesson.remove("hours");
            long lessonId = send("POST", Suite.ATTENDANCE + "/editions/" + editionId + "/lessons", tokens.tutor(), lesson, 201)
                    .getLong("id");
            int minutes = (int) Math.round(hours * 60);
            boolean carlaAbsent = index % 5 < 2;
            // Bruno arrives a quarter of an hour late to class; the internship host records full days
            int brunoMinutes = "INTERNSHIP".equals(lesson.get("modality")) ? minutes : Math.max(0, minutes - 15);
            send("PUT", Suite.ATTENDANCE + "/editions/" + editionId + "/lessons/" + lessonId + "/register", tokens.tutor(),
                    Map.of("entries", List.of(
                            Map.of("studentId", ids.get("Anna"), "minutesPresent", minutes),
                            Map.of("studentId", ids.get("Bruno"), "minutesPresent", brunoMinutes),
                            Map.of("studentId", ids.get("Carla"), "minutesPresent", carlaAbsent ? 0 : minutes))), 200);
            send("POST", Suite.ATTENDANCE + "/editions/" + editionId + "/lessons/" + lessonId + "/lock", tokens.tutor(), null, 200);
            day = day.plusDays(1);
            index++;
        }
        for (String unit : rules.<String>getList("units.code")) {
            for (long studentId : ids.values()) {
                send("POST", Suite.ATTENDANCE + "/editions/" + editionId + "/participants/" + studentId + "/checks", tokens.tutor(),
                        Map.of("unitCode", unit, "date", today.minusDays(2).toString(), "outcome", "PASSED", "score", 7.5), 201);
            }
        }
        JsonPath summary = get(Suite.ATTENDANCE + "/editions/" + editionId + "/summary", tokens.tutor(), 200);
        // the whole calendar against the standard's minimums (classroom, KC, internship + lab, per unit)
        JsonPath calendar = get(Suite.ATTENDANCE + "/editions/" + editionId + "/calendar-check", tokens.tutor(), 200);

        // --- exam: session, admission list, outcomes, certificates and learning records (exam board) ---
        long sessionId = send("POST", Suite.EXAM + "/exam-sessions", tokens.board(), Map.of(
                "editionId", editionId, "examDate", today.toString(), "place", "Sede dell'ente, aula 1",
                "board", List.of(
                        Map.of("role", "PRESIDENT", "fullName", "Dott.ssa Anna Ferraro", "appointedBy", "REGION"),
                        Map.of("role", "MEMBER", "fullName", "Dott. Luca Marini", "appointedBy", "REGION"),
                        Map.of("role", "MEMBER", "fullName", "Ing. Paola Conti", "appointedBy", "PROVIDER"))), 201).getLong("id");
        JsonPath admissions = send("POST", Suite.EXAM + "/exam-sessions/" + sessionId + "/admissions/freeze", tokens.board(), null, 200);
        send("PUT", Suite.EXAM + "/exam-sessions/" + sessionId + "/status", tokens.board(), Map.of("status", "HELD"), 200);
        List<String> competenceUnits = rules.getList("competenceUnits.code");
        Map<String, String> admission = new LinkedHashMap<>();
        List<String> exclusionReasons = new ArrayList<>();
        for (Map.Entry<String, Long> s : ids.entrySet()) {
            String decision = admissions.getString("candidates.find { it.studentId == " + s.getValue() + " }.decision");
            admission.put(s.getKey(), decision);
            if (!"ADMITTED".equals(decision)) {
                exclusionReasons.addAll(admissions.getList("candidates.find { it.studentId == " + s.getValue() + " }.reasons.message"));
            }
        }
        Map<String, String> outcome = new LinkedHashMap<>();
        for (Map.Entry<String, Long> s : ids.entrySet()) {
            boolean passes = s.getKey().equals("Anna");
            List<Map<String, Object>> units = new ArrayList<>();
            for (int i = 0; i < competenceUnits.size(); i++) {
                units.add(Map.of("code", competenceUnits.get(i), "passed", passes || i > 0));
            }
            Response r = request("PUT", Suite.EXAM + "/exam-sessions/" + sessionId + "/outcomes/" + s.getValue(), tokens.board(),
                    Map.of("result", passes ? "PASSED" : "FAILED", "units", units));
            outcome.put(s.getKey(), r.statusCode() == 200 ? (passes ? "PASSED" : "FAILED")
                    : "refused (" + r.statusCode() + " " + r.jsonPath().getString("type").replace("https://formapro.it/problems/", "") + ")");
        }
        Map<String, Student> students = new LinkedHashMap<>();
        for (Map.Entry<String, Long> s : ids.entrySet()) {
            boolean certificate = "PASSED".equals(outcome.get(s.getKey()));
            JsonPath doc = send("POST", Suite.EXAM + "/exam-sessions/" + sessionId + (certificate ? "/certificates" : "/learning-records"),
                    tokens.board(), Map.of("studentId", s.getValue()), 201);
            if (doc.getString("content.authority.region") == null) {
                throw new IllegalStateException(doc.getString("number") + " names no issuing Region: " + doc.getString("content.authority"));
            }
            if (!ACCREDITATION.equals(doc.getString("content.authority.providerAccreditation"))) {
                throw new IllegalStateException(doc.getString("number") + " lacks the provider's accreditation references: "
                        + doc.getString("content.authority"));
            }
            String code = doc.getString("verificationCode");
            String status = given().get(Suite.EXAM + "/certificates/verify/" + code).then().statusCode(200).extract().path("status");
            double percent = summary.getDouble("students.find { it.studentId == " + s.getValue() + " }.attendancePercent");
            students.put(s.getKey(), new Student(s.getValue(), s.getKey(), admission.get(s.getKey()), outcome.get(s.getKey()),
                    doc.getString("kind"), doc.getString("number"), code, status, percent));
        }
        send("PUT", Suite.EXAM + "/exam-sessions/" + sessionId + "/status", tokens.board(), Map.of("status", "CLOSED"), 200);

        return new Report(standard, qualification.getString("title"), editionId, refused, students, plan.size(),
                summary.getDouble("deliveredHours"), sessionId, summary.getInt("thresholdPercent") + " %", exclusionReasons,
                calendar.getBoolean("compliant"), calendar.getList("rules.rule"),
                calendar.getList("rules.findAll { it.status != 'MET' }.message"));
    }

    /**
     * A student of a [000] edition attends two days, passes the first unit's learning check and leaves: the exam
     * board issues the learning record at once, with no exam session (DOMAIN.md: "a student leaving early gets the
     * learning record with the units passed and the hours actually attended"); a second request is refused.
     */
    public LeavingRecord learningRecordOnLeaving() {
        LocalDate start = today.minusDays(10);
        JsonPath qualification = get(Suite.CATALOG + "/qualifications/000", tokens.admin(), 200);
        long editionId = openEdition(edition("000", qualification.getString("title") + " - uscita anticipata " + today,
                start, today.plusDays(120), 250, 5));
        String unit = get(Suite.CATALOG + "/editions/" + editionId + "/rules", tokens.tutor(), 200).getString("units[0].code");

        long studentId = registerItalianWithDiploma("Elena", "Russo", today.minusYears(30).minusDays(distinctDays()));
        long enrollmentId = confirmed(editionId, studentId, start);
        for (int day = 0; day < 2; day++) {
            long lessonId = send("POST", Suite.ATTENDANCE + "/editions/" + editionId + "/lessons", tokens.tutor(), Map.of(
                    "unitCode", unit, "modality", "CLASSROOM", "date", start.plusDays(day).toString(),
                    "startTime", "09:00", "endTime", "15:00", "teacher", "Docente demo"), 201).getLong("id");
            send("PUT", Suite.ATTENDANCE + "/editions/" + editionId + "/lessons/" + lessonId + "/register", tokens.tutor(),
                    Map.of("entries", List.of(Map.of("studentId", studentId, "minutesPresent", day == 0 ? 360 : 300))), 200);
        }
        send("POST", Suite.ATTENDANCE + "/editions/" + editionId + "/participants/" + studentId + "/checks", tokens.tutor(),
                Map.of("unitCode", unit, "date", start.plusDays(1).toString(), "outcome", "PASSED", "score", 8), 201);
        LocalDate withdrawnOn = start.plusDays(2);
        send("POST", Suite.ENROLLMENT + "/enrollments/" + enrollmentId + "/withdrawal", tokens.frontdesk(),
                Map.of("reason", "Ha trovato lavoro", "withdrawnOn", withdrawnOn.toString()), 200);

        String url = Suite.EXAM + "/editions/" + editionId + "/learning-records";
        JsonPath document = send("POST", url, tokens.board(), Map.of("studentId", studentId), 201);
        int second = request("POST", url, tokens.board(), Map.of("studentId", studentId)).statusCode();
        return new LeavingRecord(editionId, studentId, unit, 11.0, withdrawnOn, document, second);
    }

    /** A student CONFIRMED on an edition for which no exam session exists yet. */
    public record AwaitingExam(long editionId, long studentId, long enrollmentId) {
    }

    /** A student CONFIRMED on a new [000] edition for which no exam session exists. */
    public AwaitingExam confirmedWithNoExamYet() {
        LocalDate start = today.minusDays(10);
        JsonPath qualification = get(Suite.CATALOG + "/qualifications/000", tokens.admin(), 200);
        long editionId = openEdition(edition("000", qualification.getString("title") + " - esame da fissare " + today,
                start, today.plusDays(120), 250, 5));
        long studentId = registerItalianWithDiploma("Franco", "Serra", today.minusYears(30).minusDays(distinctDays()));
        return new AwaitingExam(editionId, studentId, confirmed(editionId, studentId, start));
    }

    /** Pre-enrolls the student and confirms them as joined on that day (front desk); returns the enrollment's id. */
    private long confirmed(long editionId, long studentId, LocalDate joinedOn) {
        long enrollmentId = send("POST", Suite.ENROLLMENT + "/editions/" + editionId + "/enrollments", tokens.frontdesk(),
                Map.of("studentId", studentId), 201).getLong("enrollment.id");
        given().auth().oauth2(tokens.frontdesk()).queryParam("joinedOn", joinedOn.toString())
                .post(Suite.ENROLLMENT + "/enrollments/" + enrollmentId + "/confirmation").then().statusCode(200);
        return enrollmentId;
    }

    /** An edition of the demo provider, with the accreditation references its documents must carry. */
    private static Map<String, Object> edition(String standard, String title, LocalDate start, LocalDate end,
                                               Number plannedHours, int capacity) {
        Map<String, Object> edition = new LinkedHashMap<>();
        edition.put("provider", "Ente di formazione demo");
        edition.put("providerAccreditation", ACCREDITATION);
        edition.put("qualificationCode", standard);
        if ("000".equals(standard)) {
            // 000's document names no Region: the provider records the one that authorised the edition, which
            // issues its certificates (the others inherit their standard's)
            edition.put("issuingRegion", "Abruzzo");
        }
        edition.put("title", title);
        edition.put("location", "Pescara");
        edition.put("startDate", start.toString());
        edition.put("endDate", end.toString());
        edition.put("plannedHours", plannedHours);
        edition.put("capacity", capacity);
        return edition;
    }

    /** Creates an edition as the admin and opens it for enrollment; returns its id. */
    long openEdition(Map<String, Object> edition) {
        JsonPath created = send("POST", Suite.CATALOG + "/editions", tokens.admin(), edition, 201);
        long editionId = created.getLong("id");
        send("POST", Suite.CATALOG + "/editions/" + editionId + "/status", tokens.admin(),
                Map.of("status", "OPEN", "version", created.getInt("version")), 200);
        return editionId;
    }

    /** Registers an Italian student (codice fiscale built from the data) with an Italian upper-secondary diploma. */
    /** What a portal sends for an Italian adult with an Italian upper-secondary diploma (eligible for 002). */
    public Map<String, Object> italianApplicantWithDiploma(String first, String last) {
        return student(first, last, today.minusYears(30).minusDays(distinctDays()), "ITALIAN", Map.of("educationTitle",
                Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ITALIAN_SCHOOL")));
    }

    long registerItalianWithDiploma(String first, String last, LocalDate birth) {
        return createStudent(student(first, last, birth, "ITALIAN", Map.of("educationTitle",
                Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ITALIAN_SCHOOL"))));
    }

    /** The profile-only standard 004: opening an edition is refused; returns the problem's detail. */
    public String refusedEditionOn004() {
        Response r = request("POST", Suite.CATALOG + "/editions", tokens.admin(),
                edition("004", "Edizione impossibile", today.plusDays(30), today.plusDays(200), 300, 10));
        if (r.statusCode() != 422) {
            throw new IllegalStateException("004 should refuse editions, got " + r.statusCode() + ": " + r.asString());
        }
        return r.jsonPath().getString("detail");
    }

    /**
     * Classroom lessons covering each training unit's minimum hours (001's propedeutic units first), the rest of
     * the planned hours spread over the units, internship hours as internship lessons; at most 8 hours a day.
     */
    private List<Map<String, Object>> lessonPlan(JsonPath rules) {
        List<Map<String, Object>> units = new ArrayList<>(rules.getList("units"));
        List<String> propedeutic = rules.getList("propedeuticUnitCodes");
        units.sort(Comparator.comparing((Map<String, Object> u) -> propedeutic.contains(u.get("code")) ? 0 : 1)
                .thenComparing(u -> ((Number) u.get("sequence")).intValue()));
        double planned = rules.getDouble("plannedHours");
        boolean internshipInTotal = rules.getBoolean("hours.internshipIncludedInTotal");
        Number internshipPlusLab = rules.get("hours.internshipPlusLabMin");
        double internship = internshipInTotal
                ? (internshipPlusLab == null ? 0 : internshipPlusLab.doubleValue())
                : rules.get("plannedInternshipHours") == null ? 0 : rules.getDouble("plannedInternshipHours");
        double unitMinimum = units.stream().mapToDouble(u -> u.get("minHours") == null ? 0 : ((Number) u.get("minHours")).doubleValue()).sum();
        double extra = planned - (internshipInTotal ? internship : 0) - unitMinimum;
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> u = units.get(i);
            double hours = (u.get("minHours") == null ? 0 : ((Number) u.get("minHours")).doubleValue())
                    + Math.floor(extra / units.size()) + (i == units.size() - 1 ? extra - Math.floor(extra / units.size()) * units.size() : 0);
            addLessons(plan, (String) u.get("code"), "CLASSROOM", hours);
        }
        addLessons(plan, units.get(units.size() - 1).get("code").toString(), "INTERNSHIP", internship);
        // the key-competence hours the standard asks for ([000] [002] 20 h), flagged on the first classroom lessons
        Number kc = rules.get("hours.keyCompetenceHours");
        double kcLeft = kc == null ? 0 : kc.doubleValue();
        for (Map<String, Object> lesson : plan) {
            if (kcLeft > 0 && "CLASSROOM".equals(lesson.get("modality"))) {
                lesson.put("keyCompetences", true);
                kcLeft -= ((Number) lesson.get("hours")).doubleValue();
            }
        }
        return plan;
    }

    private static void addLessons(List<Map<String, Object>> plan, String unit, String modality, double hours) {
        while (hours > 0) {
            double h = Math.min(8, hours);
            Map<String, Object> lesson = new LinkedHashMap<>();
            lesson.put("unitCode", unit);
            lesson.put("modality", modality);
            lesson.put("hours", h);
            plan.add(lesson);
            hours -= h;
        }
    }

    private Map<String, Object> eligibleApplicant(String standard, String first, String last, JsonPath rules) {
        LocalDate birth = today.minusYears(25).minusDays(distinctDays());
        Map<String, Object> title = Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ITALIAN_SCHOOL");
        if ("003".equals(standard) && first.equals("Bruno")) {
            // a non-EU student: A2 certificate (003 asks for A2), a foreign title with its statement, a permit to the end
            return student(first, last, birth, "NON_EU", Map.of(
                    "educationTitle", Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ABROAD", "statementOfComparability", true),
                    "italianCertificate", Map.of("level", "A2", "issuer", "CILS", "issuedOn", today.minusYears(1).toString()),
                    "residencePermit", Map.of("expiresOn", rules.getString("endDate") == null ? today.plusYears(1).toString()
                            : LocalDate.parse(rules.getString("endDate")).plusMonths(6).toString()),
                    "rightDutyFulfilled", true));
        }
        return student(first, last, birth, "ITALIAN", Map.of("educationTitle", title, "rightDutyFulfilled", true));
    }

    /** An applicant who fails one entry requirement of the standard; returns the failing rule codes. */
    private List<String> refusedApplicant(String standard, long editionId, LocalDate start) {
        Map<String, Object> applicant = switch (standard) {
            // 000: EQF 4 title required; a three-year vocational qualification is EQF 3
            case "000" -> student("Dario", "Conti", today.minusYears(30).minusDays(distinctDays()), "ITALIAN", Map.of(
                    "educationTitle", Map.of("kind", "QUALIFICATION", "eqfLevel", 3, "obtainedIn", "ITALIAN_SCHOOL"), "rightDutyFulfilled", true));
            // 001: 17 at the start, right-duty not fulfilled
            case "001" -> student("Dario", "Conti", start.minusYears(17).plusDays(1 + births.nextInt(300)), "ITALIAN", Map.of(
                    "educationTitle", Map.of("kind", "OTHER", "eqfLevel", 2, "obtainedIn", "ITALIAN_SCHOOL"), "rightDutyFulfilled", false));
            // 002: B1 Italian required; the entry test, the alternative to a certificate, assessed A2
            case "002" -> student("Dario", "Conti", today.minusYears(30).minusDays(distinctDays()), "EU", Map.of(
                    "educationTitle", Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ABROAD", "statementOfComparability", true),
                    "italianEntryTest", Map.of("level", "A2", "takenOn", today.minusDays(10).toString())));
            // 003: Italian at A1 only, below A2, on the certificate and on the entry test
            default -> student("Dario", "Conti", today.minusYears(30).minusDays(distinctDays()), "NON_EU", Map.of(
                    "educationTitle", Map.of("kind", "UPPER_SECONDARY", "eqfLevel", 4, "obtainedIn", "ABROAD", "statementOfComparability", true),
                    "italianCertificate", Map.of("level", "A1", "issuer", "CILS", "issuedOn", today.minusYears(1).toString()),
                    "italianEntryTest", Map.of("level", "A1", "takenOn", today.minusDays(10).toString()),
                    "residencePermit", Map.of("expiresOn", today.plusYears(2).toString())));
        };
        long studentId = createStudent(applicant);
        JsonPath report = send("POST", Suite.ENROLLMENT + "/eligibility", tokens.frontdesk(),
                Map.of("editionId", editionId, "studentId", studentId), 200);
        List<String> failing = report.getList("rules.findAll { it.outcome != 'PASS' }.rule");
        Response pre = request("POST", Suite.ENROLLMENT + "/editions/" + editionId + "/enrollments", tokens.frontdesk(),
                Map.of("studentId", studentId));
        if (pre.statusCode() != 422) {
            throw new IllegalStateException("an ineligible applicant was pre-enrolled on " + standard + ": " + pre.asString());
        }
        return failing;
    }

    private Map<String, Object> student(String first, String last, LocalDate birth, String citizenship, Map<String, Object> evidence) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("firstName", first);
        s.put("lastName", last);
        s.put("birthDate", birth.toString());
        s.put("birthPlace", "ITALIAN".equals(citizenship) ? "Pescara" : "Tirana");
        s.put("citizenship", citizenship);
        if ("ITALIAN".equals(citizenship)) {
            s.put("fiscalCode", FiscalCodes.of(first, last, birth, first.endsWith("a"), "G482"));
        } else {
            s.put("citizenshipCountry", "EU".equals(citizenship) ? "ES" : "AL");
            s.put("otherIdType", "PASSPORT");
            s.put("otherIdCountry", "EU".equals(citizenship) ? "ES" : "AL");
            s.put("otherIdValue", "P" + Math.abs((first + last + birth).hashCode()));
        }
        s.put("email", first.toLowerCase() + "." + last.toLowerCase() + "@demo.formapro.it");
        s.put("evidence", evidence);
        return s;
    }

    private long createStudent(Map<String, Object> student) {
        return send("POST", Suite.ENROLLMENT + "/students", tokens.frontdesk(), student, 201).getLong("id");
    }

    static JsonPath get(String url, String token, int expected) {
        Response r = given().auth().oauth2(token).get(url);
        check(r, "GET " + url, expected);
        return r.jsonPath();
    }

    static JsonPath send(String method, String url, String token, Object body, int expected) {
        Response r = request(method, url, token, body);
        check(r, method + " " + url, expected);
        return r.jsonPath();
    }

    static Response request(String method, String url, String token, Object body) {
        var spec = given().auth().oauth2(token);
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec.request(method, url);
    }

    private static void check(Response r, String what, int expected) {
        if (r.statusCode() != expected && !(expected == 201 && r.statusCode() == 200)) {
            throw new IllegalStateException(what + " answered " + r.statusCode() + " (expected " + expected + "): " + r.asString());
        }
    }
}
