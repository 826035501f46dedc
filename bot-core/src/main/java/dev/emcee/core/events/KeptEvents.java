package dev.emcee.core.events;

import dev.emcee.core.platform.Platform;
import java.util.Objects;

/** A platform's events list that Emcee keeps in step with the schedule, and which sessions it lists there. */
public record KeptEvents(Platform platform, EventCalendar calendar, EventWindow window) {
    public KeptEvents {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(window, "window");
    }
}
