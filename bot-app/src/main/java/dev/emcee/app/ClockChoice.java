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
 * Chooses Emcee's clock: {@code --now}/{@code --speed} first, then {@code clock.simulated-start} from the settings
 * (only for the configured schedule), else the real clock. The only place that reads the wall clock is the {@code base} handed in by the launcher.
 */
final class ClockChoice {
    private ClockChoice() {
    }

    /** What set the clock, for the notice that says so. */
    enum Origin {
        /** {@code --now} (with or without {@code --speed}). */
        NOW_OPTION,
        /** {@code clock.simulated-start} in emcee.yaml, for the configured schedule. */
        SETTING,
        /** {@code --speed} alone: simulated from the real present. */
        SPEED_OPTION,
        /** The real clock. */
        REAL
    }

    /**
     * The clock and what set it.
     *
     * @param settingIgnored {@code clock.simulated-start} is set but not used: with {@code --now}, it would have
     *     applied without it; on the real clock or with {@code --speed}, the schedule is not the configured one
     */
    record Chosen(Clock clock, Origin origin, boolean settingIgnored) {
    }

    /**
     * @param now {@code --now}, ISO-8601 with or without offset (then read in {@code zone})
     * @param speed {@code --speed}
     * @param configuredSchedule whether the schedule in use is the configured one: {@code clock.simulated-start}
     *     is a moment of that conference, so another schedule ({@code --schedule}) runs on the real clock
     */
    static Chosen choose(Clock base, Optional<String> now, Optional<Double> speed, ClockSettings settings,
            ZoneId zone, boolean configuredSchedule) {
        boolean setting = settings.simulatedStart() != null;
        boolean useSetting = setting && configuredSchedule;
        double rate = speed.orElse(useSetting || now.isPresent() ? settings.speed() : 1);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("--speed must be a positive number, not " + rate);
        }
        if (now.isPresent()) {
            return new Chosen(new SimulatedClock(base, parse(now.get(), zone), rate), Origin.NOW_OPTION, useSetting);
        }
        if (useSetting) {
            return new Chosen(new SimulatedClock(base, settings.simulatedStart().atZone(zone).toInstant(), rate),
                    Origin.SETTING, false);
        }
        if (speed.isPresent()) {
            return new Chosen(new SimulatedClock(base, base.instant(), rate), Origin.SPEED_OPTION, setting);
        }
        return new Chosen(base, Origin.REAL, setting);
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
