package it.formapro.exam.certificate;

import io.smallrye.faulttolerance.api.RateLimit;
import it.formapro.exam.certificate.DocumentDtos.VerificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

/**
 * The overall ceiling of the anonymous verification (SmallRye Fault Tolerance @RateLimit, configurable), a bean of its
 * own so that {@link VerificationResource} counts a request here only once the client's own budget
 * ({@link it.formapro.exam.web.ClientRateLimits}) let it through: a client refused for its own excess spends nothing
 * of what all the others share. Beyond the ceiling: 429 (RateLimitMapper).
 */
@ApplicationScoped
public class VerificationCeiling {

    @Inject
    DocumentVerification verification;

    @RateLimit(value = 600, window = 1, windowUnit = ChronoUnit.MINUTES)
    public VerificationView verify(String code) {
        return verification.verify(code);
    }

    /** The uploaded file is read only within the ceiling. */
    @RateLimit(value = 120, window = 1, windowUnit = ChronoUnit.MINUTES)
    public VerificationView verifyPdf(Path file) throws IOException {
        return verification.verifyPdf(Files.readAllBytes(file));
    }
}
