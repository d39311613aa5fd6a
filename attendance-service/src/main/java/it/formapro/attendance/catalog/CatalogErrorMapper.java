package it.formapro.attendance.catalog;

import it.formapro.common.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns catalog answers into what our caller should see: an unknown edition is our 404, an edition without
 * rules (a profile-only qualification such as 004) is a 422, a token catalog refuses our 403; any other 4xx (400,
 * 409, 429...) is a {@link CatalogRefusal}: asking again gets the same answer, so it is neither retried nor counted by
 * the circuit breaker as a failure of catalog (as enrollment and exam treat a downstream 4xx), and our caller gets a
 * 503 naming catalog's status ({@link CatalogRules}). A 5xx stays a technical failure (retried, then 503).
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
        if (status < 500) {
            return new CatalogRefusal(status);
        }
        return new CatalogFailure("catalog-service answered HTTP " + status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /**
     * catalog-service refused the request with a 4xx attendance has no meaning of its own for: not worth a retry, and no
     * sign that catalog is down (RemoteRules aborts and skips on it).
     */
    public static class CatalogRefusal extends RuntimeException {
        private final int status;

        public CatalogRefusal(int status) {
            super("catalog-service refused the request (HTTP " + status + ")");
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A technical failure of catalog-service, worth a retry. */
    public static class CatalogFailure extends RuntimeException {
        public CatalogFailure(String message) {
            super(message);
        }
    }
}
