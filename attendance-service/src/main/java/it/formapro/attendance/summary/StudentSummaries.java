package it.formapro.attendance.summary;

import it.formapro.attendance.Hours;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.check.LearningCheck;
import it.formapro.attendance.credit.CreditRules;
import it.formapro.attendance.credit.ScheduledHours;
import it.formapro.attendance.lesson.Modality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the student summaries from the edition's delivered lessons and per-student aggregates (plain Java, no DB).
 * A lesson counts towards the course hours unless it is internship and the standard excludes the internship from the
 * total ([001]: "durata minima totale al netto del tirocinio curriculare"); internship hours are tracked apart.
 */
public final class StudentSummaries {

    /** A delivered lesson, as the summary needs it. */
    public record DeliveredLesson(LocalDate date, int minutes, String unitCode, Modality modality) {
    }

    /** Minutes a student attended, grouped by unit, internship or not, before the joining date or not. */
    public record Attended(String unitCode, boolean internship, boolean beforeJoining, long minutes) {
    }

    public record Credit(String unitCode, boolean internship, BigDecimal hours) {
    }

    public record Check(String unitCode, String outcome, LocalDate date, BigDecimal score) {
    }

    public record Student(long studentId, String firstName, String lastName, String status, LocalDate joinedOn,
                          LocalDate withdrawnOn, List<Attended> attended, List<Credit> credits, List<Check> latestChecks) {
    }

    /**
     * Key of the internship in the per-unit maps (unit codes are the standard's, "1" or "1260"; lessons of no unit
     * are keyed "", so an internship credit never excuses them).
     */
    private static final String INTERNSHIP = "(internship)";

    private final EditionRules rules;
    private final List<DeliveredLesson> delivered;
    private final ScheduledHours scheduled;
    private final Map<LocalDate, Map<String, Long>> deliveredByUnitFromCache = new HashMap<>();

    /**
     * @param delivered the lessons delivered up to the summaries' day
     * @param scheduled the whole calendar: a unit's hours where the standard gives none, which bound its credits
     */
    public StudentSummaries(EditionRules rules, List<DeliveredLesson> delivered, ScheduledHours scheduled) {
        this.rules = rules;
        this.delivered = delivered;
        this.scheduled = scheduled;
    }

    public boolean counts(Modality modality) {
        return modality != Modality.INTERNSHIP || rules.internshipCounted();
    }

    public long deliveredMinutes() {
        return delivered.stream().filter(l -> counts(l.modality())).mapToLong(DeliveredLesson::minutes).sum();
    }

    public SummaryViews.StudentSummary summarise(Student s) {
        Map<String, Long> byUnitAll = deliveredByUnitFrom(null);
        Map<String, Long> byUnitAfter = deliveredByUnitFrom(s.joinedOn());
        long deliveredAll = byUnitAll.values().stream().mapToLong(Long::longValue).sum();
        long deliveredAfter = byUnitAfter.values().stream().mapToLong(Long::longValue).sum();
        long deliveredBefore = deliveredAll - deliveredAfter;

        long attendedAll = 0, attendedBefore = 0, internshipMinutes = 0;
        Map<String, Long> attendedByUnit = new HashMap<>();
        // the minutes counted towards the course hours, keyed as the delivered ones: all, and from joining on
        Map<String, Long> attendedAllByKey = new HashMap<>(), attendedAfterByKey = new HashMap<>();
        for (Attended a : s.attended()) {
            if (a.internship()) {
                internshipMinutes += a.minutes();
            }
            if (a.internship() && !rules.internshipCounted()) {
                continue;
            }
            attendedAll += a.minutes();
            String key = a.internship() ? INTERNSHIP : a.unitCode() == null ? "" : a.unitCode();
            attendedAllByKey.merge(key, a.minutes(), Long::sum);
            if (a.beforeJoining()) {
                attendedBefore += a.minutes();
            } else {
                attendedAfterByKey.merge(key, a.minutes(), Long::sum);
            }
            if (a.unitCode() != null) {
                attendedByUnit.merge(a.unitCode(), a.minutes(), Long::sum);
            }
        }
        Map<String, BigDecimal> creditByUnit = new HashMap<>();
        BigDecimal internshipCredits = BigDecimal.ZERO;
        for (Credit c : s.credits()) {
            if (c.internship()) {
                internshipCredits = internshipCredits.add(c.hours());
            } else {
                creditByUnit.merge(c.unitCode(), c.hours(), BigDecimal::add);
            }
        }
        // the unit credits as they count: each up to its unit's hours (creditsOnCourse over the whole course), the
        // figure requiredHours is computed with, shown as creditHours so that the summary adds up
        Map<String, BigDecimal> countedByUnit = new HashMap<>();
        creditByUnit.forEach((unit, hours) -> countedByUnit.put(unit,
                Hours.minutes(hours).min(unitInBasis(unit, byUnitAll, byUnitAll))));
        BigDecimal credits = countedByUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // the credits against the course hours: an internship credit too where the internship is part of the total
        // ([000][002][003]), as required hours = course hours - credits (DOMAIN.md); in [001] it only lowers the
        // internship minimum ("al netto dell'eventuale riconoscimento di crediti formativi di frequenza")
        Map<String, BigDecimal> courseCredits = new HashMap<>(creditByUnit);
        if (rules.internshipCounted() && internshipCredits.signum() > 0) {
            courseCredits.put(INTERNSHIP, internshipCredits);
        }

        // in minutes, exact (Standing.Basis)
        BigDecimal course = Hours.minutes(rules.courseHours());
        BigDecimal threshold = rules.admissionPercent();
        Standing.Result countAsAbsence = Standing.of(new Standing.Basis(course, BigDecimal.valueOf(deliveredAll),
                BigDecimal.valueOf(attendedAll).subtract(attendedBeyondCredits(courseCredits, attendedAllByKey, byUnitAll, byUnitAll)),
                creditsOnCourse(courseCredits, byUnitAll, byUnitAll), creditsOnDelivered(courseCredits, byUnitAll)), threshold);
        Standing.Result excludeBefore = Standing.of(new Standing.Basis(
                course.subtract(BigDecimal.valueOf(deliveredBefore)).max(BigDecimal.ZERO),
                BigDecimal.valueOf(deliveredAfter), BigDecimal.valueOf(attendedAll - attendedBefore)
                        .subtract(attendedBeyondCredits(courseCredits, attendedAfterByKey, byUnitAll, byUnitAfter)),
                creditsOnCourse(courseCredits, byUnitAll, byUnitAfter), creditsOnDelivered(courseCredits, byUnitAfter)),
                threshold);
        EditionRules.LateJoinerPolicy policy = rules.lateJoinerPolicy();
        Standing.Result r = policy == EditionRules.LateJoinerPolicy.EXCLUDE_BEFORE_JOINING ? excludeBefore : countAsAbsence;

        BigDecimal internshipMin = rules.internshipMin();
        BigDecimal internshipRequired = internshipMin == null ? BigDecimal.ZERO
                : internshipMin.subtract(internshipCredits).max(BigDecimal.ZERO);
        BigDecimal internshipHours = Hours.ofMinutes(internshipMinutes);
        boolean meetsInternship = BigDecimal.valueOf(internshipMinutes).compareTo(Hours.minutes(internshipRequired)) >= 0;

        List<SummaryViews.UnitStatus> units = units(s, attendedByUnit, countedByUnit);
        boolean allPassed = units.stream().allMatch(SummaryViews.UnitStatus::checkPassed);

        return new SummaryViews.StudentSummary(s.studentId(), s.firstName(), s.lastName(), s.status(), s.joinedOn(),
                // every minute present, counted as the course hours count (internship apart in [001]), with no
                // credit nor late-joiner deduction: the hours actually attended ([001] sez. 11)
                s.withdrawnOn(), r.deliveredHours(), r.attendedHours(), Hours.ofMinutes(attendedAll), r.missedHours(),
                Hours.ofMinutes(credits),
                r.requiredHours(), r.admissionHours(), r.attendancePercent(), r.meetsThreshold(), r.remainingHours(),
                r.stillNeededHours(), internshipHours, internshipMin, Hours.round(internshipCredits),
                Hours.round(internshipRequired), meetsInternship, r.atRisk(), r.lost(),
                new SummaryViews.LateJoining(policy, Hours.ofMinutes(deliveredBefore),
                        SummaryViews.PolicyFigures.of(countAsAbsence), SummaryViews.PolicyFigures.of(excludeBefore)),
                units, allPassed);
    }

    /** {@code creditMinutesByUnit}: each unit's credits as they count, in minutes. */
    private List<SummaryViews.UnitStatus> units(Student s, Map<String, Long> attendedByUnit,
                                                Map<String, BigDecimal> creditMinutesByUnit) {
        Map<String, Check> checks = new HashMap<>();
        s.latestChecks().forEach(c -> checks.put(c.unitCode(), c));
        List<EditionRules.Unit> ordered = new ArrayList<>(rules.units() == null ? List.of() : rules.units());
        ordered.sort(Comparator.comparing(EditionRules.Unit::sequence, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered.stream().map(u -> {
            Check c = checks.get(u.code());
            return new SummaryViews.UnitStatus(u.code(), u.title(), c != null && "PASSED".equals(c.outcome()),
                    c == null ? null : c.date(), c == null ? null : LearningCheck.Outcome.valueOf(c.outcome()),
                    c == null ? null : c.score(),
                    Hours.ofMinutes(attendedByUnit.getOrDefault(u.code(), 0L)),
                    Hours.ofMinutes(creditMinutesByUnit.getOrDefault(u.code(), BigDecimal.ZERO)));
        }).toList();
    }

    /**
     * Counted minutes delivered per unit, on or after {@code from} (null: all); cached per joining date. Internship
     * lessons go under {@link #INTERNSHIP} whatever their unit: internship credits excuse them, unit credits excuse
     * classroom/lab hours ([001] sez. 9: 30 % of classroom/lab hours, 100 % of the internship).
     */
    private Map<String, Long> deliveredByUnitFrom(LocalDate from) {
        return deliveredByUnitFromCache.computeIfAbsent(from == null ? LocalDate.MIN : from, day -> {
            Map<String, Long> byUnit = new HashMap<>();
            delivered.stream()
                    .filter(l -> counts(l.modality()) && !l.date().isBefore(day))
                    .forEach(l -> byUnit.merge(l.modality() == Modality.INTERNSHIP ? INTERNSHIP
                            : l.unitCode() == null ? "" : l.unitCode(), (long) l.minutes(), Long::sum));
            return byUnit;
        });
    }

    /** Credits already applicable, in minutes: on each unit (or the internship), at most its minutes delivered so far. */
    private static BigDecimal creditsOnDelivered(Map<String, BigDecimal> creditByUnit, Map<String, Long> deliveredByUnit) {
        return creditByUnit.entrySet().stream()
                .map(e -> Hours.minutes(e.getValue()).min(BigDecimal.valueOf(deliveredByUnit.getOrDefault(e.getKey(), 0L))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Credits against the course hours of a basis that counts the hours delivered from some day on ({@code byUnitFrom};
     * {@code byUnitAll} for the whole course): on each unit (or the internship), at most the unit's hours not
     * delivered before that day. The whole-course counterpart of {@link #creditsOnDelivered}: there a credit is
     * capped by the unit's hours delivered in the basis so far, here by the unit's hours in the basis over the whole
     * course, so that a late joiner's credit does not excuse again the hours of its unit that the "only hours after
     * joining" basis already left out (DOMAIN.md, "Late joiners"). On the whole course it is the credits themselves.
     */
    private BigDecimal creditsOnCourse(Map<String, BigDecimal> creditByUnit, Map<String, Long> byUnitAll,
                                       Map<String, Long> byUnitFrom) {
        return creditByUnit.entrySet().stream()
                .map(e -> Hours.minutes(e.getValue()).min(unitInBasis(e.getKey(), byUnitAll, byUnitFrom)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The minutes attended on credited units (or the credited internship) beyond the unit's minutes in the basis less
     * its credit: hours a credit excuses are left out of the required hours, so attending them does not count towards
     * the threshold as well ([001] sez. 9: credited hours are hours the student need not attend; otherwise a student
     * credited with a whole unit already attended would reach 70 % of the rest with 59 % of it).
     */
    private BigDecimal attendedBeyondCredits(Map<String, BigDecimal> creditByUnit, Map<String, Long> attended,
                                             Map<String, Long> byUnitAll, Map<String, Long> byUnitFrom) {
        return creditByUnit.entrySet().stream().map(e -> {
            BigDecimal unit = unitInBasis(e.getKey(), byUnitAll, byUnitFrom);
            BigDecimal attendable = unit.subtract(Hours.minutes(e.getValue()).min(unit));
            return BigDecimal.valueOf(attended.getOrDefault(e.getKey(), 0L)).subtract(attendable).max(BigDecimal.ZERO);
        }).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A credited unit's minutes in a basis: its minutes over the course, less those delivered before the basis starts.
     * A unit's minutes over the course are its hours ({@link #unitMinutes}), or those delivered if more; never the
     * credit's own: a credit can never exceed its unit's hours (DOMAIN.md: credits are hours the student need not
     * attend), so a credit recognised on a unit of [002]/[003] whose lessons were removed since counts up to the
     * hours left in the calendar, at admission as at recognition (CREDIT_UNIT_MAX).
     */
    private BigDecimal unitInBasis(String key, Map<String, Long> byUnitAll, Map<String, Long> byUnitFrom) {
        long all = byUnitAll.getOrDefault(key, 0L);
        BigDecimal before = BigDecimal.valueOf(all - byUnitFrom.getOrDefault(key, 0L));
        return unitMinutes(key).max(BigDecimal.valueOf(all)).subtract(before);
    }

    /**
     * A unit's minutes as the credit rules bound its credits: its hours in the standard, else those scheduled in the
     * calendar; the internship's: planned, else the standard's maximum, else scheduled.
     */
    private BigDecimal unitMinutes(String key) {
        return INTERNSHIP.equals(key) ? CreditRules.internshipMinutes(rules, scheduled)
                : CreditRules.unitMinutes(rules, scheduled, key);
    }
}
