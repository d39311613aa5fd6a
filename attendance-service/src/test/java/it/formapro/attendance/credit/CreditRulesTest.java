package it.formapro.attendance.credit;

import static it.formapro.attendance.support.TestRules.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void upTo100PercentOfTheInternship() {
        assertEquals(List.of(), check(List.of(), new CreditRules.Claim(null, true, bd(80), false)));
        assertEquals(List.of("CREDIT_INTERNSHIP_CAP"), check(List.of(new CreditRules.Credit(null, true, bd(80))),
                new CreditRules.Claim(null, true, bd("0.5"), false)));
        // internship credits do not eat into the 30 % of the course hours
        assertEquals(List.of(), check(List.of(new CreditRules.Credit(null, true, bd(80))),
                new CreditRules.Claim("4", false, bd(20), false)));
    }
}
