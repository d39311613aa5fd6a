package it.formapro.common.reports;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that computes a report over every student of an edition (a summary, an admission list): it runs
 * only when {@link ReportGate} lets it, so that a service computes a bounded number of them at once.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EditionWideReport {

    /** How the 503 of a report refused by the {@link ReportGate} reads in an operation's OpenAPI description. */
    String BUSY_503 = "the service is computing as many edition-wide reports as it takes at once (busy; retry after "
            + "the Retry-After seconds)";
}
