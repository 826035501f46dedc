package dev.emcee.app;

import dev.emcee.app.settings.ClockSettings;
import dev.emcee.core.time.SimulatedClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Chooses Emcee's clock: {@code --now}/{@code --speed} first, then {@code clock.simulated-start} from the settings,
 * else the real clock. The only place that reads the wall clock is the {@code base} handed in by the launcher.
 */
final class ClockChoice {
    private ClockChoice() {
    }

    /**
     * @param now {@code --now}, ISO-8601 with or without offset (then read in {@code zone})
     * @param speed {@code --speed}
     */
    static Clock choose(Clock base, Optional<String> now, Optional<Double> speed, ClockSettings settings,
            ZoneId zone) {
        double rate = speed.orElse(settings.speed());
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("--speed must be a positive number, not " + rate);
        }
        if (now.isPresent()) {
            return new SimulatedClock(base, parse(now.get(), zone), rate);
        }
        if (settings.simulatedStart() != null) {
            return new SimulatedClock(base, settings.simulatedStart().atZone(zone).toInstant(), rate);
        }
        if (speed.isPresent()) {
            return new SimulatedClock(base, base.instant(), rate);
        }
        return base;
    }

    /** Reads "2018-06-14T11:00" (in {@code zone}), "2018-06-14T11:00-07:00", "2018-06-14T18:00:00Z". */
    static Instant parse(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now '" + text + "' is not an ISO-8601 time; write for example "
                    + "2018-06-14T11:00 (conference time) or 2018-06-14T11:00-07:00");
        }
    }
}
