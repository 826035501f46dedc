package dev.emcee.app.announce;

import dev.emcee.app.platform.ChatPlatform;
import dev.emcee.app.platform.Platforms;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.platform.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where announcements can go: the chat platforms that are configured (their token is set), or the console when none
 * is, as {@code emcee run} announces; and, for each configured platform without {@code announcements.channels}, the
 * warning that nothing will be announced there.
 */
public final class AnnouncementTargets {
    private AnnouncementTargets() {
    }

    /** The platforms {@code emcee run} announces to with this environment: Slack, Discord, else the console. */
    public static List<Platform> platforms(Environment environment) {
        List<Platform> platforms = new ArrayList<>();
        for (ChatPlatform platform : Platforms.ALL) {
            if (platform.configured(environment)) {
                platforms.add(platform.platform());
            }
        }
        if (platforms.isEmpty()) {
            platforms.add(Platform.CONSOLE);
        }
        return List.copyOf(platforms);
    }

    /** Those of {@code platforms} (not the console) that have no announcement channel while announcements are on. */
    public static List<Platform> withoutChannels(AnnouncementSettings settings, Collection<Platform> platforms) {
        if (!settings.enabled()) {
            return List.of();
        }
        return platforms.stream().filter(p -> p != Platform.CONSOLE)
                .filter(p -> settings.channelsOf(p).isEmpty())
                .toList();
    }

    /** Why nothing is announced on {@code platform}, for the log and {@code emcee announcements}. */
    public static String nothingAnnounced(Platform platform) {
        return displayName(platform) + " has no announcement channel, so no session will be announced there: "
                + fix(platform);
    }

    /** The setting to add so that {@code platform} gets announcements. */
    public static String fix(Platform platform) {
        return "add announcements.channels." + platform.key() + ".digest: CHANNEL_ID to emcee.yaml (docs/"
                + platform.key() + ".md tells how to find a channel's ID)";
    }

    /** "Slack", "Discord". */
    public static String displayName(Platform platform) {
        String key = platform.key();
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
