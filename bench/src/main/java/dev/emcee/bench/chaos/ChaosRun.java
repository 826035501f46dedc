package dev.emcee.bench.chaos;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/chaos}: two Emcee instances on one embedded PostgreSQL against local stand-ins for Slack and
 * Discord, killed ({@code kill -9}) and restarted at seeded moments, some while a post is held open, with
 * questions, duplicate and retried event deliveries, and a schedule edited mid-run; prints the counts last, in one
 * line, and exits with 1 when anything was duplicated, missing or unanswered (docs/bench.md).
 *
 * <p>Run from the repository root with the application jar built ({@code bin/build-app}); what each instance
 * logged is kept in {@code bench/target/chaos/seed-S/logs}.
 */
public final class ChaosRun {
    /** Time the instances get to start before the plan's clock begins. */
    static final long START_UP_MS = 40_000;

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("chaos: " + e.getMessage());
            System.exit(2);
            return;
        }
        Outcome outcome = run(options, Path.of("").toAbsolutePath());
        System.out.println(outcome.tally().detail());
        System.out.println(outcome.events().line());
        System.out.println(outcome.tally().line());
        System.exit(outcome.tally().failed() || outcome.events().failed() ? 1 : 0);
    }

    /** What a run counted: the announcements and questions, and the server's Scheduled Events. */
    record Outcome(ChaosTally tally, EventsTally events) {
    }

    static Outcome run(ChaosOptions options, Path repository) throws Exception {
        Path jar = repository.resolve("bot-app/target/emcee.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with bin/build-app (bench/chaos does).");
        }
        ChaosPlan plan = ChaosPlan.draw(options.seed(), options.minutes());
        Path work = repository.resolve("bench/target/chaos/seed-" + options.seed());
        deleteRecursively(work);
        Clock clock = Clock.systemUTC(); // the run's one clock: the stand-ins stamp with it, the tally counts by it
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusMillis(START_UP_MS);
        Observations seen = new Observations(() -> clock.millis() - start.toEpochMilli());
        HeldPosts held = new HeldPosts(plan.holdSeed(), seen);
        System.err.printf("chaos: seed %d, %d minutes: %d sessions, %d kills, %d questions; logs in %s%n",
                options.seed(), options.minutes(), plan.editedSessions().size(), plan.kills().size(),
                plan.questions().size(), work.resolve("logs"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             SlackStandIn slack = new SlackStandIn(seen, held, clock);
             DiscordStandIn discord = new DiscordStandIn(seen, held)) {
            ChaosConference conference = new ChaosConference(work.resolve("config"), start);
            conference.write(plan.sessions());
            List<Instance> instances = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                Map<String, String> env = Map.ofEntries(
                        Map.entry("EMCEE_DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres")),
                        Map.entry("EMCEE_DATABASE_USER", "postgres"),
                        Map.entry("EMCEE_SLACK_API_URL", slack.apiUrl(name)),
                        Map.entry("SLACK_BOT_TOKEN", SlackStandIn.BOT_TOKEN),
                        Map.entry("SLACK_SIGNING_SECRET", SlackStandIn.SIGNING_SECRET),
                        Map.entry("DISCORD_TOKEN", DiscordPayloads.TOKEN),
                        Map.entry("EMCEE_DISCORD_API_URL", discord.apiUrl(name)),
                        Map.entry("EMCEE_DISCORD_GATEWAY_URL", discord.gatewayUrl(name)));
                List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "run",
                        "--config", conference.folder().toString(), "--data", work.resolve("data-" + name).toString());
                instances.add(new Instance(name, command, env, work.resolve("logs")));
            }
            Chaos chaos = new Chaos(plan, seen, instances, slack, discord, conference);
            Thread cleanUp = new Thread(() -> instances.forEach(Instance::kill), "chaos-clean-up");
            Runtime.getRuntime().addShutdownHook(cleanUp); // Ctrl-C leaves no instance behind
            try {
                chaos.play(options.seed());
            } finally {
                instances.forEach(Instance::kill);
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            }
            System.err.println("chaos: " + seen.otherPosts() + " other messages (neither announcements nor replies); "
                    + slack.historyLooks() + " looks at a Slack channel's history");
            ChaosTally.announcementProblems(plan, seen).forEach(p -> System.err.println("chaos: " + p));
            chaos.asked().stream().filter(q -> seen.repliesTo(q.number()) != 1).forEach(q -> System.err.printf(
                    "chaos: question %d (t+%.1fs, %s) got %d replies%n", q.number(), q.atMs() / 1000.0,
                    plan.questions().get(q.number() - 1).delivery(), seen.repliesTo(q.number())));
            EventsTally events = EventsTally.count(plan, seen);
            events.problems().forEach(p -> System.err.println("chaos: " + p));
            return new Outcome(ChaosTally.count(plan, seen, chaos.asked(), chaos.killed()), events);
        }
    }

    /** The latest due moment of the final schedule. */
    static long lastDueMs(ChaosPlan plan) {
        return plan.editedSessions().stream().mapToLong(PlannedSession::dueMs).max().orElse(0);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
