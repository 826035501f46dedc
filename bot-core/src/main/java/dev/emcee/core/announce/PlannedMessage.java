package dev.emcee.core.announce;

import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message to post: the sessions that start in the same minute, announced with the same lead on one route.
 *
 * @param fireAt when to post: the earliest start minus the lead
 */
public record PlannedMessage(Route route, Duration lead, Instant fireAt, List<Session> sessions) {
    public PlannedMessage {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(fireAt, "fireAt");
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one session");
        }
    }

    /** The ledger keys of the message's sessions. */
    public List<AnnouncementKey> keys() {
        return sessions.stream().map(s -> new AnnouncementKey(s.id(), s.start(), lead, route)).toList();
    }

    /** The earliest start among the sessions. */
    public Instant start() {
        return fireAt.plus(lead);
    }
}
