package dev.emcee.core;

import java.time.Instant;

/**
 * Where the questions nobody could answer are counted, so that organizers see what to add to the FAQ or fix in the
 * schedule. Only the normalized text is given: never who asked, nor where. Must not throw; may be slow (a database).
 */
@FunctionalInterface
public interface UnansweredQuestions {
    /** Counts nothing. */
    UnansweredQuestions NONE = (text, at) -> { };

    /** Counts one more asking of {@code normalizedText} at {@code at}. */
    void record(String normalizedText, Instant at);
}
