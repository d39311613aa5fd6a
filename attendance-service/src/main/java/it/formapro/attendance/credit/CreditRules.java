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
import java.util.Optional;

/**
 * Attendance credits ("crediti formativi di frequenza") a student may be recognised (plain Java, no DB).
 * [001] sez. 9: at most 30 % of the classroom/lab hours, up to 100 % of the internship, "al netto degli eventuali
 * crediti con valore a priori" (see {@link #check}); sez. 4: URA 1-2 admit no credit, URA 13 only to who holds a course
 * certificate under the Accordo Stato-Regioni 21/12/2011, and that credit has "valore a priori". The percentages,
 * per-unit exclusions and which units' credits are a priori come from the EditionRules; where the catalogue gives no
 * percentage the strict defaults (30 % / 100 %) apply, and the refusal says so. The 30 % base is the edition's course
 * hours without internship ({@link #classroomLabHours}); a unit's credit can never exceed the unit's hours
 * ({@link #unitMinutes}): its minimum hours in the standard, else the hours scheduled for it in the edition's calendar.
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

    /**
     * The claim against the edition's rules, the student's credits in force and the edition's calendar
     * ({@code scheduled}: what bounds a credit where the standard gives no hours).
     */
    public static List<RuleViolation> check(EditionRules rules, ScheduledHours scheduled, Collection<Credit> studentCredits,
                                            Claim claim) {
        List<RuleViolation> violations = new ArrayList<>();
        String section = "gestione dei crediti formativi";
        if (claim.internship()) {
            BigDecimal internshipHours = internshipBase(rules, scheduled);
            if (internshipHours == null || internshipHours.signum() == 0) {
                violations.add(noInternship(rules, scheduled));
                return violations;
            }
            BigDecimal stated = rules.attendance() == null ? null : rules.attendance().creditMaxInternshipPercent();
            BigDecimal pct = stated == null ? DEFAULT_INTERNSHIP_PERCENT : stated;
            BigDecimal cap = percentOf(internshipHours, pct);
            BigDecimal before = sum(studentCredits, true, null);
            BigDecimal after = before.add(claim.hours());
            if (after.compareTo(cap) > 0) {
                String of = statedInternship(rules) != null ? " internship hours" : " internship hours scheduled in the "
                        + "calendar (the edition records no plannedInternshipHours, the standard no maximum)";
                violations.add(new RuleViolation("CREDIT_INTERNSHIP_CAP", "Internship credits would reach " + after
                        + " h, beyond " + pct + " % of the " + internshipHours + of + " (" + cap + " h)",
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
        } else if (unit.minHours() == null) {
            unitBeyondItsCalendar(rules, scheduled, unit, unitBefore, claim.hours()).ifPresent(violations::add);
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
        BigDecimal classroomLab = classroomLabHours(rules, scheduled);
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

    /**
     * A credit on a unit the standard gives no hours ([002], [003]: the UF have none) is bounded by the unit's hours
     * in the edition's calendar: credits are hours of the course the student need not attend (DOMAIN.md, "crediti
     * formativi di frequenza"), and a unit has no more hours to excuse than it has. Without this bound only the 30 %
     * cap applied, so a 63 h credit on a unit of 40 h took 63 h off the hours required, 23 of them hours the student
     * would otherwise have had to attend on the other units. A unit with no lesson yet has no hours to credit: its
     * lessons come first.
     */
    private static Optional<RuleViolation> unitBeyondItsCalendar(EditionRules rules, ScheduledHours scheduled,
                                                                 EditionRules.Unit unit, BigDecimal before,
                                                                 BigDecimal requested) {
        long minutes = scheduled.minutesOf(unit.code());
        BigDecimal after = before.add(requested);
        String source = rules.source("gestione dei crediti formativi; unit " + unit.code()
                + ": no hours in the standard, so those of the edition's calendar");
        if (minutes == 0) {
            return Optional.of(new RuleViolation("CREDIT_UNIT_NOT_SCHEDULED", "Unit " + unit.code() + " ("
                    + unit.title() + ") has no hours in the standard and no lesson in the edition's calendar yet: a "
                    + "credit can never exceed the unit's hours, which here are those scheduled for it; schedule the "
                    + "unit's lessons first, then recognise at most their hours", source,
                    figures("unitCode", unit.code(), "scheduledUnitHours", BigDecimal.ZERO.setScale(2),
                            "creditHoursRequested", requested)));
        }
        if (Hours.minutes(after).compareTo(BigDecimal.valueOf(minutes)) <= 0) {
            return Optional.empty();
        }
        BigDecimal scheduledHours = Hours.ofMinutes(minutes);
        return Optional.of(new RuleViolation("CREDIT_UNIT_MAX", "Credits on unit " + unit.code()
                + " would reach " + after + " h, more than the " + scheduledHours + " h scheduled for the unit in the "
                + "edition's calendar (the standard gives the unit no hours): a credit can never exceed the unit's "
                + "hours; schedule the unit's other lessons first if it has more", source,
                figures("unitCode", unit.code(), "unitCreditHoursBefore", before, "creditHoursRequested", requested,
                        "unitCreditHoursAfter", after, "scheduledUnitHours", scheduledHours)));
    }

    /**
     * The hours a unit's credits may reach, in minutes: the unit's minimum hours in the standard ([000] 40 h per UF,
     * [001] each URA's), else ([002], [003]) the minutes scheduled for it in the edition's calendar. The summaries
     * count a unit's credit up to the same figure, so that a credit recognised before lessons were removed does not
     * excuse more than the unit has at admission either.
     */
    public static BigDecimal unitMinutes(EditionRules rules, ScheduledHours scheduled, String unitCode) {
        BigDecimal stated = rules.unit(unitCode).map(EditionRules.Unit::minHours).orElse(null);
        return stated != null ? Hours.minutes(stated) : BigDecimal.valueOf(scheduled.minutesOf(unitCode));
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
     * ([000][002][003]) its hours ({@link #internshipBase}: planned, else the standard's maximum, else the internship
     * scheduled) come off.
     */
    static BigDecimal classroomLabHours(EditionRules rules, ScheduledHours scheduled) {
        BigDecimal course = rules.courseHours();
        BigDecimal internship = rules.internshipCounted() ? internshipBase(rules, scheduled) : null;
        return internship == null ? course : course.subtract(internship).max(BigDecimal.ZERO);
    }

    /** The section of the standard, or where the standard states no percentage, the default said as such. */
    private static String source(EditionRules rules, String section, boolean stated) {
        return stated ? rules.source(section)
                : rules.source(section) + "; the standard states no percentage: suite default, the strict [001] rule (DOMAIN.md)";
    }

    /**
     * The internship the 100 % refers to: the edition's planned internship, else the standard's maximum, else (an
     * edition of [000] or [002], whose standards state no maximum, recording no plannedInternshipHours) the internship
     * hours scheduled in its calendar, rounded down to the hundredth; null when there is none of them.
     */
    public static BigDecimal internshipBase(EditionRules rules, ScheduledHours scheduled) {
        BigDecimal stated = statedInternship(rules);
        if (stated != null) {
            return stated;
        }
        return scheduled.internshipMinutes() == 0 ? null
                : BigDecimal.valueOf(scheduled.internshipMinutes()).divide(Hours.SIXTY, 2, RoundingMode.DOWN);
    }

    /** {@link #internshipBase} in minutes, exact: what the summaries bound an internship credit by. */
    public static BigDecimal internshipMinutes(EditionRules rules, ScheduledHours scheduled) {
        BigDecimal stated = statedInternship(rules);
        return stated != null ? Hours.minutes(stated) : BigDecimal.valueOf(scheduled.internshipMinutes());
    }

    private static BigDecimal statedInternship(EditionRules rules) {
        if (rules.plannedInternshipHours() != null) {
            return rules.plannedInternshipHours();
        }
        return rules.hours() == null ? null : rules.hours().internshipMax();
    }

    /** Why there is no internship to credit, and what to record or schedule for one. */
    private static RuleViolation noInternship(EditionRules rules, ScheduledHours scheduled) {
        BigDecimal planned = rules.plannedInternshipHours();
        BigDecimal max = rules.hours() == null ? null : rules.hours().internshipMax();
        String message = planned != null
                ? "This edition plans no internship (plannedInternshipHours " + planned + "): there is none to credit; "
                        + "if it has one, record its planned hours in the catalogue first"
                : max != null
                ? "This edition records no plannedInternshipHours and its standard allows no internship (maximum "
                        + max + " h): there is none to credit"
                : "This edition records no plannedInternshipHours, its standard states no internship maximum and no "
                        + "INTERNSHIP lesson is scheduled in its calendar: there is no internship to measure the credit "
                        + "against; record the edition's plannedInternshipHours in the catalogue, or schedule the "
                        + "internship lessons, then recognise the credit";
        return new RuleViolation("NO_INTERNSHIP", message, rules.source("tirocinio curriculare"),
                figures("plannedInternshipHours", planned, "internshipMax", max, "scheduledInternshipHours",
                        Hours.ofMinutes(scheduled.internshipMinutes())));
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
