package it.formapro.attendance.credit;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.support.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    private final EditionRules std001 = TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE);

    private List<String> check(List<CreditRules.Credit> held, CreditRules.Claim claim) {
        return refusals(std001, held, claim).stream().map(RuleViolation::rule).toList();
    }

    /** The rules of an edition whose calendar has no lesson yet (what the standards with unit hours never need). */
    private static List<RuleViolation> refusals(EditionRules rules, List<CreditRules.Credit> held,
                                                CreditRules.Claim claim) {
        return CreditRules.check(rules, ScheduledHours.NONE, held, claim);
    }

    @Test
    void units1And2Of001AdmitNoCredit() {
        assertEquals(List.of("CREDIT_NOT_ALLOWED"), check(List.of(), new CreditRules.Claim("1", false, bd(1), false)));
        assertEquals(List.of("CREDIT_NOT_ALLOWED"), check(List.of(), new CreditRules.Claim("2", false, bd(1), true)));
        assertEquals(List.of(), check(List.of(), new CreditRules.Claim("3", false, bd(5), false)));
    }

    @Test
    void unit13Of001OnlyWithTheAccordoStatoRegioniCertificate() {
        assertEquals(List.of("CREDIT_CONDITION_NOT_MET"), check(List.of(), new CreditRules.Claim("13", false, bd(8), false)));
        assertEquals(List.of(), check(List.of(), new CreditRules.Claim("13", false, bd(8), true)));
    }

    @Test
    void atMost30PercentOfTheCourseHoursAndTheUnitsHours() {
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("4", false, bd(20)),
                new CreditRules.Credit("5", false, bd(20)), new CreditRules.Credit("6", false, bd(20)));
        assertEquals(List.of(), check(held, new CreditRules.Claim("7", false, bd("2.4"), false))); // 62.4 = 30 % of 208
        List<RuleViolation> refused = refusals(std001, held, new CreditRules.Claim("7", false, bd("2.41"), false));
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.get(0).rule());
        assertEquals(bd("62.40"), refused.get(0).figures().get("capHours"));
        assertEquals(List.of("CREDIT_UNIT_MAX"), check(List.of(), new CreditRules.Claim("4", false, bd("20.01"), false)));
    }

    @Test
    void anAPrioriCreditIsOutsideThe30PercentCap() {
        // [001] sez. 9, "al netto degli eventuali crediti con valore a priori": URA 13's 8 h plus 60 h of other credits
        // make 68 h, more than 30 % of 208 h (62.4 h), yet the other credits alone are within the cap
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("13", false, bd(8)),
                new CreditRules.Credit("4", false, bd(20)), new CreditRules.Credit("5", false, bd(20)));
        assertEquals(List.of(), check(held, new CreditRules.Claim("6", false, bd(20), false)));
        // and the same holds whichever comes first
        List<CreditRules.Credit> others = List.of(new CreditRules.Credit("4", false, bd(20)),
                new CreditRules.Credit("5", false, bd(20)), new CreditRules.Credit("6", false, bd(20)));
        assertEquals(List.of(), check(others, new CreditRules.Claim("13", false, bd(8), true)));
    }

    @Test
    void theCapIsTakenOfTheClassroomLabHoursNetOfTheAPrioriCredits() {
        // 30 % of (208 - 8) h = 60 h: one hundredth more is refused, and the refusal shows both figures
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("13", false, bd(8)),
                new CreditRules.Credit("4", false, bd(20)), new CreditRules.Credit("5", false, bd(20)),
                new CreditRules.Credit("6", false, bd(20)));
        RuleViolation refused = refusals(std001, held, new CreditRules.Claim("7", false, bd("0.01"), false)).get(0);
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.rule());
        assertEquals(bd("60.00"), refused.figures().get("capHours"));
        assertEquals(bd(200), refused.figures().get("capBaseHours"));
        assertEquals(bd(208), refused.figures().get("courseHours"));
        assertEquals(bd(8), refused.figures().get("aPrioriCreditHours"));
        assertEquals(bd("60.01"), refused.figures().get("creditHoursAfter"));
        assertTrue(refused.message().contains("net of the 8 h of a-priori credits"), refused.message());
        assertTrue(refused.source().contains("gestione dei crediti formativi"), refused.source());
    }

    @Test
    void anAPrioriCreditThatWouldLowerTheCapUnderTheCreditsHeldIsRefusedSayingWhatToRevoke() {
        // 62.4 h of other credits fit 30 % of 208 h; with URA 13's 8 h the cap is 60 h
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("4", false, bd(20)),
                new CreditRules.Credit("5", false, bd(20)), new CreditRules.Credit("6", false, bd(20)),
                new CreditRules.Credit("7", false, bd("2.4")));
        RuleViolation refused = refusals(std001, held, new CreditRules.Claim("13", false, bd(8), true)).get(0);
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.rule());
        assertEquals(bd("62.4"), refused.figures().get("creditHoursAfter"));
        assertEquals(bd("60.00"), refused.figures().get("capHours"));
        assertTrue(refused.message().contains("revoke 2.40 h"), refused.message());
        // with 60 h of other credits it fits
        assertEquals(List.of(), check(held.subList(0, 3), new CreditRules.Claim("13", false, bd(8), true)));
    }

    @Test
    void aCapNeverGrowsByRounding() {
        // 30 % of 208.06 h = 62.418 h: the cap is 62.41 (rounded down), so 62.42 h of credits is refused
        EditionRules planned = with(std001, bd("208.06"), std001.plannedInternshipHours(), std001.attendance());
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("4", false, bd(20)),
                new CreditRules.Credit("5", false, bd(20)), new CreditRules.Credit("6", false, bd(20)));
        assertEquals(List.of(), refusals(planned, held, new CreditRules.Claim("7", false, bd("2.41"), false)));
        List<RuleViolation> refused = refusals(planned, held, new CreditRules.Claim("7", false, bd("2.42"), false));
        assertEquals(bd("62.41"), refused.get(0).figures().get("capHours"));
    }

    @Test
    void whereTheInternshipIsPartOfTheCourseThe30PercentIsOfTheOtherHours() {
        // [000]: 250 h including a planned internship of 50 h -> 30 % of the 200 classroom/lab hours = 60 h
        EditionRules std000 = with(TestRules.std000(), bd(250), bd(50), TestRules.std000().attendance());
        assertEquals(bd(200), CreditRules.classroomLabHours(std000, ScheduledHours.NONE));
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("1260", false, bd(40)));
        assertEquals(List.of(), refusals(std000, held, new CreditRules.Claim("1259", false, bd(20), false))
                .stream().map(RuleViolation::rule).toList());
        List<RuleViolation> refused = refusals(std000, held, new CreditRules.Claim("1259", false, bd("20.01"), false));
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.get(0).rule());
        assertEquals(bd("60.00"), refused.get(0).figures().get("capHours"));
        // [001] keeps the internship out of its 208 h already
        assertEquals(bd(208), CreditRules.classroomLabHours(std001, ScheduledHours.NONE));
    }

    @Test
    void whereTheStandardStatesNoPercentageTheRefusalSaysTheDefaultApplies() {
        EditionRules.Attendance a = TestRules.std000().attendance();
        EditionRules silent = with(TestRules.std000(), bd(250), bd(50), new EditionRules.Attendance(a.admissionPercent(),
                a.maxAbsencePercent(), a.tuiPercent(), a.tuiStated(), a.lateJoinerPolicy(), null, null));
        RuleViolation refused = refusals(silent, List.of(new CreditRules.Credit("1260", false, bd(40))),
                new CreditRules.Claim("1259", false, bd(21), false)).get(0);
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.rule());
        assertTrue(refused.source().contains("suite default"), refused.source());
        assertTrue(refusals(std001, List.of(), new CreditRules.Claim("4", false, bd(20), false)).isEmpty());
    }

    private static EditionRules with(EditionRules r, java.math.BigDecimal plannedHours, java.math.BigDecimal internship,
                                     EditionRules.Attendance attendance) {
        return new EditionRules(r.editionId(), r.editionTitle(), r.provider(), r.startDate(), r.endDate(), plannedHours,
                internship, r.status(), r.qualification(), r.hours(), attendance, r.units(), r.propedeuticUnitCodes());
    }

    @Test
    void upTo100PercentOfTheInternship() {
        assertEquals(List.of(), check(List.of(), new CreditRules.Claim(null, true, bd(80), false)));
        assertEquals(List.of("CREDIT_INTERNSHIP_CAP"), check(List.of(new CreditRules.Credit(null, true, bd(80))),
                new CreditRules.Claim(null, true, bd("0.5"), false)));
        // internship credits do not eat into the 30 % of the course hours
        assertEquals(List.of(), check(List.of(new CreditRules.Credit(null, true, bd(80))),
                new CreditRules.Claim("4", false, bd(20), false)));
    }

    /** A calendar: unit code -> minutes of its classroom lessons, and the internship's minutes. */
    private static ScheduledHours calendar(Map<String, Long> unitMinutes, long internshipMinutes) {
        return new ScheduledHours(unitMinutes, internshipMinutes);
    }

    @Test
    void aCreditOnAUnitTheStandardGivesNoHoursIsBoundedByItsHoursInTheCalendar() {
        // [002]: 300 h with 90 h of internship, so the 30 % is 63 h; UF 1 has 40 h in the calendar. A 63 h credit on
        // it used to pass (only the 30 % applied) and took 23 h more off the hours required than the unit has
        EditionRules std002 = TestRules.std002(bd(90));
        ScheduledHours scheduled = calendar(Map.of("1", 2_400L, "2", 3_000L), 0);
        List<RuleViolation> refused = CreditRules.check(std002, scheduled, List.of(),
                new CreditRules.Claim("1", false, bd(63), false));
        assertEquals(List.of("CREDIT_UNIT_MAX"), refused.stream().map(RuleViolation::rule).toList());
        assertEquals(bd("40.00"), refused.get(0).figures().get("scheduledUnitHours"));
        assertEquals(bd(63), refused.get(0).figures().get("unitCreditHoursAfter"));
        assertTrue(refused.get(0).message().contains("40.00 h scheduled for the unit"), refused.get(0).message());
        assertTrue(refused.get(0).source().contains("Standard 002"), refused.get(0).source());
        assertEquals(List.of(), CreditRules.check(std002, scheduled, List.of(),
                new CreditRules.Claim("1", false, bd(40), false)));
        // the unit's credits together: 30 h held, 10.01 h more is past its 40 h
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("1", false, bd(30)));
        assertEquals("CREDIT_UNIT_MAX", CreditRules.check(std002, scheduled, held,
                new CreditRules.Claim("1", false, bd("10.01"), false)).get(0).rule());
        assertEquals(List.of(), CreditRules.check(std002, scheduled, held,
                new CreditRules.Claim("1", false, bd(10), false)));
        // still within the 30 % of the other hours: 40 h on UF 1 and 23 h on UF 2 make 63 h, one hundredth more is over
        List<CreditRules.Credit> full = List.of(new CreditRules.Credit("1", false, bd(40)));
        assertEquals(List.of(), CreditRules.check(std002, scheduled, full,
                new CreditRules.Claim("2", false, bd(23), false)));
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", CreditRules.check(std002, scheduled, full,
                new CreditRules.Claim("2", false, bd("23.01"), false)).get(0).rule());
    }

    @Test
    void theBoundByTheCalendarIsExactInMinutes() {
        // 50 minutes are 0.8333.. h: 0.83 h (49.8 min) fits, 0.84 h (50.4 min) does not
        EditionRules std002 = TestRules.std002(bd(90));
        ScheduledHours scheduled = calendar(Map.of("3", 50L), 0);
        assertEquals(List.of(), CreditRules.check(std002, scheduled, List.of(),
                new CreditRules.Claim("3", false, bd("0.83"), false)));
        assertEquals(List.of("CREDIT_UNIT_MAX"), CreditRules.check(std002, scheduled, List.of(),
                new CreditRules.Claim("3", false, bd("0.84"), false)).stream().map(RuleViolation::rule).toList());
    }

    @Test
    void aCreditOnAUnitWithNeitherHoursNorLessonsIsRefusedSayingToScheduleThemFirst() {
        EditionRules std002 = TestRules.std002(bd(90));
        RuleViolation refused = CreditRules.check(std002, calendar(Map.of("1", 600L), 0), List.of(),
                new CreditRules.Claim("4", false, bd(1), false)).get(0);
        assertEquals("CREDIT_UNIT_NOT_SCHEDULED", refused.rule());
        assertTrue(refused.message().contains("schedule the unit's lessons first"), refused.message());
        assertEquals("4", refused.figures().get("unitCode"));
        // where the standard gives the unit its hours, the calendar is not looked at ([001] URA 4: 20 h)
        assertEquals(List.of(), refusals(std001, List.of(), new CreditRules.Claim("4", false, bd(20), false)));
    }

    @Test
    void aUnitsHoursAreTheStandardsElseTheCalendars() {
        ScheduledHours scheduled = calendar(Map.of("1", 2_400L, "4", 90L), 0);
        assertEquals(bd(1200), CreditRules.unitMinutes(std001, scheduled, "4"), "[001] URA 4: 20 h, whatever is scheduled");
        assertEquals(bd(2400), CreditRules.unitMinutes(TestRules.std002(null), scheduled, "1"));
        assertEquals(bd(0), CreditRules.unitMinutes(TestRules.std002(null), scheduled, "2"));
    }

    @Test
    void withoutPlannedInternshipHoursTheInternshipCreditIsMeasuredOnTheInternshipScheduled() {
        // [000] states no internship maximum: an edition recording no planned internship used to refuse every
        // internship credit as "no internship", even with its internship lessons in the calendar
        EditionRules std000 = TestRules.std000();
        ScheduledHours scheduled = calendar(Map.of("1260", 2_400L), 4_500);           // 75 h of internship
        assertEquals(List.of(), CreditRules.check(std000, scheduled, List.of(),
                new CreditRules.Claim(null, true, bd(75), false)));
        RuleViolation over = CreditRules.check(std000, scheduled, List.of(new CreditRules.Credit(null, true, bd(75))),
                new CreditRules.Claim(null, true, bd("0.01"), false)).get(0);
        assertEquals("CREDIT_INTERNSHIP_CAP", over.rule());
        assertEquals(bd("75.00"), over.figures().get("internshipHours"));
        assertTrue(over.message().contains("internship hours scheduled in the calendar"), over.message());
        // and the 30 % is of the course hours without them: 30 % of (250 - 75) h = 52.5 h
        assertEquals(bd("175.00"), CreditRules.classroomLabHours(std000, scheduled));
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("1260", false, bd(40)));
        assertEquals(List.of(), CreditRules.check(std000, scheduled, held,
                new CreditRules.Claim("1259", false, bd("12.5"), false)));
        RuleViolation cap = CreditRules.check(std000, scheduled, held,
                new CreditRules.Claim("1259", false, bd("12.51"), false)).get(0);
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", cap.rule());
        assertEquals(bd("52.50"), cap.figures().get("capHours"));
        // a planned internship still decides when recorded
        EditionRules planned = with(std000, bd(250), bd(50), std000.attendance());
        assertEquals("CREDIT_INTERNSHIP_CAP", CreditRules.check(planned, scheduled, List.of(),
                new CreditRules.Claim(null, true, bd("50.01"), false)).get(0).rule());
    }

    @Test
    void withNoInternshipPlannedNorScheduledTheRefusalSaysWhatToRecord() {
        RuleViolation none = CreditRules.check(TestRules.std000(), ScheduledHours.NONE, List.of(),
                new CreditRules.Claim(null, true, bd(8), false)).get(0);
        assertEquals("NO_INTERNSHIP", none.rule());
        assertTrue(none.message().contains("records no plannedInternshipHours"), none.message());
        assertTrue(none.message().contains("record the edition's plannedInternshipHours in the catalogue, or schedule the "
                + "internship lessons"), none.message());
        // an edition that plans no internship says so
        RuleViolation zero = CreditRules.check(TestRules.std002(bd(0)), calendar(Map.of(), 480), List.of(),
                new CreditRules.Claim(null, true, bd(8), false)).get(0);
        assertEquals("NO_INTERNSHIP", zero.rule());
        assertTrue(zero.message().contains("plans no internship (plannedInternshipHours 0)"), zero.message());
    }
}
