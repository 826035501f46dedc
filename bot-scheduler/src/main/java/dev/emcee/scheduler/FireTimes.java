package dev.emcee.scheduler;

import dev.emcee.core.time.SimulatedClock;
import java.time.Clock;
import java.time.Instant;

/**
 * Converts planned moments (on Emcee's clock) to the real moments Quartz fires at.
 *
 * <p>Quartz waits on the real clock. In a rehearsal ({@code --now}, {@code --speed}) Emcee's clock is a
 * {@link SimulatedClock}, so 11:20 simulated is some real moment soon; with a plain clock it is the moment itself.
 */
final class FireTimes {
    private final Clock clock;

    FireTimes(Clock clock) {
        this.clock = clock;
    }

    /** The real moment at which Emcee's clock shows {@code planned}. */
    Instant realInstantOf(Instant planned) {
        return clock instanceof SimulatedClock simulated ? simulated.realInstantOf(planned) : planned;
    }

    /** The real moment now. */
    Instant realNow() {
        return realInstantOf(clock.instant());
    }
}
