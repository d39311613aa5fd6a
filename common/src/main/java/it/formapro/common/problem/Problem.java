package it.formapro.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every 4xx/5xx answer of the suite.
 *
 * <p>{@code type} is a stable URI per kind of problem (clients switch on it), {@code detail} is for humans,
 * {@code violations} lists the failed rules or invalid fields, {@code figures} carries the numbers behind a
 * refusal (hours delivered, capacity, ...).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every error answer of the API has this shape")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "https://formapro.it/problems/validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "Human explanation of this occurrence", examples = "plannedHours: must be greater than 0")
        String detail,
        @Schema(description = "The request path", examples = "/editions")
        String instance,
        @Schema(description = "Each failed rule or invalid field")
        List<Violation> violations,
        @Schema(description = "Figures behind the refusal, e.g. hours delivered and the limit")
        Map<String, Object> figures) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://formapro.it/problems/";

    /** One failed rule or invalid field. {@code source} names the standard or law a rule comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "Rule code or field path", examples = "plannedHours") String field,
            @Schema(description = "What is wrong and why", examples = "must be greater than 0") String message,
            @Schema(description = "Where the rule comes from", examples = "Standard 001, DD 61/DPG025 of 19-04-2023") String source,
            @Schema(description = "The numbers behind this violation alone, where several share a name (the problem's "
                    + "own figures merge those of all its violations)") Map<String, Object> figures) {

        public Violation(String field, String message, String source) {
            this(field, message, source, null);
        }

        public Violation(String field, String message) {
            this(field, message, null, null);
        }
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
