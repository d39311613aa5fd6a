package it.formapro.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The demo command (scripts/demo.sh): one edition of each seed standard 000-003 through the whole lifecycle
 * against the running suite with real Keycloak tokens, then 004's refusal, and a readable summary.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        Tokens tokens = new Tokens();
        Lifecycle lifecycle = new Lifecycle(tokens);
        StringBuilder out = new StringBuilder("\n==== FormaPro demo: one edition per seed standard, end to end ====\n");
        for (String standard : List.of("000", "001", "002", "003")) {
            long started = System.nanoTime();
            Lifecycle.Report r = lifecycle.run(standard);
            out.append(String.format("%n[%s] %s - edition %d, %d lessons, %.1f h delivered, admission at %s (%.1f s)%n",
                    r.standard(), r.title(), r.editionId(), r.lessons(), r.deliveredHours(), r.threshold(),
                    (System.nanoTime() - started) / 1e9));
            out.append("  refused applicant, failing rules: ").append(r.refusedApplicantRules()).append('\n');
            out.append(String.format("  %-6s %-9s %-9s %-36s %-22s %-18s %s%n", "who", "attended", "admission", "outcome",
                    "document", "number", "public verification"));
            r.students().values().forEach(s -> out.append(String.format("  %-6s %7s %% %-9s %-36s %-22s %-18s %s%n",
                    s.name(), percentDown(s.attendancePercent()), s.admission(), s.outcome(), s.documentKind(), s.documentNumber(),
                    s.verificationStatus())));
            r.exclusionReasons().forEach(reason -> out.append("  excluded because: ").append(reason).append('\n'));
            out.append("  calendar against the standard's hour rules ").append(r.calendarRulesChecked().stream().distinct().toList()).append(": ")
                    .append(r.calendarCompliant() ? "compliant" : "not compliant " + r.calendarShortfalls()).append('\n');
        }
        Lifecycle.LeavingRecord leaving = lifecycle.learningRecordOnLeaving();
        out.append(String.format("%n[000] a student who leaves on %s before any exam session: %s %s, %.1f h attended, "
                        + "units passed %s (a second request: %d)%n", leaving.withdrawnOn(), leaving.document().getString("kind"),
                leaving.document().getString("number"), leaving.document().getDouble("content.course.hoursAttended"),
                leaving.document().getList("content.trainingUnitsPassed.code"), leaving.secondRequestStatus()));
        out.append("\n[004] ").append(lifecycle.refusedEditionOn004()).append('\n');
        System.out.println(out);
    }

    /**
     * A percentage to one decimal, rounded down as the admission list rounds it (exam's AdmissionRules.percentDown):
     * 122 of 208 h (58.65 %) reads 58.6 % in the table and in the exclusion reason, never 58.7 beside 58.6.
     */
    static String percentDown(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.DOWN).toPlainString();
    }
}
