package it.formapro.catalog.qualification;

import static io.restassured.RestAssured.given;
import static it.formapro.catalog.TestSupport.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The five seeded standards, checked figure by figure through the API against their documents. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class QualificationResourceTest {

    @Test
    void refusesAnonymousCallersWithAProblem() {
        given().when().get("/qualifications")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/unauthenticated"));
    }

    @Test
    void refusesATokenWithoutACatalogueRole() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("mallory", Set.of("guest")))
                .when().get("/qualifications")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void listsTheSeedQualificationsFromTheDatabase() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("fd", Set.of("frontdesk")))
                .when().get("/qualifications")
                .then().statusCode(200)
                .body("code", hasItems("000", "001", "002", "003", "004"))
                .body("find { it.code == '001' }.eqfLevel", is(3));
    }

    @Test
    void unknownPathIsAProblem() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("fd", Set.of("frontdesk")))
                .when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyReadingRoleMayRead() {
        for (String role : new String[] {"admin", "frontdesk", "tutor", "exam-board", "portal"}) {
            as(role).get("/qualifications/001").then().statusCode(200);
        }
    }

    @Test
    void searchesByEqfSectorAndTextWithPagination() {
        as("portal").queryParam("eqf", 5).get("/qualifications")
                .then().statusCode(200).header("X-Total-Count", "2").body("code", contains("000", "002"));
        as("portal").queryParam("q", "inbound").get("/qualifications")
                .then().statusCode(200).body("code", contains("003"));
        as("portal").queryParam("q", "non vedente").get("/qualifications")
                .then().statusCode(200).body("code", contains("004")).body("[0].hasTrainingStandard", is(false));
        // an employer's ATECO activity or an ISTAT CP2011 occupation finds the standards that name it
        as("portal").queryParam("q", "82.20.00").get("/qualifications")
                .then().statusCode(200).body("code", contains("000", "003", "004"));
        as("portal").queryParam("q", "4.2.2.4.0").get("/qualifications")
                .then().statusCode(200).body("code", contains("003", "004"));
        as("portal").queryParam("region", "CAMPANIA").get("/qualifications")
                .then().statusCode(200).header("X-Total-Count", "2").body("code", contains("002", "003"));
        as("portal").queryParam("region", "Abruzzo").queryParam("q", "call center").get("/qualifications")
                .then().statusCode(200).body("code", contains("004"));
        as("portal").queryParam("sector", "sep 24").get("/qualifications")
                .then().statusCode(200).body("code", contains("000", "002", "003"));
        as("portal").queryParam("size", 2).queryParam("page", 2).get("/qualifications")
                .then().statusCode(200).header("X-Total-Count", "5").header("X-Page-Count", "3").body("code", contains("004"));
        as("portal").queryParam("eqf", 9).get("/qualifications")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("eqf"));
        as("portal").queryParam("size", 0).get("/qualifications").then().statusCode(400);
        // a value that is not a number: the resource exists, so not the 404 Jakarta REST would answer
        as("portal").queryParam("eqf", "five").get("/qualifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-parameter"))
                .body("detail", is("Query parameter 'eqf' must be an integer, not 'five'"));
        as("portal").get("/qualifications/001/versions/one").then().statusCode(400)
                .body("detail", is("Path parameter 'version' must be an integer, not 'one'"));
    }

    @Test
    void versionsAreAddressable() {
        as("tutor").get("/qualifications/001/versions/1").then().statusCode(200)
                .body("version", is(1)).body("availableVersions", contains(1));
        as("tutor").get("/qualifications/001/versions/2").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("available versions: [1]"));
        as("tutor").get("/qualifications/999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void standard001AddettoAlServizioClienti() {
        as("frontdesk").get("/qualifications/001/versions/1/rules").then().statusCode(200)
                .body("qualification.region", is("Abruzzo"))
                .body("qualification.act", is("DD n. 61/DPG025 (19-04-2023)"))
                .body("hours.minTotal", is(208.0))
                .body("hours.elearningMaxHours", is(99.0))
                .body("hours.internshipMin", is(60.0))
                .body("hours.internshipMax", is(100.0))
                .body("hours.internshipIncludedInTotal", is(false))
                .body("hours.additionalUnitsMaxPercent", is(10))
                .body("attendance.admissionPercent", is(70))
                .body("attendance.tuiPercent", is(20))
                .body("attendance.tuiStated", is(false))
                .body("attendance.lateJoinerPolicy", is("COUNT_AS_ABSENCE"))
                .body("attendance.creditMaxClassroomLabPercent", is(30))
                .body("attendance.creditMaxInternshipPercent", is(100))
                .body("units", hasSize(13))
                .body("units.code", contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"))
                .body("units.minHours.sum()", is(208.0))
                .body("units.elearningMaxHours.sum()", is(99.0))
                .body("units.minHours", contains(10.0, 10.0, 15.0, 20.0, 20.0, 20.0, 20.0, 15.0, 10.0, 20.0, 20.0, 20.0, 8.0))
                .body("units.elearningMaxHours", contains(5.0, 5.0, 5.0, 10.0, 10.0, 10.0, 10.0, 5.0, 5.0, 10.0, 10.0, 10.0, 4.0))
                .body("units.findAll { !it.creditAllowed }.code", contains("1", "2"))
                .body("units.find { it.code == '13' }.creditConditionCode", is("ACCORDO_STATO_REGIONI_2011_CERTIFICATE"))
                .body("units.find { it.code == '13' }.creditCondition", containsString("Accordo Stato - Regioni 21/12/2011"))
                .body("units.find { it.code == '3' }.creditCondition", nullValue())
                // sez. 4: only URA 13's credit has "valore a priori" (outside the sez. 9 cap)
                .body("units.findAll { it.creditAPriori }.code", contains("13"))
                .body("propedeuticUnitCodes", contains("2", "3"))
                .body("units.find { it.code == '4' }.competenceUnitCode", is("UC1"))
                .body("units.find { it.code == '1' }.competenceUnitCode", nullValue())
                .body("competenceUnits", hasSize(4))
                .body("entry.minAge", is(18))
                .body("entry.minAgeAlternative", is("RIGHT_DUTY_FULFILLED"))
                .body("entry.minEducation", is("COMPULSORY_SCHOOLING"))
                .body("entry.italianLevel", is("B1"))
                .body("entry.italianExemption", is("NONE"))
                .body("entry.italianEntryTestAllowed", is(true))
                .body("entry.foreignTitleStatementRequired", is(false))
                .body("entry.residencePermitRequired", is(true))
                .body("entry.residencePermitRenewalAccepted", is(true))
                .body("entry.residencePermitStated", is(true))
                .body("entry.originalText", containsString("regolare permesso di soggiorno valido per l’intera durata del percorso"))
                .body("defaultsApplied", hasItem(containsString("tuiPercent")));
        as("frontdesk").get("/qualifications/001").then().statusCode(200)
                .body("trainingStandard.providerAttestation", containsString("Documento di formalizzazione degli apprendimenti"))
                .body("trainingStandard.attestation", containsString("D.lgs 13/13"))
                .body("trainingStandard.units.find { it.rule.code == '6' }.skills", hasSize(8))
                .body("trainingStandard.units.find { it.rule.code == '12' }.knowledge",
                        contains("Lingua straniera (ascolto e produzione orale) al livello B1 del CEFR"));
    }

    @Test
    void standard000TecnicoEspertoCustomerCare() {
        as("tutor").get("/qualifications/000/versions/1/rules").then().statusCode(200)
                .body("qualification.eqfLevel", is(5))
                .body("hours.minTotal", is(250.0))
                .body("hours.minClassroom", is(125.0))
                .body("hours.minLab", nullValue())
                .body("hours.keyCompetenceHours", is(20.0))
                .body("hours.elearningSyncMaxPercentOfClassroom", is(175))
                .body("hours.elearningAsyncMaxPercentOfClassroom", is(70))
                .body("hours.internshipPlusLabMin", is(75.0))
                .body("hours.internshipIncludedInTotal", is(true))
                .body("units.code", contains("1260", "1259", "1261"))
                .body("units.minHours", everyItem(is(40.0)))
                .body("units.elearningMaxHours", everyItem(is(16.0)))
                .body("units.elearningSyncMaxPercent", everyItem(is(40)))
                .body("units.labMaxHours", everyItem(is(40.0)))
                .body("units.classroomMinHours", everyItem(is(0.0)))
                .body("units.competenceUnitCode", contains("2365", "2366", "2368"))
                .body("units.creditAPriori", everyItem(is(false))) // no credit "con valore a priori" in [000]
                .body("attendance.admissionPercent", is(80))
                .body("attendance.maxAbsencePercent", is(20))
                .body("attendance.tuiPercent", is(20))
                .body("attendance.tuiStated", is(true))
                .body("entry.minAge", is(18))
                .body("entry.minEducation", is("EQF4_TITLE"))
                .body("entry.minEducationEqf", is(4))
                .body("entry.italianLevel", is("B1"))
                .body("entry.italianExemption", is("ITALIAN_UPPER_SECONDARY"))
                .body("entry.foreignTitleStatementRequired", is(true))
                .body("entry.residencePermitRequired", is(true))
                .body("entry.residencePermitStated", is(false))
                .body("entry.originalText", containsString("dichiarazione di valore"))
                .body("defaultsApplied", hasItem(containsString("residencePermitRequired: true")))
                .body("defaultsApplied", not(hasItem(containsString("tuiPercent"))))
                .body("propedeuticUnitCodes", hasSize(0));
        as("tutor").get("/qualifications/000").then().statusCode(200)
                .body("sepSector", is("SEP 24 - Area comune"))
                .body("adaCodes", contains("ADA.24.04.09 - Sviluppo e monitoraggio del servizio di customer care"))
                .body("atecoCodes", contains("N.82.20.00 - Attività dei call center", "N.82.91.20 - Agenzie di informazioni commerciali"))
                .body("istatCodes", hasSize(2))
                .body("iscedF", is("0413 Management and administration"))
                .body("competenceUnits.find { it.code == '2366' }.knowledge", hasSize(11))
                .body("competenceUnits.find { it.code == '2366' }.knowledge", hasItem("Software di gestione del customer service"))
                .body("competenceUnits.find { it.code == '2365' }.istatCodes", hasSize(4))
                .body("competenceUnits.find { it.code == '2368' }.skills", hasSize(8))
                .body("trainingStandard.attestation", is("Certificazione di qualifica professionale"));
    }

    @Test
    void standard002CustomerRelationshipManagement() {
        as("exam-board").get("/qualifications/002").then().statusCode(200)
                .body("region", is("Campania"))
                .body("processSequences", contains("Marketing strategico e operativo", "Pianificazione e gestione commerciale"))
                .body("atecoCodes", hasSize(5))
                .body("rules.hours.minTotal", is(300.0))
                .body("rules.hours.minClassroom", is(180.0))
                .body("rules.hours.keyCompetenceHours", is(20.0))
                .body("rules.hours.elearningSyncMaxPercentOfClassroom", is(210))
                .body("rules.hours.elearningAsyncMaxPercentOfClassroom", is(120))
                .body("rules.hours.internshipPlusLabMin", is(90.0))
                .body("rules.units", hasSize(4))
                .body("rules.units.competenceUnitCode", contains("1784", "1790", "1791", "3126"))
                .body("rules.units.eqfLevel", contains(5, 4, 4, 5))
                .body("rules.units.creditAPriori", everyItem(is(false)))
                .body("rules.attendance.admissionPercent", is(80))
                .body("rules.attendance.maxAbsencePercent", is(20))
                .body("rules.attendance.tuiStated", is(true))
                .body("rules.entry.minEducation", is("UPPER_SECONDARY_DIPLOMA"))
                .body("rules.entry.minEducationText", is("Diploma"))
                .body("rules.entry.italianLevel", is("B1"))
                .body("competenceUnits.find { it.code == '3126' }.skills", hasSize(5))
                .body("competenceUnits.find { it.code == '3126' }.skills[0]", is("Raccogliere dati e informazioni su clienti attuali e potenziali"))
                .body("competenceUnits.find { it.code == '1790' }.skills", hasSize(8));
    }

    @Test
    void standard003OperatoreCallCenterInbound() {
        as("portal").get("/qualifications/003/versions/1/rules").then().statusCode(200)
                .body("hours.minTotal", is(300.0))
                .body("units.competenceUnitCode", contains("2299", "3075"))
                .body("units.creditAPriori", everyItem(is(false)))
                .body("attendance.admissionPercent", is(80))
                .body("attendance.tuiPercent", is(20))
                .body("attendance.tuiStated", is(false))
                .body("entry.minAge", is(16))
                .body("entry.minAgeAlternative", is("COMPETENCE_CHECK"))
                .body("entry.competenceCheckAlternative", is(true))
                .body("entry.minEducation", is("COMPULSORY_SCHOOLING"))
                .body("entry.italianLevel", is("A2"))
                .body("entry.italianExemption", is("ITALIAN_LOWER_OR_UPPER_SECONDARY"))
                .body("entry.italianEntryTestAllowed", is(true))
                .body("entry.residencePermitStated", is(false))
                .body("qualification.istatCodes", contains("4.2.2.4.0 - Addetti all'informazione nei Call Center (senza funzioni di vendita)"));
        as("portal").get("/qualifications/003").then().statusCode(200)
                .body("competenceUnits.find { it.code == '2299' }.knowledge", hasSize(10))
                .body("competenceUnits.find { it.code == '3075' }.expectedPerformance", is("dati inseriti/estratti correttamente"));
    }

    @Test
    void standard004IsAProfileWithoutTrainingStandard() {
        as("admin").get("/qualifications/004").then().statusCode(200)
                .body("profileOnly", is(true))
                .body("trainingStandard", nullValue())
                .body("rules", nullValue())
                .body("act", is("DD n. 64/DPG009 (18-03-2020)"))
                .body("competenceUnits", hasSize(4))
                .body("competenceUnits.title", hasItem("Utilizzare tecnologie per non vedenti o ipovedenti"))
                .body("competenceUnits.find { it.code == '3' }.skills", hasSize(19))
                .body("competenceUnits.find { it.code == '3' }.skills",
                        hasItem("Prendere in carico la richiesta del cliente fino alla sua risoluzione monitorando lo sviluppo della pratica di reclamo"))
                .body("competenceUnits.find { it.code == '1' }.knowledge", hasSize(16));
        as("admin").get("/qualifications/004/versions/1/rules").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://formapro.it/problems/no-training-standard"))
                .body("detail", containsString("professional profile only"));
    }
}
