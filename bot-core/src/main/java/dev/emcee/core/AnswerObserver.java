package dev.emcee.core;

import dev.emcee.core.platform.Platform;
import java.time.Duration;

/** Told about every question answered, for metrics; must be fast and must not throw. */
@FunctionalInterface
public interface AnswerObserver {
    /** Observes nothing. */
    AnswerObserver NONE = (platform, intent, took) -> { };

    /**
     * @param intent the kind of question understood ("Next", "AboutPerson", ...), or "RateLimited"
     * @param took how long understanding and answering took
     */
    void answered(Platform platform, String intent, Duration took);

    /** Told, after {@link #answered}, that neither the schedule nor the FAQ answered the question. */
    default void unanswered(Platform platform) {
    }
}
