package it.formapro.attendance.catalog;

import it.formapro.common.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns catalog answers into what our caller should see: an unknown edition is our 404, an edition without
 * rules (a profile-only qualification such as 004) is a 422; a 5xx stays a technical failure (retried, then 503).
 */
public class CatalogErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new ProblemException(404, "not-found", "Resource not found",
                    "The catalogue knows no such course edition", null, null);
        }
        if (status == 422) {
            return new ProblemException(422, "edition-without-rules", "Refused by a rule of the standard",
                    "The catalogue has no training rules for this edition (e.g. a profile-only qualification)",
                    null, null);
        }
        if (status == 401 || status == 403) {
            return new ProblemException(403, "forbidden", "Not allowed for your role",
                    "The catalogue refused your token for this edition's rules (HTTP " + status + ")", null, null);
        }
        return new CatalogFailure("catalog-service answered HTTP " + status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** A technical failure of catalog-service, worth a retry. */
    public static class CatalogFailure extends RuntimeException {
        public CatalogFailure(String message) {
            super(message);
        }
    }
}
