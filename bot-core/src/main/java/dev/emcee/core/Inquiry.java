package dev.emcee.core;

import dev.emcee.core.platform.Platform;
import java.util.Objects;
import java.util.Set;

/**
 * A question as every adapter hands it to the core: who asked, where, and the text they typed.
 *
 * @param userId the platform's id of the person asking (used for rate limiting, never shown)
 * @param text the question with any command prefix or bot mention already removed
 * @param groups the ids of the asker's groups on the platform (Discord roles, Slack user groups) where the adapter
 *     knows them; they only decide who is an organizer
 */
public record Inquiry(Platform platform, String userId, String text, Set<String> groups) {
    public Inquiry {
        Objects.requireNonNull(platform, "platform");
        userId = userId == null ? "" : userId;
        text = text == null ? "" : text;
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** A question from someone whose groups are not known (or do not matter). */
    public Inquiry(Platform platform, String userId, String text) {
        this(platform, userId, text, Set.of());
    }
}
