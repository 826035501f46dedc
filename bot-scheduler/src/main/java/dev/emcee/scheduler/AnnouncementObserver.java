package dev.emcee.scheduler;

import dev.emcee.core.platform.Platform;

/** Told what became of every due announcement, for metrics; must be fast and must not throw. */
@FunctionalInterface
public interface AnnouncementObserver {
    /** Observes nothing. */
    AnnouncementObserver NONE = (platform, outcome) -> { };

    /** What became of an announcement on one platform. */
    enum Outcome {
        /** Posted on time. */
        POSTED,
        /** Posted, but later than planned (within the grace window). */
        LATE,
        /** Not posted: past the grace window, the session started, or no connection. */
        SKIPPED,
        /** The platform refused or did not answer; retried while within the grace window. */
        FAILED
    }

    void observed(Platform platform, Outcome outcome);
}
