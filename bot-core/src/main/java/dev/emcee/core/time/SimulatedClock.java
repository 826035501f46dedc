package dev.emcee.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that starts at a chosen moment and runs {@code speed} times faster than its base clock.
 *
 * <p>Used for rehearsals and the demo ({@code --now 2018-06-14T11:19:30 --speed 10}). Anything that waits in real
 * time for a simulated moment (Quartz triggers) converts with {@link #realInstantOf(Instant)}.
 */
public final class SimulatedClock extends Clock {
    private final Clock base;
    private final Instant baseStart;
    private final Instant simulatedStart;
    private final double speed;
    private final ZoneId zone;

    /**
     * @param base the real clock (injected, so tests can drive it)
     * @param simulatedStart the simulated moment that corresponds to "now" on the base clock
     * @param speed how many simulated seconds pass per real second; must be positive
     */
    public SimulatedClock(Clock base, Instant simulatedStart, double speed) {
        this(base, base.instant(), simulatedStart, speed, base.getZone());
    }

    private SimulatedClock(Clock base, Instant baseStart, Instant simulatedStart, double speed, ZoneId zone) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.base = Objects.requireNonNull(base, "base");
        this.baseStart = Objects.requireNonNull(baseStart, "baseStart");
        this.simulatedStart = Objects.requireNonNull(simulatedStart, "simulatedStart");
        this.speed = speed;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Instant instant() {
        Duration real = Duration.between(baseStart, base.instant());
        return simulatedStart.plus(scale(real, speed));
    }

    /** The moment on the base clock at which this clock will show {@code simulated}. */
    public Instant realInstantOf(Instant simulated) {
        Duration ahead = Duration.between(simulatedStart, simulated);
        return baseStart.plus(scale(ahead, 1 / speed));
    }

    /** How many simulated seconds pass per real second. */
    public double speed() {
        return speed;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(base, baseStart, simulatedStart, speed, newZone);
    }

    private static Duration scale(Duration duration, double factor) {
        if (factor == 1) {
            return duration;
        }
        return Duration.ofNanos(Math.round(duration.toNanos() * factor));
    }
}
