package dev.emcee.core.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An organizer's announcement ("lunch is served in the atrium"), posted once to the digest channels. Its text is
 * the organizer's, shown as plain text on every platform: it pings nobody.
 *
 * @param zone the conference's zone (for the console's timestamp)
 */
public record Broadcast(String text, Instant postedAt, ZoneId zone) implements Notice {
    /** What every platform puts above the text. */
    public static final String HEADING = "Announcement from the organizers";

    public Broadcast {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.broadcast(this);
    }
}
