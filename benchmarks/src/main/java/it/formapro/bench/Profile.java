package it.formapro.bench;

import static it.formapro.bench.Bench.*;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Database work per request, from PostgreSQL's own counters (pg_stat_user_tables, pg_stat_database) of the bench_
 * databases: table scans (index + sequential), rows inserted and transactions committed, each averaged over a few
 * identical requests sent one at a time once the load is over. Shows N+1 patterns, missing batching and chatty calls
 * without touching the services (pg_stat_statements is not loaded on this server).
 *
 * <p>Off by default (-Dbench.only=...,profile to run it): PostgreSQL 15 backends flush their counters lazily (an idle
 * pooled connection may hold them for up to 10 s), so the deltas of the first run were not trustworthy. Kept for
 * a server with pg_stat_statements or a longer settle time.
 */
final class Profile {

    static volatile long ingestion = -1;
    static volatile String eligibility;
    static volatile String summary;
    private static final String[] DBS = {"catalog", "enrollment", "attendance", "exam"};

    private Profile() {
    }

    interface Call {
        Reply call(int i) throws Exception;
    }

    static void run() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("\n#### Database work per request (PostgreSQL counters, mean of 10 sequential requests)\n\n");
        sb.append("| request | catalog scans | enrollment scans | attendance scans | exam scans | rows inserted | commits (all DBs) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        if (eligibility != null) {
            String[] e = eligibility.split(":");
            row(sb, "POST /eligibility", i -> call("POST", ENROLLMENT + "/eligibility", "frontdesk",
                    "{\"editionId\":" + e[0] + ",\"studentId\":" + e[1] + "}"));
            row(sb, "GET catalog /editions/{e}/rules", i -> call("GET", CATALOG + "/editions/" + e[0] + "/rules", "frontdesk", null));
        }
        if (ingestion > 0) {
            List<long[]> lessons = Seed.lessons(ingestion, TODAY.minusDays(10), 10, List.of("1"));
            List<Long> students = new ArrayList<>();
            for (int i = 0; i < Scenarios.CLASS; i++) students.add(2_000_000_000L + ingestion * 1000 + i);
            row(sb, "PUT register (30 rows, new)", i -> {
                StringBuilder b = new StringBuilder("{\"entries\":[");
                for (int s = 0; s < students.size(); s++) {
                    b.append(s == 0 ? "" : ",").append("{\"studentId\":").append(students.get(s)).append(",\"minutesPresent\":110}");
                }
                return call("PUT", ATTENDANCE + "/editions/" + ingestion + "/lessons/" + lessons.get(i)[0] + "/register", "tutor",
                        b.append("]}").toString());
            });
        }
        if (summary != null) {
            String[] s = summary.split(":");
            row(sb, "GET attendance summary (300 students)", i -> call("GET", ATTENDANCE + "/editions/" + s[0] + "/summary", "tutor", null));
            row(sb, "GET exam admission list (300 students)", i -> call("GET", EXAM + "/exam-sessions/" + s[1] + "/admissions", "board", null));
        }
        PROFILE.append(sb);
    }

    static final StringBuilder PROFILE = new StringBuilder();

    static void row(StringBuilder sb, String name, Call c) throws Exception {
        c.call(0); // discard: caches, JIT
        Thread.sleep(1500);
        Map<String, long[]> base = snapshot();
        Thread.sleep(1500);
        Map<String, long[]> before = snapshot(); // before - base = what the snapshots themselves count (subtracted)
        int n = 10;
        for (int i = 0; i < n; i++) {
            Reply r = c.call(i);
            if (r.statusCode() != 200) throw new IllegalStateException(name + ": " + r.statusCode() + " " + abbreviate(r.body()));
        }
        Thread.sleep(1500); // backends flush their statistics at most once a second
        Map<String, long[]> after = snapshot();
        double[] scans = new double[DBS.length];
        double inserted = 0;
        double commits = 0;
        for (int d = 0; d < DBS.length; d++) {
            long[] a = after.get(DBS[d]);
            long[] b = before.get(DBS[d]);
            long[] z = base.get(DBS[d]);
            scans[d] = (a[0] - 2 * b[0] + z[0]) / (double) n;
            inserted += (a[1] - 2 * b[1] + z[1]) / (double) n;
            commits += (a[2] - 2 * b[2] + z[2]) / (double) n;
        }
        sb.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, scans[0], scans[1], scans[2], scans[3],
                inserted, commits));
    }

    /** Per database: {index + sequential scans, rows inserted, commits}. */
    static Map<String, long[]> snapshot() throws Exception {
        Map<String, long[]> m = new LinkedHashMap<>();
        for (String db : DBS) {
            try (Connection c = db(db); Statement s = c.createStatement()) {
                long scans;
                long ins;
                try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(coalesce(seq_scan,0) + coalesce(idx_scan,0)),0),"
                        + " coalesce(sum(n_tup_ins),0) FROM pg_stat_user_tables WHERE relname NOT LIKE 'bench_raw%'")) {
                    rs.next();
                    scans = rs.getLong(1);
                    ins = rs.getLong(2);
                }
                long commits;
                try (ResultSet rs = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                    rs.next();
                    commits = rs.getLong(1);
                }
                m.put(db, new long[] {scans, ins, commits});
            }
        }
        return m;
    }
}
