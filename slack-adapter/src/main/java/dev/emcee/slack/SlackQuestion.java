package dev.emcee.slack;

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
        // Each step skips its regular expression when it cannot match: questions are mostly plain words.
        if (botUserId != null && !botUserId.isBlank()) {
            text = withoutMentionsOf(text, botUserId);
        }
        if (text.contains("<@")) {
            text = LEADING_MENTIONS.matcher(text).replaceFirst("");
        }
        text = unescape(text).strip();
        if (!text.isEmpty() && (text.charAt(0) == ',' || text.charAt(0) == ':')) {
            text = LEADING_PUNCTUATION.matcher(text).replaceFirst("");
        }
        if (hasRunsOfSpace(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        boolean inChannel = text.regionMatches(true, 0, "public", 0, 6) && PUBLIC_WORD.matcher(text).find();
        if (inChannel) {
            text = PUBLIC_WORD.matcher(text).replaceFirst("").strip();
        }
        if (text.isEmpty() || text.equalsIgnoreCase("help")) {
            text = "help";
        }
        return new SlackQuestion(text, inChannel);
    }

    /** Whether some white space is other than one plain space. */
    private static boolean hasRunsOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < text.length() && text.charAt(i + 1) == ' ' : Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
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
