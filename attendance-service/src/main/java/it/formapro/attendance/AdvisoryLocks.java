package it.formapro.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
        CREDITS;

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
        if (keys.length > 0) {
            run(LOCK, (c, s) -> {
                s.setInt(1, scope.key());
                s.setArray(2, c.createArrayOf("integer", keys));
            });
        }
    }

    /**
     * The statement that locks students' presences on one day, whatever the edition, with {@link #presenceKeys} as its
     * one parameter: only writes that place the same student on the same day wait for each other (a class's lessons
     * of other days do not). One bigint key: a key space of its own, apart from the two-int keys of {@link Scope}
     * (PostgreSQL tells them apart). RegisterStore sends it in one round trip with the read it guards.
     */
    public static final String LOCK_PRESENCES = "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?::bigint[]) AS k";

    /** The keys of {@link #LOCK_PRESENCES}: the epoch day in the high 32 bits, the student id in the low ones, ascending. */
    public static Long[] presenceKeys(LocalDate day, Collection<Long> studentIds) {
        return studentIds.stream().map(id -> (day.toEpochDay() << 32) | (id & 0xFFFF_FFFFL))
                .distinct().sorted().toArray(Long[]::new);
    }

    private interface Parameters {
        void set(Connection c, PreparedStatement s) throws SQLException;
    }

    private void run(String sql, Parameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            parameters.set(c, s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
