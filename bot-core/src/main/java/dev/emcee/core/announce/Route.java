package dev.emcee.core.announce;

import java.util.Objects;

/**
 * Where an announcement goes: a platform ("slack", "discord", "console", as {@code NoticeSink#platform()} names it)
 * and a channel of that platform.
 */
public record Route(String platform, String channel) implements Comparable<Route> {
    /** The channel name the console uses; the console has one stream, so every console route is this one. */
    public static final String CONSOLE_CHANNEL = "console";

    public Route {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        if (platform.isBlank() || channel.isBlank()) {
            throw new IllegalArgumentException("a route needs a platform and a channel");
        }
    }

    @Override
    public int compareTo(Route other) {
        int byPlatform = platform.compareTo(other.platform);
        return byPlatform != 0 ? byPlatform : channel.compareTo(other.channel);
    }

    /** "slack:C0123". */
    @Override
    public String toString() {
        return platform + ":" + channel;
    }
}
