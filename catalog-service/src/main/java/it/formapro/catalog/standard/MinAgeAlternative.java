package it.formapro.catalog.standard;

/** How an applicant under the minimum age may still enter (see docs/CONTRACTS.md {@code entry.minAgeAlternative}). */
public enum MinAgeAlternative {
    /** Standard 001 sez. 3: "Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione". */
    RIGHT_DUTY_FULFILLED,
    /** Standard 003: over-16s past compulsory schooling without the title enter after a competence check. */
    COMPETENCE_CHECK
}
