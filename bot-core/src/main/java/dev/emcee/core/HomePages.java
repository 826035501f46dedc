package dev.emcee.core;

import dev.emcee.core.platform.Platform;

/**
 * What adapters call to show a person's home page (Slack's App Home), and how they learn that the pages they showed
 * are out of date. Never throws; looking at a home page is not a question and is not rate limited.
 */
public interface HomePages {
    /** The home page of {@code userId} on {@code platform} now. */
    HomePage home(Platform platform, String userId);

    /** Calls {@code refresh} after every change of the schedule in service (every page may have changed). */
    void whenScheduleChanges(Runnable refresh);
}
