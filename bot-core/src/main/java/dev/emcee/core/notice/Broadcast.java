package dev.emcee.core.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An organizer's announcement ("lunch is served in the atrium") or the morning agenda, posted once to the digest
 * channels. Its text is shown as plain text on every platform: it pings nobody.
 *
 * @param heading what every platform puts above the text ({@link #HEADING} for organizers' announcements)
 * @param zone the conference's zone (for the console's timestamp)
 */
public record Broadcast(String heading, String text, Instant postedAt, ZoneId zone) implements Notice {
    /** The heading of organizers' announcements. */
    public static final String HEADING = "Announcement from the organizers";

    public Broadcast {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** An organizer's announcement. */
    public Broadcast(String text, Instant postedAt, ZoneId zone) {
        this(HEADING, text, postedAt, zone);
    }

    @Override
    public <R> R accept(NoticeVisitor<R> visitor) {
        return visitor.broadcast(this);
    }
}
