package it.formapro.bench.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.formapro.enrollment.eligibility.ApplicantFacts;
import it.formapro.enrollment.eligibility.Citizenship;
import it.formapro.enrollment.eligibility.EligibilityEngine;
import it.formapro.enrollment.eligibility.EligibilityReport;
import it.formapro.enrollment.eligibility.EducationKind;
import it.formapro.enrollment.eligibility.Evidence;
import it.formapro.enrollment.eligibility.TitleOrigin;
import it.formapro.exam.admission.AdmissionRules;
import it.formapro.exam.admission.Candidate;
import it.formapro.exam.attendance.AttendanceSummary;
import it.formapro.exam.enrollment.Enrollment;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process cost of the rule code behind POST /eligibility and the admission list: what is left once HTTP, OIDC,
 * the downstream calls and the database are taken away. Inputs are the real documents of the benchmark suite
 * (rules of a standard-001 edition, one student's attendance summary replicated n times).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleBenchmarks {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static byte[] resource(String name) throws Exception {
        try (InputStream in = RuleBenchmarks.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    @State(Scope.Benchmark)
    public static class Eligibility {
        final EligibilityEngine engine = new EligibilityEngine();
        it.formapro.enrollment.catalog.EditionRules rules;
        ApplicantFacts facts;
        byte[] rulesJson;
        /** The day of the evaluation (the engine's residence-permit rule reads it): a month before the start. */
        LocalDate today;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            rulesJson = resource("rules-001.json");
            rules = JSON.readValue(rulesJson, it.formapro.enrollment.catalog.EditionRules.class);
            today = rules.startDate().minusMonths(1);
            ObjectNode evidence = JSON.createObjectNode();
            evidence.putObject("educationTitle").put("kind", "UPPER_SECONDARY").put("eqfLevel", 4).put("obtainedIn", "ITALIAN_SCHOOL");
            evidence.put("rightDutyFulfilled", true);
            facts = new ApplicantFacts(LocalDate.of(1995, 3, 1), Citizenship.ITALIAN, JSON.treeToValue(evidence, Evidence.class));
        }
    }

    /** The rule evaluation alone (EligibilityEngine.evaluate). */
    @Benchmark
    public EligibilityReport eligibilityEvaluate(Eligibility s) {
        return s.engine.evaluate(s.facts, s.rules, s.today);
    }

    /** Evaluation plus parsing the catalogue's rules document, as enrollment does on every call (no cache). */
    @Benchmark
    public EligibilityReport eligibilityParseAndEvaluate(Eligibility s) throws Exception {
        return s.engine.evaluate(s.facts, JSON.readValue(s.rulesJson, it.formapro.enrollment.catalog.EditionRules.class), s.today);
    }

    @State(Scope.Benchmark)
    public static class Admission {
        @Param({"30", "300", "3000"})
        int students;
        it.formapro.exam.catalog.EditionRules rules;
        AttendanceSummary summary;
        List<Enrollment> confirmed;
        byte[] summaryJson;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            rules = JSON.readValue(resource("rules-001.json"), it.formapro.exam.catalog.EditionRules.class);
            ObjectNode doc = (ObjectNode) JSON.readTree(resource("summary-1-student.json"));
            ObjectNode template = (ObjectNode) doc.get("students").get(0);
            ArrayNode all = JSON.createArrayNode();
            confirmed = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                ObjectNode s = template.deepCopy();
                s.put("studentId", 1000L + i);
                all.add(s);
                confirmed.add(JSON.convertValue(JSON.createObjectNode().put("id", 5000L + i).put("studentId", 1000L + i)
                        .put("editionId", rules.editionId()).put("status", "CONFIRMED")
                        .put("preEnrolledAt", OffsetDateTime.now().toString()).put("confirmedAt", OffsetDateTime.now().toString()),
                        Enrollment.class));
            }
            doc.set("students", all);
            summaryJson = JSON.writeValueAsBytes(doc);
            summary = JSON.readValue(summaryJson, AttendanceSummary.class);
        }
    }

    /** AdmissionRules.evaluate alone, n candidates. */
    @Benchmark
    public List<Candidate> admissionEvaluate(Admission s) {
        return AdmissionRules.evaluate(s.rules, s.summary, s.confirmed);
    }

    /** Plus parsing the attendance summary document exam-service receives (n students). */
    @Benchmark
    public List<Candidate> admissionParseAndEvaluate(Admission s) throws Exception {
        return AdmissionRules.evaluate(s.rules, JSON.readValue(s.summaryJson, AttendanceSummary.class), s.confirmed);
    }
}
