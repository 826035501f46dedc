package dev.emcee.bench.announce;

import dev.emcee.bench.BenchConferences;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.AnnouncementRoutes;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.PlannedMessage;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Track;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning every announcement of the generated 10,000-session conference: two leads (5 minutes and at the start),
 * Slack and Discord each with a digest channel, a channel per room and one per track.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx2g"})
public class PlanningBenchmark {
    private Schedule schedule;
    private AnnouncementPlanner planner;

    @Setup(Level.Trial)
    public void plan() {
        schedule = BenchConferences.load(BenchConferences.GENERATED_10K);
        planner = planner(schedule);
    }

    /** The planner for the settings above. */
    static AnnouncementPlanner planner(Schedule schedule) {
        Map<String, String> rooms = schedule.rooms().stream()
                .collect(Collectors.toMap(r -> r.id().value(), (Room r) -> "C-" + r.id().value()));
        Map<String, String> tracks = schedule.tracks().stream()
                .collect(Collectors.toMap(t -> t.id().value(), (Track t) -> "C-" + t.id().value()));
        AnnouncementSettings.PlatformChannels channels = new AnnouncementSettings.PlatformChannels("C-digest",
                rooms, tracks);
        Map<String, AnnouncementSettings.PlatformChannels> byPlatform = Map.of("slack", channels, "discord",
                channels);
        AnnouncementSettings settings = new AnnouncementSettings(true, List.of(Duration.ofMinutes(5), Duration.ZERO),
                null, null, null, byPlatform);
        return new AnnouncementPlanner(settings, new AnnouncementRoutes(settings.byPlatform(), Set.of(Platform.SLACK, Platform.DISCORD)));
    }

    @Benchmark
    public List<PlannedMessage> messages() {
        return planner.messages(schedule);
    }
}
