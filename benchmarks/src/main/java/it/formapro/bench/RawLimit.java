package it.formapro.bench;

import static it.formapro.bench.Bench.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evidence for the ingestion finding, PostgreSQL only (no services needed): the same 30 + 30 rows per lesson and
 * transaction, once as JDBC batches and once as one INSERT round trip per row (what Hibernate does when
 * quarkus.hibernate-orm.jdbc.statement-batch-size is not set). Run:
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" it.formapro.bench.RawLimit
 */
public final class RawLimit {

    public static void main(String[] args) throws Exception {
        int lessons = Integer.getInteger("bench.lessons", 270);
        try (Connection c = db("attendance"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw_entry (LIKE attendance_entry INCLUDING ALL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw_change (LIKE register_change INCLUDING ALL)");
        }
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < Scenarios.CLASS; i++) students.add(3_000_000_000L + i);
        for (boolean batched : new boolean[] {true, false, true, false}) {
            try (Connection c = db("attendance"); Statement s = c.createStatement()) {
                s.execute("TRUNCATE bench_raw_entry, bench_raw_change");
            }
            BlockingQueue<Connection> pool = new LinkedBlockingQueue<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                Connection c = db("attendance");
                c.setAutoCommit(false);
                pool.add(c);
            }
            AtomicInteger ids = new AtomicInteger();
            Result r = load(lessons, i -> {
                Connection c = pool.take();
                try {
                    if (batched) {
                        Scenarios.insertRaw(c, i, i, students, ids);
                    } else {
                        unbatched(c, i, students, ids);
                    }
                } finally {
                    pool.add(c);
                }
            });
            for (Connection c : pool) c.close();
            report(batched ? "raw JDBC, batched" : "raw JDBC, one round trip per row", lessons + " lessons x 30", r,
                    Scenarios.CLASS, "rows", "");
        }
        System.out.println(table());
    }

    static void unbatched(Connection c, long lessonId, List<Long> students, AtomicInteger ids) throws Exception {
        java.sql.Timestamp now = now();
        for (int s = 0; s < Scenarios.CLASS; s++) {
            long id = ids.incrementAndGet();
            try (PreparedStatement a = c.prepareStatement("INSERT INTO bench_raw_change (id, lesson_id, student_id, old_minutes,"
                    + " new_minutes, changed_by, changed_at) VALUES (?, ?, ?, NULL, 120, 'tutor', ?)")) {
                a.setLong(1, id); a.setLong(2, lessonId); a.setLong(3, students.get(s)); a.setTimestamp(4, now);
                a.executeUpdate();
            }
            try (PreparedStatement e = c.prepareStatement("INSERT INTO bench_raw_entry (id, lesson_id, student_id, minutes_present,"
                    + " updated_at, updated_by, version) VALUES (?, ?, ?, 120, ?, 'tutor', 0)")) {
                e.setLong(1, id); e.setLong(2, lessonId); e.setLong(3, students.get(s)); e.setTimestamp(4, now);
                e.executeUpdate();
            }
        }
        c.commit();
    }
}
