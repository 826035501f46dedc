package dev.emcee.app.platform;

import java.util.List;

/** The chat platforms Emcee knows, in the order {@code emcee run} starts them. A new platform is one line here. */
public final class Platforms {
    /** Every chat platform; the console is not one of them (it runs when none is configured, or on a terminal). */
    public static final List<ChatPlatform> ALL = List.of(new SlackPlatform(), new DiscordPlatform());

    private Platforms() {
    }
}
