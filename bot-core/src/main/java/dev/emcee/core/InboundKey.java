package dev.emcee.core;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/**
 * What identifies one inbound delivery on its platform, the same on every instance that receives it: a Slack
 * {@code event_id}, a Slack {@code trigger_id}, a Discord message or interaction id.
 *
 * @param kind what the id names on its platform ({@code "event"}, {@code "message"}, ...); ids of different kinds
 *     never collide
 * @param id the platform's id, unique per delivery within its kind
 */
public record InboundKey(Platform platform, String kind, String id) {
    /** The longest id kept; longer ids are not sent by any platform and would not fit the shared table. */
    public static final int MAX_ID_LENGTH = 200;

    public InboundKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("an inbound key needs a kind and an id");
        }
        if (kind.length() > 40 || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("an inbound key's kind or id is too long: " + kind + " " + id);
        }
    }
}
