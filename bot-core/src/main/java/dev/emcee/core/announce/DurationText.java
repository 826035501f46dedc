package dev.emcee.core.announce;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short durations as operators write them in settings: "5m", "0m", "90s", "1h", "1h30m" (or ISO-8601 "PT5M").
 */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");

    private DurationText() {
    }

    /**
     * Reads a duration.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt")) {
            try {
                return Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher m = SHORT.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            throw invalid(text);
        }
        return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }

    /** The short form: "5m", "0m", "1h30m", "90s" is "1m30s". */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0m";
        }
        StringBuilder b = new StringBuilder(duration.isNegative() ? "-" : "");
        long abs = Math.abs(seconds);
        if (abs >= 3600) {
            b.append(abs / 3600).append('h');
        }
        if (abs % 3600 / 60 != 0) {
            b.append(abs % 3600 / 60).append('m');
        }
        if (abs % 60 != 0) {
            b.append(abs % 60).append('s');
        }
        return b.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration; write it like 5m, 90s, 1h or 1h30m");
    }
}
