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
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,:]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Cleans the raw text of a command, mention or direct message.
     *
     * @param botUserId the bot's own user id, whose mentions anywhere in the text are removed; may be null
     */
    static SlackQuestion parse(String raw, String botUserId) {
        String text = raw == null ? "" : raw;
        if (botUserId != null && !botUserId.isBlank()) {
            text = withoutMentionsOf(text, botUserId);
        }
        text = LEADING_PUNCTUATION.matcher(LEADING_MENTIONS.matcher(text).replaceFirst("")).replaceFirst("");
        text = SPACES.matcher(unescape(text).strip()).replaceAll(" ");
        boolean inChannel = PUBLIC_WORD.matcher(text).find();
        if (inChannel) {
            text = PUBLIC_WORD.matcher(text).replaceFirst("").strip();
        }
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("help")) {
            text = "help";
        }
        return new SlackQuestion(text, inChannel);
    }

    /** The text with every {@code <@USER>} or {@code <@USER|name>} of that user replaced by a space. */
    private static String withoutMentionsOf(String text, String userId) {
        String opening = "<@" + userId;
        int at = text.indexOf(opening);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; at >= 0; at = text.indexOf(opening, at + 1)) {
            int after = at + opening.length();
            boolean named = after < text.length() && text.charAt(after) == '|';
            int close = text.indexOf('>', after);
            if (close >= 0 && (close == after || named)) {
                out.append(text, copied, at).append(' ');
                copied = close + 1;
                at = close;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Slack sends {@code &}, {@code <} and {@code >} typed by people as entities. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
