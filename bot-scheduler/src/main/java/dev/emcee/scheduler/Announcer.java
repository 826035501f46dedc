package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.AnnouncementRoutes;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces sessions before they start, through the given sinks, exactly once across restarts and instances.
 *
 * <p>Start one per process with {@link #start}; it schedules every announcement still to come, follows schedule
 * reloads (moving, cancelling and adding announcements, and posting change notices), and stops with
 * {@link #close()}. The database is the caller's: close it after the announcer.
 */
public final class Announcer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final Scheduler scheduler;
    private final TriggerReconciler reconciler;
    private final ChangeNoticePoster changes;
    private final String instanceId;
    private final AnnouncementDatabase database;
    private volatile boolean closed;

    private Announcer(Scheduler scheduler, TriggerReconciler reconciler, ChangeNoticePoster changes,
            String instanceId, AnnouncementDatabase database) {
        this.scheduler = scheduler;
        this.database = database;
        this.reconciler = reconciler;
        this.changes = changes;
        this.instanceId = instanceId;
    }

    /**
     * Starts announcing.
     *
     * @param sinks one per platform that is connected (the console in console mode, Slack, Discord)
     * @param clock Emcee's clock; a {@code SimulatedClock} in a rehearsal, and Quartz fires at the matching real
     *     moments
     * @throws AnnouncementDatabaseException when the scheduler cannot use the database
     */
    public static Announcer start(AnnouncementDatabase database, CurrentSchedule schedule,
            AnnouncementSettings settings, List<Outbound> sinks, Clock clock) {
        return start(database, schedule, settings, sinks, clock, QuartzTuning.DEFAULT, AnnouncementObserver.NONE);
    }

    /** Starts announcing, telling {@code observer} what becomes of each announcement (metrics). */
    public static Announcer start(AnnouncementDatabase database, CurrentSchedule schedule,
            AnnouncementSettings settings, List<Outbound> sinks, Clock clock, AnnouncementObserver observer) {
        return start(database, schedule, settings, sinks, clock, QuartzTuning.DEFAULT, observer);
    }

    static Announcer start(AnnouncementDatabase database, CurrentSchedule schedule, AnnouncementSettings settings,
            List<Outbound> sinks, Clock clock, QuartzTuning tuning) {
        return start(database, schedule, settings, sinks, clock, tuning, AnnouncementObserver.NONE);
    }

    static Announcer start(AnnouncementDatabase database, CurrentSchedule schedule, AnnouncementSettings settings,
            List<Outbound> sinks, Clock clock, QuartzTuning tuning, AnnouncementObserver observer) {
        Map<Platform, Outbound> byPlatform = new LinkedHashMap<>();
        sinks.forEach(s -> byPlatform.put(s.platform(), s));
        AnnouncementPlanner planner = planner(settings, byPlatform.keySet().stream().toList());
        Ledger ledger = new Ledger(database.dataSource());
        String instanceId = QuartzSchedulers.instanceId(database.isShared());
        AnnouncementDelivery delivery = new AnnouncementDelivery(schedule, planner, ledger, byPlatform, clock,
                instanceId, observer);
        FireTimes fireTimes = new FireTimes(clock);
        try {
            Scheduler scheduler = QuartzSchedulers.create(database, tuning,
                    (bundle, s) -> new AnnouncementJob(delivery, fireTimes, tuning.retryAfter()), instanceId);
            TriggerReconciler reconciler = new TriggerReconciler(scheduler, planner, ledger, clock);
            Announcer announcer = new Announcer(scheduler, reconciler,
                    new ChangeNoticePoster(planner, ledger, byPlatform, clock, instanceId), instanceId, database);
            scheduler.start();
            reconciler.reconcile(schedule.get());
            schedule.addListener(announcer::scheduleChanged);
            LOG.info("Announcing to {} ({}, instance {})", byPlatform.keySet().stream().map(Platform::key).toList(), database.description(), instanceId);
            return announcer;
        } catch (SchedulerException e) {
            throw new AnnouncementDatabaseException("The announcement scheduler could not start on "
                    + database.description() + ": " + e.getMessage(), e);
        }
    }

    /** The planner for these settings and connected platforms (also what the operator view lists). */
    public static AnnouncementPlanner planner(AnnouncementSettings settings, List<Platform> platforms) {
        return new AnnouncementPlanner(settings, new AnnouncementRoutes(settings.byPlatform(), Set.copyOf(platforms)));
    }

    private void scheduleChanged(Schedule previous, Schedule current) {
        if (closed) {
            return;
        }
        try {
            reconciler.reconcile(current);
        } catch (SchedulerException e) {
            LOG.error("Could not reschedule announcements after the schedule changed: {}", e.toString());
        }
        changes.post(previous, current);
    }

    /** Whether the scheduler is running (for {@code /readyz}). */
    public boolean isRunning() {
        try {
            return !closed && scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** This instance's id in the cluster (or "NON_CLUSTERED"). */
    public String instanceId() {
        return instanceId;
    }

    /** Stops announcing, letting an announcement being posted finish. */
    @Override
    public void close() {
        stop(true);
    }

    /** Stops at once, as a crash would: executions in progress are abandoned, unfinished in the database. */
    void halt() {
        stop(false);
    }

    private void stop(boolean waitForJobs) {
        closed = true;
        QuartzSchedulers.shutdown(scheduler, database, waitForJobs);
    }
}
