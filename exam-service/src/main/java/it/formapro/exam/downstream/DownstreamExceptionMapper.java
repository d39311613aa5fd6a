package it.formapro.exam.downstream;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Splits downstream errors into refusals (4xx, not retried) and failures (5xx, retried). */
public class DownstreamExceptionMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String message = "HTTP " + status;
        return status < 500 ? new DownstreamRefusal(status, message) : new DownstreamFailure(message);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
