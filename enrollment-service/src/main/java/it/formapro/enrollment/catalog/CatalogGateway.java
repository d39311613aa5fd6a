package it.formapro.enrollment.catalog;

import io.quarkus.cache.CacheResult;
import it.formapro.common.problem.ProblemException;
import it.formapro.enrollment.downstream.DownstreamRejection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Reads an edition's rules from catalog-service and turns every way that can go wrong into a clear problem. */
@ApplicationScoped
public class CatalogGateway {

    private static final Logger LOG = Logger.getLogger(CatalogGateway.class);

    @RestClient
    CatalogClient client;

    /**
     * The same rules, kept for a minute, for dry runs only (POST /eligibility): a front desk or a portal checks
     * many applicants against one edition, and entry rules change only with a new act. Pre-enrollment and
     * confirmation always read fresh rules, since capacity, dates and status decide them. Failures are not cached.
     */
    @CacheResult(cacheName = "edition-rules")
    public EditionRules cachedRules(long editionId) {
        return rules(editionId);
    }

    public EditionRules rules(long editionId) {
        EditionRules rules;
        try {
            rules = client.rules(editionId);
        } catch (DownstreamRejection e) {
            if (e.status() == 404) {
                throw ProblemException.notFound("Course edition", editionId);
            }
            if (e.status() == 422) {
                throw ProblemException.ruleViolation("edition-not-enrollable", "catalog-service has no enrollable rules for edition "
                        + editionId + " (e.g. a profile-only qualification without a training standard)", null,
                        ProblemException.figures("editionId", editionId));
            }
            throw ProblemException.unavailable("catalog-service", "catalog-service refused to give the rules of edition "
                    + editionId + " (HTTP " + e.status() + "); nothing was changed");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unavailable for edition %d: %s", editionId, e.getClass().getSimpleName());
            throw ProblemException.unavailable("catalog-service", "catalog-service did not answer (" + e.getClass().getSimpleName()
                    + "): the edition's dates, capacity and entry rules cannot be read; nothing was changed, retry later");
        }
        if (rules == null || rules.entry() == null || rules.startDate() == null || rules.endDate() == null) {
            throw ProblemException.ruleViolation("edition-not-enrollable", "Edition " + editionId
                    + " has no entry rules or dates in the catalogue: nobody can enroll on it", null,
                    ProblemException.figures("editionId", editionId));
        }
        return rules;
    }
}
