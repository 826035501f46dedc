package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
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
            if (!due.containsKey(job) && PlannedTriggers.delete(scheduler, job, "announcement")) {
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
            if (trigger != null && !PlannedTriggers.isPlannedAt(trigger, planned)) {
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
        return PlannedTriggers.add(scheduler, job, trigger(key, planned));
    }

    private Trigger trigger(AnnouncementKey key, Instant planned) {
        return PlannedTriggers.oneShot(JobKeys.triggerKey(key), JobKeys.jobKey(key), planned, fireTimes.realNow());
    }
}
