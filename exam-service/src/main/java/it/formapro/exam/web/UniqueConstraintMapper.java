package it.formapro.exam.web;

import it.formapro.common.problem.Problem;
import it.formapro.common.problem.ProblemMappers;
import it.formapro.common.web.ResourceRoutes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database's unique constraints are the last line against duplicates (one document per candidate and session,
 * one outcome per candidate, unique numbers, codes and idempotency keys). When a race reaches them, the loser gets a
 * 409 telling it to reload, not a 500. Only those: a CHECK, NOT NULL or foreign key refusing a write is no race a
 * reload resolves but a fault of this service, answered as any unexpected error (500, logged; common ProblemMappers).
 */
public class UniqueConstraintMapper {

    private static final Logger LOG = Logger.getLogger(UniqueConstraintMapper.class);

    /** PostgreSQL's unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private final ProblemMappers problems;

    /** @param routes as common ProblemMappers takes them (only a 404 or 405 consults them, never this mapper) */
    public UniqueConstraintMapper(ResourceRoutes routes) {
        this.problems = new ProblemMappers(routes);
    }

    @ServerExceptionMapper
    public Response duplicate(ConstraintViolationException e, UriInfo uri) {
        if (!isUniqueViolation(e)) {
            return problems.unexpected(e, uri);
        }
        LOG.infof("Constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("conflict"), "Conflict with the current state", 409,
                        "A concurrent request already recorded this (constraint " + e.getConstraintName()
                                + "); reload and retry if needed", "/" + uri.getPath().replaceFirst("^/", ""), null, null))
                .build();
    }

    /** As Hibernate classified it, or by the SQLState of the driver's exception (or one chained to it). */
    static boolean isUniqueViolation(ConstraintViolationException e) {
        if (e.getKind() == ConstraintKind.UNIQUE) {
            return true;
        }
        for (SQLException s = e.getSQLException(); s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
