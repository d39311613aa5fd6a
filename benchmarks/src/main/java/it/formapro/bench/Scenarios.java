package it.formapro.bench;

import static it.formapro.bench.Bench.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The four HTTP scenarios of issue 8 (the fifth, startup and RSS, is benchmarks/startup-memory.sh + RssSampler). */
final class Scenarios {

    private Scenarios() {
    }

    static int[] sizes(String prop, String def) {
        String[] s = System.getProperty(prop, def).split(",");
        int[] r = new int[s.length];
        for (int i = 0; i < s.length; i++) r[i] = Integer.parseInt(s[i].trim());
        return r;
    }

    // ------------------------------------------------------------------ 1. ingestion vs raw JDBC

    static final int CLASS = 30;

    static void ingestion() throws Exception {
        // a lesson is one request: 100-900 of them take 0.2-2 s. First 2 400 lessons of a warm-up edition, so that a
        // service is measured running, not starting: after the 1 200 used until run 13, attendance still spent 2.8 ms
        // of CPU a lesson in the first size against 1.6 in the last (run 14). Then each size runs in 3 rounds
        // (bench.ingestion.rounds) of REST answered, REST minimal and JDBC, added up: one 0.2 s phase of each gave
        // ratios from 27 to 55 % on the same suite (run 14), whatever else the two cores did falling on one side only
        int[] sizes = sizes("bench.ingestion.lessons", "100,300,900");
        int rounds = Integer.getInteger("bench.ingestion.rounds", 3);
        try (Connection c = db("attendance"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw_entry (LIKE attendance_entry INCLUDING ALL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw_change (LIKE register_change INCLUDING ALL)");
        }
        Registers warmup = Registers.seed("ingestion warm-up", Integer.getInteger("bench.ingestion.warmup", 2400));
        load(warmup.lessons().size(), i -> warmup.put(i, i % 2 == 0));
        Profile.ingestion = warmup.editionId();

        for (int lessonsCount : sizes) {
            Registers registers = Registers.seed("ingestion " + lessonsCount, 2 * rounds * lessonsCount);
            // the physical limit: the same rows (entry + audit row), one transaction per lesson, plain JDBC batch;
            // one connection per client thread, opened before the clock starts (a pool would do the same)
            java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.LinkedBlockingQueue<>();
            List<Connection> all = new ArrayList<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                Connection c = db("attendance");
                c.setAutoCommit(false);
                pool.add(c);
                all.add(c);
            }
            AtomicInteger ids = new AtomicInteger(10_000_000);
            Op jdbc = l -> {
                Connection c = pool.take();
                try {
                    // a negative index: a warm-up row of no lesson, truncated before the rounds
                    insertRaw(c, l < 0 ? l : registers.lessons().get(l)[0], l, registers.students(), ids);
                } finally {
                    pool.add(c);
                }
            };
            load(300, i -> jdbc.run(-1 - i));
            try (Connection c = db("attendance"); Statement s = c.createStatement()) {
                s.execute("TRUNCATE bench_raw_entry, bench_raw_change");
            }

            CpuMeter restCpu = CpuMeter.paused("attendance");
            CpuMeter minimalCpu = CpuMeter.paused("attendance");
            CpuMeter jdbcCpu = CpuMeter.paused(null);
            List<Result> restRounds = new ArrayList<>();
            List<Result> minimalRounds = new ArrayList<>();
            List<Result> jdbcRounds = new ArrayList<>();
            List<String> ratios = new ArrayList<>();
            for (int k = 0; k < rounds; k++) {
                int first = 2 * k * lessonsCount; // REST writes two lessons for each JDBC one: answered, then minimal
                int firstRaw = k * lessonsCount;
                Result r = measure(restCpu, lessonsCount, i -> registers.put(first + i, false));
                Result m = measure(minimalCpu, lessonsCount, i -> registers.put(first + lessonsCount + i, true));
                Result j = measure(jdbcCpu, lessonsCount, i -> jdbc.run(firstRaw + i));
                restRounds.add(r);
                minimalRounds.add(m);
                jdbcRounds.add(j);
                ratios.add(String.format("%.0f/%.0f", 100 * rate(r) / rate(j), 100 * rate(m) / rate(j)));
            }
            for (Connection c : all) c.close();
            Result r = Result.of(restRounds);
            Result m = Result.of(minimalRounds);
            Result j = Result.of(jdbcRounds);
            String size = lessonsCount + " lessons x 30, " + rounds + " rounds";
            report("1 ingestion REST+OIDC (bulk register)", size, r, CLASS, "rows",
                    "PUT /editions/{e}/lessons/{l}/register, one lesson per request, answered with the register; "
                            + restCpu.perOp(r.ok() + r.failed()));
            report("1 ingestion REST+OIDC, Prefer: return=minimal", size, m, CLASS, "rows",
                    "the same, answered 204 (a bulk loader that does not read the register); " + minimalCpu.perOp(m.ok() + m.failed()));
            report("1 ingestion raw JDBC batch (limit)", size, j, CLASS, "rows",
                    String.format("same rows + audit rows, 1 tx per lesson; %s; **REST/JDBC = %.0f %% answered, %.0f %% "
                                    + "minimal** (rounds: %s %%; target >= 50 %%)", jdbcCpu.perOp(j.ok() + j.failed()),
                            100 * rate(r) / rate(j), 100 * rate(m) / rate(j), String.join(", ", ratios)));
        }
    }

    /** One round of a load, its CPU added to the meter. */
    private static Result measure(CpuMeter cpu, int count, Op op) throws InterruptedException {
        cpu.resume();
        try {
            return load(count, op);
        } finally {
            cpu.pause();
        }
    }

    /** An edition of CLASS participants and its lessons (4 a day from 1 400 days ago), with one register body each. */
    record Registers(long editionId, List<Long> students, List<long[]> lessons, String[] bodies) {

        static Registers seed(String name, int lessonsCount) throws Exception {
            // every lesson before today (a register waits for its lesson to be held): at least 5 600, four a day
            LocalDate start = TODAY.minusDays(Math.max(1400, lessonsCount / 4 + 2));
            JsonNode rules = Seed.edition(name, start, TODAY.plusDays(60), CLASS);
            long editionId = rules.get("editionId").asLong();
            List<Long> students = new ArrayList<>();
            for (int i = 0; i < CLASS; i++) students.add(2_000_000_000L + editionId * 1000 + i);
            Seed.participants(editionId, students, Map.of(), start);
            List<long[]> lessons = Seed.lessons(editionId, start, lessonsCount, Seed.unitCodes(rules));
            String[] bodies = new String[lessons.size()];
            for (int l = 0; l < lessons.size(); l++) {
                StringBuilder b = new StringBuilder("{\"entries\":[");
                for (int i = 0; i < CLASS; i++) {
                    int minutes = (i + l) % 10 == 0 ? 0 : (i + l) % 7 == 0 ? 105 : 120;
                    b.append(i == 0 ? "" : ",").append("{\"studentId\":").append(students.get(i))
                            .append(",\"minutesPresent\":").append(minutes).append('}');
                }
                bodies[l] = b.append("]}").toString();
            }
            return new Registers(editionId, students, lessons, bodies);
        }

        /** The register of lesson l, over REST as a tutor: answered with the register, or 204 if minimal. */
        void put(int l, boolean minimal) throws Exception {
            String url = ATTENDANCE + "/editions/" + editionId + "/lessons/" + lessons.get(l)[0] + "/register";
            Reply r = minimal ? call("PUT", url, "tutor", bodies[l], "Prefer", "return=minimal") : call("PUT", url, "tutor", bodies[l]);
            if (r.statusCode() != (minimal ? 204 : 200)) throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    private static double rate(Result r) {
        return r.ok() * CLASS / r.seconds();
    }

    /** One lesson's register as plain JDBC: 30 entry rows + 30 audit rows in two batches, one transaction. */
    static void insertRaw(Connection c, long lessonId, int i, List<Long> students, AtomicInteger ids) throws Exception {
        try (PreparedStatement e = c.prepareStatement("INSERT INTO bench_raw_entry (id, lesson_id, student_id, minutes_present,"
                + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, 'tutor', 0)");
             PreparedStatement a = c.prepareStatement("INSERT INTO bench_raw_change (id, lesson_id, student_id, old_minutes,"
                     + " new_minutes, changed_by, changed_at) VALUES (?, ?, ?, NULL, ?, 'tutor', ?)")) {
            java.sql.Timestamp now = now();
            for (int s = 0; s < CLASS; s++) {
                long id = ids.incrementAndGet();
                int minutes = (s + i) % 10 == 0 ? 0 : 120;
                e.setLong(1, id); e.setLong(2, lessonId); e.setLong(3, students.get(s)); e.setInt(4, minutes); e.setTimestamp(5, now);
                e.addBatch();
                a.setLong(1, id); a.setLong(2, lessonId); a.setLong(3, students.get(s)); a.setInt(4, minutes); a.setTimestamp(5, now);
                a.addBatch();
            }
            e.executeBatch();
            a.executeBatch();
        }
        c.commit();
    }

    // ------------------------------------------------------------------ 2. eligibility

    static void eligibility() throws Exception {
        int[] sizes = sizes("bench.eligibility.editions", "1,10,50");
        int requests = Integer.getInteger("bench.eligibility.requests", 400);
        List<Long> students = Seed.students(30, "el");
        List<Long> editions = new ArrayList<>();
        int max = 0;
        for (int s : sizes) max = Math.max(max, s);
        for (int i = 0; i < max; i++) {
            editions.add(Seed.edition("eligibility " + i, TODAY.plusDays(30), TODAY.plusDays(200), 20).get("editionId").asLong());
        }
        boolean warm = false;
        for (int n : sizes) {
            Op op = i -> {
                String body = "{\"editionId\":" + editions.get(i % n) + ",\"studentId\":" + students.get(i % students.size()) + "}";
                Reply r = call("POST", ENROLLMENT + "/eligibility", "frontdesk", body);
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
                if (!r.body().contains("\"ELIGIBLE\"")) throw new IllegalStateException("unexpected verdict " + abbreviate(r.body()));
            };
            if (!warm) {
                load(150, op);
                warm = true;
            }
            Result r = load(requests, op);
            report("2 POST /eligibility (+ catalogue call)", n + " edition(s) x 30 students", r, 1, "req", "");
            // attribution: the downstream call alone, as enrollment makes it on every check (not cached there)
            Op rulesOnly = i -> {
                Reply resp = call("GET", CATALOG + "/editions/" + editions.get(i % n) + "/rules", "frontdesk", null);
                if (resp.statusCode() != 200) throw new IllegalStateException(resp.statusCode() + " " + resp.body());
            };
            report("2b  of which: GET catalog /editions/{e}/rules alone", n + " edition(s)", load(requests / 2, rulesOnly), 1, "req",
                    "the call enrollment repeats on every check");
            if (n == sizes[0]) {
                report("2c POST /eligibility, one client (c=1)", n + " edition(s)", load(500, 1, op), 1, "req",
                        "latency without queueing behind the other 7 clients");
            }
        }
        Profile.eligibility = editions.get(0) + ":" + students.get(0);
    }

    // ------------------------------------------------------------------ 3. summary + admission list

    static void summaryAndAdmissions() throws Exception {
        int[] sizes = sizes("bench.summary.students", "30,300,3000");
        int lessonsCount = 26; // 208 h of standard 001 in 2-hour lessons... 26 x 2 h = 52 h delivered so far
        boolean warm = false;
        for (int n : sizes) {
            long t0 = System.nanoTime();
            LocalDate start = TODAY.minusDays(20);
            JsonNode rules = Seed.edition("summary " + n, start, TODAY.plusDays(120), n);
            long editionId = rules.get("editionId").asLong();
            List<String> units = Seed.unitCodes(rules);
            List<Long> students = Seed.students(n, "sm" + n);
            Seed.confirmedParticipants(editionId, students, start);
            List<long[]> lessons = Seed.lessons(editionId, start, lessonsCount, units);
            Seed.attendanceAndChecks(editionId, lessons, students, units);
            Seed.analyze();
            long session = expect("POST", EXAM + "/exam-sessions", "board", Map.of("editionId", editionId,
                    "examDate", TODAY.plusDays(125).toString(), "place", "Sede bench", "board", List.of(
                            Map.of("role", "PRESIDENT", "fullName", "Dott.ssa Anna Ferraro", "appointedBy", "REGION"),
                            Map.of("role", "MEMBER", "fullName", "Dott. Luca Marini", "appointedBy", "REGION"),
                            Map.of("role", "MEMBER", "fullName", "Ing. Paola Conti", "appointedBy", "PROVIDER"))), 201, 200)
                    .get("id").asLong();
            System.err.printf("[bench] seeded edition %d with %d students, %d lessons, %d attendance rows (SQL) in %.1f s%n",
                    editionId, n, lessonsCount, (long) n * lessonsCount, (System.nanoTime() - t0) / 1e9);
            int count = n <= 30 ? 200 : n <= 300 ? 60 : 16;
            Op summary = i -> {
                Reply r = call("GET", ATTENDANCE + "/editions/" + editionId + "/summary", "tutor", null);
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + abbreviate(r.body()));
                if (countOf(r.body(), "\"studentId\"") != n) throw new IllegalStateException("summary does not list " + n + " students");
            };
            Op admissions = i -> {
                Reply r = call("GET", EXAM + "/exam-sessions/" + session + "/admissions", "board", null);
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + abbreviate(r.body()));
                if (countOf(r.body(), "\"decision\"") != n) throw new IllegalStateException("admission list does not list " + n + " candidates");
            };
            if (!warm) {
                load(60, summary);
                load(60, admissions);
                warm = true;
            } else {
                load(Math.max(2, count / 10), summary);
                load(Math.max(2, count / 10), admissions);
            }
            int summaryBytes = call("GET", ATTENDANCE + "/editions/" + editionId + "/summary", "tutor", null).body().length();
            int listBytes = call("GET", EXAM + "/exam-sessions/" + session + "/admissions", "board", null).body().length();
            report("3a GET attendance summary", n + " students", load(count, summary), 1, "req",
                    String.format("26 lessons, checks per unit; response %,d bytes (%,d per student)", summaryBytes, summaryBytes / n));
            report("3b GET exam admission list (live)", n + " students", load(count, admissions), 1, "req",
                    String.format("catalog rules + attendance summary + confirmed enrollments; response %,d bytes", listBytes));
            if (n == sizes[0] || n == sizes[sizes.length - 1]) {
                // the p99 targets are read on these rows: 500 requests, so that the p99 is not the second-slowest of
                // a hundred (runs 8-10 moved it by +-3 ms with the same code)
                int c1 = n <= 30 ? 500 : n <= 300 ? 20 : 5;
                report("3e GET attendance summary, one client (c=1)", n + " students", load(c1, 1, summary), 1, "req",
                        "latency without queueing behind the other 7 clients");
                report("3d GET exam admission list, one client (c=1)", n + " students", load(c1, 1, admissions), 1, "req",
                        "latency without queueing behind the other 7 clients");
            }
            if (n == 300) Profile.summary = editionId + ":" + session;
            Op confirmedList = i -> {
                Reply r = call("GET", ENROLLMENT + "/editions/" + editionId + "/enrollments?status=CONFIRMED", "board", null);
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + abbreviate(r.body()));
            };
            report("3c  of which: GET confirmed enrollments", n + " students", load(count, confirmedList), 1, "req",
                    "third downstream call of the admission list");
            RSS.phase("3 summaries, " + n + " students");
        }
    }

    static int countOf(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) n++;
        return n;
    }

    // ------------------------------------------------------------------ 4. contention for the last seats

    static void contention() throws Exception {
        String[] cases = System.getProperty("bench.contention", "20:5,60:15,160:40").split(",");
        for (String c : cases) {
            int n = Integer.parseInt(c.split(":")[0]);
            int k = Integer.parseInt(c.split(":")[1]);
            JsonNode rules = Seed.edition("contention " + n + "/" + k, TODAY.plusDays(30), TODAY.plusDays(200), k);
            long editionId = rules.get("editionId").asLong();
            List<Long> students = Seed.students(n, "ct" + n);
            long[] enrollments = new long[n];
            Result pre = load(n, i -> enrollments[i] = expect("POST", ENROLLMENT + "/editions/" + editionId + "/enrollments",
                    "frontdesk", Map.of("studentId", students.get(i)), 201).at("/enrollment/id").asLong());
            if (pre.failed() > 0) throw new IllegalStateException("pre-enrollment failed: " + pre.firstError());
            AtomicInteger confirmed = new AtomicInteger();
            AtomicInteger full = new AtomicInteger();
            Result r = load(n, i -> {
                Reply resp = call("POST", ENROLLMENT + "/enrollments/" + enrollments[i] + "/confirmation", "frontdesk", null);
                if (resp.statusCode() == 200) confirmed.incrementAndGet();
                else if (resp.statusCode() == 409) full.incrementAndGet();
                else throw new IllegalStateException(resp.statusCode() + " " + resp.body());
            });
            JsonNode list = expect("GET", ENROLLMENT + "/editions/" + editionId + "/enrollments?status=CONFIRMED", "frontdesk", null, 200);
            int participants;
            try (Connection db = db("attendance"); PreparedStatement ps = db.prepareStatement(
                    "SELECT count(*) FROM participant WHERE edition_id = ? AND status = 'ACTIVE'")) {
                ps.setLong(1, editionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    participants = rs.getInt(1);
                }
            }
            boolean okCap = list.size() <= k && confirmed.get() == list.size() && participants == list.size();
            String verdict = String.format("%d confirmed (200) / %d full (409) for %d seats; stored CONFIRMED %d, attendance participants %d: %s",
                    confirmed.get(), full.get(), k, list.size(), participants,
                    okCap && list.size() == k ? "**never over capacity, all seats filled**" : "**CAPACITY VIOLATION OR LOST SEAT**");
            report("4 confirm under contention", "N=" + n + " for K=" + k, r, 1, "req", verdict);
            if (!okCap) NOTES.put("contention " + n + "/" + k, "FAILED: " + verdict);
        }
    }
}
