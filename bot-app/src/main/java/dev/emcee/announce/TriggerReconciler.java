package dev.emcee.announce;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Quartz's triggers match the plan of a schedule: one job and trigger per announcement still to post,
 * none for anything else.
 *
 * <p>Run at start and after every reload, on every instance: the keys are deterministic, so instances converge on
 * the same triggers. A moved session's old announcements are deleted and its new ones added; a cancelled one's
 * deleted; sent ones (in the ledger) and ones past their grace window are not scheduled again.
 */
final class TriggerReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(TriggerReconciler.class);
    private static final String PLANNED = "plannedRealMillis";

    private final Scheduler scheduler;
    private final AnnouncementPlanner planner;
    private final Ledger ledger;
    private final Clock clock;
    private final FireTimes fireTimes;

    TriggerReconciler(Scheduler scheduler, AnnouncementPlanner planner, Ledger ledger, Clock clock) {
        this.scheduler = scheduler;
        this.planner = planner;
        this.ledger = ledger;
        this.clock = clock;
        this.fireTimes = new FireTimes(clock);
    }

    /** The announcements of {@code schedule} still to post at this moment, by job key. */
    Map<JobKey, AnnouncementKey> due(Schedule schedule) {
        Instant now = clock.instant();
        Set<AnnouncementKey> sent = ledger.sentKeys();
        Map<JobKey, AnnouncementKey> due = new LinkedHashMap<>();
        for (AnnouncementKey key : planner.plan(schedule)) {
            Session session = schedule.session(key.session()).orElseThrow();
            boolean tooLate = key.fireAt().plus(planner.settings().graceWindow()).isBefore(now)
                    || !now.isBefore(session.start().plus(PostingPolicy.STARTING_NOW))
                    || !now.isBefore(session.end());
            if (!tooLate && !sent.contains(key)) {
                due.put(JobKeys.jobKey(key), key);
            }
        }
        return due;
    }

    /** Adds, moves and deletes triggers so that exactly the due announcements are scheduled. */
    synchronized void reconcile(Schedule schedule) throws SchedulerException {
        Map<JobKey, AnnouncementKey> due = due(schedule);
        Set<JobKey> existing = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(JobKeys.GROUP));
        int deleted = 0;
        int added = 0;
        int moved = 0;
        for (JobKey job : existing) {
            if (!due.containsKey(job) && delete(job)) {
                deleted++;
            }
        }
        for (Map.Entry<JobKey, AnnouncementKey> entry : due.entrySet()) {
            AnnouncementKey key = entry.getValue();
            Instant planned = fireTimes.realInstantOf(key.fireAt());
            if (!existing.contains(entry.getKey())) {
                added += add(key, planned) ? 1 : 0;
                continue;
            }
            Trigger trigger = scheduler.getTrigger(JobKeys.triggerKey(key));
            if (trigger != null && !planned(trigger, planned)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger(key, planned));
                moved++;
            }
        }
        LOG.info("Announcements scheduled: {} due, {} added, {} retimed, {} removed", due.size(), added, moved,
                deleted);
    }

    private boolean add(AnnouncementKey key, Instant planned) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(AnnouncementJob.class)
                .withIdentity(JobKeys.jobKey(key))
                .usingJobData(JobKeys.data(key))
                .requestRecovery(true)
                .build();
        try {
            scheduler.scheduleJob(job, trigger(key, planned));
            return true;
        } catch (ObjectAlreadyExistsException e) {
            return false; // another instance scheduled the same announcement a moment ago
        }
    }

    private Trigger trigger(AnnouncementKey key, Instant planned) {
        Instant realNow = fireTimes.realNow();
        return TriggerBuilder.newTrigger()
                .withIdentity(JobKeys.triggerKey(key))
                .forJob(JobKeys.jobKey(key))
                .usingJobData(PLANNED, Long.toString(planned.toEpochMilli()))
                .startAt(Date.from(planned.isBefore(realNow) ? realNow : planned))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private static boolean planned(Trigger trigger, Instant planned) {
        String value = trigger.getJobDataMap().getString(PLANNED);
        return value != null && Math.abs(Long.parseLong(value) - planned.toEpochMilli()) < 1000;
    }

    /**
     * Deletes a job no longer due; false when another instance is firing or deleting it at this moment (it is
     * finishing with it anyway), which must not stop this instance from starting or reconciling.
     */
    private boolean delete(JobKey job) {
        try {
            return scheduler.deleteJob(job);
        } catch (SchedulerException e) {
            LOG.info("Left the announcement job {} to the instance working on it: {}", job.getName(), e.getMessage());
            return false;
        }
    }
}
