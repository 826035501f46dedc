package dev.emcee.app.announce;

import dev.emcee.app.CommandContext;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.core.organize.ChangeDescriptions;
import dev.emcee.core.organize.ScheduleOverride;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.JdbcOverrideStore;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code emcee overrides}: the organizers' changes kept in the database (the overlay), and undoing one. */
@Command(name = "overrides", description = {"List the changes organizers made from the chat (moved, delayed, "
        + "cancelled sessions), in force and undone, as kept in the announcement database; or undo one.",
    "The schedule Emcee serves is the sources' schedule with the changes in force applied in this order."})
public final class OverridesCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Option(names = "--undo", paramLabel = "N", description = "Undo change number N (as the console's operator).")
    Long undo;

    @Override
    public Integer call() {
        EmceeRuntime runtime = main.runtime();
        PrintStream out = main.launch().out();
        if (undo != null) {
            return undo(runtime, out);
        }
        List<ScheduleOverride> entries = OverlayWiring.stored(runtime.settings().database(), runtime.dataDirectory())
                .orElse(List.of());
        ChangeDescriptions.listing(entries, runtime.overlay().source()).forEach(out::println);
        return 0;
    }

    private int undo(EmceeRuntime runtime, PrintStream out) {
        try (AnnouncementDatabase database = AnnouncementDatabase.open(runtime.settings().database(),
                runtime.dataDirectory())) {
            JdbcOverrideStore store = new JdbcOverrideStore(database);
            if (!store.undo(undo, "console:operator", runtime.clock().instant())) {
                main.launch().err().println("emcee overrides: there is no change #" + undo + " in force; "
                        + "'emcee overrides' lists them");
                return 1;
            }
            out.println("Undone: change #" + undo + ". A running Emcee applies this within "
                    + OverlayWiring.POLL.toSeconds() + " seconds.");
            return 0;
        } catch (AnnouncementDatabaseException e) {
            throw new EmceeRuntime.StartupException(e.getMessage());
        }
    }
}
