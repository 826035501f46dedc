package dev.emcee.app.settings;

/**
 * Limits of answering.
 *
 * @param rateLimitPerMinute questions one chat user may ask a minute (0: no limit)
 * @param unansweredLimit how many distinct unanswered questions are counted (the least recently asked are dropped);
 *     0 turns the counting off
 */
public record QuestionSettings(Integer rateLimitPerMinute, Integer unansweredLimit) {
    /** Enough for a large conference's odd questions, small enough to read through. */
    public static final int DEFAULT_UNANSWERED_LIMIT = 500;

    public QuestionSettings {
        rateLimitPerMinute = rateLimitPerMinute == null ? 20 : rateLimitPerMinute;
        if (rateLimitPerMinute < 0) {
            throw new SettingsException("questions.rate-limit-per-minute must be 0 (no limit) or more, not "
                    + rateLimitPerMinute);
        }
        unansweredLimit = unansweredLimit == null ? DEFAULT_UNANSWERED_LIMIT : unansweredLimit;
        if (unansweredLimit < 0) {
            throw new SettingsException("questions.unanswered-limit must be 0 (off) or more, not " + unansweredLimit);
        }
    }

    /** Whether unanswered questions are counted. */
    public boolean countsUnanswered() {
        return unansweredLimit > 0;
    }
}
