package it.formapro.exam.web;

import it.formapro.common.web.IdempotencyKey;

/**
 * exam-service's Idempotency-Key: 1-200 visible ASCII characters (docs/CONTRACTS.md, "Retries"), stricter than what
 * {@link IdempotencyKey#read} takes in every service (a blank one is a 400 here, not "no key"). A {@code @Pattern} on
 * the header, so the OpenAPI document publishes it and a bad key is a 400 listed with the request's other violations
 * (named by the resource's parameter, {@code key}); the resources then read it as every service does, which leaves a
 * key that matches as it was sent.
 */
public final class IdempotencyKeyPattern {

    public static final String REGEXP = "^[\\x21-\\x7E]{1," + IdempotencyKey.MAX_LENGTH + "}$";
    public static final String MESSAGE = "1-" + IdempotencyKey.MAX_LENGTH + " visible ASCII characters";

    private IdempotencyKeyPattern() {
    }
}
