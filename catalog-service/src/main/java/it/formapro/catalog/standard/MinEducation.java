package it.formapro.catalog.standard;

/** The minimum education an applicant must hold. */
public enum MinEducation {
    /** Assolvimento dell'obbligo di istruzione (001, 003). */
    COMPULSORY_SCHOOLING,
    /** A title or professional qualification at EQF 4 or above (000). */
    EQF4_TITLE,
    /** Upper-secondary diploma, EQF 4 (002: "Grado minimo d'istruzione previsto: Diploma"). */
    UPPER_SECONDARY_DIPLOMA
}
