package it.formapro.catalog.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.catalog.edition.EditionValidator.EditionPlan;
import it.formapro.catalog.edition.EditionValidator.StandardLimits;
import it.formapro.common.problem.Problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edition rules on their own: no database, no HTTP. Limits as in the seeded standards 000 and 001. */
class EditionValidatorTest {

    static final StandardLimits S001 = new StandardLimits("001", "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023",
            bd("208"), null, bd("60"), bd("100"), false, 10);
    static final StandardLimits S000 = new StandardLimits("000", "Standard 000", bd("250"), bd("125"), null, null, true, null);
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static EditionPlan plan(String hours, String internship) {
        return new EditionPlan(START, START.plusMonths(5), bd(hours), internship == null ? null : bd(internship), 20);
    }

    static List<String> codes(EditionValidator.Outcome o) {
        return o.violations().stream().map(Violation::field).toList();
    }

    @Test
    void acceptsTheMinimumExactlyAndTheInternshipBounds() {
        assertTrue(EditionValidator.validate(plan("208", "60"), S001).ok());
        assertTrue(EditionValidator.validate(plan("208.00", "100"), S001).ok());
        assertTrue(EditionValidator.validate(plan("250", null), S000).ok());
    }

    @Test
    void refusesHoursBelowTheStandardsMinimumWithTheFigures() {
        EditionValidator.Outcome o = EditionValidator.validate(plan("207.5", "80"), S001);
        assertEquals(List.of("MIN_TOTAL_HOURS"), codes(o));
        assertEquals(bd("208"), o.figures().get("minTotalHours"));
        assertEquals(bd("207.5"), o.figures().get("plannedHours"));
        assertTrue(o.violations().get(0).message().contains("207.5") && o.violations().get(0).message().contains("208"));
        assertTrue(o.violations().get(0).message().contains("internship excluded"));
        assertEquals(S001.source(), o.violations().get(0).source());
    }

    @Test
    void additionalUnitsMayAddAtMostTenPercentSo228Point8IsAllowed() {
        // 001 sez. 6: 208 h + 10 % = 228.8 h, internship (planned apart) excluded
        assertTrue(EditionValidator.validate(plan("228.8", "100"), S001).ok());
        assertTrue(EditionValidator.validate(plan("228.80", "60"), S001).ok());
    }

    @Test
    void refusesHoursAboveTheMinimumPlusTheAdditionalUnitsWithTheFigures() {
        EditionValidator.Outcome o = EditionValidator.validate(plan("228.81", "80"), S001);
        assertEquals(List.of("MAX_TOTAL_HOURS"), codes(o));
        assertEquals(bd("228.81"), o.figures().get("plannedHours"));
        assertEquals(0, bd("228.8").compareTo((BigDecimal) o.figures().get("maxTotalHours")));
        assertEquals(10, o.figures().get("additionalUnitsMaxPercent"));
        assertEquals("001", o.figures().get("qualificationCode"));
        assertEquals("plannedHours 228.81 is above the standard's maximum of 228.8 h: the minimum of 208 h plus at most "
                + "10 % of additional units (internship excluded)", o.violations().get(0).message());
        assertEquals(S001.source(), o.violations().get(0).source());
    }

    @Test
    void aStandardWithoutTheAdditionalUnitsPercentHasNoUpperLimit() {
        assertTrue(EditionValidator.validate(plan("400", null), S000).ok());
    }

    @Test
    void internshipMustBePlannedWithinTheStandardsRange() {
        assertEquals(List.of("INTERNSHIP_MIN_HOURS"), codes(EditionValidator.validate(plan("208", "59.99"), S001)));
        assertEquals(List.of("INTERNSHIP_MAX_HOURS"), codes(EditionValidator.validate(plan("208", "100.01"), S001)));
        assertEquals(List.of("INTERNSHIP_HOURS_REQUIRED"), codes(EditionValidator.validate(plan("208", null), S001)));
    }

    @Test
    void reportsEveryFailedRuleAtOnce() {
        EditionValidator.Outcome o = EditionValidator.validate(plan("100", "20"), S001);
        assertEquals(List.of("MIN_TOTAL_HOURS", "INTERNSHIP_MIN_HOURS"), codes(o));
        assertEquals("001", o.figures().get("qualificationCode"));
    }

    @Test
    void whereTheInternshipIsPartOfTheTotalItCannotExceedIt() {
        EditionValidator.Outcome o = EditionValidator.validate(plan("250", "251"), S000);
        assertEquals(List.of("INTERNSHIP_WITHIN_TOTAL"), codes(o));
        // 001 tracks its internship apart from the 208 h, so 100 h of internship on 208 h is fine
        assertTrue(EditionValidator.validate(plan("208", "100"), S001).ok());
    }

    @Test
    void whereTheInternshipIsPartOfTheTotalWhatItLeavesHoldsTheClassroomMinimum() {
        EditionValidator.Outcome o = EditionValidator.validate(plan("250", "200"), S000);
        assertEquals(List.of("CLASSROOM_MIN_HOURS"), codes(o));
        assertEquals("plannedHours 250 less plannedInternshipHours 200 leaves 50 h, below the standard's classroom "
                + "minimum of 125 h", o.violations().get(0).message());
        assertEquals(bd("125"), o.figures().get("minClassroomHours"));
        assertTrue(EditionValidator.validate(plan("250", "125"), S000).ok()); // exactly the minimum left
        assertTrue(EditionValidator.validate(plan("300", "150"), S000).ok());
        assertEquals(List.of("CLASSROOM_MIN_HOURS"), codes(EditionValidator.validate(plan("300", "175.5"), S000)));
    }

    @Test
    void endBeforeStartIsAFieldError() {
        EditionPlan backwards = new EditionPlan(START, START.minusDays(1), bd("208"), bd("80"), 20);
        assertEquals("endDate", EditionValidator.checkDates(backwards).get(0).field());
        assertTrue(EditionValidator.checkDates(new EditionPlan(START, START, bd("208"), bd("80"), 20)).isEmpty());
    }

    @Test
    void statusMovesOnlyForwardAndClosedIsFinal() {
        assertTrue(EditionStatus.PLANNED.canMoveTo(EditionStatus.OPEN));
        assertTrue(EditionStatus.PLANNED.canMoveTo(EditionStatus.CLOSED));
        assertFalse(EditionStatus.PLANNED.canMoveTo(EditionStatus.RUNNING));
        assertTrue(EditionStatus.OPEN.canMoveTo(EditionStatus.RUNNING));
        assertFalse(EditionStatus.RUNNING.canMoveTo(EditionStatus.OPEN));
        assertTrue(EditionStatus.RUNNING.canMoveTo(EditionStatus.CLOSED));
        assertTrue(EditionStatus.CLOSED.allowedNext().isEmpty());
        assertFalse(EditionStatus.OPEN.canMoveTo(EditionStatus.OPEN));
    }

    @Test
    void idempotencyFingerprintIgnoresNumberSpelling() {
        EditionRequest a = new EditionRequest("P", ACC, null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest b = new EditionRequest("P", ACC, null, "001", 1, "T", "L", START, START, bd("208.00"), bd("80.0"), 20, null);
        EditionRequest c = new EditionRequest("P", ACC, null, "001", 1, "T", "L", START, START, bd("209"), bd("80"), 20, null);
        assertEquals(EditionService.fingerprint(a), EditionService.fingerprint(b));
        assertFalse(EditionService.fingerprint(a).equals(EditionService.fingerprint(c)));
    }

    @Test
    void idempotencyFingerprintKeepsFieldsApart() {
        // the same text split otherwise between title and location: alike when the fields were joined with '|'
        EditionRequest a = new EditionRequest("P", ACC, null, "001", 1, "T|L", "X", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest b = new EditionRequest("P", ACC, null, "001", 1, "T", "L|X", START, START, bd("208"), bd("80"), 20, null);
        assertEquals(EditionService.legacyFingerprint(a), EditionService.legacyFingerprint(b));
        assertNotEquals(EditionService.fingerprint(a), EditionService.fingerprint(b));
    }

    static final String ACC = "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123";

    @Test
    void idempotencyFingerprintCountsTheAccreditationAndTreatsBlankAsAbsent() {
        EditionRequest with = new EditionRequest("P", ACC, null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest padded = new EditionRequest("P", "  " + ACC + " ", null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest other = new EditionRequest("P", "codice ente B0456", null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest none = new EditionRequest("P", null, null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        EditionRequest blank = new EditionRequest("P", "   ", null, "001", 1, "T", "L", START, START, bd("208"), bd("80"), 20, null);
        assertEquals(EditionService.fingerprint(with), EditionService.fingerprint(padded));
        assertFalse(EditionService.fingerprint(with).equals(EditionService.fingerprint(other)));
        assertFalse(EditionService.fingerprint(with).equals(EditionService.fingerprint(none)));
        assertEquals(EditionService.fingerprint(none), EditionService.fingerprint(blank));
        assertNull(blank.providerAccreditationOrNull());
        assertEquals(ACC, padded.providerAccreditationOrNull());
    }
}
