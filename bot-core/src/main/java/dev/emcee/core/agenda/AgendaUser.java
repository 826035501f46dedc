package dev.emcee.core.agenda;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/** Whose agenda: a person on one platform, by the platform's user id. Never shown to anyone else. */
public record AgendaUser(Platform platform, String userId) {
    public AgendaUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("an agenda needs a user id");
        }
    }

    /** The platform's word as storage and logs have it: "slack", "discord", "console". */
    public String platformName() {
        return platform.key();
    }
}
