package dev.emcee.core.organize;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Announcements waiting for confirmation in this process only (a single instance, tests). */
public final class InMemoryBroadcastStore implements BroadcastStore {
    private final Map<String, PendingBroadcast> waiting = new ConcurrentHashMap<>();

    @Override
    public void hold(PendingBroadcast broadcast) {
        waiting.put(broadcast.id(), broadcast);
    }

    @Override
    public Optional<PendingBroadcast> take(String id, String by, Instant at, Instant notBefore) {
        return Optional.ofNullable(waiting.remove(id)).filter(b -> !b.requestedAt().isBefore(notBefore));
    }
}
