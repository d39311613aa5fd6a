package it.formapro.attendance.catalog;

import io.quarkus.cache.CacheResult;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The rules of an edition, fetched from catalog-service. They are reference data that change rarely, so they are
 * cached per edition for a few minutes (quarkus.cache.caffeine."edition-rules"); failures are never cached. When
 * catalog is down and the rules are not cached, the caller gets a 503 problem and nothing is changed.
 */
@ApplicationScoped
public class CatalogRules {

    private static final Logger LOG = Logger.getLogger(CatalogRules.class);

    private final RemoteRules remote;

    public CatalogRules(RemoteRules remote) {
        this.remote = remote;
    }

    @CacheResult(cacheName = "edition-rules")
    public EditionRules of(long editionId) {
        try {
            return remote.fetch(editionId);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unavailable for edition %d: %s", editionId, e.toString());
            throw ProblemException.unavailable("catalog-service",
                    "The rules of edition " + editionId + " could not be read from catalog-service ("
                            + e.getClass().getSimpleName() + "); nothing was changed, retry later");
        }
    }

    /** The guarded remote call: a separate bean so that the fault-tolerance interceptors apply. */
    @ApplicationScoped
    public static class RemoteRules {

        @RestClient
        CatalogClient client;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public EditionRules fetch(long editionId) {
            return client.rules(editionId);
        }
    }
}
