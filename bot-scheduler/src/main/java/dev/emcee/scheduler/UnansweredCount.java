package dev.emcee.scheduler;

import java.time.Instant;
import java.util.Objects;

/**
 * A question nobody could answer, as counted: its normalized text, how often it was asked, and when last.
 */
public record UnansweredCount(String question, long timesAsked, Instant firstAsked, Instant lastAsked) {
    public UnansweredCount {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(firstAsked, "firstAsked");
        Objects.requireNonNull(lastAsked, "lastAsked");
    }
}
