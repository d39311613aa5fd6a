package it.formapro.exam.admission;

import it.formapro.exam.admission.Candidate.Figures;
import it.formapro.exam.admission.Candidate.Reason;
import it.formapro.exam.admission.Candidate.UnitCheck;
import it.formapro.exam.attendance.AttendanceSummary;
import it.formapro.exam.catalog.EditionRules;
import it.formapro.exam.enrollment.Enrollment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may sit the public final exam (DOMAIN.md, "Exam and certification"): a CONFIRMED, not withdrawn student of the
 * edition who meets the attendance threshold (80 % [000][002][003], 70 % [001]), the internship minimum [001] and has
 * a passed learning check for every training unit. Every unmet rule is listed with its figures, not only the first.
 *
 * <p>Plain Java: the figures come from attendance-service (which applies the late-joiner policy and credits, so its
 * {@code meetsThreshold} is authoritative) and enrollment-service; this class only decides and explains.
 */
public final class AdmissionRules {

    private AdmissionRules() {
    }

    public static List<Candidate> evaluate(EditionRules rules, AttendanceSummary summary, List<Enrollment> confirmed) {
        Map<Long, AttendanceSummary.Student> attendance = summary.studentsOrEmpty().stream()
                .collect(Collectors.toMap(AttendanceSummary.Student::studentId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Map<Long, Enrollment> enrollments = confirmed.stream()
                .filter(e -> e.editionId() == 0 || e.editionId() == rules.editionId())
                .collect(Collectors.toMap(Enrollment::studentId, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        List<Long> studentIds = new ArrayList<>(attendance.keySet());
        enrollments.keySet().stream().filter(id -> !attendance.containsKey(id)).forEach(studentIds::add);

        BigDecimal threshold = firstNonNull(summary.thresholdPercent(),
                rules.attendance() == null ? null : rules.attendance().admissionPercent());
        return studentIds.stream()
                .map(id -> evaluate(rules, threshold, attendance.get(id), enrollments.get(id), id))
                .sorted(Comparator.comparing((Candidate c) -> c.lastName() == null ? "" : c.lastName())
                        .thenComparing(c -> c.firstName() == null ? "" : c.firstName())
                        .thenComparingLong(Candidate::studentId))
                .toList();
    }

    static Candidate evaluate(EditionRules rules, BigDecimal threshold, AttendanceSummary.Student student,
                              Enrollment enrollment, long studentId) {
        String source = rules.source();
        List<Reason> reasons = new ArrayList<>();

        boolean withdrawn = (student != null && student.withdrawn())
                || (enrollment != null && enrollment.withdrawnAt() != null);
        if (withdrawn) {
            reasons.add(new Reason("WITHDRAWN", "withdrawn from the course"
                    + (enrollment != null && enrollment.withdrawnAt() != null
                    ? " on " + enrollment.withdrawnAt().toLocalDate() : ""), "DOMAIN.md: only enrolled students "
                    + "still attending sit the exam; a student who left gets the learning record"));
        } else if (enrollment == null || !enrollment.confirmedAndActive()) {
            reasons.add(new Reason("NOT_CONFIRMED", "the enrollment is not CONFIRMED in enrollment-service",
                    "DOMAIN.md: the enrollment is confirmed only when all entry requirements pass"));
        }

        if (student == null) {
            reasons.add(new Reason("NO_ATTENDANCE_RECORD", "attendance-service has no attendance record for "
                    + "this student in edition " + rules.editionId(), source));
            return new Candidate(studentId, enrollment == null ? null : enrollment.id(), null, null,
                    Candidate.Decision.EXCLUDED, withdrawn, reasons, null, List.of());
        }

        BigDecimal percent = student.attendancePercent() != null ? student.attendancePercent()
                : percentOf(student.attendedHours(), student.requiredHours());
        boolean meetsThreshold = student.meetsThreshold() != null ? student.meetsThreshold()
                : percent != null && threshold != null && percent.compareTo(threshold) >= 0;
        if (!meetsThreshold) {
            reasons.add(new Reason("BELOW_THRESHOLD", belowThreshold(student, percent, threshold, source), source));
        }

        BigDecimal internshipMin = firstNonNull(student.internshipMin(),
                rules.hours() == null ? null : rules.hours().internshipMin());
        // internship credits ([001]: up to 100 % of the internship) lower the hours to attend, not the minimum itself
        BigDecimal internshipRequired = firstNonNull(student.internshipRequiredHours(), internshipMin);
        boolean meetsInternship = student.meetsInternship() != null ? student.meetsInternship()
                : internshipRequired == null || internshipRequired.signum() <= 0
                || (student.internshipHours() != null && student.internshipHours().compareTo(internshipRequired) >= 0);
        if (!meetsInternship) {
            reasons.add(new Reason("INTERNSHIP_BELOW_MINIMUM", internshipShort(student, internshipMin,
                    internshipRequired, source), source));
        }

        List<UnitCheck> checks = unitChecks(rules, student.units());
        for (UnitCheck check : checks) {
            String unit = "unit " + check.unitCode() + (check.title() == null ? "" : " '" + check.title() + "'");
            if ("MISSING".equals(check.result())) {
                reasons.add(new Reason("UNIT_CHECK_MISSING", "no learning check recorded for " + unit
                        + " (every unit ends with a traceable learning check)", source));
            } else if ("FAILED".equals(check.result())) {
                reasons.add(new Reason("UNIT_CHECK_FAILED", "the learning check of " + unit + " was not passed"
                        + (check.checkDate() == null ? "" : " (" + check.checkDate() + ")"), source));
            }
        }

        Figures figures = new Figures(student.attendedHours(), student.hoursActuallyAttended(),
                student.requiredHours(), scale1(percent), threshold,
                student.internshipHours(), internshipMin, student.creditHours(),
                internshipMin == null ? null : internshipRequired);
        return new Candidate(studentId, enrollment == null ? null : enrollment.id(), student.firstName(),
                student.lastName(), reasons.isEmpty() ? Candidate.Decision.ADMITTED : Candidate.Decision.EXCLUDED,
                withdrawn, List.copyOf(reasons), figures, checks);
    }

    /**
     * One check per training unit of the standard, in the catalogue's order and with its titles; the attendance
     * record's own list if the catalogue has none. Also what a learning record on leaving lists as units passed.
     */
    public static List<UnitCheck> unitChecks(EditionRules rules, List<AttendanceSummary.UnitCheck> units) {
        Map<String, AttendanceSummary.UnitCheck> recorded = units == null ? Map.of()
                : units.stream().filter(u -> u.unitCode() != null)
                .collect(Collectors.toMap(AttendanceSummary.UnitCheck::unitCode, Function.identity(), (a, b) -> a));
        List<UnitCheck> checks = new ArrayList<>();
        if (!rules.unitsOrEmpty().isEmpty()) {
            rules.unitsOrEmpty().stream()
                    .sorted(Comparator.comparing((EditionRules.Unit u) -> u.sequence() == null ? Integer.MAX_VALUE : u.sequence())
                            .thenComparing(EditionRules.Unit::code))
                    .forEach(u -> checks.add(check(u.code(), u.title(), recorded.get(u.code()))));
        } else {
            recorded.values().forEach(r -> checks.add(check(r.unitCode(), null, r)));
        }
        return checks;
    }

    private static UnitCheck check(String code, String title, AttendanceSummary.UnitCheck recorded) {
        // attendance-service's admission figures carry checkPassed as a plain boolean: false both when the latest
        // check failed and when no check exists yet, and only the date tells them apart (a recorded check always has
        // one). Without a date it is MISSING, so the refusal says what to do (record the check), not that it failed.
        if (recorded == null || recorded.checkPassed() == null
                || (!recorded.checkPassed() && recorded.checkDate() == null)) {
            return new UnitCheck(code, title, "MISSING", null);
        }
        return new UnitCheck(code, title, recorded.checkPassed() ? "PASSED" : "FAILED", recorded.checkDate());
    }

    /**
     * The reason in the decision's own figures: attended against the hours needed (threshold % of the hours required
     * over the whole course), and how much is missing. Attendance's running percentage is of the hours expected so
     * far; before the last lesson it can be above the threshold while the student is still short of the hours needed,
     * so it is given apart and only when it differs from attended / required (which would otherwise read "81.3 %,
     * below 80 %"). Figures are rounded towards the refusal (attended and percentages down, hours needed up): a
     * student 3 minutes short reads "199.95 of 250.0 h = 79.9 %", never "200.0 h = 80.0 %, below 80 %".
     */
    static String belowThreshold(AttendanceSummary.Student student, BigDecimal percent, BigDecimal threshold,
                                 String source) {
        BigDecimal required = student.requiredHours();
        BigDecimal ofRequired = percentOf(student.attendedHours(), required);
        BigDecimal needed = required == null || threshold == null ? null
                : required.multiply(threshold).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        String sofar = percent == null || ofRequired == null || percentDown(percent).equals(percentDown(ofRequired)) ? ""
                : "; " + percentDown(percent) + " % of the hours expected so far";
        return "attended " + hoursDown(student.attendedHours()) + " of " + hoursUp(required) + " h = "
                + percentDown(ofRequired) + " %, below " + plain(threshold) + " % (" + hoursUp(needed) + " h needed"
                + shortBy(needed, student.attendedHours()) + "; " + source + ")" + sofar;
    }

    /** "internship 25.0 h, below the 30.0 h required (the minimum of 60.0 h less 30.0 h of internship credits)..." */
    static String internshipShort(AttendanceSummary.Student student, BigDecimal minimum, BigDecimal required,
                                  String source) {
        boolean credited = required != null && minimum != null && required.compareTo(minimum) != 0;
        return "internship " + hoursDown(student.internshipHours()) + " h, below "
                + (credited ? "the " + hoursUp(required) + " h required (the minimum of " + hoursUp(minimum) + " h less "
                + hoursDown(minimum.subtract(required)) + " h of internship credits)"
                : "the minimum of " + hoursUp(minimum) + " h")
                + shortBy(required, student.internshipHours()) + " (" + source + ")";
    }

    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** A percentage to one decimal, rounded down: 79.98 % is "79.9", so a refusal never shows the threshold. */
    static String percentDown(BigDecimal value) {
        return value == null ? "?" : scale1(value).toPlainString();
    }

    /** Hours attended, to the minute's two decimals where it has them (199.95), rounded down; whole tenths as 150.0. */
    static String hoursDown(BigDecimal value) {
        return hours(value, RoundingMode.DOWN);
    }

    /** Hours required or needed, rounded up: the figure a student must reach is never understated. */
    static String hoursUp(BigDecimal value) {
        return hours(value, RoundingMode.CEILING);
    }

    private static String hours(BigDecimal value, RoundingMode rounding) {
        if (value == null) {
            return "?";
        }
        BigDecimal hundredths = value.setScale(2, rounding);
        return (hundredths.remainder(BigDecimal.valueOf(1, 1)).signum() == 0 ? hundredths.setScale(1) : hundredths)
                .toPlainString();
    }

    /**
     * ", short by 16 h 24 min": what is missing, in the minutes the registers record. Attendance sends hours to two
     * decimals, so the hours reached are taken back to the nearest whole minute, and the hours needed up to the next.
     */
    static String shortBy(BigDecimal needed, BigDecimal reached) {
        if (needed == null) {
            return "";
        }
        long minutes = inMinutes(needed, RoundingMode.CEILING)
                - (reached == null ? 0 : inMinutes(reached, RoundingMode.HALF_UP));
        if (minutes <= 0) {
            return "";
        }
        return ", short by " + (minutes >= 60 ? minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " ") : "")
                + (minutes % 60 == 0 ? "" : minutes % 60 + " min");
    }

    private static long inMinutes(BigDecimal hours, RoundingMode rounding) {
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, rounding).longValueExact();
    }

    /** The figure shown beside the decision: one decimal, rounded down like the refusal's own percentage. */
    private static BigDecimal scale1(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.DOWN);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (Objects.nonNull(v)) {
                return v;
            }
        }
        return null;
    }
}
