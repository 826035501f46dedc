package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Makes Quartz's reminder jobs match the bookmarks: one job per reminder still to send, none for anything else.
 *
 * <p>Everyone's reminders are reconciled at start and after each reload, on every instance (the names are
 * deterministic, so instances converge); one person's after each change to their agenda. Existing jobs are listed
 * before the bookmarks are read, so a bookmark made meanwhile on another instance never loses its job.
 */
final class ReminderReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderReconciler.class);

    private final Scheduler scheduler;
    private final ReminderPlan plan;
    private final ReminderLedger ledger;
    private final AgendaStore store;
    private final Clock clock;
    private final FireTimes fireTimes;

    ReminderReconciler(Scheduler scheduler, ReminderPlan plan, ReminderLedger ledger, AgendaStore store,
            Clock clock) {
        this.scheduler = scheduler;
        this.plan = plan;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
        this.fireTimes = new FireTimes(clock);
    }

    /** Everyone's reminders, with late ones still sent within the grace window (after a restart). */
    synchronized void reconcileAll(Schedule schedule) throws SchedulerException {
        Set<JobKey> existing = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(ReminderJobs.GROUP));
        Map<JobKey, ReminderKey> due = due(store.all(), schedule, ledger.sentNames(Optional.empty()), false);
        int[] counts = apply(existing, due);
        LOG.info("Reminders scheduled: {} due, {} added, {} removed", due.size(), counts[0], counts[1]);
    }

    /** One person's reminders, after they changed their agenda; a reminder whose moment has passed is not sent. */
    synchronized void reconcile(AgendaUser user, Schedule schedule) throws SchedulerException {
        String mine = ReminderJobs.userPart(user) + "-";
        Set<JobKey> existing = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(ReminderJobs.GROUP)).stream()
                .filter(k -> k.getName().startsWith(mine)).collect(Collectors.toSet());
        Optional<java.time.Duration> lead = store.lead(user);
        List<Bookmark> bookmarks = store.bookmarks(user).stream().map(id -> new Bookmark(user, id, lead)).toList();
        apply(existing, due(bookmarks, schedule, ledger.sentNames(Optional.of(user)), true));
    }

    private Map<JobKey, ReminderKey> due(List<Bookmark> bookmarks, Schedule schedule, Set<String> sent,
            boolean strict) {
        Instant now = clock.instant();
        Map<JobKey, ReminderKey> due = new LinkedHashMap<>();
        for (ReminderKey key : plan.due(bookmarks, schedule, now)) {
            if (!sent.contains(ReminderJobs.name(key)) && (!strict || key.fireAt().isAfter(now))) {
                due.put(ReminderJobs.jobKey(key), key);
            }
        }
        return due;
    }

    /** Deletes the jobs not due, adds the missing ones; returns {added, removed}. */
    private int[] apply(Set<JobKey> existing, Map<JobKey, ReminderKey> due) throws SchedulerException {
        int removed = 0;
        int added = 0;
        for (JobKey job : existing) {
            if (!due.containsKey(job) && PlannedTriggers.delete(scheduler, job, "reminder")) {
                removed++;
            }
        }
        for (Map.Entry<JobKey, ReminderKey> entry : due.entrySet()) {
            Instant planned = fireTimes.realInstantOf(entry.getValue().fireAt());
            if (!existing.contains(entry.getKey())) {
                added += add(entry.getValue(), planned) ? 1 : 0;
                continue;
            }
            Trigger trigger = scheduler.getTrigger(ReminderJobs.triggerKey(entry.getValue()));
            if (trigger != null && !PlannedTriggers.isPlannedAt(trigger, planned)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger(entry.getValue(), planned));
            }
        }
        return new int[] {added, removed};
    }

    private boolean add(ReminderKey key, Instant planned) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(ReminderJob.class)
                .withIdentity(ReminderJobs.jobKey(key))
                .usingJobData(ReminderJobs.data(key))
                .requestRecovery(true)
                .build();
        return PlannedTriggers.add(scheduler, job, trigger(key, planned));
    }

    private Trigger trigger(ReminderKey key, Instant planned) {
        return PlannedTriggers.oneShot(ReminderJobs.triggerKey(key), ReminderJobs.jobKey(key), planned, fireTimes.realNow());
    }
}
