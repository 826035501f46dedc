package dev.emcee.app.announce;

import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.AnnouncementObserver;
import dev.emcee.scheduler.JdbcBroadcastStore;
import dev.emcee.scheduler.JdbcInboundClaims;
import dev.emcee.scheduler.JobPipeline;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.http.ReadinessCheck;
import dev.emcee.app.unanswered.UnansweredCounting;
import dev.emcee.core.UnansweredQuestions;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.notice.Outbound;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts announcements for {@code emcee run}: opens the announcement database ({@code database:} settings, or the
 * embedded file under {@code --data}) and starts the {@link JobPipeline} on the runtime's schedule and clock,
 * announcing; with personal agendas on ({@code agenda.enabled}), reminding too; with
 * {@code organizers.speaker-reminders}, reminding the speakers the schedule links to platform users; and makes the runtime's Emcee keep
 * agendas and the organizers' overlay ({@link OverlayWiring}) in the database; and counts the unanswered questions
 * there ({@code questions.unanswered-limit}).
 */
public final class AnnouncementWiring {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementWiring.class);

    private AnnouncementWiring() {
    }

    /**
     * Starts the job pipeline: announcing through {@code announcing} (one outbound port per platform that announces:
     * the console in console mode, the chat platforms otherwise), and, with personal agendas on, reminding through
     * {@code reminding} (one per platform whose people get direct messages), keeping the events lists {@code events}
     * in step with the schedule ({@code discord.scheduled-events}), telling {@code observer} what becomes of each
     * announcement; with an HTTP endpoint, its {@code /readyz} also requires the scheduler to be running.
     *
     * @return closes the pipeline, then the database
     * @throws EmceeRuntime.StartupException when the database cannot be used, with what to do about it
     */
    public static AutoCloseable start(EmceeRuntime runtime, List<Outbound> announcing, List<Outbound> reminding,
            List<KeptEvents> events, AnnouncementObserver observer, Optional<HttpEndpoint> http) {
        AnnouncementDatabase database;
        try {
            database = AnnouncementDatabase.open(runtime.settings().database(), runtime.dataDirectory());
        } catch (AnnouncementDatabaseException e) {
            throw new EmceeRuntime.StartupException(e.getMessage());
        }
        AutoCloseable overlay = () -> { };
        try {
            overlay = OverlayWiring.share(runtime, database);
            AgendaSettings agenda = runtime.settings().agenda();
            JobPipeline.Setup setup = JobPipeline.on(database, runtime.schedule(), runtime.clock())
                    .announcing(runtime.settings().announcements(), announcing, observer);
            if (agenda.enabled()) {
                setup.reminding(agenda, reminding);
            }
            runtime.settings().organizers().speakerReminderLead()
                    .ifPresent(lead -> setup.remindingSpeakers(lead, agenda.graceWindow(), reminding));
            if (!events.isEmpty() && runtime.isSimulated()) {
                LOG.warn("Not keeping Discord's Events list: the clock is simulated (clock.simulated-start or --now), "
                        + "and Discord lists events only at real times still to come; use the real clock for it");
            } else {
                events.forEach(setup::keepingEvents);
            }
            AtomicReference<JobPipeline> started = new AtomicReference<>();
            http.ifPresent(endpoint -> endpoint.require(new SchedulerReadiness(started)));
            JobPipeline pipeline = setup.start();
            started.set(pipeline);
            AnnouncementTargets.withoutChannels(runtime.settings().announcements(),
                    announcing.stream().map(Outbound::platform).toList())
                    .forEach(platform -> LOG.warn(AnnouncementTargets.nothingAnnounced(platform)));
            pipeline.agendaStore().ifPresent(store -> runtime.emcee().keepAgendas(store, agenda));
            DigestBroadcaster digests = new DigestBroadcaster(runtime.settings().announcements(), announcing);
            runtime.organizerDesk().broadcastThrough(new JdbcBroadcastStore(database), digests);
            // The real clock, not the simulated one: a claim lasts as long as the platform can redeliver.
            runtime.inboundClaims().share(new JdbcInboundClaims(database, pipeline.instanceId(), Clock.systemUTC()));
            UnansweredCounting.countIn(runtime, database);
            AutoCloseable reading = overlay;
            AutoCloseable morning = runtime.settings().organizers().morningAgendaAt()
                    .map(at -> MorningAgendaWiring.start(runtime, at, digests, runtime.inboundClaims()))
                    .orElse(() -> { });
            return () -> {
                morning.close();
                runtime.emcee().countUnansweredIn(UnansweredQuestions.NONE);
                runtime.inboundClaims().unshare();
                reading.close();
                pipeline.close();
                database.close();
            };
        } catch (AnnouncementDatabaseException e) {
            closeQuietly(overlay);
            database.close();
            throw new EmceeRuntime.StartupException(e.getMessage());
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Could not stop reading the overlay: {}", e.toString());
        }
    }

    /** Ready while the job scheduler runs; not ready while it starts (the HTTP port is open by then). */
    private record SchedulerReadiness(AtomicReference<JobPipeline> pipeline) implements ReadinessCheck {
        @Override
        public String name() {
            return "announcements";
        }

        @Override
        public Optional<String> problem() {
            JobPipeline running = pipeline.get();
            if (running == null) {
                return Optional.of("the announcement scheduler is starting");
            }
            return running.isRunning() ? Optional.empty() : Optional.of("the announcement scheduler is not running");
        }
    }
}
