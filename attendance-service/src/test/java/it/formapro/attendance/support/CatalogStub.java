package it.formapro.attendance.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import it.formapro.common.time.Italy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock catalog-service serving EditionRules (docs/CONTRACTS.md) with the figures of the real standards
 * (000's UF with their lab maximum and synchronous e-learning %, as catalog's seed fills them):
 * editions 1000-1049 run a 000-like standard, 2000-2059 a 001-like one, 3000-3009 a 001-like one whose late-joiner
 * policy is EXCLUDE_BEFORE_JOINING, 6000-6009 a 002-like one (UF with no hours of their own, 90 h of internship
 * planned), 4000, 4002, 4003 and 4004 run from 30 days ago to 60 days ahead, 4001 is CLOSED.
 * Edition 9503 answers 503 (catalog down), 9404 answers 404; 9400, 9409 and 9429 answer 400, 409 and 429 (refusals
 * attendance has no meaning of its own for).
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    public static final long DOWN = 9503;
    public static final long UNKNOWN = 9404;
    /** Editions whose rules catalog refuses with 400, 409 and 429: {@code 9000 + status}. */
    public static final long[] REFUSED = {9400, 9409, 9429};
    public static final long RUNNING_NOW = 4000;
    public static final long CLOSED = 4001;
    public static final long RUNNING_TODAY = 4002;
    /** Running editions of the register export's tests: a lesson ahead in the calendar, one later today. */
    public static final long EXPORT_AHEAD = 4003;
    public static final long EXPORT_TODAY = 4004;
    private static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        for (long id = 1000; id < 1050; id++) {
            stub(id, standard000(id));
        }
        for (long id = 2000; id < 2060; id++) {
            stub(id, standard001(id, "COUNT_AS_ABSENCE"));
        }
        for (long id = 3000; id < 3010; id++) {
            stub(id, standard001(id, "EXCLUDE_BEFORE_JOINING"));
        }
        for (long id = 6000; id < 6010; id++) {
            stub(id, standard002(id));
        }
        // a running edition around today, for rules that depend on the current date
        Map<String, Object> current = standard001(RUNNING_NOW, "COUNT_AS_ABSENCE");
        current.put("startDate", Italy.today().minusDays(30).toString());
        current.put("endDate", Italy.today().plusDays(60).toString());
        stub(RUNNING_NOW, current);
        for (long id : new long[] {RUNNING_TODAY, EXPORT_AHEAD, EXPORT_TODAY}) {
            Map<String, Object> today = standard001(id, "COUNT_AS_ABSENCE");
            today.put("startDate", Italy.today().minusDays(30).toString());
            today.put("endDate", Italy.today().plusDays(60).toString());
            stub(id, today);
        }
        Map<String, Object> closed = standard001(CLOSED, "COUNT_AS_ABSENCE");
        closed.put("status", "CLOSED");
        stub(CLOSED, closed);
        server.stubFor(get(urlEqualTo("/editions/" + DOWN + "/rules")).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlEqualTo("/editions/" + UNKNOWN + "/rules")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Resource not found\",\"detail\":\"Edition 9404 does not exist\"}")));
        for (long refused : REFUSED) {
            int status = (int) (refused - 9000);
            server.stubFor(get(urlEqualTo("/editions/" + refused + "/rules")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":" + status + ",\"title\":\"Refused\",\"detail\":\"Refused by the stub\"}")));
        }
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Edition 1049 (000-like) as the admin has just corrected it in catalog: planned hours changed. */
    public static void correctPlannedHours(long editionId, int plannedHours) {
        Map<String, Object> rules = standard000(editionId);
        rules.put("plannedHours", plannedHours);
        stub(editionId, rules);
    }

    /** How many times the rules of an edition were fetched (to check the cache). */
    public static int fetches(long editionId) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/editions/" + editionId + "/rules"))).size();
    }

    private static void stub(long id, Map<String, Object> rules) {
        try {
            server.stubFor(get(urlEqualTo("/editions/" + id + "/rules")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(rules))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tecnico esperto customer care: 250 h, aula min 125, sync 175 % / async 70 %, 3 UF of 40 h with FaD <= 16 h. */
    static Map<String, Object> standard000(long id) {
        Map<String, Object> r = edition(id, "Tecnico esperto customer care - Napoli 2026", 250, null);
        r.put("qualification", map("code", "000", "version", 1, "title", "Tecnico esperto customer care", "eqfLevel", 5,
                "region", "Campania", "act", "Repertorio", "source", "Standard 000 - Tecnico esperto customer care (repertorio)"));
        r.put("hours", map("minTotal", 250, "minClassroom", 125, "minLab", null, "keyCompetenceHours", 20,
                "elearningSyncMaxPercentOfClassroom", 175, "elearningAsyncMaxPercentOfClassroom", 70,
                "elearningMaxHours", null, "internshipMin", null, "internshipMax", null, "internshipPlusLabMin", 75,
                "additionalUnitsMaxPercent", null, "internshipIncludedInTotal", true));
        r.put("attendance", map("admissionPercent", 80, "maxAbsencePercent", 20, "tuiPercent", 20, "tuiStated", true,
                "lateJoinerPolicy", "COUNT_AS_ABSENCE", "creditMaxClassroomLabPercent", 30, "creditMaxInternshipPercent", 100));
        r.put("units", List.of(
                uf000(unit("1260", "Gestione della relazione con il cliente", 1, 40, 16, true, null)),
                uf000(unit("1259", "Analisi dei bisogni del cliente", 2, 40, 16, true, null)),
                uf000(unit("1261", "Gestione dei reclami", 3, 40, 16, true, null)),
                unit("KC", "Competenze chiave", 4, 20, null, true, null)));
        r.put("propedeuticUnitCodes", List.of());
        return r;
    }

    /**
     * Tecnico esperto del CRM (Campania), as catalog seeds it: 300 h with the internship in the total, aula min 180,
     * KC 20, sync 210 % / async 120 %, internship + lab min 90, no internship maximum, no credit percentages stated, 4 UF
     * with no hours of their own. The edition plans 90 h of internship.
     */
    static Map<String, Object> standard002(long id) {
        Map<String, Object> r = edition(id, "Tecnico esperto del CRM - Salerno 2026", 300, 90);
        r.put("qualification", map("code", "002", "version", 1, "title", "Tecnico esperto del Customer Relationship Management",
                "eqfLevel", 5, "region", "Campania", "act", "Repertorio",
                "source", "Standard 002 - Tecnico esperto del Customer Relationship Management (repertorio)"));
        r.put("hours", map("minTotal", 300, "minClassroom", 180, "minLab", 0, "keyCompetenceHours", 20,
                "elearningSyncMaxPercentOfClassroom", 210, "elearningAsyncMaxPercentOfClassroom", 120,
                "elearningMaxHours", null, "internshipMin", 0, "internshipMax", null, "internshipPlusLabMin", 90,
                "additionalUnitsMaxPercent", null, "internshipIncludedInTotal", true));
        r.put("attendance", map("admissionPercent", 80, "maxAbsencePercent", 20, "tuiPercent", 20, "tuiStated", true,
                "lateJoinerPolicy", "COUNT_AS_ABSENCE", "creditMaxClassroomLabPercent", null, "creditMaxInternshipPercent", null));
        List<Map<String, Object>> units = new java.util.ArrayList<>();
        String[] titles = {"Assistenza e supporto all'utente del sistema di CRM",
                "Supporto alla manutenzione/aggiornamento del sistema di CRM",
                "Gestione delle relazioni con clienti e fornitori attraverso il CRM",
                "Supporto alle attivita di marketing e vendita attraverso il CRM"};
        for (int i = 0; i < titles.length; i++) {
            Map<String, Object> unit = unit(String.valueOf(i + 1), titles[i], i + 1, 0, null, true, null);
            unit.put("minHours", null);
            unit.put("creditAllowed", null);
            units.add(unit);
        }
        r.put("units", units);
        r.put("propedeuticUnitCodes", List.of());
        return r;
    }

    /** Addetto al servizio clienti (Abruzzo DD 61/DPG025): 13 URA, 208 h net of the 60-100 h internship, 99 h FAD. */
    static Map<String, Object> standard001(long id, String lateJoinerPolicy) {
        Map<String, Object> r = edition(id, "Addetto al servizio clienti - Pescara 2026", 208, 80);
        r.put("qualification", map("code", "001", "version", 1, "title", "Addetto al servizio clienti", "eqfLevel", 3,
                "region", "Abruzzo", "act", "DD n. 61/DPG025 (19-04-2023)",
                "source", "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023"));
        r.put("hours", map("minTotal", 208, "minClassroom", null, "minLab", null, "keyCompetenceHours", null,
                "elearningSyncMaxPercentOfClassroom", null, "elearningAsyncMaxPercentOfClassroom", null,
                "elearningMaxHours", 99, "internshipMin", 60, "internshipMax", 100, "internshipPlusLabMin", null,
                "additionalUnitsMaxPercent", 10, "internshipIncludedInTotal", false));
        r.put("attendance", map("admissionPercent", 70, "maxAbsencePercent", null, "tuiPercent", 20, "tuiStated", false,
                "lateJoinerPolicy", lateJoinerPolicy, "creditMaxClassroomLabPercent", 30, "creditMaxInternshipPercent", 100));
        String sicurezza = "Accordo Stato-Regioni 21/12/2011 (formazione dei lavoratori, art. 37 c. 2 D.lgs. 81/2008)";
        r.put("units", List.of(
                unit("1", "Inquadramento della professione", 1, 10, 5, false, null),
                unit("2", "Normativa di settore", 2, 10, 5, false, null),
                unit("3", "Informatica base", 3, 15, 5, true, null),
                unit("4", "Accogliere e fornire informazioni in presenza", 4, 20, 10, true, null),
                unit("5", "Fornire assistenza e supporto in presenza", 5, 20, 10, true, null),
                unit("6", "Comunicare e fornire informazioni al cliente da remoto", 6, 20, 10, true, null),
                unit("7", "Assistere i clienti da remoto", 7, 20, 10, true, null),
                unit("8", "Utilizzare risorse hardware e software di supporto al servizio", 8, 15, 5, true, null),
                unit("9", "Gestire e organizzare la postazione di lavoro", 9, 10, 5, true, null),
                unit("10", "Realizzare le attivita e le procedure di back office", 10, 20, 10, true, null),
                unit("11", "Processare ed archiviare dati ed elaborare report", 11, 20, 10, true, null),
                unit("12", "Lingua straniera tecnica di settore", 12, 20, 10, true, null),
                aPriori(unit("13", "Sicurezza sui luoghi di lavoro", 13, 8, 4, true, sicurezza))));
        r.put("propedeuticUnitCodes", List.of("2", "3"));
        return r;
    }

    private static Map<String, Object> edition(long id, String title, int plannedHours, Integer internship) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("editionId", id);
        r.put("editionTitle", title);
        r.put("provider", "Ente Formazione Demo");
        r.put("startDate", "2026-01-12");
        r.put("endDate", "2026-10-30");
        r.put("plannedHours", plannedHours);
        r.put("plannedInternshipHours", internship);
        r.put("capacity", 30);
        r.put("status", "RUNNING");
        r.put("entry", map("minAge", 18));
        r.put("competenceUnits", List.of());
        return r;
    }

    private static Map<String, Object> unit(String code, String title, int seq, int minHours, Integer fad,
                                            boolean creditAllowed, String creditCondition) {
        return map("code", code, "title", title, "eqfLevel", null, "competenceUnitCode", null, "sequence", seq,
                "minHours", minHours, "elearningMaxHours", fad, "creditAllowed", creditAllowed,
                "creditCondition", creditCondition);
    }

    /** A unit whose credit has "valore a priori", as catalog marks [001] URA 13 (outside the sez. 9 cap). */
    private static Map<String, Object> aPriori(Map<String, Object> unit) {
        unit.put("creditAPriori", true);
        return unit;
    }

    /** The rest of a 000 UF as catalog seeds it: sync e-learning <= 40 % of its classroom hours, lab 0 to 40 h. */
    private static Map<String, Object> uf000(Map<String, Object> unit) {
        unit.put("elearningSyncMaxPercent", 40);
        unit.put("labMinHours", 0);
        unit.put("labMaxHours", 40);
        return unit;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
