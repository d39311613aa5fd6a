package it.formapro.exam.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the tests ask the database directly: that a change behind the service's back is refused. */
public final class Database {

    private Database() {
    }

    /** Runs {@code sql} with {@code id} as its one parameter and expects PostgreSQL to refuse it with {@code message}. */
    public static void assertRefused(DataSource dataSource, String sql, long id, String message) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            SQLException e = assertThrows(SQLException.class, statement::executeUpdate, sql);
            assertTrue(e.getMessage().contains(message), sql + ": " + e.getMessage());
        }
    }
}
