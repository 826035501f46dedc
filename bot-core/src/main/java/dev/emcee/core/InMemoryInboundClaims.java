package dev.emcee.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Claims kept in this process, for a single instance: a platform's retries and duplicate deliveries are answered
 * once. Each claim is forgotten {@code retention} after it was made (the platform no longer redelivers by then),
 * so memory stays bounded by the traffic of one retention period.
 */
public final class InMemoryInboundClaims implements InboundClaims {
    /** How long a claim is kept: Slack retries for a few minutes, Discord redelivers only on resume. */
    public static final Duration RETENTION = Duration.ofHours(1);

    private final Clock clock;
    private final Duration retention;
    private final Map<InboundKey, Instant> claimed = new LinkedHashMap<>(); // in the order claimed

    public InMemoryInboundClaims(Clock clock) {
        this(clock, RETENTION);
    }

    public InMemoryInboundClaims(Clock clock, Duration retention) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public synchronized boolean claim(InboundKey key) {
        Instant now = clock.instant();
        forgetBefore(now.minus(retention));
        return claimed.putIfAbsent(key, now) == null;
    }

    private void forgetBefore(Instant cutoff) {
        Iterator<Instant> oldestFirst = claimed.values().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().isAfter(cutoff)) {
            oldestFirst.remove();
        }
    }
}
