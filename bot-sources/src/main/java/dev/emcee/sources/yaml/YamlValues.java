package dev.emcee.sources.yaml;

import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the typed values of Emcee's YAML format (times, dates, numbers, ratings, kinds), reporting bad ones. */
final class YamlValues {
    private static final Set<String> RATING = Set.of("average", "count");

    private YamlValues() {
    }

    static Optional<Rating> rating(YamlField field) {
        if (field.isMissing()) {
            return Optional.empty();
        }
        Map<String, YamlField> f = field.entries(RATING);
        Optional<Double> average = number(f.getOrDefault("average", field.absent("average")), Double::valueOf);
        Optional<Integer> count = number(f.getOrDefault("count", field.absent("count")), Integer::valueOf);
        if (average.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        if (average.get() < 0 || average.get() > 5 || count.get() < 0) {
            field.error("a rating is an average from 0 to 5 and a count of 0 or more");
            return Optional.empty();
        }
        return Optional.of(new Rating(average.get(), count.get()));
    }

    static <N> Optional<N> number(YamlField field, Function<String, N> parse) {
        return field.required().flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (NumberFormatException e) {
                field.error("'" + text + "' is not a number");
                return Optional.empty();
            }
        });
    }

    static SessionKind kind(YamlField field) {
        Optional<String> text = field.text();
        if (text.isEmpty()) {
            return SessionKind.TALK;
        }
        try {
            return SessionKind.valueOf(text.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            field.error("unknown kind '" + text.get() + "'; kinds are: "
                    + String.join(", ", Arrays.stream(SessionKind.values()).map(SessionKind::key).toList()));
            return SessionKind.OTHER;
        }
    }

    /** Reads "2018-06-14T11:25" (conference zone), "2018-06-14T11:25-07:00", or "12:05" on {@code day}. */
    static Optional<Instant> instant(YamlField field, Optional<LocalDate> day, ZoneId zone) {
        Optional<String> text = field.required();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // not with an offset; try the other forms
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        if (day.isPresent()) {
            try {
                return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t).atDate(day.get()).atZone(zone)
                        .toInstant());
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        field.error("'" + t + "' is not a time; write 2018-06-14T11:25 (in the conference's zone)"
                + (day.isPresent() ? " or 12:05 (on the start's day)" : ""));
        return Optional.empty();
    }

    static Optional<LocalDate> date(YamlField field) {
        return field.required().flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                field.error("'" + t + "' is not a date; write 2018-06-14");
                return Optional.empty();
            }
        });
    }
}
