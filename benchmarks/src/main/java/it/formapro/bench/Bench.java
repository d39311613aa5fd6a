package it.formapro.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * Load harness of issue 8: drives the isolated benchmark suite (ports +1000, databases bench_*) over HTTP with
 * Keycloak-issued tokens, at a fixed concurrency, and measures throughput and p50/p95/p99 with HdrHistogram.
 * Bulk data (students, enrollments, participants, lessons, attendance rows, learning checks) is seeded directly
 * with SQL into the bench_ databases; what is measured always goes through the real HTTP API.
 */
public final class Bench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int OFFSET = Integer.getInteger("bench.offset", 1000);
    static final String PREFIX = System.getProperty("bench.dbPrefix", "bench_");
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    static final String CATALOG = "http://localhost:" + (8081 + OFFSET);
    static final String ENROLLMENT = "http://localhost:" + (8082 + OFFSET);
    static final String ATTENDANCE = "http://localhost:" + (8083 + OFFSET);
    static final String EXAM = "http://localhost:" + (8084 + OFFSET);
    static final String KC = "http://localhost:" + (8180 + OFFSET) + "/realms/training/protocol/openid-connect/token";
    static final String STANDARD = System.getProperty("bench.standard", "001");
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Rome")); // the services' day
    /** Keep-alive connections, enough for every client thread against every service. */
    static final CloseableHttpClient HTTP = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(64).setMaxConnTotal(256)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(60)).build())
                    .build())
            .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().build();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    /** One result row of the table. */
    record Row(String scenario, String size, long ops, double seconds, double opsPerSec, String unitRate,
               double p50, double p95, double p99, String notes) {
    }

    static final List<Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> NOTES = Collections.synchronizedMap(new LinkedHashMap<>());
    static final RssSampler RSS = new RssSampler();

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "ingestion,eligibility,summary,contention");
        Path out = Path.of(System.getProperty("bench.out", "benchmarks/target/harness.md"));
        RSS.start();
        long t0 = System.nanoTime();
        if (only.contains("ingestion")) {
            Scenarios.ingestion();
            RSS.phase("1 ingestion");
        }
        if (only.contains("eligibility")) {
            Scenarios.eligibility();
            RSS.phase("2 eligibility");
        }
        if (only.contains("summary")) Scenarios.summaryAndAdmissions(); // a phase per size
        if (only.contains("contention")) {
            Scenarios.contention();
            RSS.phase("4 contention");
        }
        if (only.contains("profile")) Profile.run();
        RSS.stop();
        String table = table();
        System.out.println(table);
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.err.printf("[bench] harness done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | size | ops | throughput | p50 ms | p95 ms | p99 ms | notes |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Row r : ROWS) {
            sb.append(String.format("| %s | %s | %d | %s | %.1f | %.1f | %.1f | %s |%n", r.scenario(), r.size(), r.ops(),
                    r.unitRate(), r.p50(), r.p95(), r.p99(), r.notes()));
        }
        sb.append("\n").append(RSS.table());
        sb.append(Profile.PROFILE);
        if (!NOTES.isEmpty()) {
            sb.append("\n");
            NOTES.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append("\n"));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ load driver

    interface Op {
        /** Runs one operation; returns normally when it succeeded (latency recorded), throws when it failed. */
        void run(int i) throws Exception;
    }

    record Result(Histogram histogram, long ok, long failed, double seconds, String firstError) {
        double p(double q) {
            return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(q) / 1000.0;
        }

        /** Several rounds of one load as one: their latencies, operations and seconds added up. */
        static Result of(List<Result> rounds) {
            Histogram all = new Histogram(3_600_000_000L, 3);
            long ok = 0, failed = 0;
            double seconds = 0;
            String firstError = null;
            for (Result r : rounds) {
                all.add(r.histogram());
                ok += r.ok();
                failed += r.failed();
                seconds += r.seconds();
                firstError = firstError != null ? firstError : r.firstError();
            }
            return new Result(all, ok, failed, seconds, firstError);
        }
    }

    /** Runs ops 0..count-1 on a fixed pool of CONCURRENCY threads; latency per op in microseconds. */
    static Result load(int count, Op op) throws InterruptedException {
        return load(count, CONCURRENCY, op);
    }

    static Result load(int count, int concurrency, Op op) throws InterruptedException {
        ConcurrentHistogram h = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long s = System.nanoTime();
                    try {
                        op.run(i);
                        h.recordValue(Math.max(1, (System.nanoTime() - s) / 1000));
                        ok.incrementAndGet();
                    } catch (Exception e) {
                        h.recordValue(Math.max(1, (System.nanoTime() - s) / 1000));
                        failed.incrementAndGet();
                        firstError.putIfAbsent("e", String.valueOf(e.getMessage()));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double secs = (System.nanoTime() - start) / 1e9;
        return new Result(h, ok.get(), failed.get(), secs, firstError.get("e"));
    }

    static void report(String scenario, String size, Result r, double unitsPerOp, String unit, String notes) {
        double opsPerSec = r.ok() / r.seconds();
        String rate = unitsPerOp == 1 ? String.format("%.1f %s/s", opsPerSec, unit)
                : String.format("%.0f %s/s (%.1f req/s)", opsPerSec * unitsPerOp, unit, opsPerSec);
        String n = notes + (r.failed() > 0 ? " FAILED " + r.failed() + ": " + abbreviate(r.firstError()) : "");
        Row row = new Row(scenario, size, r.ok(), r.seconds(), opsPerSec, rate, r.p(50), r.p(95), r.p(99), n);
        ROWS.add(row);
        System.err.printf("[bench] %s %s: %d ok %d failed in %.1fs, %s, p50 %.1f p95 %.1f p99 %.1f ms %s%n", scenario, size,
                r.ok(), r.failed(), r.seconds(), rate, r.p(50), r.p(95), r.p(99), n);
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        s = s.replace('|', '/').replace('\n', ' ');
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    // ------------------------------------------------------------------ HTTP + tokens

    static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();

    /** A password-grant token of a demo user (client formapro-cli), renewed every 5 minutes. */
    static String token(String user) {
        String[] cached = TOKENS.get(user);
        if (cached != null && Long.parseLong(cached[1]) > System.currentTimeMillis()) return cached[0];
        String form = "client_id=formapro-cli&grant_type=password&username=" + enc(user) + "&password=" + enc(user);
        try {
            Reply r = send(ClassicRequestBuilder.post(KC)
                    .setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED)).build());
            if (r.statusCode() != 200) throw new IllegalStateException("token for " + user + ": " + r.statusCode() + " " + r.body());
            String t = JSON.readTree(r.body()).get("access_token").asText();
            TOKENS.put(user, new String[] {t, Long.toString(System.currentTimeMillis() + 300_000)});
            return t;
        } catch (IOException e) {
            throw new IllegalStateException("token for " + user, e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An HTTP answer: status and body. */
    record Reply(int statusCode, String body) {
    }

    /** An authenticated call; headers come as name, value, name, value... */
    static Reply call(String method, String url, String user, Object body, String... headers) throws IOException {
        ClassicRequestBuilder b = ClassicRequestBuilder.create(method).setUri(url)
                .addHeader("Authorization", "Bearer " + token(user)).addHeader("Accept", "application/json");
        for (int h = 0; h + 1 < headers.length; h += 2) {
            b.addHeader(headers[h], headers[h + 1]);
        }
        if (body != null) {
            b.setEntity(new StringEntity(body instanceof String s ? s : JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
        }
        return send(b.build());
    }

    static Reply send(ClassicHttpRequest request) throws IOException {
        return HTTP.execute(request, r -> new Reply(r.getCode(),
                r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8)));
    }

    /** A call that must answer one of the expected statuses; the body parsed as JSON. */
    static JsonNode expect(String method, String url, String user, Object body, int... statuses) throws IOException {
        Reply r = call(method, url, user, body);
        for (int s : statuses) {
            if (r.statusCode() == s) return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        }
        throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + abbreviate(r.body()));
    }

    // ------------------------------------------------------------------ databases

    static Connection db(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + PREFIX + service, "postgres", "");
    }

    /** A block of ids far above what the services' Hibernate sequences hand out, unique per table. */
    static long idBlock(Connection c, String table, long size) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return Math.max(rs.getLong(1), 1_000_000_000L) + 1;
        }
    }

    static Date date(LocalDate d) {
        return Date.valueOf(d);
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static Time time(int h, int m) {
        return Time.valueOf(java.time.LocalTime.of(h, m));
    }
}
