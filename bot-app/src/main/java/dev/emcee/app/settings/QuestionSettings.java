package dev.emcee.app.settings;

/** Limits of answering. @param rateLimitPerMinute questions one chat user may ask a minute (0: no limit) */
public record QuestionSettings(Integer rateLimitPerMinute) {
    public QuestionSettings {
        rateLimitPerMinute = rateLimitPerMinute == null ? 20 : rateLimitPerMinute;
        if (rateLimitPerMinute < 0) {
            throw new SettingsException("questions.rate-limit-per-minute must be 0 (no limit) or more, not "
                    + rateLimitPerMinute);
        }
    }
}
