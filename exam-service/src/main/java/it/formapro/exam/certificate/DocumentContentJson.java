package it.formapro.exam.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A document's frozen content as it is stored (JSON, IssuedDocument.content) and read back. */
@ApplicationScoped
public class DocumentContentJson {

    @Inject
    ObjectMapper json;

    /** The frozen content of a document. */
    public DocumentContent read(IssuedDocument d) {
        try {
            return json.readValue(d.content, DocumentContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt content of " + d.number, e);
        }
    }

    /** The content as it is stored. */
    public String write(DocumentContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
