package dev.emcee.slack;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person asked on Slack, cleaned for the core: bot mentions removed, Slack's escapes undone, and a leading
 * {@code public} taken as a wish to answer in the channel. An empty question asks for help.
 */
record SlackQuestion(String text, boolean inChannel) {
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+(\\|[^>]*)?>[\\s,:]*)+");
    private static final Pattern PUBLIC_WORD = Pattern.compile("(?i)^public(\\s+|$)");

    /**
     * Cleans the raw text of a command, mention or direct message.
     *
     * @param botUserId the bot's own user id, whose mentions anywhere in the text are removed; may be null
     */
    static SlackQuestion parse(String raw, String botUserId) {
        String text = raw == null ? "" : raw;
        if (botUserId != null && !botUserId.isBlank()) {
            text = text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
        }
        text = LEADING_MENTIONS.matcher(text).replaceFirst("").replaceFirst("^[\\s,:]+", "");
        text = unescape(text).strip().replaceAll("\\s+", " ");
        boolean inChannel = PUBLIC_WORD.matcher(text).find();
        if (inChannel) {
            text = PUBLIC_WORD.matcher(text).replaceFirst("").strip();
        }
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("help")) {
            text = "help";
        }
        return new SlackQuestion(text, inChannel);
    }

    /** Slack sends {@code &}, {@code <} and {@code >} typed by people as entities. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
