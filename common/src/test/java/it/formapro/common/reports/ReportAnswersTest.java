package it.formapro.common.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAnswersTest {

    record Student(long id, String name) {
    }

    private final ReportAnswers answers = new ReportAnswers(new ObjectMapper());

    @Test
    void theReportIsWrittenAsTheMapperWritesItThenDropped() throws IOException {
        List<Student> report = List.of(new Student(1, "Rossi"), new Student(2, "Bianchi"));
        StreamingOutput answer = answers.json(report);
        assertTrue(((ReportAnswers.Answer<?>) answer).holdsReport());

        ClosingCounter out = new ClosingCounter();
        answer.write(out);

        assertEquals(new ObjectMapper().writeValueAsString(report), out.toString(StandardCharsets.UTF_8));
        assertFalse(((ReportAnswers.Answer<?>) answer).holdsReport(), "the report is let go once written");
        assertEquals(0, out.closed, "the server closes its own stream");
        assertThrows(IllegalStateException.class, () -> answer.write(new ByteArrayOutputStream()));
    }

    @Test
    void filesAndTextsToo() throws IOException {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, 1, 2};
        StreamingOutput file = answers.bytes(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(out);
        assertArrayEquals(pdf, out.toByteArray());
        assertFalse(((ReportAnswers.Answer<?>) file).holdsReport());

        StreamingOutput csv = answers.text("studente;ore\nRossi Niccolò;4,00\n");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        csv.write(text);
        assertEquals("studente;ore\nRossi Niccolò;4,00\n", text.toString(StandardCharsets.UTF_8));
    }

    private static final class ClosingCounter extends ByteArrayOutputStream {
        int closed;

        @Override
        public void close() {
            closed++;
        }
    }
}
