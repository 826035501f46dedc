package dev.emcee.discord;

import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/** The link that adds Emcee to a server with exactly the permissions it needs ({@code emcee discord-invite}). */
public final class DiscordInvite {
    /** See channels, send replies and embeds (also in threads), and reply to messages (needs the history). */
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);

    private DiscordInvite() {
    }

    /** The invite URL for an application id, with the bot and slash-command scopes. */
    public static String url(String applicationId) {
        if (applicationId == null || !applicationId.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("a Discord application id is a number, not '" + applicationId + "'");
        }
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot%20applications.commands&permissions=" + Permission.getRaw(PERMISSIONS);
    }

    /**
     * The invite URL for the configured application, or empty when {@code discord.application-id} is not set.
     */
    public static Optional<String> url(DiscordSettings settings) {
        return settings.application().map(DiscordInvite::url);
    }

    /** What to print when no application id is configured. */
    public static String missingApplicationId() {
        return "Set discord.application-id in config/emcee.yaml (or EMCEE_DISCORD_APPLICATION_ID) to your "
                + "application's id from https://discord.com/developers/applications (General Information → "
                + "Application ID).";
    }
}
