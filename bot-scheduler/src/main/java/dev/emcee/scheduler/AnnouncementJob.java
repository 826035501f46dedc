package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one announcement: hands it to {@link AnnouncementDelivery}, and adds a one-off trigger when it
 * must run again: after a failed post while the grace window lasts, or when a stale trigger fired it early (its
 * planned moment on Emcee's clock has not come; after a restart of a rehearsal, for instance).
 */
final class AnnouncementJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementJob.class);
    private static final Duration EARLY_TOLERANCE = Duration.ofSeconds(1);

    private final AnnouncementDelivery delivery;
    private final FireTimes fireTimes;
    private final Duration retryAfter;

    AnnouncementJob(AnnouncementDelivery delivery, FireTimes fireTimes, Duration retryAfter) {
        this.delivery = delivery;
        this.fireTimes = fireTimes;
        this.retryAfter = retryAfter;
    }

    @Override
    public void execute(JobExecutionContext context) {
        AnnouncementKey key = JobKeys.key(context.getMergedJobDataMap());
        Instant plannedReal = fireTimes.realInstantOf(key.fireAt());
        if (fireTimes.realNow().plus(EARLY_TOLERANCE).isBefore(plannedReal)) {
            fireAgainAt(context, key, plannedReal);
            return;
        }
        AnnouncementDelivery.Outcome outcome = delivery.deliver(key, context.isRecovering());
        if (outcome == AnnouncementDelivery.Outcome.FAILED && delivery.worthRetrying(key)) {
            fireAgainAt(context, key, fireTimes.realNow().plus(retryAfter));
        }
    }

    private static void fireAgainAt(JobExecutionContext context, AnnouncementKey key, Instant realInstant) {
        try {
            context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(JobKeys.retryKey(key, realInstant))
                    .forJob(context.getJobDetail().getKey())
                    .startAt(Date.from(realInstant))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        } catch (SchedulerException e) {
            LOG.error("Could not schedule the announcement of {} again: {}", key.session(), e.toString());
        }
    }
}
