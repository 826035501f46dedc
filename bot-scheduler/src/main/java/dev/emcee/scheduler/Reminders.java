package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal reminders by direct message, exactly once across restarts and instances, on the announcement database.
 *
 * <p>Start one per process; {@link #store()} is the agenda store Emcee must use, so that each change to a person's
 * agenda reschedules their reminders at once. Reloads move reminders with their sessions and tell each person
 * concerned what changed. Runs its own Quartz scheduler ("emcee-reminders") on the shared tables.
 */
public final class Reminders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final String SCHEDULER_NAME = "emcee-reminders";

    private final Scheduler scheduler;
    private final ReminderReconciler reconciler;
    private final AgendaChangeMessages changes;
    private final CurrentSchedule schedule;
    private final AgendaStore store;
    private final AnnouncementDatabase database;
    private volatile boolean closed;

    private Reminders(Scheduler scheduler, ReminderReconciler reconciler, AgendaChangeMessages changes,
            CurrentSchedule schedule, AgendaStore jdbc, AnnouncementDatabase database) {
        this.scheduler = scheduler;
        this.database = database;
        this.reconciler = reconciler;
        this.changes = changes;
        this.schedule = schedule;
        this.store = new Rescheduling(jdbc);
    }

    /**
     * Starts sending reminders.
     *
     * @param sinks one per platform whose people may get direct messages (Slack, Discord, the console)
     * @param clock Emcee's clock; in a rehearsal a {@code SimulatedClock}, and Quartz fires at the real moments
     * @throws AnnouncementDatabaseException when the scheduler cannot use the database
     */
    public static Reminders start(AnnouncementDatabase database, CurrentSchedule schedule, AgendaSettings settings,
            List<Outbound> sinks, Clock clock) {
        return start(database, schedule, settings, sinks, clock, QuartzTuning.DEFAULT);
    }

    static Reminders start(AnnouncementDatabase database, CurrentSchedule schedule, AgendaSettings settings,
            List<Outbound> sinks, Clock clock, QuartzTuning tuning) {
        Map<Platform, Outbound> byPlatform = new LinkedHashMap<>();
        sinks.forEach(s -> byPlatform.put(s.platform(), s));
        JdbcAgendaStore jdbc = new JdbcAgendaStore(database.dataSource(), clock);
        ReminderLedger ledger = new ReminderLedger(database.dataSource());
        ReminderPlan plan = new ReminderPlan(settings);
        String instanceId = QuartzSchedulers.instanceId(database.isShared());
        ReminderDelivery delivery = new ReminderDelivery(schedule, jdbc, plan, ledger, byPlatform, clock, instanceId);
        FireTimes fireTimes = new FireTimes(clock);
        try {
            Scheduler scheduler = QuartzSchedulers.create(SCHEDULER_NAME, database, tuning,
                    (bundle, s) -> new ReminderJob(delivery, fireTimes, tuning.retryAfter()), instanceId);
            ReminderReconciler reconciler = new ReminderReconciler(scheduler, plan, ledger, jdbc, clock);
            Reminders reminders = new Reminders(scheduler, reconciler,
                    new AgendaChangeMessages(jdbc, ledger, byPlatform, clock, instanceId), schedule, jdbc, database);
            scheduler.start();
            reconciler.reconcileAll(schedule.get());
            schedule.addListener(reminders::scheduleChanged);
            LOG.info("Personal reminders by direct message on {} ({})", byPlatform.keySet().stream().map(Platform::key).toList(), database.description());
            return reminders;
        } catch (SchedulerException e) {
            throw new AnnouncementDatabaseException("The reminder scheduler could not start on "
                    + database.description() + ": " + e.getMessage(), e);
        }
    }

    /** The agenda store to answer with: the database's, rescheduling a person's reminders after each change. */
    public AgendaStore store() {
        return store;
    }

    private void scheduleChanged(Schedule previous, Schedule current) {
        if (closed) {
            return;
        }
        try {
            reconciler.reconcileAll(current);
        } catch (SchedulerException e) {
            LOG.error("Could not reschedule reminders after the schedule changed: {}", e.toString());
        }
        changes.send(previous, current);
    }

    private void reschedule(AgendaUser user) {
        try {
            reconciler.reconcile(user, schedule.get());
        } catch (SchedulerException e) {
            LOG.error("Could not reschedule a person's reminders: {}", e.toString());
        }
    }

    /** Stops, letting a reminder being sent finish. */
    @Override
    public void close() {
        stop(true);
    }

    /** Stops at once, as a crash would. */
    void halt() {
        stop(false);
    }

    private void stop(boolean waitForJobs) {
        closed = true;
        QuartzSchedulers.shutdown(scheduler, database, waitForJobs);
    }

    /** The database's store, rescheduling the person's reminders after every change to their agenda. */
    private final class Rescheduling implements AgendaStore {
        private final AgendaStore jdbc;

        Rescheduling(AgendaStore jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public boolean add(AgendaUser user, SessionId session) {
            boolean added = jdbc.add(user, session);
            reschedule(user);
            return added;
        }

        @Override
        public boolean remove(AgendaUser user, SessionId session) {
            boolean removed = jdbc.remove(user, session);
            reschedule(user);
            return removed;
        }

        @Override
        public Set<SessionId> bookmarks(AgendaUser user) {
            return jdbc.bookmarks(user);
        }

        @Override
        public Optional<Duration> lead(AgendaUser user) {
            return jdbc.lead(user);
        }

        @Override
        public void setLead(AgendaUser user, Duration lead) {
            jdbc.setLead(user, lead);
            reschedule(user);
        }

        @Override
        public int forget(AgendaUser user) {
            int bookmarks = jdbc.forget(user);
            reschedule(user); // no bookmarks left: every job of theirs is deleted
            return bookmarks;
        }

        @Override
        public List<Bookmark> all() {
            return jdbc.all();
        }
    }
}
