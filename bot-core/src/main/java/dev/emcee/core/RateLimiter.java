package dev.emcee.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-person question limit over a fixed one-minute window, kept in a Caffeine cache that forgets idle people.
 *
 * <p>Past the limit a person gets one notice ({@link Verdict#NOTIFY}), then silence ({@link Verdict#DROP}) until
 * the window ends.
 */
final class RateLimiter {
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** What to do with one question. */
    enum Verdict { ALLOW, NOTIFY, DROP }

    private final int limit;
    private final Ticker ticker;
    private final Cache<String, Window> windows;

    private static final class Window {
        final long startNanos;
        final AtomicInteger count = new AtomicInteger();
        final AtomicBoolean notified = new AtomicBoolean();

        Window(long startNanos) {
            this.startNanos = startNanos;
        }
    }

    /** @param limit questions allowed a minute; 0 allows everything */
    RateLimiter(int limit, Ticker ticker) {
        this.limit = limit;
        this.ticker = ticker;
        this.windows = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfterWrite(WINDOW)
                .maximumSize(100_000)
                .build();
    }

    Verdict check(String person) {
        if (limit == 0) {
            return Verdict.ALLOW;
        }
        Window window = windows.get(person, k -> new Window(ticker.read()));
        if (window.count.incrementAndGet() <= limit) {
            return Verdict.ALLOW;
        }
        return window.notified.compareAndSet(false, true) ? Verdict.NOTIFY : Verdict.DROP;
    }

    /** How long until the person's current window ends. */
    Duration retryAfter(String person) {
        Window window = windows.getIfPresent(person);
        if (window == null) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.ofNanos(ticker.read() - window.startNanos);
        Duration left = WINDOW.minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
