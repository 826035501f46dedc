package dev.emcee.core.platform;

import java.util.Objects;

/**
 * A person's account on a chat platform, by the platform's user id ({@code U0123ABC} on Slack, a snowflake on
 * Discord): what a schedule links a speaker to, so that Emcee can remind them of their sessions. Never shown.
 */
public record PlatformUser(Platform platform, String userId) {
    public PlatformUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("a platform user needs a user id");
        }
    }
}
