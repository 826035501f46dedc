package dev.emcee.core;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/**
 * A question as every adapter hands it to the core: who asked, where, and the text they typed.
 *
 * @param userId the platform's id of the person asking (used for rate limiting, never shown)
 * @param text the question with any command prefix or bot mention already removed
 */
public record Inquiry(Platform platform, String userId, String text) {
    public Inquiry {
        Objects.requireNonNull(platform, "platform");
        userId = userId == null ? "" : userId;
        text = text == null ? "" : text;
    }
}
