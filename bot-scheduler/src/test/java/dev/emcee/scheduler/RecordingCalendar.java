package dev.emcee.scheduler;

import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An events list in memory, shared by the instances of a test as one platform would be: it records every request,
 * holds others' events (counted, never Emcee's), and can lose its answers to creates (the event is made, the
 * caller never hears: an instance dying mid-request). The Discord adapter's own tests run JDA against a fake
 * Discord; this stands in for that where the pipeline is under test.
 */
public final class RecordingCalendar implements EventCalendar {
    /** One request: by which instance, "create", "update" or "delete", and the event's id. */
    public record Request(String instance, String method, String eventId) {
    }

    private final String place;
    private final Map<String, CalendarEvent> ours = new LinkedHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicBoolean loseCreateAnswers = new AtomicBoolean();
    private final List<CompletableFuture<String>> unanswered = new CopyOnWriteArrayList<>();
    private volatile int others;
    private volatile RuntimeException refusal;

    public RecordingCalendar(String place) {
        this.place = place;
    }

    /** Others' events taking places in the list. */
    public RecordingCalendar withOthers(int count) {
        others = count;
        return this;
    }

    /** From now on, creates make their event but never answer. */
    public void loseCreateAnswers(boolean lose) {
        loseCreateAnswers.set(lose);
    }

    /** From now on, creates are refused with {@code why} (null: accepted again). */
    public void refuseCreates(RuntimeException why) {
        refusal = why;
    }

    /** Fails the creates whose answers were lost (the instance that waited is gone). */
    public void failLostAnswers(RuntimeException why) {
        unanswered.forEach(f -> f.completeExceptionally(why));
    }

    /** The list as one instance sees it: the same events, its requests marked with its name. */
    public EventCalendar seenBy(String instance) {
        RecordingCalendar list = this;
        return new EventCalendar() {
            @Override
            public String place() {
                return place;
            }

            @Override
            public CompletableFuture<Listing> list() {
                return list.list();
            }

            @Override
            public CompletableFuture<String> create(CalendarEvent event) {
                return list.create(instance, event);
            }

            @Override
            public CompletableFuture<Void> update(String eventId, CalendarEvent event) {
                return list.update(instance, eventId, event);
            }

            @Override
            public CompletableFuture<Void> delete(String eventId) {
                return list.delete(instance, eventId);
            }
        };
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests of one method were made. */
    public long count(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).count();
    }

    /** Emcee's events held now. */
    public synchronized List<CalendarEvent> events() {
        return new ArrayList<>(ours.values());
    }

    @Override
    public String place() {
        return place;
    }

    @Override
    public synchronized CompletableFuture<Listing> list() {
        List<Listed> listed = new ArrayList<>();
        ours.forEach((id, e) -> listed.add(new Listed(id, e.session(), e.fingerprint())));
        return CompletableFuture.completedFuture(new Listing(listed, others));
    }

    @Override
    public CompletableFuture<String> create(CalendarEvent event) {
        return create("", event);
    }

    @Override
    public CompletableFuture<Void> update(String eventId, CalendarEvent event) {
        return update("", eventId, event);
    }

    @Override
    public CompletableFuture<Void> delete(String eventId) {
        return delete("", eventId);
    }

    private synchronized CompletableFuture<String> create(String instance, CalendarEvent event) {
        if (refusal != null) {
            requests.add(new Request(instance, "refused create", ""));
            return CompletableFuture.failedFuture(refusal);
        }
        String id = Long.toString(ids.incrementAndGet());
        ours.put(id, event);
        requests.add(new Request(instance, "create", id));
        if (!loseCreateAnswers.get()) {
            return CompletableFuture.completedFuture(id);
        }
        CompletableFuture<String> lost = new CompletableFuture<>();
        unanswered.add(lost);
        return lost;
    }

    private synchronized CompletableFuture<Void> update(String instance, String eventId, CalendarEvent event) {
        requests.add(new Request(instance, "update", eventId));
        ours.replace(eventId, event);
        return CompletableFuture.completedFuture(null);
    }

    private synchronized CompletableFuture<Void> delete(String instance, String eventId) {
        requests.add(new Request(instance, "delete", eventId));
        ours.remove(eventId);
        return CompletableFuture.completedFuture(null);
    }
}
