package it.formapro.catalog.standard;

/** Which Italian school title exempts a foreign citizen from the Italian language certificate. */
public enum ItalianExemption {
    NONE,
    /** Diploma di scuola secondaria superiore from an Italian school (000, 002). */
    ITALIAN_UPPER_SECONDARY,
    /** Diploma di scuola secondaria di primo grado o superiore from an Italian school (003). */
    ITALIAN_LOWER_OR_UPPER_SECONDARY
}
