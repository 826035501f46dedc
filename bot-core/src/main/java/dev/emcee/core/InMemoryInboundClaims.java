package dev.emcee.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Claims kept in this process, for a single instance: a platform's retries and duplicate deliveries are answered
 * once. Each claim is forgotten {@code retention} after it was made (the platform no longer redelivers by then),
 * so memory stays bounded by the traffic of one retention period. The claims are a Caffeine cache that expires
 * after write, on a ticker read from the injected clock.
 */
public final class InMemoryInboundClaims implements InboundClaims {
    /** How long a claim is kept: Slack retries for a few minutes, Discord redelivers only on resume. */
    public static final Duration RETENTION = Duration.ofHours(1);

    private final Cache<InboundKey, Boolean> claimed;

    public InMemoryInboundClaims(Clock clock) {
        this(clock, RETENTION);
    }

    public InMemoryInboundClaims(Clock clock, Duration retention) {
        Objects.requireNonNull(clock, "clock");
        this.claimed = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .expireAfterWrite(Objects.requireNonNull(retention, "retention"))
                .build();
    }

    @Override
    public boolean claim(InboundKey key) {
        return claimed.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
