package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.DatabaseSettings;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emcee doctor}: every problem with what is wrong and how to fix it; exit 1 when something is wrong. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledSetupIsReadyAndTheSimulatedClockIsPointedOut() {
        Cli.Result r = new Cli().run("--data", dir.resolve("data").toString(), "doctor");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("[ok]   configuration", "[ok]   schedule", "5 sessions, 1 room,",
                "[ok]   data folder", "[warn] clock: simulated", "fix: fine for a demo", "Emcee is ready to run.");
    }

    @Test
    void aBadSettingIsExplainedWithItsFix() {
        Cli.Result r = new Cli().environment(Map.of("EMCEE_HTTP_PORT", "eighty"))
                .run("--data", dir.toString(), "doctor");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("[fail] configuration: setting 'http.port' must be a whole number, not 'eighty'",
                "fix: correct the setting", "problem to fix before Emcee can run");
    }

    @Test
    void aBrokenScheduleAndAnUnwritableDataFolderAreBothReported() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("emcee.yaml"), "schedule: {files: [s.yaml]}\n");
        Files.writeString(config.resolve("s.yaml"), "conference: {name: X}\nrooms: []\nsessions: []\n");
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Cli.Result r = new Cli().runRaw("--config", config.toString(), "--data", notAFolder.resolve("d").toString(),
                "doctor");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("[fail] schedule: error: " + config.resolve("s.yaml") + ":1: conference.zone",
                "[fail] data folder:", "fix: create it", "2 problems");
    }

    @Test
    @SuppressWarnings("try") // the resource is held for the block and never read
    void anEmbeddedDatabaseHeldByAnotherEmceeFails() throws IOException {
        Path data = dir.resolve("data");
        AnnouncementDatabase.open(DatabaseSettings.embedded(), data).close();
        assertThat(new Cli().run("--data", data.toString(), "doctor").out())
                .contains("[ok]   database: the embedded database in " + data.toAbsolutePath() + " is free");

        // Another Emcee process holds the file as H2 does: with a lock on it.
        try (FileChannel file = FileChannel.open(data.resolve("announcements.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock held = file.lock()) {
            Cli.Result r = new Cli().run("--data", data.toString(), "doctor");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("[fail] database: the embedded database in " + data.toAbsolutePath()
                    + " is in use by another Emcee, so emcee run would refuse to start",
                    "fix: stop that Emcee, give this one its own --data folder, or share a PostgreSQL database");
        }
    }

    @Test
    void tokensNeverAppearInWhatItPrints() {
        String token = "xoxb-1111-2222-secretvalue";
        Cli.Result r = new Cli().environment(Map.of("SLACK_BOT_TOKEN", token, "EMCEE_CLOCK_SPEED", token))
                .run("--data", dir.toString(), "doctor");
        assertThat(r.out()).contains("setting 'clock.speed' must be a number, not '****'").doesNotContain(token);
    }
}
