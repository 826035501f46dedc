package dev.emcee.scheduler;

import dev.emcee.core.agenda.ReminderKey;
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
 * The Quartz job of one reminder: hands it to {@link ReminderDelivery}, and fires again after a failed send while
 * the grace window lasts, or at its planned moment when a stale trigger fired it early (as announcements do).
 */
final class ReminderJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private static final Duration EARLY_TOLERANCE = Duration.ofSeconds(1);

    private final ReminderDelivery delivery;
    private final FireTimes fireTimes;
    private final Duration retryAfter;

    ReminderJob(ReminderDelivery delivery, FireTimes fireTimes, Duration retryAfter) {
        this.delivery = delivery;
        this.fireTimes = fireTimes;
        this.retryAfter = retryAfter;
    }

    @Override
    public void execute(JobExecutionContext context) {
        ReminderKey key = ReminderJobs.key(context.getMergedJobDataMap());
        if (key == null) {
            return;
        }
        Instant plannedReal = fireTimes.realInstantOf(key.fireAt());
        if (fireTimes.realNow().plus(EARLY_TOLERANCE).isBefore(plannedReal)) {
            fireAgainAt(context, key, plannedReal);
            return;
        }
        ReminderDelivery.Outcome outcome = delivery.deliver(key, context.isRecovering());
        if (outcome == ReminderDelivery.Outcome.FAILED && delivery.worthRetrying(key)) {
            fireAgainAt(context, key, fireTimes.realNow().plus(retryAfter));
        }
    }

    private static void fireAgainAt(JobExecutionContext context, ReminderKey key, Instant realInstant) {
        try {
            context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(ReminderJobs.retryKey(key, realInstant))
                    .forJob(context.getJobDetail().getKey())
                    .startAt(Date.from(realInstant))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        } catch (SchedulerException e) {
            LOG.error("Could not schedule a reminder for {} again: {}", key.session(), e.toString());
        }
    }
}
