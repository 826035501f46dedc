package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.time.SimulatedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Clocks and settings for delivery tests: conference time in Los Angeles, running fast on the real clock. */
final class Rehearsals {
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final QuartzTuning FAST = new QuartzTuning(Duration.ofMillis(1000), Duration.ofMillis(1000),
            Duration.ofMillis(1000), Duration.ofMillis(500));

    /** Two talks in Los Angeles: "sean" at 11:25 (announced at 11:20) and "next" at 11:28. */
    static final Schedule TWO_TALKS = TestConference.in("America/Los_Angeles")
            .talk("sean", "2018-06-14T11:25", "ll21ab")
            .talk("next", "2018-06-14T11:28", "ll20d")
            .build();

    private Rehearsals() {
    }

    /** A clock that shows {@code local} (conference time) now and runs {@code speed} times as fast as real time. */
    static SimulatedClock at(String local, double speed) {
        return new SimulatedClock(Clock.systemUTC(), instant(local), speed);
    }

    static Instant instant(String local) {
        return LocalDateTime.parse(local).atZone(LA).toInstant();
    }

    static AnnouncementSettings consoleSettings(Duration grace) {
        return new AnnouncementSettings(null, null, grace, null, null, null);
    }
}
