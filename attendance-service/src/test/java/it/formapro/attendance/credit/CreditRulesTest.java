package it.formapro.attendance.credit;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.attendance.RuleViolation;
import it.formapro.attendance.catalog.EditionRules;
import it.formapro.attendance.support.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    private final EditionRules std001 = TestRules.std001(EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE);

    private List<String> check(List<CreditRules.Credit> held, CreditRules.Claim claim) {
        return CreditRules.check(std001, held, claim).stream().map(RuleViolation::rule).toList();
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
        List<RuleViolation> refused = CreditRules.check(std001, held, new CreditRules.Claim("7", false, bd("2.41"), false));
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
        RuleViolation refused = CreditRules.check(std001, held, new CreditRules.Claim("7", false, bd("0.01"), false)).get(0);
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
        RuleViolation refused = CreditRules.check(std001, held, new CreditRules.Claim("13", false, bd(8), true)).get(0);
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
        assertEquals(List.of(), CreditRules.check(planned, held, new CreditRules.Claim("7", false, bd("2.41"), false)));
        List<RuleViolation> refused = CreditRules.check(planned, held, new CreditRules.Claim("7", false, bd("2.42"), false));
        assertEquals(bd("62.41"), refused.get(0).figures().get("capHours"));
    }

    @Test
    void whereTheInternshipIsPartOfTheCourseThe30PercentIsOfTheOtherHours() {
        // [000]: 250 h including a planned internship of 50 h -> 30 % of the 200 classroom/lab hours = 60 h
        EditionRules std000 = with(TestRules.std000(), bd(250), bd(50), TestRules.std000().attendance());
        assertEquals(bd(200), CreditRules.classroomLabHours(std000));
        List<CreditRules.Credit> held = List.of(new CreditRules.Credit("1260", false, bd(40)));
        assertEquals(List.of(), CreditRules.check(std000, held, new CreditRules.Claim("1259", false, bd(20), false))
                .stream().map(RuleViolation::rule).toList());
        List<RuleViolation> refused = CreditRules.check(std000, held, new CreditRules.Claim("1259", false, bd("20.01"), false));
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.get(0).rule());
        assertEquals(bd("60.00"), refused.get(0).figures().get("capHours"));
        // [001] keeps the internship out of its 208 h already
        assertEquals(bd(208), CreditRules.classroomLabHours(std001));
    }

    @Test
    void whereTheStandardStatesNoPercentageTheRefusalSaysTheDefaultApplies() {
        EditionRules.Attendance a = TestRules.std000().attendance();
        EditionRules silent = with(TestRules.std000(), bd(250), bd(50), new EditionRules.Attendance(a.admissionPercent(),
                a.maxAbsencePercent(), a.tuiPercent(), a.tuiStated(), a.lateJoinerPolicy(), null, null));
        RuleViolation refused = CreditRules.check(silent, List.of(new CreditRules.Credit("1260", false, bd(40))),
                new CreditRules.Claim("1259", false, bd(21), false)).get(0);
        assertEquals("CREDIT_CLASSROOM_LAB_CAP", refused.rule());
        assertTrue(refused.source().contains("suite default"), refused.source());
        assertTrue(CreditRules.check(std001, List.of(), new CreditRules.Claim("4", false, bd(20), false)).isEmpty());
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
}
