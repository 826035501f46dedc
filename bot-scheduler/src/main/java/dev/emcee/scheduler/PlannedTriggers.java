package dev.emcee.scheduler;

import java.time.Instant;
import java.util.Date;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What announcements and reminders share with Quartz: one-shot triggers that remember their planned moment,
 * scheduling that tolerates another instance having done it first, and deleting that leaves a busy job alone.
 */
final class PlannedTriggers {
    /** The trigger data key of the planned real moment (epoch milliseconds); stored in the database: keep it. */
    static final String PLANNED = "plannedRealMillis";
    private static final Logger LOG = LoggerFactory.getLogger(PlannedTriggers.class);

    private PlannedTriggers() {
    }

    /** Schedules the job; false when another instance scheduled the same one a moment ago. */
    static boolean add(Scheduler scheduler, JobDetail job, Trigger trigger) throws SchedulerException {
        try {
            scheduler.scheduleJob(job, trigger);
            return true;
        } catch (ObjectAlreadyExistsException e) {
            return false;
        }
    }

    /** A trigger firing once at {@code planned} (at once if that has passed), remembering it. */
    static Trigger oneShot(TriggerKey key, JobKey job, Instant planned, Instant realNow) {
        return TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(job)
                .usingJobData(PLANNED, Long.toString(planned.toEpochMilli()))
                .startAt(Date.from(planned.isBefore(realNow) ? realNow : planned))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /** Whether the trigger was planned for {@code planned} (to the second). */
    static boolean isPlannedAt(Trigger trigger, Instant planned) {
        String value = trigger.getJobDataMap().getString(PLANNED);
        return value != null && Math.abs(Long.parseLong(value) - planned.toEpochMilli()) < 1000;
    }

    /**
     * Deletes a job no longer due; false when another instance is firing or deleting it at this moment (it is
     * finishing with it anyway), which must not stop this instance from starting or reconciling.
     */
    static boolean delete(Scheduler scheduler, JobKey job, String what) {
        try {
            return scheduler.deleteJob(job);
        } catch (SchedulerException e) {
            LOG.info("Left the {} job {} to the instance working on it: {}", what, job.getName(), e.getMessage());
            return false;
        }
    }
}
