package dev.emcee.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a post to Slack is retried.
 *
 * @param maxAttempts attempts in all, the first one included
 * @param firstBackoff the wait before the first retry after a server error; doubled for each further retry
 * @param maxWait the longest wait between two attempts, also capping a 429's {@code Retry-After}
 */
record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {
    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
    }

    /** Four attempts, waiting 1, 2 and 4 seconds after server errors, at most a minute for a rate limit. */
    static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /** The wait after the {@code attempt}-th attempt (1-based) failed with a server or network error. */
    Duration backoffAfter(int attempt) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** The wait Slack asked for, within {@link #maxWait()}. */
    Duration rateLimitWait(Duration retryAfter) {
        return retryAfter.compareTo(maxWait) > 0 ? maxWait : retryAfter;
    }
}
