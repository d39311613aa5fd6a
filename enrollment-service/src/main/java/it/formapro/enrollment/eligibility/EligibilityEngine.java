package it.formapro.enrollment.eligibility;

import static it.formapro.enrollment.eligibility.RuleOutcome.FAIL;
import static it.formapro.enrollment.eligibility.RuleOutcome.MISSING_EVIDENCE;
import static it.formapro.enrollment.eligibility.RuleOutcome.PASS;

import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.catalog.EditionRules.AgeAlternative;
import it.formapro.enrollment.catalog.EditionRules.Entry;
import it.formapro.enrollment.catalog.EditionRules.ItalianExemption;
import it.formapro.enrollment.catalog.EditionRules.MinEducation;
import it.formapro.enrollment.eligibility.EligibilityReport.Verdict;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates every entry requirement of DOMAIN.md ("Entry requirements") for one applicant and one edition, from
 * the rules catalog-service publishes for the edition's standard. Plain Java: no database, no HTTP.
 *
 * <p>Conventions: age is computed on the edition's START date (the 18th birthday on the start date counts); the
 * residence permit must last until the edition's END date ("valido per l'intera durata del percorso", standard 001
 * sez. 3, the suite's default elsewhere) or, where the standard accepts it, be under renewal (a permit expiring earlier
 * but still valid today waits for the renewal receipt). FAIL means the documents on file decide against the applicant,
 * MISSING_EVIDENCE that the document needed to decide has not been presented yet.
 */
public final class EligibilityEngine {

    public static final String AGE = "AGE";
    public static final String EDUCATION = "EDUCATION";
    public static final String FOREIGN_TITLE = "FOREIGN_TITLE";
    public static final String ITALIAN_LANGUAGE = "ITALIAN_LANGUAGE";
    public static final String RESIDENCE_PERMIT = "RESIDENCE_PERMIT";

    /** Standard 003: "i maggiori di anni 16 possono accedere al corso previo accertamento delle competenze". */
    public static final int COMPETENCE_CHECK_MIN_AGE = 16;

    /**
     * EQF level of the certificate of compulsory schooling ("obbligo di istruzione", DM 139/2007, referenced to
     * EQF 2 in the Italian EQF referencing report): a lower-secondary diploma (EQF 1) alone does not attest it.
     */
    static final int COMPULSORY_SCHOOLING_EQF = 2;
    static final int UPPER_SECONDARY_EQF = 4;

    /**
     * As {@link #evaluate(ApplicantFacts, EditionRules, LocalDate)}, counting only the documents dated by {@code startsOn},
     * the day the student starts (the confirmation of an enrollment: "documented by course start, no derogation").
     */
    public EligibilityReport evaluateDocumentedBy(ApplicantFacts facts, EditionRules rules, LocalDate startsOn, LocalDate today) {
        EvidenceDeadline.Split split = EvidenceDeadline.split(facts.evidence(), startsOn);
        EligibilityReport report = evaluate(new ApplicantFacts(facts.birthDate(), facts.citizenship(), split.kept()), rules, today);
        return EvidenceDeadline.explain(report, split, startsOn);
    }

    /**
     * @param today the day of the evaluation in Italy: a residence permit still valid on it may yet be renewed where the
     *              standard accepts the renewal receipt (MISSING_EVIDENCE until the receipt comes); one already expired
     *              without a receipt fails
     */
    public EligibilityReport evaluate(ApplicantFacts facts, EditionRules rules, LocalDate today) {
        Objects.requireNonNull(today, "the day of the evaluation");
        Objects.requireNonNull(rules.entry(), "the edition's rules carry no entry requirements");
        Objects.requireNonNull(rules.startDate(), "the edition has no start date");
        Objects.requireNonNull(rules.endDate(), "the edition has no end date");
        Integer age = facts.birthDate() == null ? null : Period.between(facts.birthDate(), rules.startDate()).getYears();
        String source = rules.source() + " (requisiti minimi di ingresso)";
        List<RuleCheck> checks = List.of(
                age(facts, rules, age, source),
                education(facts, rules.entry(), age, source),
                foreignTitle(facts, rules.entry(), source),
                italian(facts, rules.entry(), source),
                residencePermit(facts, rules, today, source));
        Verdict verdict = checks.stream().anyMatch(c -> c.outcome() == FAIL) ? Verdict.NOT_ELIGIBLE
                : checks.stream().anyMatch(c -> c.outcome() == MISSING_EVIDENCE) ? Verdict.MISSING_EVIDENCE
                : Verdict.ELIGIBLE;
        return new EligibilityReport(rules.editionId(), rules.qualificationCode(), rules.startDate(), rules.endDate(),
                verdict, checks);
    }

    private RuleCheck age(ApplicantFacts facts, EditionRules rules, Integer age, String source) {
        Entry entry = rules.entry();
        LocalDate start = rules.startDate();
        if (age == null) {
            return check(AGE, MISSING_EVIDENCE, "Birth date not on file: the age on the edition's start (" + start
                    + ") cannot be computed", "missing", source);
        }
        Integer min = entry.minAge();
        if (min == null) {
            return check(AGE, PASS, "The standard sets no minimum age", "no-minimum", source);
        }
        String aged = "Aged " + age + " on the edition's start date " + start;
        if (age >= min) {
            return check(AGE, PASS, aged + "; minimum " + min, "pass", source);
        }
        String turns = " (turns " + min + " on " + birthday(facts.birthDate(), min) + ")";
        if (entry.minAgeAlternative() == AgeAlternative.RIGHT_DUTY_FULFILLED) {
            Boolean fulfilled = facts.evidence().rightDutyFulfilled();
            if (fulfilled == null) {
                return check(AGE, MISSING_EVIDENCE, aged + ", under the minimum of " + min + turns
                        + ": admitted only with the right-duty to education fulfilled, which is not documented",
                        "right-duty-missing", source);
            }
            return fulfilled
                    ? check(AGE, PASS, aged + ", under " + min + " but the right-duty to education is fulfilled",
                            "right-duty-pass", source)
                    : check(AGE, FAIL, aged + ", under the minimum of " + min + turns
                            + ", and the right-duty to education is not fulfilled", "right-duty-fail", source);
        }
        if (entry.minAgeAlternative() == AgeAlternative.COMPETENCE_CHECK && age >= COMPETENCE_CHECK_MIN_AGE) {
            return check(AGE, PASS, aged + ": over-" + COMPETENCE_CHECK_MIN_AGE
                    + "s are admitted (after a competence check when the compulsory-schooling title is missing)",
                    "competence-check-age", source);
        }
        int floor = entry.minAgeAlternative() == AgeAlternative.COMPETENCE_CHECK ? Math.min(min, COMPETENCE_CHECK_MIN_AGE) : min;
        return check(AGE, FAIL, aged + "; minimum " + floor + " (turns " + floor + " on "
                + birthday(facts.birthDate(), floor) + ")", "fail", source);
    }

    /**
     * The first day on which the age, computed as for the start date (Period.between), reaches the given years: for
     * someone born on 29 February, 1 March of a common year (plusYears alone gives 28 February, a day too early).
     */
    static LocalDate birthday(LocalDate birthDate, int years) {
        LocalDate day = birthDate.plusYears(years);
        return Period.between(birthDate, day).getYears() >= years ? day : day.plusDays(1);
    }

    private RuleCheck education(ApplicantFacts facts, Entry entry, Integer age, String source) {
        MinEducation min = entry.minEducation() == null ? MinEducation.COMPULSORY_SCHOOLING : entry.minEducation();
        int requiredEqf = entry.minEducationEqf() != null ? entry.minEducationEqf()
                : min == MinEducation.COMPULSORY_SCHOOLING ? COMPULSORY_SCHOOLING_EQF : UPPER_SECONDARY_EQF;
        String requirement = switch (min) {
            case COMPULSORY_SCHOOLING -> "a title attesting compulsory schooling (EQF " + requiredEqf + ")";
            case EQF4_TITLE -> "a title or qualification at EQF " + requiredEqf + " or higher";
            case UPPER_SECONDARY_DIPLOMA -> "an upper-secondary diploma (EQF " + requiredEqf + ")";
        };
        Evidence.EducationTitle title = facts.evidence().educationTitle();
        Integer eqf = title == null ? null : eqfOf(title);
        if (eqf != null && eqf >= requiredEqf) {
            return check(EDUCATION, PASS, "Title " + title.kind() + " at EQF " + eqf + " meets " + requirement, "pass", source);
        }
        OldObligation old = min == MinEducation.COMPULSORY_SCHOOLING ? oldObligation(title, facts.birthDate()) : OldObligation.NOT_APPLICABLE;
        if (old == OldObligation.ATTESTED) {
            return check(EDUCATION, PASS, "Licenza media obtained in Italy on " + title.obtainedOn() + ", before "
                    + NINE_YEAR_OBLIGATION_FROM + ": it completed the eight years of compulsory schooling then in force "
                    + "(L. 1859/1962), which meets " + requirement, "licenza-media-before-1999", source);
        }
        String onFile = title == null ? "No education title on file"
                : eqf == null ? "The EQF level of the title on file (" + title.kind() + ") is not stated"
                : "Title " + title.kind() + " at EQF " + eqf + " is below " + requirement
                + (old == OldObligation.NOT_ATTESTED ? " (a licenza media obtained on " + title.obtainedOn() + ", when compulsory "
                        + "schooling already asked more: nine years from " + NINE_YEAR_OBLIGATION_FROM + " under L. 9/1999, then the "
                        + "right-duty of L. 53/2003 and ten years under L. 296/2006; record the certificate of compulsory "
                        + "schooling or a higher title)" : "");
        String dateNeeded = "; a licenza media obtained before " + NINE_YEAR_OBLIGATION_FROM + " attests the compulsory "
                + "schooling then in force: record the date the title was obtained (obtainedOn)";
        if (Boolean.TRUE.equals(entry.competenceCheckAlternative()) && min == MinEducation.COMPULSORY_SCHOOLING) {
            // Standard 003: without the title, over-16s are admitted after a check of the compulsory-schooling competences.
            if (age != null && age < COMPETENCE_CHECK_MIN_AGE) {
                return check(EDUCATION, FAIL, onFile + "; the competence check alternative is open only from "
                        + COMPETENCE_CHECK_MIN_AGE + " and the applicant is " + age, "competence-check-too-young", source);
            }
            Evidence.CompetenceCheck cc = facts.evidence().competenceCheck();
            if (cc == null) {
                return check(EDUCATION, MISSING_EVIDENCE, onFile + "; the alternative, a check of the compulsory-schooling "
                        + "competences, is not on file" + (old == OldObligation.DATE_NEEDED ? dateNeeded : ""),
                        "competence-check-missing", source);
            }
            return cc.passed()
                    ? check(EDUCATION, PASS, onFile + "; admitted by the competence check passed"
                            + (cc.checkedOn() == null ? "" : " on " + cc.checkedOn()), "competence-check-pass", source)
                    : check(EDUCATION, FAIL, onFile + "; the competence check was not passed", "competence-check-fail", source);
        }
        if (title == null || eqf == null) {
            return check(EDUCATION, MISSING_EVIDENCE, onFile + ": the standard requires " + requirement, "missing", source);
        }
        if (old == OldObligation.DATE_NEEDED) {
            return check(EDUCATION, MISSING_EVIDENCE, onFile + dateNeeded, "licenza-media-date-missing", source);
        }
        return check(EDUCATION, FAIL, onFile, "fail", source);
    }

    /**
     * Compulsory schooling is the obligation in force when the applicant was at school. Until the 1998/99 school year
     * it was eight years ending with the licenza media (L. 1859/1962); L. 9/1999 raised it to nine years from the
     * 1999/2000 school year, and L. 296/2006 to the ten years of today's certificate (DM 139/2007, the EQF 2 asked
     * above). So an Italian licenza media obtained before 1 September 1999 attests it for an adult; one obtained
     * later does not by itself.
     */
    static final LocalDate NINE_YEAR_OBLIGATION_FROM = LocalDate.of(1999, 9, 1);
    /**
     * The youngest age at which the licenza media is obtained: eight school years from an early start at five and a
     * half. Someone younger than this on 31 August 1999 cannot hold a licenza media from before the reform.
     */
    static final int YOUNGEST_LICENZA_MEDIA_AGE = 13;

    enum OldObligation { NOT_APPLICABLE, ATTESTED, NOT_ATTESTED, DATE_NEEDED }

    static OldObligation oldObligation(Evidence.EducationTitle title, LocalDate birthDate) {
        if (title == null || title.kind() != EducationKind.LOWER_SECONDARY || title.obtainedIn() != TitleOrigin.ITALIAN_SCHOOL) {
            return OldObligation.NOT_APPLICABLE;
        }
        if (title.obtainedOn() != null) {
            return title.obtainedOn().isBefore(NINE_YEAR_OBLIGATION_FROM) ? OldObligation.ATTESTED : OldObligation.NOT_ATTESTED;
        }
        boolean couldPredateTheReform = birthDate == null
                || !birthday(birthDate, YOUNGEST_LICENZA_MEDIA_AGE).isAfter(NINE_YEAR_OBLIGATION_FROM.minusDays(1));
        return couldPredateTheReform ? OldObligation.DATE_NEEDED : OldObligation.NOT_APPLICABLE;
    }

    private RuleCheck foreignTitle(ApplicantFacts facts, Entry entry, String source) {
        Evidence.EducationTitle title = facts.evidence().educationTitle();
        if (title == null) {
            return check(FOREIGN_TITLE, PASS, "No title on file: applies only to a title obtained abroad", "no-title", source);
        }
        if (title.obtainedIn() != TitleOrigin.ABROAD) {
            return check(FOREIGN_TITLE, PASS, "Title obtained in the Italian school system", "italian-title", source);
        }
        if (!Boolean.TRUE.equals(entry.foreignTitleStatementRequired())) {
            return check(FOREIGN_TITLE, PASS, "Title obtained abroad; this standard asks no statement of comparability",
                    "not-required", source);
        }
        Boolean statement = title.statementOfComparability();
        if (statement == null) {
            return check(FOREIGN_TITLE, MISSING_EVIDENCE, "Title obtained abroad: a statement of comparability "
                    + "(dichiarazione di valore) stating its level is required and has not been presented", "missing", source);
        }
        // not presented yet is not a refusal: the statement may still come, by the course start (DOMAIN.md,
        // "Requirements may be satisfied after pre-enrollment")
        return statement
                ? check(FOREIGN_TITLE, PASS, "Title obtained abroad with a statement of comparability", "pass", source)
                : check(FOREIGN_TITLE, MISSING_EVIDENCE, "Title obtained abroad without a statement of comparability "
                        + "(dichiarazione di valore) yet: the standard accepts it only with one, presented by the course start",
                        "not-presented", source);
    }

    private RuleCheck italian(ApplicantFacts facts, Entry entry, String source) {
        if (facts.citizenship() == null) {
            return check(ITALIAN_LANGUAGE, MISSING_EVIDENCE, "Citizenship not on file: Italian is required of foreign citizens",
                    "citizenship-missing", source);
        }
        if (facts.citizenship() == Citizenship.ITALIAN) {
            return check(ITALIAN_LANGUAGE, PASS, "Italian citizen: no Italian certificate required", "not-required", source);
        }
        CefrLevel required = entry.italianLevel();
        if (required == null) {
            return check(ITALIAN_LANGUAGE, PASS, "The standard sets no Italian level", "no-level", source);
        }
        Evidence ev = facts.evidence();
        Evidence.EducationTitle title = ev.educationTitle();
        ItalianExemption exemption = entry.italianExemption() == null ? ItalianExemption.NONE : entry.italianExemption();
        if (title != null && title.obtainedIn() == TitleOrigin.ITALIAN_SCHOOL && exempts(exemption, title.kind())) {
            return check(ITALIAN_LANGUAGE, PASS, "Exempt from the Italian certificate: " + title.kind()
                    + " diploma from an Italian school", "exempt", source);
        }
        CefrLevel certificate = ev.italianCertificate() == null ? null : ev.italianCertificate().level();
        if (certificate != null && certificate.atLeast(required)) {
            return check(ITALIAN_LANGUAGE, PASS, "Italian certificate at " + certificate + "; required " + required,
                    "certificate-pass", source);
        }
        boolean testAllowed = Boolean.TRUE.equals(entry.italianEntryTestAllowed());
        Evidence.EntryTest test = ev.italianEntryTest();
        if (testAllowed && test != null && test.level().atLeast(required)) {
            return check(ITALIAN_LANGUAGE, PASS, "Italian entry test kept on file, taken on " + test.takenOn() + ": "
                    + test.level() + "; required " + required, "entry-test-pass", source);
        }
        String alternative = testAllowed ? " or an entry test kept on file at that level" : "";
        String exemptNote = exemption == ItalianExemption.NONE ? ""
                : "; a " + (exemption == ItalianExemption.ITALIAN_UPPER_SECONDARY ? "upper-secondary" : "lower- or upper-secondary")
                        + " diploma from an Italian school would exempt";
        if (testAllowed && test == null && certificate != null) {
            // the entry test is the alternative to the certificate ([000][002][003] "In alternativa ... test di
            // ingresso"; [001] sez. 3: the test at selection "ove il candidato già non disponga di attestazione di
            // valore equivalente"): a certificate below the level leaves the test to take, it decides nothing yet
            return check(ITALIAN_LANGUAGE, MISSING_EVIDENCE, "Italian certificate at " + certificate + ", below the required "
                    + required + "; the entry test at " + required + " is still to be taken and kept on file" + exemptNote,
                    "below-level-test-pending", source);
        }
        if (certificate != null || (testAllowed && test != null)) {
            StringBuilder found = new StringBuilder();
            if (certificate != null) {
                found.append("Italian certificate at ").append(certificate);
            }
            if (testAllowed && test != null) {
                found.append(found.isEmpty() ? "" : " and ").append("entry test at ").append(test.level());
            }
            return check(ITALIAN_LANGUAGE, FAIL, found + ", below the required " + required + exemptNote,
                    "below-level", source);
        }
        return check(ITALIAN_LANGUAGE, MISSING_EVIDENCE, "Foreign citizen: no Italian certificate at " + required
                + " or higher on file" + alternative + exemptNote, "missing", source);
    }

    private RuleCheck residencePermit(ApplicantFacts facts, EditionRules rules, LocalDate today, String source) {
        Entry entry = rules.entry();
        if (facts.citizenship() == null) {
            return check(RESIDENCE_PERMIT, MISSING_EVIDENCE, "Citizenship not on file: non-EU citizens need a residence permit",
                    "citizenship-missing", source);
        }
        if (facts.citizenship() != Citizenship.NON_EU) {
            return check(RESIDENCE_PERMIT, PASS, "Not required of " + facts.citizenship() + " citizens", "not-required", source);
        }
        if (Boolean.FALSE.equals(entry.residencePermitRequired())) {
            return check(RESIDENCE_PERMIT, PASS, "This standard requires no residence permit", "no-requirement", source);
        }
        boolean stated = !Boolean.FALSE.equals(entry.residencePermitStated());
        String ruleSource = stated ? source : source + "; the standard is silent, suite default (DOMAIN.md)";
        boolean renewalAccepted = !Boolean.FALSE.equals(entry.residencePermitRenewalAccepted());
        // the default as the catalogue stores it for this standard, so the reason never contradicts the outcome
        String basis = stated ? "" : " [the standard is silent: by the suite's default a permit valid for the whole course is required, "
                + (renewalAccepted ? "a renewal receipt accepted]" : "a renewal receipt not accepted]");
        LocalDate end = rules.endDate();
        Evidence ev = facts.evidence();
        LocalDate expires = ev.residencePermit() == null ? null : ev.residencePermit().expiresOn();
        if (expires != null && !expires.isBefore(end)) {
            return check(RESIDENCE_PERMIT, PASS, "Residence permit valid until " + expires + ", covering the edition up to its end "
                    + end + basis, "valid", ruleSource);
        }
        Evidence.RenewalReceipt receipt = ev.permitRenewalReceipt();
        String expiry = expires == null ? "No residence permit on file" : "Residence permit expires on " + expires
                + ", before the edition's end " + end;
        if (receipt != null && renewalAccepted) {
            return check(RESIDENCE_PERMIT, PASS, expiry + ", but its renewal was applied for on " + receipt.appliedOn()
                    + " (receipt on file)" + basis, "renewal", ruleSource);
        }
        if (expires != null && receipt == null && renewalAccepted && !expires.isBefore(today)) {
            // [001] sez. 3: "valido per l'intera durata del percorso o dimostrazione della attesa di rinnovo", and
            // DOMAIN.md: requirements may be satisfied after pre-enrollment. A permit still valid today can be renewed
            // before the course needs it: the receipt is a document yet to come, not a refusal (confirmation waits for it)
            return check(RESIDENCE_PERMIT, MISSING_EVIDENCE, expiry + "; this standard accepts the receipt of a renewal "
                    + "application instead, not on file yet: the enrollment is confirmed once it is presented" + basis,
                    "renewal-receipt-missing", ruleSource);
        }
        if (expires != null) {
            // an already expired permit without a receipt, or a standard that does not accept the renewal route
            String why = receipt != null ? "; this standard does not accept a renewal receipt"
                    : renewalAccepted ? "; it expired before today (" + today + ") and no renewal receipt is on file" : "";
            return check(RESIDENCE_PERMIT, FAIL, expiry + why + basis, "expires-before-end", ruleSource);
        }
        return check(RESIDENCE_PERMIT, MISSING_EVIDENCE, "Non-EU citizen: no residence permit valid until " + end
                + (renewalAccepted ? " nor renewal receipt" : "") + " on file" + basis, "missing", ruleSource);
    }

    private static boolean exempts(ItalianExemption exemption, EducationKind kind) {
        return switch (exemption) {
            case NONE -> false;
            case ITALIAN_UPPER_SECONDARY -> kind == EducationKind.UPPER_SECONDARY;
            case ITALIAN_LOWER_OR_UPPER_SECONDARY -> kind == EducationKind.LOWER_SECONDARY || kind == EducationKind.UPPER_SECONDARY;
        };
    }

    /** The stated EQF level, else the usual level of the kind of title (null when it cannot be told). */
    static Integer eqfOf(Evidence.EducationTitle title) {
        if (title.eqfLevel() != null) {
            return title.eqfLevel();
        }
        return switch (title.kind()) {
            case LOWER_SECONDARY -> 1;
            case QUALIFICATION -> 3;
            case UPPER_SECONDARY -> 4;
            case DEGREE -> 6;
            case OTHER -> null;
        };
    }

    private static RuleCheck check(String rule, RuleOutcome outcome, String reason, String key, String source) {
        return new RuleCheck(rule, outcome, reason, "eligibility." + rule.toLowerCase().replace('_', '-') + "." + key, source);
    }
}
