package dev.emcee.slack.render;

import dev.emcee.core.answer.TimeTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slack mrkdwn built safely from text that a schedule or a person supplied.
 *
 * <p>Slack turns {@code <!channel>}, {@code <!here>}, {@code <!everyone>}, {@code <@U…>} and
 * {@code <!subteam^…>} into pings and {@code <url|text>} into links; escaping {@code &}, {@code <} and {@code >}
 * (the only escapes Slack defines) makes all of them literal text. mrkdwn has no escape for its emphasis
 * characters, so inside the emphasis this class adds, an asterisk is replaced by a look-alike, and backticks (which
 * would open a code span that swallows the rest of the line) are replaced everywhere.
 */
public final class Mrkdwn {
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s<>|\"]+", Pattern.CASE_INSENSITIVE);

    private Mrkdwn() {
    }

    /** The text with {@code &}, {@code <}, {@code >} escaped and backticks neutralised; never null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (!needsEscape(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '`' -> out.append('\u02CB');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String text) {
        // String.indexOf is vectorized by the JIT: four searches beat one loop over the characters.
        return text.indexOf('&') >= 0 || text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || text.indexOf('`') >= 0;
    }

    /** The text in bold: escaped, with inner asterisks replaced so they cannot end the bold early. */
    public static String bold(String text) {
        String inner = escape(text).replace('*', '\u2217').strip();
        return inner.isEmpty() ? "" : "*" + inner + "*";
    }

    /** A link with an escaped label, or just the label when the address is not a plain http(s) URL. */
    public static String link(String url, String labelMrkdwn) {
        if (url == null || !SAFE_URL.matcher(url).matches()) {
            return labelMrkdwn;
        }
        return "<" + url.replace("&", "&amp;") + "|" + labelMrkdwn + ">";
    }

    /**
     * A time each reader sees in their own zone, with the conference-zone text as fallback.
     *
     * @param format Slack's date tokens, such as {@code {time}} or {@code {date_short_pretty}, {time}}
     */
    public static String date(Instant instant, String format, String fallback) {
        return "<!date^" + instant.getEpochSecond() + "^" + format + "|" + escape(fallback).replace("|", "/") + ">";
    }

    /** "Thu Jun 14, 11:25am–12:05pm PDT", each reader seeing their own zone. */
    public static String dayAndRange(Instant start, Instant end, ZoneId zone) {
        String zoneName = TimeTexts.zoneAbbreviation(start, zone);
        String from = date(start, "{date_short_pretty}, {time}",
                TimeTexts.shortDay(start, zone) + ", " + TimeTexts.clock(start, zone) + " " + zoneName);
        String to = date(end, "{time}", TimeTexts.clock(end, zone) + " " + zoneName);
        return start.equals(end) ? from : from + "–" + to;
    }

    /** "11:25am", each reader seeing their own zone. */
    public static String clock(Instant instant, ZoneId zone) {
        return date(instant, "{time}",
                TimeTexts.clock(instant, zone) + " " + TimeTexts.zoneAbbreviation(instant, zone));
    }

    /** Lower-cases the first letter, for text that continues a sentence. */
    static String decapitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
