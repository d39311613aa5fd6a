package it.formapro.enrollment.eligibility;

/** Where a title was obtained: only titles from the Italian school system exempt from the Italian certificate. */
public enum TitleOrigin {
    ITALIAN_SCHOOL, ABROAD
}
