package dev.emcee.scheduler;

import java.time.Duration;

/**
 * How eagerly Quartz polls and recovers; tests shorten these.
 *
 * @param misfireThreshold how late a trigger may fire before Quartz treats it as misfired (then it fires at once)
 * @param idleWait how long an idle scheduler waits before looking for due triggers (others' changes included);
 *     Quartz refuses less than a second
 * @param clusterCheckin how often a clustered instance checks in, and so how soon a dead one is noticed
 * @param retryAfter how long after a failed post it is tried again (real time, within the grace window)
 */
record QuartzTuning(Duration misfireThreshold, Duration idleWait, Duration clusterCheckin, Duration retryAfter) {
    static final QuartzTuning DEFAULT = new QuartzTuning(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(5), Duration.ofSeconds(15));
}
