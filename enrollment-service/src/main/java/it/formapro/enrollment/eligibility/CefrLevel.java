package it.formapro.enrollment.eligibility;

/** Common European Framework of Reference levels (QCER), declared in ascending order: A1 < A2 < B1 < B2 < C1 < C2. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    public boolean atLeast(CefrLevel required) {
        return compareTo(required) >= 0;
    }
}
