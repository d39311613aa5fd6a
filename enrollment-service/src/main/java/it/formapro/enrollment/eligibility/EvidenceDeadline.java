package it.formapro.enrollment.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * DOMAIN.md, "Entry requirements (checked at enrollment; all documented by course start, no derogation)": a document
 * dated after the day the student starts (the edition's start, or the day a late joiner joins within the TUI) does
 * not satisfy a requirement. It is left out of the evaluation, and the rules that would have read it say so.
 * Documents without a date (the standards ask for none) are kept. Plain Java.
 */
final class EvidenceDeadline {

    /** The evidence dated by the deadline, and which rules lost which late document. */
    record Split(Evidence kept, Map<String, List<String>> lateByRule) {
    }

    private EvidenceDeadline() {
    }

    static Split split(Evidence ev, LocalDate deadline) {
        Map<String, List<String>> late = new LinkedHashMap<>();
        Evidence.EducationTitle title = keep(ev.educationTitle(), Evidence.EducationTitle::obtainedOn, deadline,
                "the education title obtained on", late, EligibilityEngine.EDUCATION, EligibilityEngine.ITALIAN_LANGUAGE);
        Evidence.LanguageCertificate cert = keep(ev.italianCertificate(), Evidence.LanguageCertificate::issuedOn, deadline,
                "the Italian certificate issued on", late, EligibilityEngine.ITALIAN_LANGUAGE);
        Evidence.EntryTest test = keep(ev.italianEntryTest(), Evidence.EntryTest::takenOn, deadline,
                "the Italian entry test taken on", late, EligibilityEngine.ITALIAN_LANGUAGE);
        Evidence.RenewalReceipt receipt = keep(ev.permitRenewalReceipt(), Evidence.RenewalReceipt::appliedOn, deadline,
                "the permit renewal applied for on", late, EligibilityEngine.RESIDENCE_PERMIT);
        Evidence.CompetenceCheck check = keep(ev.competenceCheck(), Evidence.CompetenceCheck::checkedOn, deadline,
                "the competence check of", late, EligibilityEngine.EDUCATION);
        return new Split(new Evidence(title, cert, test, ev.residencePermit(), receipt, ev.rightDutyFulfilled(), check), late);
    }

    /** The report with each rule that did not pass saying which late document it could not count. */
    static EligibilityReport explain(EligibilityReport report, Split split, LocalDate deadline) {
        if (split.lateByRule().isEmpty()) {
            return report;
        }
        List<RuleCheck> rules = new ArrayList<>();
        for (RuleCheck r : report.rules()) {
            List<String> late = split.lateByRule().get(r.rule());
            rules.add(late == null || r.outcome() == RuleOutcome.PASS ? r
                    : new RuleCheck(r.rule(), r.outcome(), r.reason() + "; not counted: " + String.join(", ", late)
                    + ", after " + deadline + ", the day the student starts (requirements must be documented by the start "
                    + "of the course, or by the day a late joiner joins: no derogation)", r.messageKey(), r.source()));
        }
        return new EligibilityReport(report.editionId(), report.qualificationCode(), report.startDate(), report.endDate(),
                report.verdict(), rules);
    }

    private static <T> T keep(T document, Function<T, LocalDate> dateOf, LocalDate deadline, String what,
                              Map<String, List<String>> late, String... rules) {
        LocalDate dated = document == null ? null : dateOf.apply(document);
        if (dated == null || !dated.isAfter(deadline)) {
            return document;
        }
        for (String rule : rules) {
            late.computeIfAbsent(rule, r -> new ArrayList<>()).add(what + " " + dated);
        }
        return null;
    }
}
