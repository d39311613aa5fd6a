package it.formapro.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs last, after every other suite-level test has pushed students, tokens, bad input and faults through the
 * services: their logs must hold no codice fiscale and no token (GDPR art. 32; a log is read by more people than the
 * student register).
 */
@Order(9)
@ExtendWith(RealSuite.class)
class LogHygieneIT {

    /** A codice fiscale, omocodia letters included (DM 23/12/1976). */
    static final Pattern FISCAL_CODE = Pattern.compile(
            "(?<![A-Z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Z0-9])");
    /** A JWT (header and payload are base64url JSON) or a bearer credential. */
    static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}|Bearer\\s+[A-Za-z0-9._-]{20,}");

    @Test
    void theServiceLogsHoldNoCodiceFiscaleAndNoToken() throws IOException {
        Suite suite = Suite.fromSystemProperty();
        List<String> leaks = new ArrayList<>();
        for (String service : List.of("catalog", "enrollment", "attendance", "exam")) {
            Path log = suite.log(service);
            assertTrue(Files.isRegularFile(log), "no log at " + log);
            List<String> lines = Files.readAllLines(log);
            assertTrue(lines.stream().anyMatch(l -> l.contains("started in")), service + ".log is not a service log: " + log);
            for (int i = 0; i < lines.size(); i++) {
                for (Pattern p : List.of(FISCAL_CODE, TOKEN)) {
                    Matcher m = p.matcher(lines.get(i));
                    if (m.find()) {
                        leaks.add(service + ".log:" + (i + 1) + ": " + m.group().substring(0, Math.min(12, m.group().length())) + "...");
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "personal data or credentials in the logs:\n" + String.join("\n", leaks));
    }

    @Test
    void thePatternsRecogniseWhatTheyMustFind() {
        assertTrue(FISCAL_CODE.matcher("duplicate key (fiscal_code)=(RSSMRA85T10A562S)").find());
        assertTrue(FISCAL_CODE.matcher("omocodia RSSMRA85T10A56NS here").find());
        assertTrue(TOKEN.matcher("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.sig").find());
        assertTrue(!FISCAL_CODE.matcher("Profile [prod] activated. Installed features: [agroal, cdi]").find());
    }
}
