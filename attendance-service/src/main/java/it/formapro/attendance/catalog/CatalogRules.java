package it.formapro.attendance.catalog;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import it.formapro.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
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
    private final Cache cache;

    public CatalogRules(RemoteRules remote, @CacheName("edition-rules") Cache cache) {
        this.remote = remote;
        this.cache = cache;
    }

    @CacheResult(cacheName = "edition-rules")
    public EditionRules of(long editionId) {
        return fetch(editionId);
    }

    /**
     * The rules as catalog has them now, for a decision that stays: exam-service freezing an admission list must not
     * measure it against hours or a threshold corrected in catalog minutes ago. What it reads replaces the cached copy,
     * so the next answers agree with it.
     */
    public EditionRules current(long editionId) {
        EditionRules rules = fetch(editionId);
        cache.as(CaffeineCache.class).put(editionId, CompletableFuture.completedFuture(rules));
        return rules;
    }

    private EditionRules fetch(long editionId) {
        try {
            return remote.fetch(editionId);
        } catch (ProblemException e) {
            throw e;
        } catch (CatalogErrorMapper.CatalogRefusal e) {
            LOG.warnf("catalog-service refused the rules of edition %d: HTTP %d", editionId, e.status());
            throw ProblemException.unavailable("catalog-service", "catalog-service refused to give the rules of edition "
                    + editionId + " (HTTP " + e.status() + "); asking again would get the same answer, so it was not "
                    + "retried. Nothing was changed");
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unavailable for edition %d: %s", editionId, e.toString());
            throw ProblemException.unavailable("catalog-service",
                    "The rules of edition " + editionId + " could not be read from catalog-service ("
                            + e.getClass().getSimpleName() + "); nothing was changed, retry later");
        }
    }

    /**
     * The guarded remote call: a separate bean so that the fault-tolerance interceptors apply. A refusal (a 4xx:
     * ProblemException, CatalogRefusal) is neither retried nor counted by the circuit breaker; a failure (5xx, timeout,
     * connection) is.
     */
    @ApplicationScoped
    public static class RemoteRules {

        @RestClient
        CatalogClient client;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class, CatalogErrorMapper.CatalogRefusal.class})
        @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
                skipOn = {ProblemException.class, CatalogErrorMapper.CatalogRefusal.class})
        public EditionRules fetch(long editionId) {
            return client.rules(editionId);
        }
    }
}
