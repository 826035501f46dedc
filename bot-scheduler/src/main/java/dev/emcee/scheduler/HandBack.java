package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs this instance can deliver and hands the others back to the timetable, to be fired again soon by an
 * instance that can, while their grace window lasts.
 *
 * <p>Each platform's jobs wait in that platform's own scheduler, which only the instances serving the platform
 * run, so a job of a platform not served here never fires here. What can still fire here is a job of a kind this
 * instance does not run on a platform it does serve: a reminder where agendas are off, or a console announcement on
 * an instance that only reminds on its console. Skipping it would lose it; handing it back does not.
 */
final class HandBack implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HandBack.class);

    private final JobRunner delivery;
    private final Map<JobKind, DeliveryKind> kinds;
    private final Outbounds outbound;
    private final Clock clock;
    private final FireTimes fireTimes;
    private final Duration retryAfter;

    HandBack(JobRunner delivery, Map<JobKind, DeliveryKind> kinds, Outbounds outbound, Clock clock,
            Duration retryAfter) {
        this.delivery = delivery;
        this.kinds = Map.copyOf(kinds);
        this.outbound = outbound;
        this.clock = clock;
        this.fireTimes = new FireTimes(clock);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Instant> run(PlannedJob job, boolean recovering) {
        DeliveryKind kind = kinds.get(job.kind());
        if (kind != null && outbound.reaches(job.recipient())) {
            return delivery.run(job, recovering);
        }
        Duration grace = kind == null ? AnnouncementSettings.DEFAULT_GRACE_WINDOW : kind.graceWindow();
        String what = job.kind().plural().toLowerCase(java.util.Locale.ROOT) + " job " + job.name();
        if (Duration.between(job.fireAt(), clock.instant()).compareTo(grace) >= 0) {
            LOG.warn("Not delivering the {} on {}: no instance that serves it took it within its grace window", what,
                    job.recipient().platform().key());
            return Optional.empty();
        }
        Instant again = fireTimes.realNow().plus(retryAfter);
        Instant planned = fireTimes.realInstantOf(job.fireAt());
        LOG.info("Handing the {} back to the instances that deliver it ({} here)", what, kind == null
                ? job.kind().plural().toLowerCase(java.util.Locale.ROOT) + " are off"
                : "no " + job.recipient().platform().key() + " connection for it");
        return Optional.of(planned.isAfter(again) ? planned : again);
    }
}
