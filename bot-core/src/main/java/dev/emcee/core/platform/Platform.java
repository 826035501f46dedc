package dev.emcee.core.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a question came from; answers are the same everywhere, only their rendering differs. */
public enum Platform {
    CONSOLE, SLACK, DISCORD;

    /** The word settings, storage and logs use: "console", "slack", "discord". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform a settings or storage word names (any case); empty for a platform this version does not know. */
    public static Optional<Platform> fromKey(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.key().equalsIgnoreCase(key.strip())).findFirst();
    }
}
