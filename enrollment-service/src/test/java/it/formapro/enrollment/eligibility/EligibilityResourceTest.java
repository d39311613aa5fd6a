package it.formapro.enrollment.eligibility;

import static io.restassured.RestAssured.given;
import static it.formapro.enrollment.support.DownstreamStubs.ED_000;
import static it.formapro.enrollment.support.DownstreamStubs.ED_001;
import static it.formapro.enrollment.support.DownstreamStubs.ED_002;
import static it.formapro.enrollment.support.DownstreamStubs.ED_003;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_END;
import static it.formapro.enrollment.support.DownstreamStubs.FUTURE_START;
import static it.formapro.enrollment.support.TestData.diploma;
import static it.formapro.enrollment.support.TestData.evidence;
import static it.formapro.enrollment.support.TestData.title;
import static it.formapro.enrollment.support.TestData.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import it.formapro.enrollment.support.DownstreamStubs;
import it.formapro.enrollment.support.SeedStandards;
import it.formapro.enrollment.support.TestData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /eligibility per seed standard, through the real catalog REST client against the stubbed catalogue. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class EligibilityResourceTest {

    static Map<String, Object> applicant(LocalDate birthDate, String citizenship, Map<String, Object> evidence) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("birthDate", birthDate.toString());
        a.put("citizenship", citizenship);
        a.put("evidence", evidence);
        return a;
    }

    ValidatableResponse check(long editionId, Map<String, Object> applicant, String role) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON)
                .body(Map.of("editionId", editionId, "applicant", applicant))
                .when().post("/eligibility").then();
    }

    static final LocalDate ADULT = FUTURE_START.minusYears(18);
    static final LocalDate SEVENTEEN = FUTURE_START.minusYears(18).plusDays(1);

    @Test
    void standard000EligibleForeignerAndIneligibleOne() {
        check(ED_000, applicant(ADULT, "NON_EU", evidence(diploma("ABROAD", true), "B1", FUTURE_END, null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("ELIGIBLE")).body("qualificationCode", is("000"))
                .body("rules.source", everyItem(startsWith(SeedStandards.SOURCE_000)));
        check(ED_000, applicant(SEVENTEEN, "NON_EU", evidence(diploma("ABROAD", false), "A2", FUTURE_END.minusDays(1), null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("NOT_ELIGIBLE"))
                .body("rules.findAll { it.outcome != 'PASS' }.rule", contains("AGE", "FOREIGN_TITLE", "ITALIAN_LANGUAGE", "RESIDENCE_PERMIT"))
                .body("rules.find { it.rule == 'ITALIAN_LANGUAGE' }.reason", containsString("A2, below the required B1"))
                .body("rules.find { it.rule == 'ITALIAN_LANGUAGE' }.outcome", is("MISSING_EVIDENCE"))
                .body("rules.find { it.rule == 'FOREIGN_TITLE' }.outcome", is("MISSING_EVIDENCE"));
    }

    @Test
    void standard001MinorWithRightDutyAndIneligibleMinor() {
        check(ED_001, applicant(SEVENTEEN, "ITALIAN", evidence(title("QUALIFICATION", 3, "ITALIAN_SCHOOL"), null, null, true, null, null)), "portal")
                .statusCode(200).body("verdict", is("ELIGIBLE"));
        check(ED_001, applicant(SEVENTEEN, "ITALIAN", evidence(title("LOWER_SECONDARY", 1, "ITALIAN_SCHOOL"), null, null, false, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("NOT_ELIGIBLE"))
                .body("rules.findAll { it.outcome == 'FAIL' }.rule", contains("AGE", "EDUCATION"));
    }

    @Test
    void standard001AdmitsALicenzaMediaFromBeforeTheNineYearObligationStoredOnTheStudent() {
        Map<String, Object> licenza = new LinkedHashMap<>(title("LOWER_SECONDARY", 1, "ITALIAN_SCHOOL"));
        licenza.put("obtainedOn", "1985-06-28");
        long student = given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON)
                .body(TestData.student(LocalDate.of(1971, 3, 3), "ITALIAN", evidence(licenza, null, null, null, null, null)))
                .when().post("/students").then().statusCode(201)
                .body("evidence.educationTitle.obtainedOn", is("1985-06-28")).extract().jsonPath().getLong("id");
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("editionId", ED_001, "studentId", student))
                .when().post("/eligibility").then().statusCode(200).body("verdict", is("ELIGIBLE"))
                .body("rules.find { it.rule == 'EDUCATION' }.reason", containsString("before 1999-09-01"));
        // the same title obtained after the reform: the title alone does not attest it
        licenza.put("obtainedOn", "2003-06-28");
        check(ED_001, applicant(LocalDate.of(1989, 3, 3), "ITALIAN", evidence(licenza, null, null, null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("NOT_ELIGIBLE"))
                .body("rules.find { it.rule == 'EDUCATION' }.reason", containsString("L. 9/1999"));
        // a date in the future is bad input
        licenza.put("obtainedOn", LocalDate.now().plusDays(2).toString());
        check(ED_001, applicant(LocalDate.of(1989, 3, 3), "ITALIAN", evidence(licenza, null, null, null, null, null)), "frontdesk")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void standard002ExemptByItalianDiplomaAndIneligibleWithQualificationOnly() {
        check(ED_002, applicant(ADULT, "EU", evidence(diploma("ITALIAN_SCHOOL", null), null, null, null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("ELIGIBLE"))
                .body("rules.find { it.rule == 'ITALIAN_LANGUAGE' }.reason", startsWith("Exempt"));
        check(ED_002, applicant(ADULT, "ITALIAN", evidence(title("QUALIFICATION", 3, "ITALIAN_SCHOOL"), null, null, null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("NOT_ELIGIBLE"))
                .body("rules.findAll { it.outcome != 'PASS' }.rule", contains("EDUCATION"));
    }

    @Test
    void standard003SixteenWithCompetenceCheckAndA2() {
        LocalDate sixteen = FUTURE_START.minusYears(16);
        check(ED_003, applicant(sixteen, "NON_EU", evidence(null, "A2", FUTURE_END, null, true, null)), "frontdesk")
                .statusCode(200).body("verdict", is("ELIGIBLE"));
        check(ED_003, applicant(sixteen.plusDays(1), "NON_EU", evidence(null, "A1", FUTURE_END, null, null, "A1")), "frontdesk")
                .statusCode(200).body("verdict", is("NOT_ELIGIBLE"))
                .body("rules.findAll { it.outcome == 'FAIL' }.rule", contains("AGE", "EDUCATION", "ITALIAN_LANGUAGE"));
    }

    @Test
    void missingEvidenceIsNotAFailure() {
        check(ED_000, applicant(ADULT, "NON_EU", evidence(null, null, null, null, null, null)), "frontdesk")
                .statusCode(200).body("verdict", is("MISSING_EVIDENCE"))
                .body("rules.findAll { it.outcome == 'MISSING_EVIDENCE' }.rule", contains("EDUCATION", "ITALIAN_LANGUAGE", "RESIDENCE_PERMIT"));
    }

    @Test
    void catalogDownIs503WithAClearDetail() {
        check(DownstreamStubs.ED_CATALOG_DOWN, applicant(ADULT, "ITALIAN", null), "frontdesk")
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("catalog-service did not answer"))
                .body("figures.service", is("catalog-service"));
    }

    @Test
    void unknownEditionIs404() {
        check(DownstreamStubs.ED_UNKNOWN, applicant(ADULT, "ITALIAN", null), "frontdesk").statusCode(404);
    }

    @Test
    void portalMayNotAskAboutARegisteredStudentAndTutorMayNotAskAtAll() {
        given().auth().oauth2(token("portal")).contentType(ContentType.JSON).body(Map.of("editionId", ED_000, "studentId", 1))
                .when().post("/eligibility").then().statusCode(403).contentType("application/problem+json")
                // the service's reason, not the generic "none of its roles": the portal may, with the applicant's facts
                .body("detail", is("Your role may not do this: the portal checks an applicant's facts given inline, "
                        + "not a registered student"));
        check(ED_000, applicant(ADULT, "ITALIAN", null), "tutor").statusCode(403)
                .body("detail", is("Your token is valid but none of its roles may perform /eligibility"));
    }

    @Test
    void neitherStudentNorApplicantIs400() {
        given().auth().oauth2(token("frontdesk")).contentType(ContentType.JSON).body(Map.of("editionId", ED_000))
                .when().post("/eligibility").then().statusCode(400);
    }

    @Test
    void anApplicantBornInTheFutureOrInAnImpossibleYearIs400LikeAStudent() {
        // as StudentInput: a birth date in the future is refused, not answered "Aged -35"; a year JSON reads but the age
        // arithmetic cannot (LocalDate.MAX) is refused, not a 500
        for (String birth : java.util.List.of(LocalDate.now().plusYears(36).toString(), "+999999999-12-31", "-999999999-01-01", "0001-01-01")) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("birthDate", birth);
            a.put("citizenship", "ITALIAN");
            check(ED_000, a, "frontdesk").statusCode(400).contentType("application/problem+json")
                    .body("violations.field", everyItem(is("applicant.birthDate")))
                    .body("detail", containsString("applicant.birthDate"));
        }
        // a document date out of range in the dry run too
        Map<String, Object> a = applicant(ADULT, "NON_EU", Map.of("residencePermit", Map.of("expiresOn", "+999999999-12-31")));
        check(ED_000, a, "portal").statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("applicant.evidence.residencePermit.expiresOn"))
                .body("detail", containsString("between 1850-01-01 and 2199-12-31"));
    }

    @Test
    void anEditionNobodyCanEnrollOnIsRefusedWith422LikeAPreEnrollment() {
        Map<String, Object> eligible = applicant(ADULT, "NON_EU", evidence(diploma("ABROAD", true), "B1", FUTURE_END, null, null, null));
        for (String role : java.util.List.of("frontdesk", "portal")) {
            check(DownstreamStubs.ED_CLOSED, eligible, role).statusCode(422).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/edition-closed"))
                    .body("detail", containsString("nobody can enroll"))
                    .body("figures.status", is("CLOSED"));
            check(DownstreamStubs.ED_PLANNED, eligible, role).statusCode(422).contentType("application/problem+json")
                    .body("type", is("https://formapro.it/problems/edition-not-open"))
                    .body("detail", containsString("until the admin opens it"))
                    .body("figures.status", is("PLANNED"));
        }
        // a running edition still answers
        check(DownstreamStubs.ED_TUI_AT_LIMIT, eligible, "frontdesk").statusCode(200);
    }
}
