package dev.emcee.discord;

import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/** The link that adds Emcee to a server with exactly the permissions it needs ({@code emcee discord-invite}). */
public final class DiscordInvite {
    /** See channels, send replies and embeds (also in threads), and reply to messages (needs the history). */
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);

    /**
     * What keeping the server's Events list needs: Manage Events, since JDA checks for it before it creates an event
     * (Discord itself would take Create Events for the bot's own events). Emcee changes only the events it made.
     */
    static final Permission EVENTS_PERMISSION = Permission.MANAGE_EVENTS;

    private DiscordInvite() {
    }

    /** The invite URL for an application id, with the bot and slash-command scopes. */
    public static String url(String applicationId) {
        return url(applicationId, false);
    }

    /**
     * The invite URL for an application id, with the bot and slash-command scopes; with {@code scheduledEvents}, it
     * asks for Manage Events too.
     */
    public static String url(String applicationId, boolean scheduledEvents) {
        EnumSet<Permission> permissions = EnumSet.copyOf(PERMISSIONS);
        if (scheduledEvents) {
            permissions.add(EVENTS_PERMISSION);
        }
        if (applicationId == null || !applicationId.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("a Discord application id is a number, not '" + applicationId + "'");
        }
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot%20applications.commands&permissions=" + Permission.getRaw(permissions);
    }

    /**
     * The invite URL for the configured application (asking for Manage Events when {@code discord.scheduled-events}
     * is on), or empty when {@code discord.application-id} is not set.
     */
    public static Optional<String> url(DiscordSettings settings) {
        return settings.application().map(id -> url(id, settings.scheduledEvents().enabled()));
    }

    /** What to print when no application id is configured. */
    public static String missingApplicationId() {
        return "Set discord.application-id in config/emcee.yaml (or EMCEE_DISCORD_APPLICATION_ID) to your "
                + "application's id from https://discord.com/developers/applications (General Information → "
                + "Application ID).";
    }
}
