package it.formapro.catalog.edition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;

/** Only the idempotency key's unique index means "another request with this key is in flight". */
class IdempotencyKeyConflictTest {

    static PersistenceException wrapped(Throwable cause) {
        return new PersistenceException("could not execute statement", cause);
    }

    @Test
    void theKeysUniqueIndexIsAConflict() {
        SQLException sql = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"course_edition_idempotency_key_key\"", "23505");
        assertTrue(IdempotencyKeyConflict.in(wrapped(
                new ConstraintViolationException("insert", sql, "course_edition_idempotency_key_key"))));
        // a driver exception Hibernate did not translate
        assertTrue(IdempotencyKeyConflict.in(wrapped(sql)));
    }

    @Test
    void anyOtherFailureIsNot() {
        // PostgreSQL's answer to a date beyond its range: retrying it can never succeed
        SQLException outOfRange = new SQLException("ERROR: date out of range: \"+9999999-12-31\"", "22008");
        assertFalse(IdempotencyKeyConflict.in(wrapped(new DataException("insert", outOfRange))));
        assertFalse(IdempotencyKeyConflict.in(wrapped(outOfRange)));
        // another constraint of the table
        assertFalse(IdempotencyKeyConflict.in(wrapped(new ConstraintViolationException("insert",
                new SQLException("ERROR: new row violates check constraint \"ck_edition_dates\"", "23514"), "ck_edition_dates"))));
        assertFalse(IdempotencyKeyConflict.in(wrapped(new ConstraintViolationException("insert",
                new SQLException("ERROR: duplicate key value violates unique constraint \"course_edition_pkey\"", "23505"),
                "course_edition_pkey"))));
        assertFalse(IdempotencyKeyConflict.in(new PersistenceException("connection lost")));
        assertFalse(IdempotencyKeyConflict.in(null));
    }
}
