package it.formapro.enrollment.eligibility;

/** Which entry rules apply: foreigners need Italian (EU and non-EU), only non-EU citizens need a residence permit. */
public enum Citizenship {
    ITALIAN, EU, NON_EU
}
