package dev.emcee.core.announce;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/** Where an announcement goes: a platform and a channel of that platform. */
public record Route(Platform platform, String channel) implements Comparable<Route> {
    /** The channel name the console uses; the console has one stream, so every console route is this one. */
    public static final String CONSOLE_CHANNEL = "console";

    public Route {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("a route needs a channel");
        }
    }

    /** The console's one route. */
    public static Route console() {
        return new Route(Platform.CONSOLE, CONSOLE_CHANNEL);
    }

    /** By platform word ("console" &lt; "discord" &lt; "slack"), then channel. */
    @Override
    public int compareTo(Route other) {
        int byPlatform = platform.key().compareTo(other.platform.key());
        return byPlatform != 0 ? byPlatform : channel.compareTo(other.channel);
    }

    /** "slack:C0123". */
    @Override
    public String toString() {
        return platform.key() + ":" + channel;
    }
}
