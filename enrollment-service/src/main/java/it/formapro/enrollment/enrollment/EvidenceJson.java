package it.formapro.enrollment.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.formapro.enrollment.eligibility.Evidence;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores documents presented with an application as the JSON of the API's evidence (dates as ISO strings, kinds not
 * presented left out), so the held documents are read back as they came, whatever kinds the evidence grows.
 */
@Converter
public class EvidenceJson implements AttributeConverter<Evidence, String> {

    // a field the evidence drops one day must not make every row stored before unreadable (a 500 on each read)
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    public String convertToDatabaseColumn(Evidence evidence) {
        try {
            return JSON.writeValueAsString(evidence == null ? Evidence.none() : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence not serialisable", e);
        }
    }

    @Override
    public Evidence convertToEntityAttribute(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Evidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("presented evidence not readable", e);
        }
    }
}
