package dev.emcee.core;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/**
 * Someone clicked a bookmark button on a session card: add the session to their agenda, or remove it.
 *
 * @param userId the platform's id of the person who clicked
 * @param sessionId the session's id, as the button carries it
 * @param add true for "add to my agenda", false for "remove"
 */
public record BookmarkClick(Platform platform, String userId, String sessionId, boolean add) {
    public BookmarkClick {
        Objects.requireNonNull(platform, "platform");
        userId = userId == null ? "" : userId;
        sessionId = sessionId == null ? "" : sessionId;
    }
}
