package it.formapro.enrollment.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.formapro.common.problem.Problem;
import java.io.IOException;

/**
 * The other service answered with a 4xx: our request was refused, so retrying or opening the circuit would not
 * help. Fault tolerance aborts retries on it and does not count it as a failure.
 */
public class DownstreamRejection extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String body;

    public DownstreamRejection(int status, String body) {
        super("HTTP " + status);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The problem+json body of the other service, if any (never contains our own personal data: it is their answer). */
    public String body() {
        return body;
    }

    /** The body read as a problem; an empty object if there is none or it is not JSON (the status says enough then). */
    public JsonNode problem() {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (IOException | RuntimeException unreadable) {
            return JSON.createObjectNode();
        }
    }

    /** Whether the other service refused with this status and this problem type ({@link Problem#TYPE_BASE} + slug). */
    public boolean isProblem(int status, String slug) {
        return this.status == status && (Problem.TYPE_BASE + slug).equals(problem().path("type").asText(null));
    }
}
