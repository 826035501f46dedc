package dev.emcee.core.answer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times and durations as people read them: "11:25am", "Thursday, June 14", "in 25 minutes".
 *
 * <p>Every method takes the zone to show; nothing here reads the server's zone or locale.
 */
public final class TimeTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private TimeTexts() {
    }

    /** "11:25am", "1pm", "12:05pm" in the given zone. */
    public static String clock(Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String suffix = t.getHour() < 12 ? "am" : "pm";
        int minute = t.getMinute();
        return minute == 0 ? hour12 + suffix : hour12 + (minute < 10 ? ":0" : ":") + minute + suffix;
    }

    /** "11:25am–12:05pm". */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return clock(start, zone) + "–" + clock(end, zone);
    }

    /** "Thursday, June 14". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Thursday, June 14" for the day the instant falls on in the zone. */
    public static String day(Instant instant, ZoneId zone) {
        return day(instant.atZone(zone).toLocalDate());
    }

    /** "Thu Jun 14". */
    public static String shortDay(Instant instant, ZoneId zone) {
        return SHORT_DAY.format(instant.atZone(zone));
    }

    /** The zone's short name at that instant, such as "PDT". */
    public static String zoneAbbreviation(Instant instant, ZoneId zone) {
        return ZONE_ABBREVIATION.format(instant.atZone(zone));
    }

    /** "Thu Jun 14, 11:25am–12:05pm PDT". */
    public static String dayAndRange(Instant start, Instant end, ZoneId zone) {
        return shortDay(start, zone) + ", " + range(start, end, zone) + " " + zoneAbbreviation(start, zone);
    }

    /** "25 minutes", "1 hour", "2 hours 5 minutes", "3 days". */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, (duration.getSeconds() + 59) / 60);
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = minutes / 60;
        if (hours >= 48) {
            return plural((hours + 12) / 24, "day");
        }
        long rest = minutes % 60;
        return rest == 0 ? plural(hours, "hour") : plural(hours, "hour") + " " + plural(rest, "minute");
    }

    /** How a start looks from {@code now}: "in 25 minutes", "starting now", "started 10 minutes ago". */
    public static String startsRelative(Instant start, Instant now) {
        Duration until = Duration.between(now, start);
        if (until.isNegative()) {
            return "started " + duration(until.negated()) + " ago";
        }
        if (until.getSeconds() < 60) {
            return "starting now";
        }
        return "in " + duration(until);
    }

    /** "10 minutes left" for a running session. */
    public static String remaining(Instant end, Instant now) {
        return duration(Duration.between(now, end)) + " left";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
