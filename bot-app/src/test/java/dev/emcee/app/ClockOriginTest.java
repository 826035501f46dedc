package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clock.simulated-start} belongs to the configured conference: another schedule runs on the real clock unless
 * {@code --now} is given, and the notice says truly what set the clock.
 */
class ClockOriginTest {
    /** A conference in Melbourne with a session half an hour after {@link Cli#WALL} (14:00 there). */
    private static final String OTHER = """
            conference:
              name: Melbourne Day 2026
              zone: Australia/Melbourne
            rooms:
              - {id: hall, name: Hall}
            speakers:
              - {id: ada, name: Ada Example}
            sessions:
              - {id: s1, title: Stateful Things, start: 2026-11-26T14:30, end: 2026-11-26T15:00, room: hall,
                 speakers: [ada]}
            """;

    @TempDir
    Path dir;
    private Path other;

    @BeforeEach
    void writeOtherConference() throws IOException {
        other = Files.writeString(dir.resolve("melbourne.yaml"), OTHER);
    }

    @Test
    void anotherScheduleIsAskedOnTheRealClock() {
        Cli.Result r = new Cli().run("ask", "--schedule", other.toString(), "what's next");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Stateful Things", "in 30 minutes").doesNotContain("days");
    }

    @Test
    void runOnAnotherScheduleSaysWhyTheSimulatedStartIsNotUsed() {
        assertThat(run("--schedule", other.toString())).contains("Using the real clock: clock.simulated-start in "
                + "emcee.yaml is for the configured schedule, not the one given with --schedule")
                .doesNotContain("Time is simulated");
        assertThat(run("--schedule", other.toString(), "--now", "2026-11-26T14:00"))
                .contains("Time is simulated: it is now Thu Nov 26", "at Melbourne Day 2026",
                        "(Set by --now; without it Emcee uses the real clock.)");
    }

    @Test
    void theConfiguredScheduleKeepsItsSimulatedStartAndTheNoticeNamesWhatSetTheClock() {
        String configuredFile = BundledConference.configDirectory().resolve(BundledConference.FILE).toString();
        assertThat(run()).contains("Time is simulated: it is now Thu Jun 14, 11am PDT",
                "(Set by clock.simulated-start in emcee.yaml; remove it to use the real clock.)");
        assertThat(run("--schedule", configuredFile)).contains("Time is simulated: it is now Thu Jun 14, 11am PDT");
        assertThat(run("--now", "2018-06-14T15:00")).contains("Time is simulated: it is now Thu Jun 14, 3pm PDT",
                "(Set by --now; without it Emcee uses clock.simulated-start in emcee.yaml.)")
                .doesNotContain("Remove clock.simulated-start");
    }

    /** What {@code emcee run ARGS} prints on stderr, stopped as soon as it has started. */
    private static String run(String... args) {
        Cli cli = new Cli();
        cli.stopSignal().countDown();
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        Cli.Result r = cli.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.err();
    }
}
