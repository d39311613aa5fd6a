package it.formapro.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import it.formapro.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers requests that no route matched (unknown paths, outside the JAX-RS resources) with a problem document
 * instead of the HTTP server's plain-text 404, so that every error of the API has the same shape.
 */
@ApplicationScoped
public class UnmatchedRouteHandler {

    private final ObjectMapper json;

    public UnmatchedRouteHandler(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            Problem problem = new Problem(Problem.type("not-found"), "Not Found", 404,
                    "No resource at " + ctx.normalizedPath(), ctx.normalizedPath(), null, null);
            try {
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
