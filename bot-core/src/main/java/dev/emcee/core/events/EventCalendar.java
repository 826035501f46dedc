package dev.emcee.core.events;

import dev.emcee.core.schedule.SessionId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A platform's list of upcoming events (Discord's Scheduled Events of one server), as far as Emcee keeps it.
 *
 * <p>An adapter recognises the events it made itself (made by its own bot user, with the mark it writes into each
 * one: the session and the {@link CalendarEvent#fingerprint()}); every other event is someone else's, counted but
 * never changed. Futures complete when the platform answered, and fail (after the platform's own bounded retries)
 * when it did not; no method blocks. Deleting an event that is gone already completes normally.
 */
public interface EventCalendar {
    /** Where the events are, one line for logs and the ledger: "discord guild 81384788765712384". */
    String place();

    /** The events listed now: Emcee's own, and how many others take places in the list. */
    CompletableFuture<Listing> list();

    /** Creates the event; completes with the platform's id of it. */
    CompletableFuture<String> create(CalendarEvent event);

    /** Makes one of Emcee's events say what {@code event} says. */
    CompletableFuture<Void> update(String eventId, CalendarEvent event);

    /** Deletes one of Emcee's events. */
    CompletableFuture<Void> delete(String eventId);

    /**
     * The events list now.
     *
     * @param ours the events Emcee made, each with the session and fingerprint of its mark
     * @param others how many events in the list someone else made (they count against the platform's limit)
     */
    record Listing(List<Listed> ours, int others) {
        public Listing {
            ours = List.copyOf(ours);
        }
    }

    /** One of Emcee's events, as listed: the platform's id, and the session and fingerprint it was made from. */
    record Listed(String eventId, SessionId session, String fingerprint) {
    }
}
