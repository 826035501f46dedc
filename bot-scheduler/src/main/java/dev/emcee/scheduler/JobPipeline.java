package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.DurationText;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one job pipeline: announcements to channels and, with agendas on, personal reminders by direct message (and,
 * when set, speakers' reminders of their own sessions), each
 * delivered exactly once across restarts and instances, from one timetable per platform served here (one Quartz
 * scheduler each, {@code emcee-jobs-<platform>}, whose cluster is the instances serving that platform).
 *
 * <p>Start one per process with {@link #on}; it plans every job still to come, follows schedule reloads (moving,
 * cancelling and adding jobs, and telling of the changes), and stops with {@link #close()}. The database is the
 * caller's: close it after the pipeline.
 */
public final class JobPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobPipeline.class);

    private final Map<Platform, JobTimetable> timetables;
    private final JobReconciler reconciler;
    private final List<DeliveryKind> kinds;
    private final ChangeDeliveries changes;
    private final CurrentSchedule schedule;
    private final Clock clock;
    private final String instanceId;
    private final AgendaStore agendaStore;
    private final EventsListSync events;
    private volatile boolean closed;

    private JobPipeline(Setup setup, Map<Platform, JobTimetable> timetables, List<DeliveryKind> kinds,
            ChangeDeliveries changes, String instanceId, AgendaStore jdbcAgendas, EventsListSync events) {
        this.timetables = Map.copyOf(timetables);
        this.reconciler = new JobReconciler(timetables);
        this.kinds = kinds;
        this.changes = changes;
        this.schedule = setup.schedule;
        this.clock = setup.clock;
        this.instanceId = instanceId;
        this.agendaStore = jdbcAgendas == null ? null : new ReschedulingAgendaStore(jdbcAgendas, this::reschedule);
        this.events = events;
    }

    /** Prepares a pipeline on the database, the schedule in service and Emcee's clock (simulated in a rehearsal). */
    public static Setup on(AnnouncementDatabase database, CurrentSchedule schedule, Clock clock) {
        return new Setup(database, schedule, clock);
    }

    /** The planner for these settings and connected platforms (also what the operator view lists). */
    public static AnnouncementPlanner planner(AnnouncementSettings settings, List<Platform> platforms) {
        return AnnouncementKind.planner(settings, platforms);
    }

    /** The agenda store to answer with when reminders run: rescheduling a person's reminders after each change. */
    public Optional<AgendaStore> agendaStore() {
        return Optional.ofNullable(agendaStore);
    }

    /** Whether the timetable of every platform served here is running (for {@code /readyz}). */
    public boolean isRunning() {
        return !closed && timetables.values().stream().allMatch(JobTimetable::isRunning);
    }

    /** The platforms whose jobs this instance plans and fires (the others' are left to the instances serving them). */
    Set<Platform> servedPlatforms() {
        return Set.copyOf(timetables.keySet());
    }

    /** This instance's id in the cluster (or "NON_CLUSTERED"). */
    public String instanceId() {
        return instanceId;
    }

    /** Stops, letting a job being delivered finish; once stopped (or halted), closing again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        timetables.values().forEach(t -> t.stop(true));
    }

    /** Stops at once, as a crash would: executions in progress are abandoned, unfinished in the database. */
    synchronized void halt() {
        closed = true;
        timetables.values().forEach(t -> t.stop(false));
    }

    /** Plans every kind's jobs; at start a failure stops the start, after a reload it is logged. */
    private void reconcileAll(Schedule current, boolean atStart) {
        for (DeliveryKind kind : kinds) {
            try {
                JobReconciler.Counts c = reconciler.reconcile(kind.kind(), "",
                        () -> kind.due(current, clock.instant()));
                LOG.info("{} scheduled: {} due, {} added, {} retimed, {} removed", kind.kind().plural(), c.due(),
                        c.added(), c.retimed(), c.removed());
                c.leftToOthers().forEach((platform, n) -> LOG.info("Leaving {} {} for {} to the instances that "
                        + "serve it (no {} connection here)", n, n == 1 ? kind.kind().name().toLowerCase(Locale.ROOT)
                        : kind.kind().plural().toLowerCase(Locale.ROOT), platform.key(), platform.key()));
            } catch (JobTimetable.TimetableException e) {
                if (atStart) {
                    throw e;
                }
                LOG.error("Could not reschedule {} after the schedule changed: {}", kind.kind().plural(), e.toString());
            }
        }
        if (events != null) {
            try {
                reconciler.reconcile(JobKind.EVENTS, "", () -> List.of(events.jobAt(clock.instant())));
            } catch (JobTimetable.TimetableException e) {
                if (atStart) {
                    throw e;
                }
                LOG.error("Could not plan a look at the events list after the schedule changed: {}", e.toString());
            }
        }
    }

    private void scheduleChanged(Schedule previous, Schedule current) {
        if (closed) {
            return;
        }
        reconcileAll(current, false);
        kinds.forEach(kind -> changes.send(kind, previous, current));
    }

    private void reschedule(AgendaUser user) {
        kinds.stream().filter(ReminderKind.class::isInstance).map(ReminderKind.class::cast).forEach(kind -> {
            try {
                reconciler.reconcile(JobKind.REMINDER, PlannedJob.Reminder.prefixOf(user),
                        () -> kind.due(user, schedule.get(), clock.instant()));
            } catch (JobTimetable.TimetableException e) {
                LOG.error("Could not reschedule a person's reminders: {}", e.toString());
            }
        });
    }

    /** What the pipeline runs; {@link #start()} starts it. */
    public static final class Setup {
        private final AnnouncementDatabase database;
        private final CurrentSchedule schedule;
        private final Clock clock;
        private AnnouncementSettings announcements;
        private List<Outbound> channelSinks = List.of();
        private AnnouncementObserver observer = AnnouncementObserver.NONE;
        private AgendaSettings agenda;
        private List<Outbound> directSinks = List.of();
        private java.time.Duration speakerLead;
        private java.time.Duration speakerGrace;
        private KeptEvents keptEvents;
        private QuartzTuning tuning = QuartzTuning.DEFAULT;
        private BiFunction<Platform, JobRunner, JobTimetable> timetable;

        private Setup(AnnouncementDatabase database, CurrentSchedule schedule, Clock clock) {
            this.database = database;
            this.schedule = schedule;
            this.clock = clock;
        }

        /** Announces through {@code sinks} (one per connected platform), telling {@code observer} the outcomes. */
        public Setup announcing(AnnouncementSettings settings, List<Outbound> sinks, AnnouncementObserver observer) {
            this.announcements = settings;
            this.channelSinks = List.copyOf(sinks);
            this.observer = observer;
            return this;
        }

        /** Sends personal reminders through {@code sinks} (one per platform whose people get direct messages). */
        public Setup reminding(AgendaSettings settings, List<Outbound> sinks) {
            this.agenda = settings;
            this.directSinks = List.copyOf(sinks);
            return this;
        }

        /**
         * Reminds the speakers the schedule links to platform users, {@code lead} before each of their sessions
         * (still within {@code graceWindow} after a restart), through {@code sinks}: the same direct-message ports as
         * {@link #reminding}'s, when both are set.
         */
        public Setup remindingSpeakers(java.time.Duration lead, java.time.Duration graceWindow, List<Outbound> sinks) {
            this.speakerLead = lead;
            this.speakerGrace = graceWindow;
            this.directSinks = List.copyOf(sinks);
            return this;
        }

        /**
         * Keeps a platform's events list in step with the schedule: the sessions of its window, looked at on every
         * reload and whenever the window changes, by one instance at a time.
         */
        public Setup keepingEvents(KeptEvents kept) {
            this.keptEvents = kept;
            return this;
        }

        /** Quartz's polling and recovery (tests shorten them). */
        Setup tuning(QuartzTuning tuning) {
            this.tuning = tuning;
            return this;
        }

        /** Another timetable per platform than Quartz on the database (memory, in tests). */
        Setup timetable(BiFunction<Platform, JobRunner, JobTimetable> timetable) {
            this.timetable = timetable;
            return this;
        }

        /**
         * Starts: plans every job still to come and follows reloads.
         *
         * @throws AnnouncementDatabaseException when the scheduler cannot use the database
         */
        public JobPipeline start() {
            Ledger ledger = new Ledger(database.dataSource());
            Outbounds outbound = new Outbounds(channelSinks, directSinks);
            String instanceId = QuartzSchedulers.instanceId(database.isShared());
            Map<JobKind, DeliveryKind> kinds = new LinkedHashMap<>();
            JdbcAgendaStore agendas = agenda == null ? null : new JdbcAgendaStore(database.dataSource(), clock);
            if (announcements != null) {
                kinds.put(JobKind.ANNOUNCEMENT, new AnnouncementKind(announcements,
                        List.copyOf(outbound.channelPlatforms()), ledger, observer));
            }
            if (agendas != null) {
                kinds.put(JobKind.REMINDER, new ReminderKind(new ReminderPlan(agenda), agendas, ledger,
                        List.copyOf(outbound.personPlatforms())));
            }
            if (speakerLead != null) {
                kinds.put(JobKind.SPEAKER_REMINDER, new SpeakerReminderKind(speakerLead, speakerGrace, ledger,
                        List.copyOf(outbound.personPlatforms())));
            }
            JobRunner handBack = new HandBack(new JobDelivery(schedule, kinds, ledger, outbound, clock, instanceId,
                    tuning.retryAfter()), kinds, outbound, clock, tuning.retryAfter());
            EventsListSync events = keptEvents == null ? null : new EventsListSync(schedule, keptEvents, ledger,
                    clock, instanceId, tuning.retryAfter());
            JobRunner runner = (job, recovering) -> events != null && events.keeps(job)
                    ? events.run((PlannedJob.EventsSync) job, recovering) : handBack.run(job, recovering);
            Set<Platform> served = EnumSet.noneOf(Platform.class);
            served.addAll(outbound.platforms());
            if (keptEvents != null) {
                served.add(keptEvents.platform());
            }
            Map<Platform, JobTimetable> jobs = new EnumMap<>(Platform.class);
            try {
                for (Platform platform : served) {
                    jobs.put(platform, timetable != null ? timetable.apply(platform, runner)
                            : QuartzTimetable.create(database, tuning, clock, instanceId, platform, runner));
                }
                JobPipeline pipeline = new JobPipeline(this, jobs, new ArrayList<>(kinds.values()),
                        new ChangeDeliveries(ledger, outbound, clock, instanceId), instanceId, agendas, events);
                jobs.values().forEach(JobTimetable::start);
                pipeline.reconcileAll(schedule.get(), true);
                schedule.addListener(pipeline::scheduleChanged);
                kinds.values().forEach(kind -> LOG.info("{} ({}, instance {})", kind.started(),
                        database.description(), instanceId));
                if (events != null) {
                    LOG.info("Keeping the events list of {} in step with the schedule: at most {} sessions, {} ahead "
                            + "({}, instance {})", keptEvents.calendar().place(), keptEvents.window().limit(),
                            DurationText.format(keptEvents.window().ahead()), database.description(), instanceId);
                }
                return pipeline;
            } catch (JobTimetable.TimetableException e) {
                jobs.values().forEach(t -> t.stop(false));
                throw new AnnouncementDatabaseException("The job scheduler could not start on "
                        + database.description() + ": " + e.getMessage(), e);
            }
        }
    }
}
