package it.formapro.enrollment.eligibility;

import static it.formapro.enrollment.eligibility.EligibilityEngine.AGE;
import static it.formapro.enrollment.eligibility.EligibilityEngine.EDUCATION;
import static it.formapro.enrollment.eligibility.EligibilityEngine.FOREIGN_TITLE;
import static it.formapro.enrollment.eligibility.EligibilityEngine.ITALIAN_LANGUAGE;
import static it.formapro.enrollment.eligibility.EligibilityEngine.RESIDENCE_PERMIT;
import static it.formapro.enrollment.eligibility.RuleOutcome.FAIL;
import static it.formapro.enrollment.eligibility.RuleOutcome.MISSING_EVIDENCE;
import static it.formapro.enrollment.eligibility.RuleOutcome.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.enrollment.catalog.EditionRules;
import it.formapro.enrollment.eligibility.EligibilityReport.Verdict;
import it.formapro.enrollment.eligibility.Evidence.CompetenceCheck;
import it.formapro.enrollment.eligibility.Evidence.EducationTitle;
import it.formapro.enrollment.eligibility.Evidence.EntryTest;
import it.formapro.enrollment.eligibility.Evidence.LanguageCertificate;
import it.formapro.enrollment.eligibility.Evidence.RenewalReceipt;
import it.formapro.enrollment.eligibility.Evidence.ResidencePermit;
import it.formapro.enrollment.support.SeedStandards;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityEngineTest {

    static final LocalDate START = LocalDate.of(2031, 1, 13);
    static final LocalDate END = LocalDate.of(2031, 6, 30);
    /** The day of the evaluation: a month before the start, when applicants pre-enroll. */
    static final LocalDate TODAY = START.minusMonths(1);
    static final EditionRules S000 = SeedStandards.edition(1, "000", START, END, 250, 20, "OPEN");
    static final EditionRules S001 = SeedStandards.edition(2, "001", START, END, 208, 20, "OPEN");
    static final EditionRules S002 = SeedStandards.edition(3, "002", START, END, 300, 20, "OPEN");
    static final EditionRules S003 = SeedStandards.edition(4, "003", START, END, 300, 20, "OPEN");

    static final EducationTitle ITALIAN_DIPLOMA = new EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ITALIAN_SCHOOL, null, null);
    static final EducationTitle ITALIAN_LICENZA_MEDIA = new EducationTitle(EducationKind.LOWER_SECONDARY, 1, TitleOrigin.ITALIAN_SCHOOL, null, null);
    static final EducationTitle ITALIAN_QUALIFICA = new EducationTitle(EducationKind.QUALIFICATION, 3, TitleOrigin.ITALIAN_SCHOOL, null, null);

    final EligibilityEngine engine = new EligibilityEngine();

    /** A facts builder: an Italian adult with an Italian upper-secondary diploma unless changed. */
    static final class Facts {
        LocalDate birthDate = START.minusYears(30);
        Citizenship citizenship = Citizenship.ITALIAN;
        EducationTitle title = ITALIAN_DIPLOMA;
        LanguageCertificate cert;
        EntryTest test;
        ResidencePermit permit;
        RenewalReceipt receipt;
        Boolean rightDuty;
        CompetenceCheck competenceCheck;

        Facts born(LocalDate d) { birthDate = d; return this; }
        Facts citizen(Citizenship c) { citizenship = c; return this; }
        Facts title(EducationTitle t) { title = t; return this; }
        Facts cert(CefrLevel l) { cert = new LanguageCertificate(l, "CILS", START.minusMonths(3)); return this; }
        Facts test(CefrLevel l) { test = new EntryTest(l, START.minusDays(20)); return this; }
        Facts permit(LocalDate expires) { permit = new ResidencePermit(expires); return this; }
        Facts receipt() { receipt = new RenewalReceipt(START.minusDays(40)); return this; }
        Facts rightDuty(Boolean b) { rightDuty = b; return this; }
        Facts competenceCheck(boolean passed) { competenceCheck = new CompetenceCheck(passed, START.minusDays(10)); return this; }

        ApplicantFacts build() {
            return new ApplicantFacts(birthDate, citizenship, new Evidence(title, cert, test, permit, receipt, rightDuty, competenceCheck));
        }
    }

    static Facts italianAdult() { return new Facts(); }

    /** A non-EU adult with a foreign EQF 4 title with statement, B1 certificate and a permit covering the edition. */
    static Facts nonEuAdult() {
        return new Facts().citizen(Citizenship.NON_EU)
                .title(new EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ABROAD, true, null))
                .cert(CefrLevel.B1).permit(END);
    }

    RuleOutcome outcome(EditionRules rules, Facts facts, String rule) {
        return engine.evaluate(facts.build(), rules, TODAY).rule(rule).outcome();
    }

    @Test
    void listsEveryRuleInAFixedOrderWithTheStandardAsSource() {
        EligibilityReport report = engine.evaluate(italianAdult().build(), S001, TODAY);
        assertEquals(List.of(AGE, EDUCATION, FOREIGN_TITLE, ITALIAN_LANGUAGE, RESIDENCE_PERMIT),
                report.rules().stream().map(RuleCheck::rule).toList());
        assertTrue(report.rules().stream().allMatch(r -> r.source().startsWith(SeedStandards.SOURCE_001)));
        assertTrue(report.rules().stream().allMatch(r -> r.messageKey().startsWith("eligibility.")));
        assertEquals(Verdict.ELIGIBLE, report.verdict());
    }

    @Nested
    class Age {
        @Test
        void eighteenthBirthdayOnTheStartDatePasses() {
            assertEquals(PASS, outcome(S000, italianAdult().born(START.minusYears(18)), AGE));
        }

        @Test
        void eighteenthBirthdayTheDayAfterTheStartFails() {
            EligibilityReport r = engine.evaluate(italianAdult().born(START.minusYears(18).plusDays(1)).build(), S000, TODAY);
            assertEquals(FAIL, r.rule(AGE).outcome());
            assertTrue(r.rule(AGE).reason().contains("Aged 17"), r.rule(AGE).reason());
            assertTrue(r.rule(AGE).reason().contains("turns 18 on 2031-01-14"), r.rule(AGE).reason());
            assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        }

        @Test
        void bornOnTheTwentyNinthOfFebruaryTurnsEighteenOnTheFirstOfMarch() {
            // the age is Period.between(birth, start): 2008-02-29 -> 2026-02-28 is still 17
            assertEquals(LocalDate.of(2026, 3, 1), EligibilityEngine.birthday(LocalDate.of(2008, 2, 29), 18));
            assertEquals(LocalDate.of(2032, 2, 29), EligibilityEngine.birthday(LocalDate.of(2008, 2, 29), 24));
            assertEquals(LocalDate.of(2026, 1, 14), EligibilityEngine.birthday(LocalDate.of(2008, 1, 14), 18));
        }

        @Test
        void standards000And002HaveNoAlternativeToEighteen() {
            Facts minor = italianAdult().born(START.minusYears(17)).rightDuty(true).competenceCheck(true);
            assertEquals(FAIL, outcome(S000, minor, AGE));
            assertEquals(FAIL, outcome(S002, minor, AGE));
        }

        @Test
        void standard001AdmitsAMinorWhoFulfilledTheRightDuty() {
            assertEquals(PASS, outcome(S001, italianAdult().born(START.minusYears(17)).rightDuty(true), AGE));
            assertEquals(FAIL, outcome(S001, italianAdult().born(START.minusYears(17)).rightDuty(false), AGE));
            assertEquals(MISSING_EVIDENCE, outcome(S001, italianAdult().born(START.minusYears(17)), AGE));
            assertEquals(PASS, outcome(S001, italianAdult().born(START.minusYears(18)).rightDuty(false), AGE));
        }

        @Test
        void standard003AdmitsFromSixteen() {
            assertEquals(PASS, outcome(S003, italianAdult().born(START.minusYears(16)), AGE));
            assertEquals(FAIL, outcome(S003, italianAdult().born(START.minusYears(16).plusDays(1)), AGE));
        }

        @Test
        void missingBirthDateIsMissingEvidence() {
            assertEquals(MISSING_EVIDENCE, outcome(S000, italianAdult().born(null), AGE));
        }

        @Test
        void ageIsComputedAtTheStartNotToday() {
            // 17 today, 18 on the (future) start date: passes.
            Facts f = italianAdult().born(START.minusYears(18).minusDays(1));
            assertEquals(PASS, outcome(S000, f, AGE));
        }
    }

    @Nested
    class Education {
        @Test
        void eqf4TitleRequiredBy000And002() {
            assertEquals(PASS, outcome(S000, italianAdult(), EDUCATION));
            assertEquals(PASS, outcome(S002, italianAdult(), EDUCATION));
            assertEquals(FAIL, outcome(S000, italianAdult().title(ITALIAN_QUALIFICA), EDUCATION));
            assertEquals(FAIL, outcome(S002, italianAdult().title(ITALIAN_QUALIFICA), EDUCATION));
            assertEquals(PASS, outcome(S000, italianAdult().title(new EducationTitle(EducationKind.QUALIFICATION, 4, TitleOrigin.ITALIAN_SCHOOL, null, null)), EDUCATION));
        }

        @Test
        void noTitleIsMissingEvidenceNotFail() {
            assertEquals(MISSING_EVIDENCE, outcome(S000, italianAdult().title(null), EDUCATION));
            assertEquals(MISSING_EVIDENCE, outcome(S001, italianAdult().title(null), EDUCATION));
        }

        @Test
        void titleWithoutEqfOfKindOtherIsMissingEvidence() {
            assertEquals(MISSING_EVIDENCE, outcome(S000, italianAdult().title(new EducationTitle(EducationKind.OTHER, null, TitleOrigin.ITALIAN_SCHOOL, null, null)), EDUCATION));
        }

        @Test
        void compulsorySchoolingFor001() {
            assertEquals(PASS, outcome(S001, italianAdult().title(ITALIAN_QUALIFICA), EDUCATION));
            EligibilityReport r = engine.evaluate(italianAdult().title(ITALIAN_LICENZA_MEDIA).build(), S001, TODAY);
            assertEquals(FAIL, r.rule(EDUCATION).outcome());
            assertTrue(r.rule(EDUCATION).reason().contains("EQF 1"), r.rule(EDUCATION).reason());
        }

        @Test
        void standard003CompetenceCheckReplacesTheMissingTitleFromSixteen() {
            Facts sixteen = italianAdult().born(START.minusYears(16)).title(ITALIAN_LICENZA_MEDIA);
            assertEquals(MISSING_EVIDENCE, outcome(S003, sixteen, EDUCATION));
            assertEquals(PASS, outcome(S003, sixteen.competenceCheck(true), EDUCATION));
            assertEquals(FAIL, outcome(S003, italianAdult().born(START.minusYears(16)).title(null).competenceCheck(false), EDUCATION));
            assertEquals(PASS, outcome(S003, italianAdult().title(null).competenceCheck(true), EDUCATION));
            // with the title no check is needed
            assertEquals(PASS, outcome(S003, italianAdult().born(START.minusYears(16)).title(ITALIAN_QUALIFICA), EDUCATION));
        }

        static EducationTitle licenzaMedia(LocalDate obtainedOn) {
            return new EducationTitle(EducationKind.LOWER_SECONDARY, 1, TitleOrigin.ITALIAN_SCHOOL, null, null, obtainedOn);
        }

        @Test
        void licenzaMediaObtainedBeforeTheNineYearObligationAttestsCompulsorySchooling() {
            Facts adult = italianAdult().born(LocalDate.of(1970, 4, 2)).title(licenzaMedia(LocalDate.of(1984, 6, 30)));
            EligibilityReport r = engine.evaluate(adult.build(), S001, TODAY);
            assertEquals(PASS, r.rule(EDUCATION).outcome());
            assertTrue(r.rule(EDUCATION).reason().contains("L. 1859/1962"), r.rule(EDUCATION).reason());
            assertEquals(Verdict.ELIGIBLE, r.verdict());
            // the last day of the eight-year obligation, and the first of the nine-year one (L. 9/1999)
            assertEquals(PASS, outcome(S001, adult.title(licenzaMedia(LocalDate.of(1999, 8, 31))), EDUCATION));
            EligibilityReport later = engine.evaluate(adult.title(licenzaMedia(LocalDate.of(1999, 9, 1))).build(), S001, TODAY);
            assertEquals(FAIL, later.rule(EDUCATION).outcome());
            assertTrue(later.rule(EDUCATION).reason().contains("L. 9/1999"), later.rule(EDUCATION).reason());
        }

        @Test
        void withoutTheDateALicenzaMediaThatMayPredateTheReformAsksForIt() {
            // 13 on 31 August 1999 at the latest: could have obtained it before the reform
            Facts old = italianAdult().born(LocalDate.of(1986, 8, 31)).title(licenzaMedia(null));
            EligibilityReport r = engine.evaluate(old.build(), S001, TODAY);
            assertEquals(MISSING_EVIDENCE, r.rule(EDUCATION).outcome());
            assertTrue(r.rule(EDUCATION).reason().contains("obtainedOn"), r.rule(EDUCATION).reason());
            // a day younger: it cannot, so the title alone fails as before
            assertEquals(FAIL, outcome(S001, italianAdult().born(LocalDate.of(1986, 9, 1)).title(licenzaMedia(null)), EDUCATION));
        }

        @Test
        void theOldObligationCountsOnlyForCompulsorySchoolingAndAnItalianLicenzaMedia() {
            LocalDate before = LocalDate.of(1990, 6, 30);
            Facts adult = italianAdult().born(LocalDate.of(1976, 1, 1));
            // 000 and 002 ask for an EQF 4 title: the old obligation does not help
            assertEquals(FAIL, outcome(S000, adult.title(licenzaMedia(before)), EDUCATION));
            assertEquals(FAIL, outcome(S002, adult.title(licenzaMedia(before)), EDUCATION));
            // a lower-secondary title obtained abroad is judged on its EQF level alone
            assertEquals(FAIL, outcome(S001, adult.title(new EducationTitle(EducationKind.LOWER_SECONDARY, 1, TitleOrigin.ABROAD,
                    true, null, before)), EDUCATION));
        }

        @Test
        void standard003AcceptsTheOldLicenzaMediaWithoutTheCompetenceCheck() {
            Facts adult = italianAdult().born(LocalDate.of(1975, 5, 5));
            assertEquals(PASS, outcome(S003, adult.title(licenzaMedia(LocalDate.of(1989, 6, 30))), EDUCATION));
            EligibilityReport undated = engine.evaluate(adult.title(licenzaMedia(null)).build(), S003, TODAY);
            assertEquals(MISSING_EVIDENCE, undated.rule(EDUCATION).outcome());
            assertTrue(undated.rule(EDUCATION).reason().contains("competence") && undated.rule(EDUCATION).reason().contains("obtainedOn"),
                    undated.rule(EDUCATION).reason());
            assertEquals(PASS, outcome(S003, adult.title(licenzaMedia(null)).competenceCheck(true), EDUCATION));
        }

        @Test
        void competenceCheckDoesNotHelpElsewhere() {
            assertEquals(FAIL, outcome(S001, italianAdult().title(ITALIAN_LICENZA_MEDIA).competenceCheck(true), EDUCATION));
        }
    }

    @Nested
    class DocumentedByTheStart {
        @Test
        void aDocumentDatedAfterTheDayTheStudentStartsDoesNotCount() {
            Facts f = nonEuAdult();
            f.cert = new LanguageCertificate(CefrLevel.B1, "CILS", START.plusDays(1));
            EligibilityReport r = engine.evaluateDocumentedBy(f.build(), S000, START, TODAY);
            assertEquals(MISSING_EVIDENCE, r.rule(ITALIAN_LANGUAGE).outcome());
            assertTrue(r.rule(ITALIAN_LANGUAGE).reason().contains("not counted: the Italian certificate issued on "
                    + START.plusDays(1) + ", after " + START), r.rule(ITALIAN_LANGUAGE).reason());
            assertEquals(Verdict.MISSING_EVIDENCE, r.verdict());
            // on the day itself, or for a late joiner who joins after it, it counts
            f.cert = new LanguageCertificate(CefrLevel.B1, "CILS", START);
            assertEquals(Verdict.ELIGIBLE, engine.evaluateDocumentedBy(f.build(), S000, START, TODAY).verdict());
            f.cert = new LanguageCertificate(CefrLevel.B1, "CILS", START.plusDays(10));
            assertEquals(Verdict.ELIGIBLE, engine.evaluateDocumentedBy(f.build(), S000, START.plusDays(10), TODAY).verdict());
            // without a deadline (an eligibility dry run) the date is not judged
            assertEquals(Verdict.ELIGIBLE, engine.evaluate(f.build(), S000, TODAY).verdict());
        }

        @Test
        void eachDatedDocumentIsJudgedAndUndatedOnesAreKept() {
            Facts late = italianAdult().born(START.minusYears(16)).title(null);
            late.competenceCheck = new CompetenceCheck(true, START.plusDays(3));
            EligibilityReport r = engine.evaluateDocumentedBy(late.build(), S003, START, TODAY);
            assertEquals(MISSING_EVIDENCE, r.rule(EDUCATION).outcome());
            assertTrue(r.rule(EDUCATION).reason().contains("the competence check of " + START.plusDays(3)), r.rule(EDUCATION).reason());
            // a renewal applied for after the start does not stand in for the permit (001)
            Facts permit = nonEuAdult().permit(START.plusDays(30));
            permit.receipt = new RenewalReceipt(START.plusDays(1));
            assertEquals(PASS, outcome(S001, nonEuAdult().permit(START.plusDays(30)).receipt(), RESIDENCE_PERMIT));
            assertTrue(engine.evaluateDocumentedBy(permit.build(), S001, START, TODAY).rule(RESIDENCE_PERMIT).reason().contains("not counted"));
            // a title with no date is kept; a title obtained after the start is not
            assertEquals(PASS, engine.evaluateDocumentedBy(italianAdult().build(), S000, START, TODAY).rule(EDUCATION).outcome());
            EligibilityReport lateTitle = engine.evaluateDocumentedBy(italianAdult().title(new EducationTitle(EducationKind.UPPER_SECONDARY, 4,
                    TitleOrigin.ITALIAN_SCHOOL, null, null, START.plusDays(5))).build(), S000, START, TODAY);
            assertEquals(MISSING_EVIDENCE, lateTitle.rule(EDUCATION).outcome());
        }
    }

    @Nested
    class ForeignTitle {
        EducationTitle foreign(Boolean statement) {
            return new EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ABROAD, statement, null);
        }

        @Test
        void foreignTitleWithoutStatementIsMissingEvidenceWhereRequiredForItMayStillComeByTheStart() {
            for (EditionRules s : List.of(S000, S002, S003)) {
                EligibilityReport r = engine.evaluate(nonEuAdult().title(foreign(false)).build(), s, TODAY);
                assertEquals(MISSING_EVIDENCE, r.rule(FOREIGN_TITLE).outcome(), s.qualificationCode());
                assertTrue(r.rule(FOREIGN_TITLE).reason().contains("dichiarazione di valore"));
                assertEquals("eligibility.foreign-title.not-presented", r.rule(FOREIGN_TITLE).messageKey());
            }
        }

        @Test
        void statementNotYetPresentedIsMissingEvidence() {
            assertEquals(MISSING_EVIDENCE, outcome(S000, nonEuAdult().title(foreign(null)), FOREIGN_TITLE));
        }

        @Test
        void statementPresentPasses() {
            assertEquals(PASS, outcome(S000, nonEuAdult().title(foreign(true)), FOREIGN_TITLE));
        }

        @Test
        void standard001AsksNoStatement() {
            assertEquals(PASS, outcome(S001, nonEuAdult().title(foreign(false)), FOREIGN_TITLE));
        }

        @Test
        void italianTitleIsNotConcerned() {
            assertEquals(PASS, outcome(S000, italianAdult(), FOREIGN_TITLE));
        }
    }

    @Nested
    class Italian {
        @Test
        void italianCitizensNeedNothing() {
            assertEquals(PASS, outcome(S000, italianAdult().title(null), ITALIAN_LANGUAGE));
        }

        @Test
        void b1PassesAndAnA2CertificateLeavesTheEntryTestToTakeWhereB1IsRequired() {
            for (EditionRules s : List.of(S000, S001, S002)) {
                assertEquals(PASS, outcome(s, nonEuAdult().cert(CefrLevel.B1), ITALIAN_LANGUAGE), s.qualificationCode());
                assertEquals(PASS, outcome(s, nonEuAdult().cert(CefrLevel.C1), ITALIAN_LANGUAGE), s.qualificationCode());
                EligibilityReport r = engine.evaluate(nonEuAdult().cert(CefrLevel.A2).build(), s, TODAY);
                assertEquals(MISSING_EVIDENCE, r.rule(ITALIAN_LANGUAGE).outcome(), s.qualificationCode());
                assertTrue(r.rule(ITALIAN_LANGUAGE).reason().contains("A2, below the required B1; the entry test at B1 is still "
                        + "to be taken"), r.rule(ITALIAN_LANGUAGE).reason());
                // the entry test taken, and below the level too: now the documents decide
                EligibilityReport tested = engine.evaluate(nonEuAdult().cert(CefrLevel.A2).test(CefrLevel.A2).build(), s, TODAY);
                assertEquals(FAIL, tested.rule(ITALIAN_LANGUAGE).outcome(), s.qualificationCode());
                assertTrue(tested.rule(ITALIAN_LANGUAGE).reason().contains("Italian certificate at A2 and entry test at A2, "
                        + "below the required B1"), tested.rule(ITALIAN_LANGUAGE).reason());
            }
        }

        @Test
        void a2PassesAndA1FailsFor003OnceTheEntryTestIsTaken() {
            assertEquals(PASS, outcome(S003, nonEuAdult().cert(CefrLevel.A2), ITALIAN_LANGUAGE));
            assertEquals(MISSING_EVIDENCE, outcome(S003, nonEuAdult().cert(CefrLevel.A1), ITALIAN_LANGUAGE));
            assertEquals(FAIL, outcome(S003, nonEuAdult().cert(CefrLevel.A1).test(CefrLevel.A1), ITALIAN_LANGUAGE));
        }

        @Test
        void euCitizensAreForeignToo() {
            assertEquals(MISSING_EVIDENCE, outcome(S000, italianAdult().citizen(Citizenship.EU).title(null), ITALIAN_LANGUAGE));
        }

        @Test
        void nothingOnFileIsMissingEvidence() {
            Facts f = nonEuAdult();
            f.cert = null;
            assertEquals(MISSING_EVIDENCE, outcome(S000, f, ITALIAN_LANGUAGE));
        }

        @Test
        void entryTestKeptOnFileIsTheAlternative() {
            Facts f = nonEuAdult().test(CefrLevel.B1);
            f.cert = null;
            assertEquals(PASS, outcome(S000, f, ITALIAN_LANGUAGE));
            assertEquals(PASS, outcome(S001, f, ITALIAN_LANGUAGE));
            Facts low = nonEuAdult().test(CefrLevel.A2);
            low.cert = null;
            assertEquals(FAIL, outcome(S001, low, ITALIAN_LANGUAGE));
            // a low certificate is remedied by a sufficient entry test
            assertEquals(PASS, outcome(S000, nonEuAdult().cert(CefrLevel.A2).test(CefrLevel.B1), ITALIAN_LANGUAGE));
        }

        @Test
        void italianUpperSecondaryDiplomaExemptsIn000And002() {
            Facts f = nonEuAdult().title(ITALIAN_DIPLOMA);
            f.cert = null;
            assertEquals(PASS, outcome(S000, f, ITALIAN_LANGUAGE));
            assertEquals(PASS, outcome(S002, f, ITALIAN_LANGUAGE));
            assertTrue(engine.evaluate(f.build(), S000, TODAY).rule(ITALIAN_LANGUAGE).reason().startsWith("Exempt"));
        }

        @Test
        void noExemptionIn001() {
            Facts f = nonEuAdult().title(ITALIAN_DIPLOMA);
            f.cert = null;
            assertEquals(MISSING_EVIDENCE, outcome(S001, f, ITALIAN_LANGUAGE));
        }

        @Test
        void lowerSecondaryFromAnItalianSchoolExemptsOnlyIn003() {
            Facts f = nonEuAdult().title(ITALIAN_LICENZA_MEDIA);
            f.cert = null;
            assertEquals(PASS, outcome(S003, f, ITALIAN_LANGUAGE));
            assertEquals(MISSING_EVIDENCE, outcome(S000, f, ITALIAN_LANGUAGE));
        }

        @Test
        void foreignDiplomaDoesNotExempt() {
            Facts f = nonEuAdult();
            f.cert = null;
            assertEquals(MISSING_EVIDENCE, outcome(S000, f, ITALIAN_LANGUAGE));
        }
    }

    @Nested
    class Permit {
        @Test
        void permitExpiringOnTheEndDatePassesTheDayBeforeFailsWhereNoRenewalIsAccepted() {
            assertEquals(PASS, outcome(S001, nonEuAdult().permit(END), RESIDENCE_PERMIT));
            EligibilityReport r = engine.evaluate(nonEuAdult().permit(END.minusDays(1)).build(), S000, TODAY);
            assertEquals(FAIL, r.rule(RESIDENCE_PERMIT).outcome());
            assertTrue(r.rule(RESIDENCE_PERMIT).reason().contains("expires on 2031-06-29, before the edition's end 2031-06-30"),
                    r.rule(RESIDENCE_PERMIT).reason());
        }

        @Test
        void aPermitStillValidButExpiringBeforeTheEndWaitsForTheRenewalReceiptWhereTheStandardAcceptsIt() {
            // [001] sez. 3: "valido per l'intera durata del percorso o dimostrazione della attesa di rinnovo"; DOMAIN.md:
            // requirements may be satisfied after pre-enrollment, the confirmation waits until all pass
            EligibilityReport r = engine.evaluate(nonEuAdult().permit(END.minusDays(1)).build(), S001, TODAY);
            RuleCheck permit = r.rule(RESIDENCE_PERMIT);
            assertEquals(MISSING_EVIDENCE, permit.outcome());
            assertEquals("eligibility.residence-permit.renewal-receipt-missing", permit.messageKey());
            assertTrue(permit.reason().contains("expires on 2031-06-29, before the edition's end 2031-06-30"), permit.reason());
            assertTrue(permit.reason().contains("receipt of a renewal application"), permit.reason());
            assertEquals(Verdict.MISSING_EVIDENCE, r.verdict());
            // a permit expiring before the start, still valid today, may be renewed as well
            assertEquals(MISSING_EVIDENCE, outcome(S001, nonEuAdult().permit(START.minusDays(1)), RESIDENCE_PERMIT));
            // expiring today it is still valid today; expired yesterday it fails, as without the renewal route
            assertEquals(MISSING_EVIDENCE, outcome(S001, nonEuAdult().permit(TODAY), RESIDENCE_PERMIT));
            RuleCheck expired = engine.evaluate(nonEuAdult().permit(TODAY.minusDays(1)).build(), S001, TODAY).rule(RESIDENCE_PERMIT);
            assertEquals(FAIL, expired.outcome());
            assertTrue(expired.reason().contains("it expired before today (" + TODAY + ") and no renewal receipt is on file"),
                    expired.reason());
            // with the receipt it passes
            assertEquals(PASS, outcome(S001, nonEuAdult().permit(END.minusDays(1)).receipt(), RESIDENCE_PERMIT));
        }

        @Test
        void atConfirmationTheMissingRenewalReceiptStillRefuses() {
            EligibilityReport r = engine.evaluateDocumentedBy(nonEuAdult().permit(END.minusDays(1)).build(), S001, START, START);
            assertEquals(MISSING_EVIDENCE, r.rule(RESIDENCE_PERMIT).outcome());
            assertEquals(Verdict.MISSING_EVIDENCE, r.verdict());
            assertTrue(!r.allPass());
        }

        @Test
        void whereTheStandardIsSilentTheDefaultRequiresAPermitForTheWholeCourseWithoutTheRenewalRoute() {
            // DOMAIN.md's table: 000, 002, 003 "(not stated: default, require it)"; the catalogue stores no renewal route
            for (EditionRules s : List.of(S000, S002, S003)) {
                RuleCheck r = engine.evaluate(nonEuAdult().permit(END.minusDays(1)).build(), s, TODAY).rule(RESIDENCE_PERMIT);
                assertEquals(FAIL, r.outcome(), s.qualificationCode());
                assertEquals("eligibility.residence-permit.expires-before-end", r.messageKey());
            }
        }

        @Test
        void expiredPermitWithRenewalReceiptPasses() {
            assertEquals(PASS, outcome(S001, nonEuAdult().permit(START.minusMonths(2)).receipt(), RESIDENCE_PERMIT));
            assertEquals(FAIL, outcome(S001, nonEuAdult().permit(START.minusMonths(2)), RESIDENCE_PERMIT));
        }

        @Test
        void receiptAloneIsEnough() {
            Facts f = nonEuAdult().receipt();
            f.permit = null;
            assertEquals(PASS, outcome(S001, f, RESIDENCE_PERMIT));
        }

        @Test
        void nothingOnFileIsMissingEvidence() {
            Facts f = nonEuAdult();
            f.permit = null;
            assertEquals(MISSING_EVIDENCE, outcome(S001, f, RESIDENCE_PERMIT));
        }

        @Test
        void onlyNonEuCitizensNeedIt() {
            assertEquals(PASS, outcome(S001, italianAdult().citizen(Citizenship.EU).cert(CefrLevel.B1), RESIDENCE_PERMIT));
            assertEquals(PASS, outcome(S001, italianAdult(), RESIDENCE_PERMIT));
        }

        @Test
        void theDefaultIsSaidWhereTheStandardIsSilent() {
            for (EditionRules s : List.of(S000, S002, S003)) {
                RuleCheck r = engine.evaluate(nonEuAdult().permit(END.minusDays(1)).build(), s, TODAY).rule(RESIDENCE_PERMIT);
                assertEquals(FAIL, r.outcome());
                assertTrue(r.reason().contains("the standard is silent"), r.reason());
                assertTrue(r.source().contains("suite default"), r.source());
            }
            RuleCheck stated = engine.evaluate(nonEuAdult().build(), S001, TODAY).rule(RESIDENCE_PERMIT);
            assertTrue(!stated.reason().contains("silent"), stated.reason());
        }

        @Test
        void theDefaultSaidIsTheOneApplied() {
            // 000/002/003 are silent and the catalogue stores "no renewal receipt": the reason must not promise one
            for (EditionRules s : List.of(S000, S002, S003)) {
                RuleCheck r = engine.evaluate(nonEuAdult().permit(START.minusMonths(2)).receipt().build(), s, TODAY).rule(RESIDENCE_PERMIT);
                assertEquals(FAIL, r.outcome());
                assertTrue(r.reason().contains("this standard does not accept a renewal receipt"), r.reason());
                assertTrue(r.reason().contains("a renewal receipt not accepted]"), r.reason());
                assertTrue(!r.reason().contains("a renewal receipt accepted]"), r.reason());
            }
        }
    }

    @Nested
    class PerSeedStandard {
        @Test
        void s000EligibleForeignerAndIneligibleOne() {
            assertEquals(Verdict.ELIGIBLE, engine.evaluate(nonEuAdult().build(), S000, TODAY).verdict());
            Facts bad = nonEuAdult().born(START.minusYears(18).plusDays(1))
                    .title(new EducationTitle(EducationKind.UPPER_SECONDARY, 4, TitleOrigin.ABROAD, false, null))
                    .cert(CefrLevel.A2).permit(END.minusDays(1));
            EligibilityReport r = engine.evaluate(bad.build(), S000, TODAY);
            assertEquals(List.of(AGE, FOREIGN_TITLE, ITALIAN_LANGUAGE, RESIDENCE_PERMIT),
                    r.notPassed().stream().map(RuleCheck::rule).toList());
            // the statement of comparability and the entry test may still come by the start; age and permit decide
            assertEquals(List.of(FAIL, MISSING_EVIDENCE, MISSING_EVIDENCE, FAIL),
                    r.notPassed().stream().map(RuleCheck::outcome).toList());
            assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        }

        @Test
        void s001MinorWithRightDutyAndEntryTest() {
            Facts f = nonEuAdult().born(START.minusYears(17)).rightDuty(true).title(ITALIAN_QUALIFICA).test(CefrLevel.B1).permit(START).receipt();
            f.cert = null;
            assertEquals(Verdict.ELIGIBLE, engine.evaluate(f.build(), S001, TODAY).verdict());
            Facts bad = italianAdult().born(START.minusYears(17)).rightDuty(false).title(ITALIAN_LICENZA_MEDIA);
            assertEquals(List.of(AGE, EDUCATION),
                    engine.evaluate(bad.build(), S001, TODAY).notPassed().stream().map(RuleCheck::rule).toList());
        }

        @Test
        void s002NeedsTheDiploma() {
            assertEquals(Verdict.ELIGIBLE, engine.evaluate(italianAdult().build(), S002, TODAY).verdict());
            EligibilityReport r = engine.evaluate(italianAdult().title(ITALIAN_QUALIFICA).build(), S002, TODAY);
            assertEquals(List.of(EDUCATION), r.notPassed().stream().map(RuleCheck::rule).toList());
            assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        }

        @Test
        void s003SixteenYearOldForeignerWithCompetenceCheck() {
            Facts f = nonEuAdult().born(START.minusYears(16)).title(null).competenceCheck(true).cert(CefrLevel.A2);
            assertEquals(Verdict.ELIGIBLE, engine.evaluate(f.build(), S003, TODAY).verdict());
            Facts bad = nonEuAdult().born(START.minusYears(15)).title(null).cert(CefrLevel.A1);
            EligibilityReport r = engine.evaluate(bad.build(), S003, TODAY);
            assertEquals(List.of(AGE, EDUCATION, ITALIAN_LANGUAGE), r.notPassed().stream().map(RuleCheck::rule).toList());
        }

        @Test
        void missingEvidenceVersusFail() {
            Facts nothing = new Facts().citizen(Citizenship.NON_EU).title(null);
            EligibilityReport r = engine.evaluate(nothing.build(), S000, TODAY);
            assertEquals(Verdict.MISSING_EVIDENCE, r.verdict());
            assertEquals(List.of(EDUCATION, ITALIAN_LANGUAGE, RESIDENCE_PERMIT), r.notPassed().stream().map(RuleCheck::rule).toList());
            assertTrue(r.notPassed().stream().allMatch(c -> c.outcome() == MISSING_EVIDENCE));
        }
    }
}
