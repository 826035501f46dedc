package dev.emcee.app.settings;

import java.time.LocalDateTime;

/**
 * A simulated clock for demos and rehearsals.
 *
 * @param simulatedStart when set, the clock starts at this conference-local time instead of the real time
 * @param speed how many simulated seconds pass per real second (default 1)
 */
public record ClockSettings(LocalDateTime simulatedStart, Double speed) {
    public ClockSettings {
        speed = speed == null ? 1.0 : speed;
        if (!(speed > 0) || speed.isInfinite()) {
            throw new SettingsException("clock.speed must be a positive number, not " + speed);
        }
    }
}
