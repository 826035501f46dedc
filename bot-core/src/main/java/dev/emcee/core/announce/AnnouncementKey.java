package dev.emcee.core.announce;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One announcement: a session starting at an instant, announced a lead before, on a route.
 *
 * <p>This is the identity the ledger keeps unique. The start is part of it, so when a session moves, its
 * announcements for the old start and the new one are different announcements: the old one can never be posted
 * by mistake for the new time, and the new one is not blocked by the old one having been sent.
 */
public record AnnouncementKey(SessionId session, Instant start, Duration lead, Route route)
        implements Comparable<AnnouncementKey> {

    private static final Comparator<AnnouncementKey> ORDER = Comparator.comparing(AnnouncementKey::fireAt)
            .thenComparing(AnnouncementKey::route)
            .thenComparing(AnnouncementKey::session);

    public AnnouncementKey {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(route, "route");
        if (lead.isNegative()) {
            throw new IllegalArgumentException("a lead must not be negative");
        }
    }

    /** The planned moment of posting: the start minus the lead. */
    public Instant fireAt() {
        return start.minus(lead);
    }

    @Override
    public int compareTo(AnnouncementKey other) {
        return ORDER.compare(this, other);
    }
}
