package dev.emcee.scheduler;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A platform that posts one message at a time, in the order it was handed them, each taking a while on Emcee's
 * (simulated) clock, as a slow Slack behind one posting thread does. A post cancelled before its turn is not made.
 */
final class SlowPlatform implements Outbound, AutoCloseable {
    private final Platform platform;
    private final SimulatedClock clock;
    private final Duration perPost;
    private final ExecutorService line = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slow-platform");
        t.setDaemon(true);
        return t;
    });
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private volatile Instant lastPostedAt;

    /** @param perPost how long each post takes, on Emcee's clock */
    SlowPlatform(Platform platform, SimulatedClock clock, Duration perPost) {
        this.platform = platform;
        this.clock = clock;
        this.perPost = perPost;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        asked.add(channelId);
        CompletableFuture<Void> done = new CompletableFuture<>();
        line.execute(() -> {
            if (done.isDone()) {
                return; // cancelled while waiting in line
            }
            Instant now = clock.instant();
            Duration real = Duration.between(clock.realInstantOf(now), clock.realInstantOf(now.plus(perPost)));
            try {
                TimeUnit.MILLISECONDS.sleep(real.toMillis()); // the platform's own slowness, not the test's wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            posted.add(channelId);
            lastPostedAt = clock.instant();
            done.complete(null);
        });
        return done;
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return post(userId, notice, key);
    }

    /** The channels posts were asked for, in the order they were handed over (repeats included). */
    List<String> asked() {
        return List.copyOf(asked);
    }

    /** The channels posted to, in order. */
    List<String> posted() {
        return List.copyOf(posted);
    }

    Instant lastPostedAt() {
        return lastPostedAt;
    }

    @Override
    public void close() {
        line.shutdownNow();
    }
}
