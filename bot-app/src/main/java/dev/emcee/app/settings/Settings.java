package dev.emcee.app.settings;

/**
 * Every setting of Emcee, bound from {@code config/emcee.yaml} (kebab-case keys) with {@code EMCEE_<PATH>}
 * environment overrides. A missing section takes its defaults.
 */
public record Settings(ScheduleSettings schedule, ClockSettings clock, QuestionSettings questions,
        HttpSettings http) {
    public Settings {
        schedule = schedule == null ? new ScheduleSettings(null, null) : schedule;
        clock = clock == null ? new ClockSettings(null, null) : clock;
        questions = questions == null ? new QuestionSettings(null) : questions;
        http = http == null ? new HttpSettings(null) : http;
    }

    /** Every default. */
    public static Settings defaults() {
        return new Settings(null, null, null, null);
    }
}
