package dev.emcee.app.announce;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.core.organize.InMemoryOverrideStore;
import dev.emcee.core.organize.ScheduleOverride;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.DatabaseSettings;
import dev.emcee.scheduler.JdbcOverrideStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the organizers' overlay is kept: in the announcement database for {@code emcee run}, read again every
 * {@link #POLL} so that a change made on another instance reaches this one's answers and announcements; read once
 * by the one-off commands ({@code emcee announcements}, {@code export}, {@code overrides}).
 */
public final class OverlayWiring {
    /** How often {@code emcee run} reads the overlay again (a small SELECT). */
    public static final Duration POLL = Duration.ofSeconds(2);

    private OverlayWiring() {
    }

    /**
     * Keeps the runtime's overlay in {@code database} from now on and reads it every {@link #POLL}; call it before
     * the job pipeline starts, so that changes kept from before a restart are in the schedule the pipeline plans
     * from (and are not announced as changes again).
     *
     * @return stops reading
     */
    static AutoCloseable share(EmceeRuntime runtime, AnnouncementDatabase database) {
        runtime.overlay().keepIn(new JdbcOverrideStore(database));
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "emcee-overlay");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> runtime.overlay().refresh(), POLL.toMillis(), POLL.toMillis(),
                TimeUnit.MILLISECONDS);
        return poller::shutdownNow;
    }

    /**
     * The overlay kept in the database, for a one-off command; empty when there is no database yet (no
     * {@code database.url} and no embedded file), so that such a command creates none.
     *
     * @throws EmceeRuntime.StartupException when the database exists but cannot be opened, with why
     */
    public static Optional<List<ScheduleOverride>> stored(DatabaseSettings settings, Path dataFolder) {
        if (settings.url() == null && !Files.exists(dataFolder.resolve(DatabaseSettings.EMBEDDED_FILE + ".mv.db"))) {
            return Optional.empty();
        }
        try (AnnouncementDatabase database = AnnouncementDatabase.open(settings, dataFolder)) {
            return Optional.of(new JdbcOverrideStore(database).all());
        } catch (AnnouncementDatabaseException e) {
            throw new EmceeRuntime.StartupException(e.getMessage());
        }
    }

    /**
     * Puts the overlay kept in the database into the runtime's schedule, for a one-off command (not for a schedule
     * named with {@code --schedule}, which the changes were not made to); says on {@code err} when the database
     * cannot be read (the command then goes on without the changes). Changes made afterwards in that command stay
     * in its memory.
     */
    public static void readOnce(EmceeRuntime runtime, java.io.PrintStream err) {
        if (!runtime.options().schedules().isEmpty()) {
            return;
        }
        try {
            stored(runtime.settings().database(), runtime.dataDirectory())
                    .ifPresent(entries -> runtime.overlay().keepIn(new InMemoryOverrideStore(entries)));
        } catch (EmceeRuntime.StartupException e) {
            err.println("(Without the organizers' changes: " + e.getMessage() + ")");
        }
    }
}
