package it.formapro.exam.web;

import it.formapro.common.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database constraints are the last line against duplicates (one document per candidate and session, one
 * outcome per candidate, unique numbers, codes and idempotency keys). When a race reaches them, the loser gets a 409
 * telling it to reload, not a 500.
 */
public class UniqueConstraintMapper {

    private static final Logger LOG = Logger.getLogger(UniqueConstraintMapper.class);

    @ServerExceptionMapper
    public Response duplicate(ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("conflict"), "Conflict with the current state", 409,
                        "A concurrent request already recorded this (constraint " + e.getConstraintName()
                                + "); reload and retry if needed", "/" + uri.getPath().replaceFirst("^/", ""), null, null))
                .build();
    }
}
