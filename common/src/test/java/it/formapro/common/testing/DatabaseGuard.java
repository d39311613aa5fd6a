package it.formapro.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs SQL of one row (its id the only parameter) straight on the database, past the application: the word of a
 * service's guard triggers (attendance's credits and checks, exam's documents). In the test-jar the services share.
 */
public final class DatabaseGuard {

    private DatabaseGuard() {
    }

    /** The statement is refused with a message containing {@code message}. */
    public static void assertRefused(DataSource dataSource, String sql, long id, String message) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            SQLException e = assertThrows(SQLException.class, statement::executeUpdate, sql);
            assertTrue(e.getMessage().contains(message), sql + ": " + e.getMessage());
        }
    }

    /** The statement goes through and changes the row; it is rolled back, so the row stays as it was. */
    public static void assertAllowed(DataSource dataSource, String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setLong(1, id);
                assertEquals(1, statement.executeUpdate(), sql);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
