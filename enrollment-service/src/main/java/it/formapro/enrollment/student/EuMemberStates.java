package it.formapro.enrollment.student;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 27 member states of the European Union (as of 2026, since the United Kingdom left on 31 January 2020), which
 * decide whether a citizen is EU or NON_EU. {@code citizenshipCountry} is free text, so each state is recognised by
 * its ISO 3166-1 alpha-2 code (and Greece also by "EL", the code the EU itself uses), its English name and its Italian
 * name, case-insensitively. Plain Java.
 */
public final class EuMemberStates {

    public static final String ITALY = "Italy";

    /** English name, then ISO 3166-1 alpha-2 code, Italian name and other common names. */
    private static final String[][] STATES = {
            {"Austria", "AT", "Austria"},
            {"Belgium", "BE", "Belgio"},
            {"Bulgaria", "BG", "Bulgaria"},
            {"Croatia", "HR", "Croazia"},
            {"Cyprus", "CY", "Cipro"},
            {"Czechia", "CZ", "Cechia", "Czech Republic", "Repubblica Ceca"},
            {"Denmark", "DK", "Danimarca"},
            {"Estonia", "EE", "Estonia"},
            {"Finland", "FI", "Finlandia"},
            {"France", "FR", "Francia"},
            {"Germany", "DE", "Germania"},
            {"Greece", "GR", "Grecia", "EL"},
            {"Hungary", "HU", "Ungheria"},
            {"Ireland", "IE", "Irlanda"},
            {ITALY, "IT", "Italia"},
            {"Latvia", "LV", "Lettonia"},
            {"Lithuania", "LT", "Lituania"},
            {"Luxembourg", "LU", "Lussemburgo"},
            {"Malta", "MT", "Malta"},
            {"Netherlands", "NL", "Paesi Bassi", "The Netherlands", "Olanda", "Holland"},
            {"Poland", "PL", "Polonia"},
            {"Portugal", "PT", "Portogallo"},
            {"Romania", "RO", "Romania"},
            {"Slovakia", "SK", "Slovacchia", "Slovak Republic", "Repubblica Slovacca"},
            {"Slovenia", "SI", "Slovenia"},
            {"Spain", "ES", "Spagna"},
            {"Sweden", "SE", "Svezia"},
    };

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String[] state : STATES) {
            for (String name : state) {
                BY_NAME.put(key(name), state[0]);
            }
        }
    }

    private EuMemberStates() {
    }

    /** How many member states there are (27). */
    public static int count() {
        return STATES.length;
    }

    /** The member state a free-text country names (its English name), or empty for any other or unknown country. */
    public static Optional<String> memberState(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(country)));
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
