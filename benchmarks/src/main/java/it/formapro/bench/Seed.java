package it.formapro.bench;

import static it.formapro.bench.Bench.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: editions through the catalogue API (admin), bulk rows with SQL into the bench_ databases. */
final class Seed {

    private Seed() {
    }

    /** An OPEN edition of the benchmark standard; returns its rules document. */
    static JsonNode edition(String title, LocalDate start, LocalDate end, int capacity) throws Exception {
        JsonNode q = expect("GET", CATALOG + "/qualifications/" + STANDARD, "admin", null, 200);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("provider", "Ente benchmark");
        // D.lgs 13/2013 art. 6: without it exam-service issues no certificate on the edition
        e.put("providerAccreditation", "Regione Abruzzo, accreditamento DD n. 123/DPG010 del 2024, codice ente A0123");
        e.put("qualificationCode", STANDARD);
        e.put("title", "bench " + RUN + " " + title);
        e.put("location", "Pescara");
        e.put("startDate", start.toString());
        e.put("endDate", end.toString());
        e.put("plannedHours", q.at("/rules/hours/minTotal").decimalValue());
        e.put("capacity", capacity);
        JsonNode internship = q.at("/rules/hours/internshipMin");
        if (!internship.isMissingNode() && !internship.isNull() && !q.at("/rules/hours/internshipIncludedInTotal").asBoolean()) {
            e.put("plannedInternshipHours", internship.decimalValue());
        }
        JsonNode created = expect("POST", CATALOG + "/editions", "admin", e, 201, 200);
        long id = created.get("id").asLong();
        expect("POST", CATALOG + "/editions/" + id + "/status", "admin",
                Map.of("status", "OPEN", "version", created.get("version").asInt()), 200);
        return expect("GET", CATALOG + "/editions/" + id + "/rules", "admin", null, 200);
    }

    /** n eligible Italian adults (upper-secondary diploma, right-duty fulfilled), inserted in enrollment's table. */
    static List<Long> students(int n, String tag) throws Exception {
        List<Long> ids = new ArrayList<>(n);
        try (Connection c = db("enrollment"); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO student (first_name, last_name, other_id_type, other_id_value, birth_date, birth_place, citizenship,"
                        + " education_kind, education_eqf, education_obtained_in, right_duty_fulfilled)"
                        + " SELECT 'Bench', 'S' || g, 'PASSPORT', ? || '-' || g, date '1990-01-01' + (g % 3000), 'Pescara', 'ITALIAN',"
                        + " 'UPPER_SECONDARY', 4, 'ITALIAN_SCHOOL', true FROM generate_series(1, ?) g RETURNING id")) {
            ps.setString(1, "B" + RUN + tag);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** CONFIRMED enrollments of these students (enrollment DB) and their participants (attendance DB). */
    static void confirmedParticipants(long editionId, List<Long> students, LocalDate joinedOn) throws Exception {
        Map<Long, Long> enrollmentIds = new LinkedHashMap<>();
        try (Connection c = db("enrollment"); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO enrollment (student_id, edition_id, status, pre_enrolled_at, confirmed_at, joined_on)"
                        + " SELECT s, ?, 'CONFIRMED', now(), now(), ? FROM unnest(?::bigint[]) s RETURNING id, student_id")) {
            // joined_on as the front desk's confirmation records it: a withdrawal cannot be dated before it
            ps.setLong(1, editionId);
            ps.setDate(2, date(joinedOn));
            ps.setArray(3, c.createArrayOf("bigint", students.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) enrollmentIds.put(rs.getLong(2), rs.getLong(1));
            }
        }
        participants(editionId, students, enrollmentIds, joinedOn);
    }

    static void participants(long editionId, List<Long> students, Map<Long, Long> enrollmentIds, LocalDate joinedOn) throws Exception {
        try (Connection c = db("attendance")) {
            c.setAutoCommit(false);
            long id = idBlock(c, "participant", students.size());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO participant (id, edition_id, student_id, enrollment_id,"
                    + " first_name, last_name, joined_on, status) VALUES (?, ?, ?, ?, 'Bench', ?, ?, 'ACTIVE')")) {
                for (Long s : students) {
                    ps.setLong(1, id++);
                    ps.setLong(2, editionId);
                    ps.setLong(3, s);
                    ps.setObject(4, enrollmentIds.get(s));
                    ps.setString(5, "S" + s);
                    ps.setDate(6, date(joinedOn));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** count 2-hour classroom lessons, four a day from 'from', cycling over the units; returns their ids. */
    static List<long[]> lessons(long editionId, LocalDate from, int count, List<String> units) throws Exception {
        List<long[]> ids = new ArrayList<>();
        try (Connection c = db("attendance")) {
            c.setAutoCommit(false);
            long id = idBlock(c, "lesson", count);
            int[] starts = {9, 11, 14, 16};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lesson (id, edition_id, lesson_date, start_time, end_time,"
                    + " minutes, unit_code, modality, teacher, created_by) VALUES (?, ?, ?, ?, ?, 120, ?, 'CLASSROOM', 'Docente bench', 'bench')")) {
                for (int i = 0; i < count; i++) {
                    LocalDate d = from.plusDays(i / 4);
                    ps.setLong(1, id);
                    ps.setLong(2, editionId);
                    ps.setDate(3, date(d));
                    ps.setTime(4, time(starts[i % 4], 0));
                    ps.setTime(5, time(starts[i % 4] + 2, 0));
                    ps.setString(6, units.get(i % units.size()));
                    ps.addBatch();
                    ids.add(new long[] {id, d.toEpochDay()});
                    id++;
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    /** Attendance rows (every 10th student misses a lesson in three) and a passed check per unit per student. */
    static void attendanceAndChecks(long editionId, List<long[]> lessons, List<Long> students, List<String> units) throws Exception {
        try (Connection c = db("attendance")) {
            c.setAutoCommit(false);
            long id = idBlock(c, "attendance_entry", 0);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance_entry (id, lesson_id, student_id, minutes_present,"
                    + " updated_at, updated_by) VALUES (?, ?, ?, ?, now(), 'bench')")) {
                int n = 0;
                for (int li = 0; li < lessons.size(); li++) {
                    for (int si = 0; si < students.size(); si++) {
                        boolean absent = si % 10 == 0 && li % 3 == 0;
                        ps.setLong(1, id++);
                        ps.setLong(2, lessons.get(li)[0]);
                        ps.setLong(3, students.get(si));
                        ps.setInt(4, absent ? 0 : 120);
                        ps.addBatch();
                        if (++n % 5000 == 0) ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            long cid = idBlock(c, "learning_check", 0);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO learning_check (id, edition_id, student_id, unit_code,"
                    + " check_date, outcome, score, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'PASSED', 7.5, 'bench', now())")) {
                int n = 0;
                for (Long s : students) {
                    for (String u : units) {
                        ps.setLong(1, cid++);
                        ps.setLong(2, editionId);
                        ps.setLong(3, s);
                        ps.setString(4, u);
                        ps.setDate(5, date(TODAY.minusDays(1)));
                        ps.addBatch();
                        if (++n % 5000 == 0) ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * Fresh planner statistics after a bulk load, as autovacuum's analyze would give a running system within a minute:
     * measured right after seeding, PostgreSQL still plans for the empty tables it last looked at.
     */
    static void analyze() throws Exception {
        for (String service : new String[] {"enrollment", "attendance", "exam"}) {
            try (Connection c = db(service); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    static List<String> unitCodes(JsonNode rules) {
        List<String> units = new ArrayList<>();
        rules.get("units").forEach(u -> units.add(u.get("code").asText()));
        return units;
    }
}
