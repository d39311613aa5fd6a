package it.formapro.attendance.support;

import it.formapro.attendance.catalog.EditionRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** EditionRules built in plain Java for the rule tests (same figures as {@link CatalogStub}). */
public final class TestRules {

    private TestRules() {
    }

    public static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    public static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    public static EditionRules std001(EditionRules.LateJoinerPolicy policy) {
        return new EditionRules(2000, "Addetto al servizio clienti", "Ente", LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 10, 30), bd(208), bd(80), "RUNNING",
                new EditionRules.Qualification("001", 1, "Addetto al servizio clienti", 3, "Abruzzo", "DD 61/DPG025",
                        "Standard 001 - Abruzzo, DD n. 61/DPG025 of 19-04-2023"),
                new EditionRules.Hours(bd(208), null, null, null, null, null, bd(99), bd(60), bd(100), null, bd(10), false),
                new EditionRules.Attendance(bd(70), null, bd(20), false, policy, bd(30), bd(100)),
                List.of(unit("1", 1, 10, 5, false, null), unit("2", 2, 10, 5, false, null),
                        unit("3", 3, 15, 5, true, null), unit("4", 4, 20, 10, true, null),
                        unit("5", 5, 20, 10, true, null), unit("6", 6, 20, 10, true, null),
                        unit("7", 7, 20, 10, true, null), unit("8", 8, 15, 5, true, null),
                        unit("9", 9, 10, 5, true, null), unit("10", 10, 20, 10, true, null),
                        unit("11", 11, 20, 10, true, null), unit("12", 12, 20, 10, true, null),
                        aPriori(unit("13", 13, 8, 4, true, "Accordo Stato-Regioni 21/12/2011"))),
                List.of("2", "3"));
    }

    public static EditionRules std000() {
        return new EditionRules(1000, "Tecnico esperto customer care", "Ente", LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 10, 30), bd(250), null, "RUNNING",
                new EditionRules.Qualification("000", 1, "Tecnico esperto customer care", 5, "Campania", null,
                        "Standard 000 - Tecnico esperto customer care"),
                new EditionRules.Hours(bd(250), bd(125), null, bd(20), bd(175), bd(70), null, null, null, bd(75), null, true),
                new EditionRules.Attendance(bd(80), bd(20), bd(20), true, EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE,
                        bd(30), bd(100)),
                List.of(uf000("1260", 1), uf000("1259", 2), uf000("1261", 3), unit("KC", 4, 20, null, true, null)),
                List.of());
    }

    /**
     * Tecnico esperto del CRM (Campania) as catalog seeds it: 300 h with the internship part of the total, aula min
     * 180, KC 20, internship + lab min 90, no internship maximum, 4 UF with no hours of their own, no credit
     * percentages stated (the suite's 30 % / 100 % apply).
     */
    public static EditionRules std002(BigDecimal plannedInternshipHours) {
        return new EditionRules(6000, "Tecnico esperto del CRM", "Ente", LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 10, 30), bd(300), plannedInternshipHours, "RUNNING",
                new EditionRules.Qualification("002", 1, "Tecnico esperto del Customer Relationship Management", 5,
                        "Campania", null, "Standard 002 - Tecnico esperto del CRM"),
                new EditionRules.Hours(bd(300), bd(180), bd(0), bd(20), bd(210), bd(120), null, bd(0), null, bd(90), null, true),
                new EditionRules.Attendance(bd(80), bd(20), bd(20), true, EditionRules.LateJoinerPolicy.COUNT_AS_ABSENCE,
                        null, null),
                List.of(uf002("1", 1), uf002("2", 2), uf002("3", 3), uf002("4", 4)),
                List.of());
    }

    /** A UF of 002: the standard gives it no hours. */
    static EditionRules.Unit uf002(String code, int seq) {
        return new EditionRules.Unit(code, "Unit " + code, seq, null, null, null, null, null, null, null, null, false);
    }

    /** Same as 001 but with a custom e-learning total cap and per-unit caps lifted, to reach the standard-wide cap. */
    public static EditionRules withoutUnitCaps(EditionRules r) {
        return new EditionRules(r.editionId(), r.editionTitle(), r.provider(), r.startDate(), r.endDate(), r.plannedHours(),
                r.plannedInternshipHours(), r.status(), r.qualification(), r.hours(), r.attendance(),
                r.units().stream().map(u -> new EditionRules.Unit(u.code(), u.title(), u.sequence(), u.minHours(), null,
                        u.elearningSyncMaxPercent(), u.labMinHours(), u.labMaxHours(), u.classroomMinHours(),
                        u.creditAllowed(), u.creditCondition(), u.creditAPriori())).toList(),
                r.propedeuticUnitCodes());
    }

    /** Same rules without the standard's minimum classroom hours: the e-learning % caps rest on the calendar alone. */
    public static EditionRules withoutClassroomMinimum(EditionRules r) {
        EditionRules.Hours h = r.hours();
        return new EditionRules(r.editionId(), r.editionTitle(), r.provider(), r.startDate(), r.endDate(), r.plannedHours(),
                r.plannedInternshipHours(), r.status(), r.qualification(),
                new EditionRules.Hours(h.minTotal(), null, h.minLab(), h.keyCompetenceHours(),
                        h.elearningSyncMaxPercentOfClassroom(), h.elearningAsyncMaxPercentOfClassroom(), h.elearningMaxHours(),
                        h.internshipMin(), h.internshipMax(), h.internshipPlusLabMin(), h.additionalUnitsMaxPercent(),
                        h.internshipIncludedInTotal()),
                r.attendance(), r.units(), r.propedeuticUnitCodes());
    }

    static EditionRules.Unit unit(String code, int seq, int min, Integer fad, boolean credit, String condition) {
        return new EditionRules.Unit(code, "Unit " + code, seq, bd(min), fad == null ? null : bd(fad), null, null, null,
                null, credit, condition, false);
    }

    /** The unit with its credit of "valore a priori" ([001] URA 13), as the catalogue marks it. */
    static EditionRules.Unit aPriori(EditionRules.Unit u) {
        return new EditionRules.Unit(u.code(), u.title(), u.sequence(), u.minHours(), u.elearningMaxHours(),
                u.elearningSyncMaxPercent(), u.labMinHours(), u.labMaxHours(), u.classroomMinHours(), u.creditAllowed(),
                u.creditCondition(), true);
    }

    /**
     * A UF of 000 as its standard states it: "Durata minima" 40, "Durata massima FaD" 16, synchronous e-learning at most
     * 40 % of its classroom hours, lab 0 to 40 h, "Durata minima di aula" 0.
     */
    static EditionRules.Unit uf000(String code, int seq) {
        return new EditionRules.Unit(code, "Unit " + code, seq, bd(40), bd(16), bd(40), bd(0), bd(40), bd(0), true, null, false);
    }
}
