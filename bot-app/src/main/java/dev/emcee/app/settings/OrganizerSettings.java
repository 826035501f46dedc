package dev.emcee.app.settings;

import dev.emcee.core.organize.Organizers;
import dev.emcee.core.platform.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the organizers are ({@code organizers:} in {@code emcee.yaml}): on Slack, member ids and user groups; on
 * Discord, user ids and roles. The console's operator always is one.
 */
public record OrganizerSettings(SlackOrganizers slack, DiscordOrganizers discord) {
    public OrganizerSettings {
        slack = slack == null ? new SlackOrganizers(null, null) : slack;
        discord = discord == null ? new DiscordOrganizers(null, null) : discord;
    }

    /** Nobody but the console's operator. */
    public static OrganizerSettings defaults() {
        return new OrganizerSettings(null, null);
    }

    /** Slack's organizers. @param users member ids ({@code U0123ABC}) @param groups user group ids ({@code S0123ABC}) */
    public record SlackOrganizers(List<String> users, List<String> groups) {
        public SlackOrganizers {
            users = users == null ? List.of() : List.copyOf(users);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** Discord's organizers. @param users user ids @param roles role ids */
    public record DiscordOrganizers(List<String> users, List<String> roles) {
        public DiscordOrganizers {
            users = users == null ? List.of() : List.copyOf(users);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** The core's view of these settings. */
    public Organizers organizers() {
        Map<Platform, Set<String>> users = new EnumMap<>(Platform.class);
        Map<Platform, Set<String>> groups = new EnumMap<>(Platform.class);
        users.put(Platform.SLACK, ids(slack.users()));
        groups.put(Platform.SLACK, ids(slack.groups()));
        users.put(Platform.DISCORD, ids(discord.users()));
        groups.put(Platform.DISCORD, ids(discord.roles()));
        return new Organizers(users, groups);
    }

    private static Set<String> ids(List<String> values) {
        return Set.copyOf(values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }
}
