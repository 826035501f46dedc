package dev.emcee.app.announce;

import dev.emcee.app.CommandContext;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.OptionValues;
import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.AnnouncementView;
import dev.emcee.scheduler.JobPipeline;
import dev.emcee.scheduler.Ledger;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code emcee announcements}: what will be posted when and where; with {@code --sent}, the ledger. */
@Command(name = "announcements", description = "List the announcements still to post (when, where, what), from now "
        + "on Emcee's clock; or, with --sent, what the ledger says was claimed and sent.")
public final class AnnouncementsCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Option(names = "--from", converter = OptionValues.Time.class, paramLabel = "TIME", description = "List from this time (default: now on Emcee's "
            + "clock); conference time such as 2018-06-14T11:00, or with an offset.")
    String from;

    @Option(names = "--to", converter = OptionValues.Time.class, paramLabel = "TIME", description = "List until this time (default: the end of the "
            + "schedule).")
    String to;

    @Option(names = "--sent", description = "List the ledger: every announcement claimed or sent, and when.")
    boolean sent;

    @Override
    public Integer call() {
        EmceeRuntime runtime = main.runtime();
        PrintStream out = main.launch().out();
        OverlayWiring.readOnce(runtime, main.launch().err());
        Schedule schedule = runtime.schedule().get();
        ZoneId zone = schedule.zone();
        if (sent) {
            try (AnnouncementDatabase database = open(runtime)) {
                List<String> lines = AnnouncementView.ledger(new Ledger(database.dataSource()).entries(), zone);
                out.println(lines.isEmpty() ? "The ledger is empty: nothing has been announced from "
                        + database.description() + "." : String.join(System.lineSeparator(), lines));
            }
            return 0;
        }
        Instant start = from == null ? runtime.clock().instant() : parse("--from", from, zone);
        Instant end = to == null ? Instant.MAX : parse("--to", to, zone);
        AnnouncementSettings settings = runtime.settings().announcements();
        List<Platform> platforms = AnnouncementTargets.platforms(runtime.environment());
        AnnouncementTargets.withoutChannels(settings, platforms)
                .forEach(platform -> out.println("[warn] " + AnnouncementTargets.nothingAnnounced(platform)));
        var view = new AnnouncementView(JobPipeline.planner(settings, platforms));
        Map<AnnouncementKey, Ledger.State> states = Map.of();
        try (AnnouncementDatabase database = open(runtime)) {
            states = new Ledger(database.dataSource()).entries().stream()
                    .collect(Collectors.toMap(Ledger.Entry::key, Ledger.Entry::state));
        } catch (EmceeRuntime.StartupException e) {
            main.launch().err().println("(Without the ledger: " + e.getMessage() + ")");
        }
        List<String> lines = view.upcoming(schedule, start, end, states);
        out.println(lines.isEmpty() ? "No announcements to post in that time." : String.join(System.lineSeparator(), lines));
        return 0;
    }

    private static AnnouncementDatabase open(EmceeRuntime runtime) {
        try {
            return AnnouncementDatabase.open(runtime.settings().database(), runtime.dataDirectory());
        } catch (AnnouncementDatabaseException e) {
            throw new EmceeRuntime.StartupException(e.getMessage());
        }
    }

    private static Instant parse(String option, String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new EmceeRuntime.StartupException(option + " '" + text + "' is not a time; write for example "
                        + "2018-06-14T11:00 (conference time) or 2018-06-14T11:00-07:00");
            }
        }
    }
}
