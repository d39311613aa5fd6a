package it.formapro.enrollment.enrollment;

/** Contract values (docs/CONTRACTS.md). */
public enum EnrollmentStatus {
    PRE_ENROLLED, WAITING_LIST, CONFIRMED, WITHDRAWN
}
