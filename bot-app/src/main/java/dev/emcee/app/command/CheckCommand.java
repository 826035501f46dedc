package dev.emcee.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.emcee.app.CommandContext;
import dev.emcee.app.Launch;
import dev.emcee.app.ScheduleFiles;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code emcee check}: reads schedules as Emcee would and prints what it found. The output lines are a contract
 * for scripts (docs/sources.md): {@code conference:}, {@code zone:}, {@code days:}, {@code rooms:},
 * {@code sessions:}, {@code speakers:}, {@code tracks:}, {@code faq:} (when an FAQ file is configured), then every
 * warning and error with its location.
 */
@Command(name = "check", description = {"Read schedules (files or URLs, any format) and print a summary, then every "
        + "warning and error with its file, line and field.", "Exit code 0 when the schedule can be used, 1 when it "
        + "has errors, 2 for a usage error."})
public final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    CommandContext main;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    String format;

    @Parameters(paramLabel = "FILE|URL", arity = "0..*", description = "Schedules to check (default: --schedule or "
            + "the configured ones). Several are merged, as Emcee would serve them.")
    List<String> sources = List.of();

    @Override
    public Integer call() throws Exception {
        Launch launch = main.launch();
        PrintWriter out = new PrintWriter(launch.out(), true, StandardCharsets.UTF_8);
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            launch.err().println("emcee check: --format must be text or json, not '" + format + "'");
            return 2;
        }
        ScheduleChoice choice;
        try {
            choice = ScheduleChoice.of(main.options(), launch, sources);
        } catch (ScheduleChoice.Refused e) {
            launch.err().println("emcee check: " + e.getMessage());
            return 2;
        }
        Optional<Schedule> schedule = Optional.empty();
        List<Problem> problems;
        try {
            LoadedSchedule loaded = ScheduleFiles.read(choice.sources(), choice.zone(), launch.wallClock());
            schedule = Optional.of(loaded.schedule());
            problems = loaded.warnings();
        } catch (ScheduleLoadException e) {
            problems = e.problems();
        }
        Optional<FaqCheck> faq = choice.faq().map(FaqCheck::of);
        List<Problem> all = new ArrayList<>(problems);
        faq.ifPresent(c -> all.addAll(c.problems()));
        problems = all;
        boolean errors = schedule.isEmpty() || problems.stream().anyMatch(Problem::isError);
        if (f.equals("json")) {
            Map<String, Object> json = json(schedule, problems, errors);
            faq.ifPresent(c -> json.put("faq", c.summary()));
            out.println(JSON.writeValueAsString(json));
        } else {
            schedule.ifPresent(s -> summary(s).forEach((key, value) -> out.println(key + ": " + value)));
            faq.ifPresent(c -> out.println("faq: " + c.summary()));
            problems.forEach(out::println);
            if (schedule.isEmpty()) {
                out.println("refused: the schedule cannot be used until the errors above are fixed");
            }
        }
        return errors ? 1 : 0;
    }

    /** The summary lines, in contract order. */
    static Map<String, Object> summary(Schedule s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conference", s.conference().name());
        out.put("zone", s.zone().getId());
        out.put("days", s.sessionDays().size());
        out.put("rooms", s.rooms().size());
        out.put("sessions", s.sessions().size());
        out.put("speakers", s.speakers().size());
        out.put("tracks", s.tracks().size());
        List<String> hosts = new ArrayList<>();
        for (Track track : s.tracks()) {
            track.hosts().stream().map(s::speaker).flatMap(Optional::stream).map(Speaker::nameWithAffiliation)
                    .map(h -> h + " for " + track.name()).forEach(hosts::add);
        }
        if (!hosts.isEmpty()) {
            out.put("track hosts", String.join(", ", hosts));
        }
        return out;
    }

    private static Map<String, Object> json(Optional<Schedule> schedule, List<Problem> problems, boolean errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", !errors);
        schedule.ifPresent(s -> summary(s).forEach((k, v) -> out.put(k.replace(' ', '_'), v)));
        out.put("problems", problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            m.put("source", p.source());
            m.put("line", p.line());
            m.put("field", p.field());
            m.put("message", p.message());
            return m;
        }).collect(Collectors.toList()));
        return out;
    }
}
