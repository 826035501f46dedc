package dev.emcee.app.announce;

import dev.emcee.app.settings.Environment;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.announce.Route;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.slack.SlackLauncher;
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
    public static List<String> platforms(Environment environment) {
        List<String> platforms = new ArrayList<>();
        if (environment.get(SlackLauncher.BOT_TOKEN).isPresent()) {
            platforms.add("slack");
        }
        if (environment.get(DiscordConnector.TOKEN_VARIABLE).isPresent()) {
            platforms.add("discord");
        }
        if (platforms.isEmpty()) {
            platforms.add(Route.CONSOLE_CHANNEL);
        }
        return List.copyOf(platforms);
    }

    /** Those of {@code platforms} (not the console) that have no announcement channel while announcements are on. */
    public static List<String> withoutChannels(AnnouncementSettings settings, Collection<String> platforms) {
        if (!settings.enabled()) {
            return List.of();
        }
        return platforms.stream().filter(p -> !p.equals(Route.CONSOLE_CHANNEL))
                .filter(p -> settings.channels().getOrDefault(p, new PlatformChannels(null, null, null)).isEmpty())
                .toList();
    }

    /** Why nothing is announced on {@code platform}, for the log and {@code emcee announcements}. */
    public static String nothingAnnounced(String platform) {
        return displayName(platform) + " has no announcement channel, so no session will be announced there: "
                + fix(platform);
    }

    /** The setting to add so that {@code platform} gets announcements. */
    public static String fix(String platform) {
        return "add announcements.channels." + platform + ".digest: CHANNEL_ID to emcee.yaml (docs/" + platform
                + ".md tells how to find a channel's ID)";
    }

    /** "Slack", "Discord". */
    public static String displayName(String platform) {
        return platform.isEmpty() ? platform : Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
    }
}
