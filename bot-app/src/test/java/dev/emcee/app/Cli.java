package dev.emcee.app;

import dev.emcee.app.cli.Main;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.testing.BundledConference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Runs the {@code emcee} command line in-process with given stdin, environment and wall clock. */
final class Cli {
    /** What a command printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    /** A wall clock far from the conference, in a zone far from it: answers must not depend on either. */
    static final Clock WALL = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Pacific/Kiritimati"));

    private String stdin = "";
    private boolean interactive;
    private Map<String, String> environment = Map.of();
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile ByteArrayOutputStream out;
    private Clock wall = WALL;

    Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    Cli interactive() {
        this.interactive = true;
        return this;
    }

    Cli environment(Map<String, String> variables) {
        this.environment = variables;
        return this;
    }

    /** Runs on the real clock: for tests where time must pass (a simulated clock runs on top of it). */
    Cli onTheRealClock() {
        this.wall = Clock.systemUTC();
        return this;
    }

    /** What the running command has printed on stdout so far. */
    String outSoFar() {
        ByteArrayOutputStream current = out;
        return current == null ? "" : current.toString(StandardCharsets.UTF_8);
    }

    CountDownLatch stopSignal() {
        return stop;
    }

    /**
     * Runs {@code emcee ARGS} with {@code --config} pointing at the repository's config folder and {@code --data}
     * at a fresh temporary folder unless given (so that {@code run} keeps its announcement state out of the source tree).
     */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", BundledConference.configDirectory().toString()));
        if (!List.of(args).contains("--data")) {
            all.addAll(List.of("--data", freshDataFolder().toString()));
        }
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs {@code emcee ARGS} exactly as given. */
    Result runRaw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        this.out = out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launch launch = new Launch(new Environment(environment), wall,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive, stop);
        int code = Main.execute(launch, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A config folder in {@code dir} with the bundled schedule and {@code channel} as {@code platform}'s announcement
     * digest, for runs with Slack or Discord that must not warn that nothing would be announced.
     */
    static Path configAnnouncingTo(Path dir, String platform, String channel) {
        try {
            Path config = Files.createDirectories(dir.resolve("config-" + platform));
            Files.writeString(config.resolve("emcee.yaml"), "schedule: {files: ["
                    + BundledConference.configDirectory().resolve(BundledConference.FILE) + "]}\n"
                    + "announcements: {channels: {" + platform + ": {digest: \"" + channel + "\"}}}\n");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path freshDataFolder() {
        try {
            Path folder = Files.createTempDirectory("emcee-data");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
