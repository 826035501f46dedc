package dev.emcee.sources.read;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date, time and duration notations schedule exports use ("01:30", "00:05:00", "2025-12-27T16:00+01:00"). */
public final class TimeTextParsing {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");

    private TimeTextParsing() {
    }

    /** "01:30" (hours:minutes) or "00:05:00" (hours:minutes:seconds, as pentabarf writes it). */
    public static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long hours = Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        if (minutes > 59 || seconds > 59) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    /** "16:00" or "16:00:00". */
    public static Optional<LocalTime> timeOfDay(String text) {
        String t = text.strip();
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO date-time with an offset, or a local one placed in {@code zone}. */
    public static Optional<Instant> instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // no offset: try a local date-time
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The offset written in an ISO date-time, if it has one. */
    public static Optional<java.time.ZoneOffset> offset(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).getOffset());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
