package it.formapro.attendance.credit;

import static it.formapro.common.problem.ProblemException.figures;

import it.formapro.attendance.Hours;
import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Attendance credits ("crediti formativi di frequenza") a student may be recognised (plain Java, no DB).
 * [001] sez. 9: at most 30 % of the classroom/lab hours, up to 100 % of the internship, "al netto degli eventuali
 * crediti con valore a priori" (see {@link #check}); sez. 4: URA 1-2 admit no credit, URA 13 only to who holds a course
 * certificate under the Accordo Stato-Regioni 21/12/2011, and that credit has "valore a priori". The percentages,
 * per-unit exclusions and which units' credits are a priori come from the EditionRules; where the catalogue gives no
 * percentage the strict defaults (30 % / 100 %) apply, and the refusal says so. The 30 % base is the edition's course
 * hours without internship ({@link #classroomLabHours}); a unit's credit can never exceed the unit's minimum hours.
 */
public final class CreditRules {

    public static final BigDecimal DEFAULT_CLASSROOM_LAB_PERCENT = BigDecimal.valueOf(30);
    public static final BigDecimal DEFAULT_INTERNSHIP_PERCENT = BigDecimal.valueOf(100);

    private CreditRules() {
    }

    public record Credit(String unitCode, boolean internship, BigDecimal hours) {
    }

    /** A credit asked for; {@code certificateHeld}: the student holds the certificate the unit's condition requires. */
    public record Claim(String unitCode, boolean internship, BigDecimal hours, boolean certificateHeld) {
    }

    public static List<RuleViolation> check(EditionRules rules, Collection<Credit> studentCredits, Claim claim) {
        List<RuleViolation> violations = new ArrayList<>();
        String section = "gestione dei crediti formativi";
        if (claim.internship()) {
            BigDecimal internshipHours = internshipBase(rules);
            if (internshipHours == null || internshipHours.signum() == 0) {
                violations.add(new RuleViolation("NO_INTERNSHIP", "This edition has no internship to credit",
                        rules.source("tirocinio curriculare"), figures("plannedInternshipHours", rules.plannedInternshipHours())));
                return violations;
            }
            BigDecimal stated = rules.attendance() == null ? null : rules.attendance().creditMaxInternshipPercent();
            BigDecimal pct = stated == null ? DEFAULT_INTERNSHIP_PERCENT : stated;
            BigDecimal cap = percentOf(internshipHours, pct);
            BigDecimal before = sum(studentCredits, true, null);
            BigDecimal after = before.add(claim.hours());
            if (after.compareTo(cap) > 0) {
                violations.add(new RuleViolation("CREDIT_INTERNSHIP_CAP", "Internship credits would reach " + after
                        + " h, beyond " + pct + " % of the " + internshipHours + " internship hours (" + cap + " h)",
                        source(rules, section, stated != null), figures("creditHoursBefore", before, "creditHoursRequested", claim.hours(),
                        "creditHoursAfter", after, "internshipHours", internshipHours, "maxPercent", pct, "capHours", cap)));
            }
            return violations;
        }

        EditionRules.Unit unit = claim.unitCode() == null ? null : rules.unit(claim.unitCode()).orElse(null);
        if (unit == null) {
            violations.add(new RuleViolation("UNIT_UNKNOWN", "Training unit '" + claim.unitCode()
                    + "' is not a unit of this edition's standard", rules.source("training units"),
                    figures("unitCode", claim.unitCode())));
            return violations;
        }
        if (Boolean.FALSE.equals(unit.creditAllowed())) {
            violations.add(new RuleViolation("CREDIT_NOT_ALLOWED", "Unit " + unit.code() + " (" + unit.title()
                    + ") admits no attendance credit", rules.source("unit " + unit.code() + ": crediti formativi"),
                    figures("unitCode", unit.code())));
            return violations;
        }
        if (unit.creditCondition() != null && !unit.creditCondition().isBlank() && !claim.certificateHeld()) {
            violations.add(new RuleViolation("CREDIT_CONDITION_NOT_MET", "Unit " + unit.code()
                    + " admits a credit only to who holds the required certificate: " + unit.creditCondition()
                    + "; set certificateHeld once it is documented", rules.source("unit " + unit.code() + ": crediti formativi"),
                    figures("unitCode", unit.code(), "creditCondition", unit.creditCondition())));
        }
        BigDecimal unitBefore = sum(studentCredits, false, unit.code());
        BigDecimal unitAfter = unitBefore.add(claim.hours());
        if (unit.minHours() != null && unitAfter.compareTo(unit.minHours()) > 0) {
            violations.add(new RuleViolation("CREDIT_UNIT_MAX", "Credits on unit " + unit.code() + " would reach "
                    + unitAfter + " h, more than the unit's " + unit.minHours() + " h", rules.source(section),
                    figures("unitCode", unit.code(), "unitCreditHoursBefore", unitBefore, "creditHoursRequested", claim.hours(),
                            "unitCreditHoursAfter", unitAfter, "unitHours", unit.minHours())));
        }
        // [001] sez. 9: "percentuale massima riconoscibile 30% sulla durata di ore d'aula o laboratorio; 100% su
        // tirocinio curriculare, al netto degli eventuali crediti con valore a priori". The a-priori credits (URA 13)
        // are outside the cap, and their hours come off the hours the 30 % is taken of: "al netto di" names what a
        // quantity is taken without, as in sez. 5 ("durata minima tirocinio, al netto ... crediti") and sez. 6 ("10%
        // delle ore totali di formazione, al netto del tirocinio"), and of the two readings it is the stricter one.
        // An a-priori claim is checked too: it lowers the base under the credits already recognised.
        boolean aPrioriClaim = unit.aPrioriCredit();
        BigDecimal heldAPriori = aPrioriHours(rules, studentCredits);
        BigDecimal aPriori = aPrioriClaim ? heldAPriori.add(claim.hours()) : heldAPriori;
        BigDecimal stated = rules.attendance() == null ? null : rules.attendance().creditMaxClassroomLabPercent();
        BigDecimal pct = stated == null ? DEFAULT_CLASSROOM_LAB_PERCENT : stated;
        BigDecimal classroomLab = classroomLabHours(rules);
        BigDecimal base = classroomLab.subtract(aPriori).max(BigDecimal.ZERO);
        BigDecimal cap = percentOf(base, pct);
        BigDecimal before = sum(studentCredits, false, null).subtract(heldAPriori);
        BigDecimal after = aPrioriClaim ? before : before.add(claim.hours());
        if (after.compareTo(cap) > 0) {
            String message = aPriori.signum() == 0
                    ? "Credits would reach " + after + " h, beyond " + pct + " % of the " + base + " classroom/lab hours ("
                    + cap + " h)"
                    : "Credits other than a-priori ones would be " + after + " h, beyond " + pct + " % of the "
                    + classroomLab + " classroom/lab hours net of the " + aPriori + " h of a-priori credits, which are "
                    + "outside the cap (" + pct + " % of " + base + " h = " + cap + " h)" + (aPrioriClaim
                    ? ": this a-priori credit lowers the cap under the credits already recognised; revoke "
                    + after.subtract(cap) + " h of them first" : "");
            violations.add(new RuleViolation("CREDIT_CLASSROOM_LAB_CAP", message, source(rules, section, stated != null),
                    figures("creditHoursBefore", before, "creditHoursRequested", claim.hours(), "creditHoursAfter", after,
                            "courseHours", classroomLab, "aPrioriCreditHours", aPriori, "capBaseHours", base,
                            "maxPercent", pct, "capHours", cap)));
        }
        return violations;
    }

    /** Hours of the student's credits on units whose credit has "valore a priori" ([001] URA 13). */
    static BigDecimal aPrioriHours(EditionRules rules, Collection<Credit> credits) {
        return credits.stream()
                .filter(c -> !c.internship() && rules.unit(c.unitCode()).map(EditionRules.Unit::aPrioriCredit).orElse(false))
                .map(Credit::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The hours the 30 % refers to ([001] sez. 9: "30% sulla durata di ore d'aula o laboratorio"): the course hours
     * without the internship. [001] keeps the internship out of its total already; where it is part of the total
     * ([000][002][003]) its hours (planned, else the standard's maximum, when known) come off.
     */
    static BigDecimal classroomLabHours(EditionRules rules) {
        BigDecimal course = rules.courseHours();
        BigDecimal internship = rules.internshipCounted() ? internshipBase(rules) : null;
        return internship == null ? course : course.subtract(internship).max(BigDecimal.ZERO);
    }

    /** The section of the standard, or where the standard states no percentage, the default said as such. */
    private static String source(EditionRules rules, String section, boolean stated) {
        return stated ? rules.source(section)
                : rules.source(section) + "; the standard states no percentage: suite default, the strict [001] rule (DOMAIN.md)";
    }

    /** The internship the 100 % refers to: the edition's planned internship, else the standard's maximum. */
    public static BigDecimal internshipBase(EditionRules rules) {
        if (rules.plannedInternshipHours() != null) {
            return rules.plannedInternshipHours();
        }
        return rules.hours() == null ? null : rules.hours().internshipMax();
    }

    /** Rounded down to the hundredth: a cap never grows by rounding (30 % of 100.02 h is 30.00, not 30.01). */
    private static BigDecimal percentOf(BigDecimal base, BigDecimal pct) {
        return base.multiply(pct).divide(Hours.HUNDRED, 2, RoundingMode.DOWN);
    }

    private static BigDecimal sum(Collection<Credit> credits, boolean internship, String unitCode) {
        return credits.stream()
                .filter(c -> c.internship() == internship && (unitCode == null || unitCode.equals(c.unitCode())))
                .map(Credit::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
