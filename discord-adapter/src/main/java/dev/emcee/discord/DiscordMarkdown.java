package dev.emcee.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from a schedule or a person show literally in Discord: no bold, links, headings, mentions or
 * timestamps it did not mean to create.
 *
 * <p>JDA's {@code MarkdownSanitizer} escapes only paired regions ({@code **bold**}); Discord also reads masked links,
 * headings, list markers, block quotes and {@code <@id>} / {@code <t:…>} tags, so this escapes every character that
 * can start markup. Discord shows a backslash before ASCII punctuation as nothing, so the text reads the same.
 */
final class DiscordMarkdown {
    private static final String ALWAYS_ESCAPED = "\\*_~`|<>[]@";
    private static final Pattern LINE_START_MARKUP = Pattern.compile("(?m)^(\\s*)(?:([#\\-+])|(\\d+)\\.)");

    private static final Pattern SAFE_LINK = Pattern.compile("https?://[^\\s()<>\\[\\]`|*]{1,1900}",
            Pattern.CASE_INSENSITIVE);

    private DiscordMarkdown() {
    }

    /** The text with every markdown-significant character escaped; null becomes empty. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        Matcher m = LINE_START_MARKUP.matcher(out);
        return m.replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) + (r.group(2) != null ? "\\" + r.group(2) : r.group(3) + "\\.")));
    }

    /** Whether a URL from a schedule can be shown as a link: http(s), and nothing that could break the markup. */
    static boolean isSafeLink(String url) {
        return url != null && SAFE_LINK.matcher(url).matches();
    }

    /** {@link #escape(String) Escaped} text on one line: for titles, names and rooms, where a line break never fits. */
    static String inline(String text) {
        return escape(text == null ? "" : text.replaceAll("\\s+", " ").strip());
    }

    /** Cuts text to at most {@code max} characters, ending in "…" when cut, without leaving a dangling escape. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
