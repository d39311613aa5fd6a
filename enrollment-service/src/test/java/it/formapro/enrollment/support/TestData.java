package it.formapro.enrollment.support;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import it.formapro.enrollment.student.FiscalCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Tokens and applicants for the HTTP tests. */
public final class TestData {

    private TestData() {
    }

    public static String token(String role) {
        return OidcWiremockTestResource.getAccessToken(role + "-user", Set.of(role));
    }

    /**
     * A valid codice fiscale of someone born on that day (so each test has its own student): random name letters and
     * place, the birth day encoded as DM 23/12/1976 wants it (a woman's day +40, at random), the check character.
     */
    public static String fiscalCode(LocalDate birthDate) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        b.append(String.format("%02d", birthDate.getYear() % 100));
        b.append("ABCDEHLMPRST".charAt(birthDate.getMonthValue() - 1));
        b.append(String.format("%02d", birthDate.getDayOfMonth() + (r.nextBoolean() ? 40 : 0)));
        b.append((char) ('A' + r.nextInt(26)));
        b.append(String.format("%03d", r.nextInt(1000)));
        return b.append(FiscalCode.checkCharacter(b.toString())).toString();
    }

    /** An Italian adult with an Italian upper-secondary diploma: eligible for every seed standard. */
    public static Map<String, Object> italianAdult() {
        return student(LocalDate.of(1990, 5, 10), "ITALIAN", evidence(diploma("ITALIAN_SCHOOL", null), null, null, null, null, null));
    }

    public static Map<String, Object> student(LocalDate birthDate, String citizenship, Map<String, Object> evidence) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("firstName", "Giulia");
        m.put("lastName", "Bianchi");
        m.put("fiscalCode", fiscalCode(birthDate));
        m.put("birthDate", birthDate.toString());
        m.put("birthPlace", "Pescara");
        m.put("citizenship", citizenship);
        m.put("email", "giulia@example.org");
        m.put("evidence", evidence);
        return m;
    }

    public static Map<String, Object> diploma(String obtainedIn, Boolean statement) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("kind", "UPPER_SECONDARY");
        m.put("eqfLevel", 4);
        m.put("obtainedIn", obtainedIn);
        m.put("statementOfComparability", statement);
        return m;
    }

    public static Map<String, Object> title(String kind, int eqf, String obtainedIn) {
        return Map.of("kind", kind, "eqfLevel", eqf, "obtainedIn", obtainedIn);
    }

    public static Map<String, Object> evidence(Map<String, Object> title, String italianCertificate, LocalDate permitExpires,
                                               Boolean rightDuty, Boolean competenceCheck, String entryTest) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("educationTitle", title);
        if (italianCertificate != null) {
            m.put("italianCertificate", Map.of("level", italianCertificate));
        }
        if (entryTest != null) {
            m.put("italianEntryTest", Map.of("level", entryTest, "takenOn", LocalDate.now().minusDays(5).toString()));
        }
        if (permitExpires != null) {
            m.put("residencePermit", Map.of("expiresOn", permitExpires.toString()));
        }
        m.put("rightDutyFulfilled", rightDuty);
        if (competenceCheck != null) {
            m.put("competenceCheck", Map.of("passed", competenceCheck));
        }
        return m;
    }
}
