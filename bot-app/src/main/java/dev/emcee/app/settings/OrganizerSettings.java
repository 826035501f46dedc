package dev.emcee.app.settings;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.announce.DurationText;
import dev.emcee.core.organize.Organizers;
import dev.emcee.core.platform.Platform;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the organizers are ({@code organizers:} in {@code emcee.yaml}): on Slack, member ids and user groups; on
 * Discord, user ids and roles. The console's operator always is one.
 *
 * @param morningAgenda the conference-local time ({@code 08:30}) to post each day's agenda to the digest channels;
 *     none: no morning agenda
 * @param speakerReminders how long before each session the speakers the schedule links to platform users
 *     ({@code slack:}, {@code discord:}) get a direct message about it; none: no speakers' reminders
 */
public record OrganizerSettings(SlackOrganizers slack, DiscordOrganizers discord, String morningAgenda,
        Duration speakerReminders) {
    public OrganizerSettings {
        if (speakerReminders != null && (speakerReminders.isNegative() || speakerReminders.isZero()
                || speakerReminders.compareTo(AgendaSettings.MAX_LEAD) > 0)) {
            throw new SettingsException("organizers.speaker-reminders must be between 1m and "
                    + DurationText.format(AgendaSettings.MAX_LEAD) + ", not " + DurationText.format(speakerReminders));
        }
        if (morningAgenda != null && !morningAgenda.isBlank()) {
            try {
                LocalTime.parse(morningAgenda.strip());
            } catch (DateTimeParseException e) {
                throw new SettingsException("organizers.morning-agenda must be a time of day such as 08:30, not '"
                        + morningAgenda + "'");
            }
        }
        slack = slack == null ? new SlackOrganizers(null, null) : slack;
        discord = discord == null ? new DiscordOrganizers(null, null) : discord;
    }

    /** Nobody but the console's operator. */
    public static OrganizerSettings defaults() {
        return new OrganizerSettings(null, null, null, null);
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

    /** The time of day of the morning agenda, when one is set. */
    public Optional<LocalTime> morningAgendaAt() {
        return morningAgenda == null || morningAgenda.isBlank() ? Optional.empty()
                : Optional.of(LocalTime.parse(morningAgenda.strip()));
    }

    /** How long before their sessions speakers are reminded, when they are. */
    public Optional<Duration> speakerReminderLead() {
        return Optional.ofNullable(speakerReminders);
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
