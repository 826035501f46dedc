package dev.emcee.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.Settings;
import dev.emcee.app.settings.SettingsException;
import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.LocalThenSharedClaims;
import dev.emcee.core.agenda.InMemoryAgendaStore;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.organize.InMemoryOverrideStore;
import dev.emcee.core.organize.OrganizerDesk;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.time.SimulatedClock;
import dev.emcee.sources.FaqFile;
import dev.emcee.sources.ScheduleSource;
import dev.emcee.sources.ScheduleSources;
import dev.emcee.sources.read.LoadedFaq;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a command needs, wired from the options, the settings and the environment: the schedule in service,
 * the clock, and the assistant.
 */
public final class EmceeRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(EmceeRuntime.class);

    private final GlobalOptions options;
    private final Settings settings;
    private final Environment environment;
    private final CurrentSchedule schedule;
    private final ScheduleOverlay overlay;
    private final OrganizerDesk organizerDesk;
    private final Clock clock;
    private final ClockChoice.Chosen clockChoice;
    private final Emcee emcee;
    private final ScheduleSources sources;
    private final LocalThenSharedClaims inboundClaims;
    private final Optional<FaqFile> faq;

    private EmceeRuntime(GlobalOptions options, Settings settings, Environment environment, Schedule schedule,
            ClockChoice.Chosen clockChoice, ScheduleSources sources, Clock wallClock, Optional<FaqFile> faq) {
        // Until emcee run opens the database (AnnouncementWiring), deliveries are claimed in this process only.
        this.inboundClaims = new LocalThenSharedClaims(new InMemoryInboundClaims(wallClock));
        Clock clock = clockChoice.clock();
        this.clockChoice = clockChoice;
        this.sources = sources;
        this.options = options;
        this.settings = settings;
        this.environment = environment;
        // The sources publish to their own schedule; the one in service is that with the organizers' overlay.
        CurrentSchedule fromSources = new CurrentSchedule(schedule);
        sources.publishTo(fromSources);
        this.schedule = new CurrentSchedule(schedule);
        // Until a command opens the database (OverlayWiring), the overlay lives only as long as the process.
        this.overlay = new ScheduleOverlay(fromSources, this.schedule, new InMemoryOverrideStore());
        this.clock = clock;
        this.emcee = new Emcee(this.schedule, clock,
                new AnsweringOptions(settings.questions().rateLimitPerMinute(), 10_000), Ticker.systemTicker());
        // Until emcee run opens the database (AnnouncementWiring), agendas live only as long as the process.
        this.emcee.keepAgendas(new InMemoryAgendaStore(), settings.agenda());
        this.organizerDesk = new OrganizerDesk(settings.organizers().organizers(), overlay, Ticker.systemTicker());
        this.emcee.organizeWith(organizerDesk);
        this.faq = faq;
        faq.ifPresent(this::loadFaq);
    }

    /** Answers from the FAQ file; a broken one is reported and Emcee answers from the schedule alone until fixed. */
    private void loadFaq(FaqFile file) {
        try {
            LoadedFaq loaded = file.load();
            loaded.warnings().forEach(w -> LOG.warn("{}", w));
            emcee.useFaq(loaded.faq());
        } catch (ScheduleLoadException e) {
            LOG.error("The FAQ in {} has errors and is not used until they are fixed (./emcee check):\n{}",
                    file.path(), String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        }
    }

    /**
     * Wires a runtime.
     *
     * @param wallClock the real clock (the launcher passes the system clock; tests pass a fixed one)
     * @throws StartupException with a message for the operator when settings or the schedule are wrong
     */
    public static EmceeRuntime start(GlobalOptions options, Environment environment, Clock wallClock) {
        if (!Files.isDirectory(options.config)) {
            throw new StartupException("The config folder " + options.config.toAbsolutePath() + " does not exist; "
                    + "run Emcee from its folder or pass --config DIR");
        }
        Settings settings;
        try {
            settings = new SettingsLoader().load(options.config, environment);
        } catch (SettingsException e) {
            throw new StartupException(e.getMessage());
        }
        Optional<ZoneId> zone = zone(options, settings);
        ScheduleSources sources = openSchedule(options, settings, zone, wallClock);
        Schedule schedule = loadSchedule(sources);
        ClockChoice.Chosen clock;
        try {
            clock = ClockChoice.choose(wallClock, Optional.ofNullable(options.now), Optional.ofNullable(options.speed),
                    settings.clock(), schedule.zone(), ScheduleFiles.isConfigured(options.schedules, options.config,
                            settings.schedule().files()));
        } catch (IllegalArgumentException e) {
            throw new StartupException(e.getMessage());
        }
        // The FAQ belongs to the configured conference, as its simulated start does.
        boolean configured = ScheduleFiles.isConfigured(options.schedules, options.config,
                settings.schedule().files());
        Optional<FaqFile> faq = configured ? settings.faq().path(options.config).map(FaqFile::new) : Optional.empty();
        return new EmceeRuntime(options, settings, environment, schedule, clock, sources, wallClock, faq);
    }

    private static Optional<ZoneId> zone(GlobalOptions options, Settings settings) {
        if (options.zone != null) {
            return Optional.of(options.zone);
        }
        if (settings.schedule().zone() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(settings.schedule().zone()));
        } catch (DateTimeException e) {
            throw new StartupException("setting 'schedule.zone' is not a time zone: '" + settings.schedule().zone()
                    + "'; use a region name such as America/Los_Angeles");
        }
    }

    private static ScheduleSources openSchedule(GlobalOptions options, Settings settings, Optional<ZoneId> zone,
            Clock wallClock) {
        List<ScheduleSource> sources = ScheduleFiles.sources(options.schedules, options.config,
                settings.schedule().files());
        if (sources.isEmpty()) {
            throw new StartupException("No schedule is configured: list it under 'schedule.files' in "
                    + options.config.resolve(SettingsLoader.FILE_NAME) + " or pass --schedule FILE");
        }
        return ScheduleFiles.open(sources, zone, options.data, settings.schedule().refresh(), wallClock);
    }

    private static Schedule loadSchedule(ScheduleSources sources) {
        try {
            LoadedSchedule loaded = sources.load();
            for (Problem warning : loaded.warnings()) {
                LOG.warn("{}", warning);
            }
            return loaded.schedule();
        } catch (ScheduleLoadException e) {
            throw new StartupException("The schedule could not be loaded.\n"
                    + String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        }
    }

    /**
     * Keeps the schedule and the FAQ fresh until closed: URLs are asked again (conditionally) and files re-read when
     * they change; every good change goes through {@link CurrentSchedule#replace} (the FAQ's to
     * {@link Emcee#useFaq}), a bad one leaves the last good schedule or FAQ in service.
     */
    public AutoCloseable refreshSchedule() {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "emcee-schedule-sources");
            thread.setDaemon(true);
            return thread;
        });
        sources.startPolling(poller, ScheduleFiles.POLL);
        faq.ifPresent(file -> poller.scheduleWithFixedDelay(() -> file.reloadIfChanged().ifPresent(emcee::useFaq),
                ScheduleFiles.POLL.toMillis(), ScheduleFiles.POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        return poller::shutdownNow;
    }

    /** Tells {@code observer} about every reload of a schedule source (metrics). */
    public void observeReloads(dev.emcee.sources.ReloadObserver observer) {
        sources.observeWith(observer);
    }

    public Settings settings() {
        return settings;
    }

    public Environment environment() {
        return environment;
    }

    /** The schedule in service: the sources' schedule with the organizers' changes on top. */
    public CurrentSchedule schedule() {
        return schedule;
    }

    /** What carries out organizers' commands (emcee run lets it post announcements). */
    public OrganizerDesk organizerDesk() {
        return organizerDesk;
    }

    /** The organizers' overlay, which produces {@link #schedule()} from the sources' schedule. */
    public ScheduleOverlay overlay() {
        return overlay;
    }

    public Clock clock() {
        return clock;
    }

    public Emcee emcee() {
        return emcee;
    }

    /** Which inbound messages this instance answers: claimed in memory, then in the shared database once open. */
    public LocalThenSharedClaims inboundClaims() {
        return inboundClaims;
    }

    public GlobalOptions options() {
        return options;
    }

    /** Where Emcee keeps its state ({@code --data}). */
    public Path dataDirectory() {
        return options.data;
    }

    /** Whether the clock is simulated (a demo or a rehearsal), which the console says plainly. */
    public boolean isSimulated() {
        return clock instanceof SimulatedClock;
    }

    /**
     * "Time is simulated: ..." with what set it, or, on the real clock, why {@code clock.simulated-start} is not
     * used; empty on the real clock when nothing asked otherwise.
     */
    public List<String> clockNotice() {
        String setting = "clock.simulated-start in " + SettingsLoader.FILE_NAME;
        if (!(clock instanceof SimulatedClock simulated)) {
            return clockChoice.settingIgnored() ? List.of("Using the real clock: " + setting + " is for the "
                    + "configured schedule, not the one given with --schedule (give --now to simulate a moment).")
                    : List.of();
        }
        Schedule s = schedule.get();
        String speed = simulated.speed() == 1 ? "" : String.format(java.util.Locale.ROOT, ", running %s× real speed",
                simulated.speed() == Math.rint(simulated.speed()) ? String.valueOf((long) simulated.speed())
                        : String.valueOf(simulated.speed()));
        String origin = switch (clockChoice.origin()) {
            case SETTING -> "Set by " + setting + "; remove it to use the real clock.";
            case NOW_OPTION -> "Set by --now; without it Emcee uses "
                    + (clockChoice.settingIgnored() ? setting : "the real clock") + ".";
            case SPEED_OPTION, REAL -> "Set by --speed; without it Emcee uses the real clock.";
        };
        return List.of("Time is simulated: it is now " + TimeTexts.shortDay(clock.instant(), s.zone()) + ", "
                + TimeTexts.clock(clock.instant(), s.zone()) + " " + TimeTexts.zoneAbbreviation(clock.instant(), s.zone())
                + " at " + s.conference().name() + speed + ". (" + origin + ")");
    }

    /** A failure to start, with a message for the operator (no stack trace). */
    public static final class StartupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StartupException(String message) {
            super(message);
        }
    }
}
