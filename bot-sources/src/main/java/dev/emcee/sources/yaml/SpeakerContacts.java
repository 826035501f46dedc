package dev.emcee.sources.yaml;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.platform.PlatformUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker's {@code slack:} and {@code discord:} fields: the platform users Emcee reminds of the speaker's
 * sessions by direct message, each checked for the shape of its platform's user ids.
 */
final class SpeakerContacts {
    /** The fields, beside the speaker's own. */
    static final Set<String> FIELDS = Set.of("slack", "discord");

    private static final Pattern SLACK_ID = Pattern.compile("[UW][A-Z0-9]{6,}");
    private static final Pattern DISCORD_ID = Pattern.compile("[0-9]{17,20}");

    private SpeakerContacts() {
    }

    /** The users named in a speaker's fields; a malformed id is reported at its line and left out. */
    static List<PlatformUser> of(Map<String, YamlField> speaker) {
        List<PlatformUser> users = new ArrayList<>();
        YamlField slack = speaker.get("slack");
        if (slack != null) {
            slack.text().filter(id -> valid(slack, id, SLACK_ID, "a Slack member id such as U0123ABC (in Slack: "
                    + "the person's profile, ⋮, Copy member ID)"))
                    .ifPresent(id -> users.add(new PlatformUser(Platform.SLACK, id)));
        }
        YamlField discord = speaker.get("discord");
        if (discord != null) {
            discord.text().filter(id -> valid(discord, id, DISCORD_ID, "a Discord user id of 17 to 20 digits, quoted "
                    + "(in Discord, with Developer Mode on: right-click the person, Copy User ID)"))
                    .ifPresent(id -> users.add(new PlatformUser(Platform.DISCORD, id)));
        }
        return users;
    }

    private static boolean valid(YamlField field, String id, Pattern shape, String expected) {
        if (shape.matcher(id).matches()) {
            return true;
        }
        field.error("'" + id + "' is not a user id; expected " + expected);
        return false;
    }
}
