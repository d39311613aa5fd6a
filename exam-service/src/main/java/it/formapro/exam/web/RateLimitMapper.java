package it.formapro.exam.web;

import it.formapro.common.problem.Problem;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A rate-limited endpoint (the anonymous certificate verification: per client, and overall) answers 429
 * problem+json with Retry-After.
 * More specific than the common FaultToleranceException mapper (503), so it wins for RateLimitException.
 */
public class RateLimitMapper {

    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitException e, UriInfo uri) {
        return tooMany(e.getRetryAfterMillis(), uri);
    }

    @ServerExceptionMapper
    public Response tooManyFromThisClient(ClientRateLimits.Exceeded e, UriInfo uri) {
        return tooMany(e.retryAfterMillis(), uri);
    }

    private static Response tooMany(long retryAfterMillis, UriInfo uri) {
        long retryAfterSeconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(new Problem(Problem.type("rate-limited"), "Too many requests", 429,
                        "Too many verification requests: this endpoint is rate-limited against code enumeration; "
                                + "retry in " + retryAfterSeconds + " s",
                        "/" + uri.getPath().replaceFirst("^/", ""), null,
                        Map.of("retryAfterSeconds", retryAfterSeconds)))
                .build();
    }
}
