package dev.emcee.bench.chaos;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What the stand-ins for Slack and Discord saw, as it happened: every announcement message created (per platform
 * and session, with the moment), every reply to a question, and how many posts each instance has held open now.
 * Shared by both stand-ins and the run; thread-safe.
 */
final class Observations {
    private final LongSupplier elapsedMs;
    private final Map<String, List<Long>> announcements = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> replies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> heldOpen = new ConcurrentHashMap<>();
    private final AtomicInteger otherPosts = new AtomicInteger();
    private final Map<String, List<Long>> eventsCreated = new ConcurrentHashMap<>();
    private final AtomicInteger eventsDuplicated = new AtomicInteger();
    private final Map<String, AtomicInteger> eventsUpdated = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> eventsLive = new ConcurrentHashMap<>();
    private final AtomicInteger eventsDeleted = new AtomicInteger();

    /** @param elapsedMs milliseconds since the run's start */
    Observations(LongSupplier elapsedMs) {
        this.elapsedMs = elapsedMs;
    }

    long elapsedMs() {
        return elapsedMs.getAsLong();
    }

    /** A message announcing {@code sessionId} was created on {@code platform} ("slack", "discord"). */
    void announced(String platform, String sessionId) {
        announcements.computeIfAbsent(platform + ":" + sessionId, k -> new CopyOnWriteArrayList<>())
                .add(elapsedMs());
    }

    /** A reply to question {@code number} was created. */
    void replied(int number) {
        replies.computeIfAbsent(number, k -> new AtomicInteger()).incrementAndGet();
    }

    /** A message that is neither an announcement nor a reply to a question of the run. */
    void otherPost() {
        otherPosts.incrementAndGet();
    }

    /** A scheduled event of {@code session} was created; {@code alreadyLive}: the session had one already. */
    void eventCreated(String session, boolean alreadyLive) {
        eventsCreated.computeIfAbsent(String.valueOf(session), k -> new CopyOnWriteArrayList<>()).add(elapsedMs());
        eventsLive.computeIfAbsent(String.valueOf(session), k -> new AtomicInteger()).incrementAndGet();
        if (alreadyLive) {
            eventsDuplicated.incrementAndGet();
        }
    }

    /** A scheduled event of {@code session} was changed. */
    void eventUpdated(String session) {
        eventsUpdated.computeIfAbsent(String.valueOf(session), k -> new AtomicInteger()).incrementAndGet();
    }

    /** A scheduled event of {@code session} was deleted. */
    void eventDeleted(String session) {
        eventsDeleted.incrementAndGet();
        eventsLive.computeIfAbsent(String.valueOf(session), k -> new AtomicInteger()).decrementAndGet();
    }

    /** When events of {@code session} were created. */
    List<Long> eventsCreatedFor(String session) {
        return List.copyOf(eventsCreated.getOrDefault(session, List.of()));
    }

    /** How many creates found their session with a live event already. */
    int eventsDuplicated() {
        return eventsDuplicated.get();
    }

    int eventsUpdatedFor(String session) {
        AtomicInteger n = eventsUpdated.get(session);
        return n == null ? 0 : n.get();
    }

    /** How many events of {@code session} exist now. */
    int eventsLiveFor(String session) {
        AtomicInteger n = eventsLive.get(session);
        return n == null ? 0 : n.get();
    }

    int eventsDeleted() {
        return eventsDeleted.get();
    }

    /** A post from {@code instance} is being held open (+1) or was answered (-1). */
    void holding(String instance, int delta) {
        heldOpen.computeIfAbsent(instance, k -> new AtomicInteger()).addAndGet(delta);
    }

    /** Whether a post from {@code instance} is held open right now. */
    boolean isHolding(String instance) {
        AtomicInteger held = heldOpen.get(instance);
        return held != null && held.get() > 0;
    }

    /** The moments at which messages announcing {@code sessionId} on {@code platform} were created. */
    List<Long> announcementsOf(String platform, String sessionId) {
        return List.copyOf(announcements.getOrDefault(platform + ":" + sessionId, List.of()));
    }

    /** Every platform:session that was announced at least once. */
    List<String> announcedKeys() {
        return List.copyOf(announcements.keySet());
    }

    int repliesTo(int number) {
        AtomicInteger count = replies.get(number);
        return count == null ? 0 : count.get();
    }

    int otherPosts() {
        return otherPosts.get();
    }
}
