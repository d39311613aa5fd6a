package it.formapro.exam.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.formapro.common.privacy.Pseudonym;
import it.formapro.exam.certificate.DocumentContent;
import it.formapro.exam.certificate.VerificationCodes;
import java.util.Optional;

/**
 * What an erasure request (GDPR art. 17) changes in the records exam-service must keep (D.lgs 13/2013 art. 6; GDPR
 * art. 17(3)(b)): the student's name becomes the suite's {@link Pseudonym} ("Anonimo ANON-&lt;id&gt;"), birth date,
 * birth place, codice fiscale and identity document go, and everything else stays exactly as issued or frozen. Plain
 * Java: no HTTP, no database.
 */
public final class Pseudonymisation {

    /** Tree edits only: numbers keep their exact text (150.00 stays 150.00), so nothing but the names changes. */
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Pseudonymisation() {
    }

    /**
     * The holder a document carries after the erasure: the pseudonym, without birth data, codice fiscale or identity
     * document.
     */
    public static DocumentContent.Holder holder(long studentId) {
        return new DocumentContent.Holder(Pseudonym.FIRST_NAME, Pseudonym.lastName(studentId), null, null, null, null);
    }

    /** The initials the public verification shows once the holder is pseudonymised (those of the pseudonym). */
    public static String holderInitials(long studentId) {
        return VerificationCodes.initials(Pseudonym.FIRST_NAME, Pseudonym.lastName(studentId));
    }

    /** The content with the holder replaced by the pseudonym; number, code, units, course, board, leaving: as issued. */
    public static DocumentContent content(DocumentContent c, long studentId) {
        return c.withHolder(holder(studentId));
    }

    /**
     * A frozen admission entry (the JSON of an admission candidate) with firstName and lastName replaced by the
     * pseudonym and every other byte as it was; empty when the entry already carries the pseudonym.
     */
    public static Optional<String> admissionEntry(String entryJson, long studentId) {
        JsonNode tree = tree(entryJson);
        if (!(tree instanceof ObjectNode entry)) {
            throw new IllegalStateException("an admission entry is a JSON object, not " + tree.getNodeType());
        }
        if (Pseudonym.isPseudonym(text(entry, "firstName"), text(entry, "lastName"), studentId)) {
            return Optional.empty();
        }
        entry.put("firstName", Pseudonym.FIRST_NAME);
        entry.put("lastName", Pseudonym.lastName(studentId));
        try {
            return Optional.of(TREE.writeValueAsString(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored JSON document as a tree, numbers as written (for the export). */
    static JsonNode tree(String json) {
        try {
            return TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored JSON", e);
        }
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
