package it.formapro.catalog.edition;

import java.sql.SQLException;

/**
 * Tells the one persistence failure that means "another request with this Idempotency-Key got there first" - the
 * unique index on course_edition.idempotency_key (V1: PostgreSQL names it course_edition_idempotency_key_key) - from
 * every other, which must not be answered "in flight, retry it": a client would retry for ever. Plain Java.
 */
final class IdempotencyKeyConflict {

    static final String CONSTRAINT = "course_edition_idempotency_key_key";
    private static final String UNIQUE_VIOLATION = "23505";

    private IdempotencyKeyConflict() {
    }

    /** True when the cause chain holds a unique violation of the idempotency key's index, and only then. */
    static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return CONSTRAINT.equalsIgnoreCase(c.getConstraintName());
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return String.valueOf(sql.getMessage()).contains(CONSTRAINT);
            }
        }
        return false;
    }
}
