package dev.emcee.discord;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code discord:} section of {@code emcee.yaml}. The bot token is not here: it comes only from the
 * environment variable {@value DiscordConnector#TOKEN_VARIABLE}.
 *
 * @param prefix what starts a question in a channel ({@code !emcee what's next}); default {@code !emcee}
 * @param guildId the server (guild) to register slash commands for, instantly; empty registers them globally
 * @param replyVisibility whether slash-command answers are {@code ephemeral} (default) or {@code public}
 * @param applicationId the application id from the developer portal, for the invite URL
 * @param apiUrl another REST base URL than Discord's (a proxy, or a local fake Discord in tests)
 * @param gatewayUrl another gateway WebSocket URL than Discord's; with one set, compression is off
 * @param scheduledEvents whether and which sessions Emcee keeps in the server's Events list (needs {@code guildId})
 */
public record DiscordSettings(
        @JsonProperty("prefix") String prefix,
        @JsonProperty("guild-id") String guildId,
        @JsonProperty("reply-visibility") ReplyVisibility replyVisibility,
        @JsonProperty("application-id") String applicationId,
        @JsonProperty("api-url") String apiUrl,
        @JsonProperty("gateway-url") String gatewayUrl,
        @JsonProperty("scheduled-events") ScheduledEventsSettings scheduledEvents) {

    /** The prefix used when none is configured. */
    public static final String DEFAULT_PREFIX = "!emcee";

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    public DiscordSettings {
        prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.strip();
        guildId = blankToNull(guildId);
        replyVisibility = replyVisibility == null ? ReplyVisibility.EPHEMERAL : replyVisibility;
        applicationId = blankToNull(applicationId);
        apiUrl = blankToNull(apiUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        requireSnowflake("guild-id", guildId);
        requireSnowflake("application-id", applicationId);
        requireUrl("api-url", apiUrl, "http");
        requireUrl("gateway-url", gatewayUrl, "ws");
        scheduledEvents = scheduledEvents == null ? ScheduledEventsSettings.off() : scheduledEvents;
        if (scheduledEvents.enabled() && guildId == null) {
            throw new IllegalArgumentException("discord.scheduled-events needs discord.guild-id: the server whose "
                    + "Events list Emcee keeps (Developer Mode: right-click the server, Copy Server ID)");
        }
    }

    /** The settings without scheduled events (what tests and older callers build). */
    public DiscordSettings(String prefix, String guildId, ReplyVisibility replyVisibility, String applicationId,
            String apiUrl, String gatewayUrl) {
        this(prefix, guildId, replyVisibility, applicationId, apiUrl, gatewayUrl, null);
    }

    /** Every setting at its default. */
    public static DiscordSettings defaults() {
        return new DiscordSettings(null, null, null, null, null, null);
    }

    /** The guild to register slash commands for, if any. */
    public Optional<String> guild() {
        return Optional.ofNullable(guildId);
    }

    /** The application id, if configured. */
    public Optional<String> application() {
        return Optional.ofNullable(applicationId);
    }

    /**
     * The REST base URL JDA should use, ending in {@code /api/v10/}; a bare {@code http://host:port} gets that path.
     */
    public Optional<String> restBaseUrl() {
        if (apiUrl == null) {
            return Optional.empty();
        }
        String path = URI.create(apiUrl).getPath();
        String base = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        return Optional.of(path == null || path.isEmpty() || path.equals("/") ? base + "api/v10/" : base);
    }

    /** The gateway URL, if one replaces Discord's. */
    public Optional<String> gateway() {
        return Optional.ofNullable(gatewayUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireSnowflake(String key, String value) {
        if (value != null && !SNOWFLAKE.matcher(value).matches()) {
            throw new IllegalArgumentException("discord." + key + " must be a numeric Discord id (Developer Mode: "
                    + "right-click, Copy ID), not '" + value + "'");
        }
    }

    private static void requireUrl(String key, String value, String schemePrefix) {
        if (value == null) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith(schemePrefix)) {
            throw new IllegalArgumentException("discord." + key + " must be a " + schemePrefix + ":// or "
                    + schemePrefix + "s:// URL, not '" + value + "'");
        }
    }
}
