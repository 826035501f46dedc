package dev.emcee.core.events;

import dev.emcee.core.schedule.SessionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A session as an entry of a platform's events list (Discord's Scheduled Events): what Emcee wants the entry to
 * say. Platforms shorten the texts to their limits; the {@link #fingerprint()} is of the full texts, so an entry
 * is compared with what Emcee asked for, not with what the platform kept.
 *
 * @param session the session it stands for
 * @param name the session's label (its title, or "Speaker on topic")
 * @param location the room's name
 * @param description the speakers, the track and the session's link, one per line
 */
public record CalendarEvent(SessionId session, String name, String location, Instant start, Instant end,
        String description) {
    public CalendarEvent {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        description = description == null ? "" : description;
    }

    /** Sixteen hex digits of a digest of every field: equal for equal events, on every instance and version. */
    public String fingerprint() {
        String all = String.join("\n", session.value(), name, location, Long.toString(start.getEpochSecond()),
                Long.toString(end.getEpochSecond()), description);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
