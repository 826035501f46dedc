package dev.emcee.slack;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code slack:} section of {@code emcee.yaml}. Tokens are never read from here, only from the environment
 * ({@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}, {@code SLACK_SIGNING_SECRET}).
 *
 * @param command the slash command Emcee answers, such as {@code /emcee} or {@code /conf}
 * @param replyVisibility who sees slash command answers by default
 * @param apiUrl the Slack Web API base address; another one is for tests and proxies
 */
public record SlackSettings(
        @JsonProperty("command") String command,
        @JsonProperty("reply-visibility") ReplyVisibility replyVisibility,
        @JsonProperty("api-url") String apiUrl) {

    /** The slash command when none is set. */
    public static final String DEFAULT_COMMAND = "/emcee";
    /** Slack's own Web API. */
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        command = command == null || command.isBlank() ? DEFAULT_COMMAND : command.strip();
        if (!command.matches("/[a-z0-9_-]{1,31}")) {
            throw new IllegalArgumentException("slack.command must be a slash command such as /emcee "
                    + "(a slash, then up to 31 lower-case letters, digits, - or _), not '" + command + "'");
        }
        replyVisibility = replyVisibility == null ? ReplyVisibility.EPHEMERAL : replyVisibility;
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        if (!apiUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("slack.api-url must be an http(s) address, not '" + apiUrl + "'");
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** {@code /emcee}, ephemeral replies, Slack's own API. */
    public static SlackSettings defaults() {
        return new SlackSettings(null, null, null);
    }
}
