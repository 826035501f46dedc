package dev.emcee.app.command;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.announce.OverlayWiring;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.app.CommandContext;
import dev.emcee.app.Launch;
import dev.emcee.app.ScheduleFiles;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.sources.export.IcsExport;
import dev.emcee.sources.export.JsonExport;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code emcee export}: the loaded schedule as iCalendar or as Emcee's JSON. */
@Command(name = "export", description = {"Write the schedule Emcee would serve (--schedule or the configured ones) as "
        + "iCalendar (for calendar apps: VTIMEZONE included, stable UIDs) or as Emcee's JSON (which Emcee reads back).",
    "Exit code 1 when the schedule cannot be loaded or the file cannot be written."})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "ics or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--without-overrides", description = "Leave out the organizers' changes (emcee overrides): "
            + "the schedule as its sources give it.")
    boolean withoutOverrides;

    @Override
    public Integer call() {
        Launch launch = main.launch();
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("ics") && !f.equals("json")) {
            launch.err().println("emcee export: --format must be ics or json, not '" + format + "'");
            return 2;
        }
        Schedule schedule;
        try {
            ScheduleChoice choice = ScheduleChoice.of(main.options(), launch, java.util.List.of());
            schedule = withOverlay(choice, ScheduleFiles.read(choice.sources(), choice.zone(), launch.wallClock())
                    .schedule());
        } catch (ScheduleChoice.Refused e) {
            launch.err().println("emcee export: " + e.getMessage());
            return 2;
        } catch (ScheduleLoadException e) {
            launch.err().println("emcee export: the schedule could not be loaded");
            e.problems().stream().map(Problem::toString).forEach(launch.err()::println);
            return 1;
        }
        String text = f.equals("ics") ? IcsExport.write(schedule, launch.wallClock().instant())
                : JsonExport.write(schedule);
        if (out == null) {
            launch.out().print(text);
            launch.out().flush();
            return 0;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            launch.err().println("Wrote " + schedule.sessions().size() + " sessions to " + out);
            return 0;
        } catch (IOException e) {
            launch.err().println("emcee export: cannot write " + out + " (" + e.getMessage() + ")");
            return 1;
        }
    }

    /**
     * The configured schedule with the organizers' changes kept in the database applied (unless
     * {@code --without-overrides}, or {@code --schedule} names another schedule).
     */
    private Schedule withOverlay(ScheduleChoice choice, Schedule schedule) {
        if (withoutOverrides || !main.options().schedules().isEmpty() || choice.settings().isEmpty()) {
            return schedule;
        }
        try {
            return OverlayWiring.stored(choice.settings().get().database(), main.options().data())
                    .map(entries -> ScheduleOverlay.apply(schedule, entries)).orElse(schedule);
        } catch (EmceeRuntime.StartupException e) {
            main.launch().err().println("(Without the organizers' changes: " + e.getMessage() + ")");
            return schedule;
        }
    }
}
