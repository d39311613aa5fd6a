package it.formapro.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Serialises the writes whose rule checks read more than the rows they write, so that two concurrent requests cannot
 * both pass a rule that only one of them fits in: caps on an edition's calendar, its credit caps, and a student's
 * presences on a day (one place at a time, across editions). PostgreSQL transaction-level advisory locks, released at
 * commit or rollback; plain JDBC on the transaction's connection, so that a register write opens no Hibernate session.
 */
@ApplicationScoped
public class AdvisoryLocks {

    /** What a lock guards; its ordinal is the lock's first key, the id (edition or student) its second. */
    public enum Scope {
        /** an edition's calendar (per edition) */
        CALENDAR,
        /** an edition's attendance credits (per edition) */
        CREDITS,
        /** a student's presences, whatever the edition (per student) */
        PRESENCE;

        int key() {
            return ordinal() + 1;
        }
    }

    // ids are bigint, the second key an int: two ids that share their low 32 bits only wait for each other
    private static final String LOCK = "SELECT count(pg_advisory_xact_lock(?, k)) FROM unnest(?::int[]) AS k";

    private final DataSource dataSource;

    public AdvisoryLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Scope scope, long id) {
        lock(scope, List.of(id));
    }

    /** Locks them all in one round trip, in ascending order, so that two requests sharing ids cannot deadlock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Scope scope, Collection<Long> ids) {
        Integer[] keys = ids.stream().map(Long::intValue).distinct().sorted().toArray(Integer[]::new);
        if (keys.length == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LOCK)) {
            s.setInt(1, scope.key());
            s.setArray(2, c.createArrayOf("integer", keys));
            try (ResultSet r = s.executeQuery()) {
                r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
