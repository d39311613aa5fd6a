package it.formapro.exam.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.formapro.common.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

/**
 * Only a unique constraint is the trace of a race that a retry resolves (409 "reload"); a CHECK, NOT NULL or foreign
 * key refusing a write is a fault of this service, answered like any other (500, logged).
 */
class UniqueConstraintMapperTest {

    static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                if (method.getName().equals("getPath")) {
                    return "exam-sessions/7/certificates";
                }
                throw new UnsupportedOperationException(method.getName());
            });

    static ConstraintViolationException violation(ConstraintKind kind, String sqlState, String constraint) {
        return new ConstraintViolationException("could not execute statement", new SQLException("refused", sqlState),
                "insert into issued_document ...", kind, constraint);
    }

    static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void aUniqueViolationIsAConcurrentRequestTo409() {
        Response response = new UniqueConstraintMapper(null).duplicate(
                violation(ConstraintKind.UNIQUE, "23505", "issued_document_once_per_candidate"), URI);
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertTrue(problem(response).detail().contains("A concurrent request already recorded this (constraint "
                + "issued_document_once_per_candidate)"), problem(response).detail());
        assertEquals("/exam-sessions/7/certificates", problem(response).instance());
    }

    @Test
    void theSqlStateOfAUniqueViolationIsEnoughWhateverKindTheDialectGave() {
        Response response = new UniqueConstraintMapper(null).duplicate(
                violation(ConstraintKind.OTHER, "23505", "issued_document_number_key"), URI);
        assertEquals(409, response.getStatus());
    }

    @Test
    void anyOtherConstraintIsAnInternalError() {
        for (var refused : java.util.List.of(
                violation(ConstraintKind.CHECK, "23514", "issued_document_revocation_whole"),
                violation(ConstraintKind.NOT_NULL, "23502", null),
                violation(ConstraintKind.FOREIGN_KEY, "23503", "issued_document_session_id_fkey"))) {
            Response response = new UniqueConstraintMapper(null).duplicate(refused, URI);
            assertEquals(500, response.getStatus(), refused.getKind().toString());
            assertEquals("https://formapro.it/problems/internal", problem(response).type().toString(), refused.getKind().toString());
            assertTrue(!problem(response).detail().contains("concurrent"), problem(response).detail());
        }
    }
}
