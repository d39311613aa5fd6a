package it.formapro.enrollment.eligibility;

/** The kind of an education title; with the EQF level it decides the minimum-education rule and the Italian exemption. */
public enum EducationKind {
    /** Diploma di scuola secondaria di primo grado ("licenza media"), EQF 1. */
    LOWER_SECONDARY,
    /** Diploma di scuola secondaria di secondo grado, EQF 4. */
    UPPER_SECONDARY,
    /** Qualifica professionale (IeFP or regional), EQF 3 or as stated. */
    QUALIFICATION,
    /** University degree, EQF 6 or higher. */
    DEGREE,
    OTHER
}
