package it.formapro.common.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The answer of an edition-wide report, which lets go of the report once it is written. Quarkus' worker threads keep
 * the last task they ran until they run another, and with it the request and the object its method returned: each
 * idle thread that had answered a 3 000-student summary kept its ~20 MB of objects, and a burst of 16 summaries left
 * attendance-service with 11 of them and out of its heap (BENCHMARKS.md, run 16). An answer made here is what the
 * thread keeps instead: an empty shell, its report written and dropped.
 */
@ApplicationScoped
public class ReportAnswers {

    private final ObjectWriter json;

    public ReportAnswers(ObjectMapper mapper) {
        // the services' own mapper (same JSON as a returned object); the stream is the server's to close
        this.json = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The report as JSON, written once. */
    public StreamingOutput json(Object report) {
        return new Answer<>(report, (value, out) -> json.writeValue(out, value));
    }

    /** A file already rendered (a PDF), written once. */
    public StreamingOutput bytes(byte[] file) {
        return new Answer<>(file, (value, out) -> out.write(value));
    }

    /** A text rendered as UTF-8 (a CSV), written once. */
    public StreamingOutput text(String text) {
        return new Answer<>(text, (value, out) -> out.write(value.getBytes(StandardCharsets.UTF_8)));
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, OutputStream out) throws IOException;
    }

    /** Holds the report until it is written; a second write is a bug, not an empty answer. */
    static final class Answer<T> implements StreamingOutput {

        private final AtomicReference<T> report;
        private final Writer<T> writer;

        private Answer(T report, Writer<T> writer) {
            this.report = new AtomicReference<>(report);
            this.writer = writer;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            T value = report.getAndSet(null);
            if (value == null) {
                throw new IllegalStateException("a report answer is written once");
            }
            writer.write(value, out);
        }

        /** Whether the report is still held (not written yet). */
        boolean holdsReport() {
            return report.get() != null;
        }
    }
}
