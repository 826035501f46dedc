package dev.emcee.core;

/**
 * Limits of the answering path.
 *
 * @param rateLimitPerMinute questions one person may ask a minute before getting one polite notice; 0 turns the
 *     limit off
 * @param understoodQuestionsCached how many understood questions to memoize
 */
public record AnsweringOptions(int rateLimitPerMinute, int understoodQuestionsCached) {
    public AnsweringOptions {
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must be 0 (off) or more");
        }
        if (understoodQuestionsCached < 0) {
            throw new IllegalArgumentException("understoodQuestionsCached must not be negative");
        }
    }

    /** 20 questions a minute, 10,000 memoized questions. */
    public static AnsweringOptions defaults() {
        return new AnsweringOptions(20, 10_000);
    }
}
