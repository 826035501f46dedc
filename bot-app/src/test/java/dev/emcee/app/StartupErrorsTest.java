package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong settings or schedules stop Emcee with a message that names the problem, never a stack trace. */
class StartupErrorsTest {
    @TempDir
    Path config;

    @Test
    void aMissingConfigFolderSaysWhatToDo() {
        Cli.Result r = new Cli().runRaw("--config", config.resolve("nope").toString(), "ask", "rooms");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist", "--config DIR").doesNotContain("Exception");
    }

    @Test
    void anUnknownSettingNamesItsPath() throws IOException {
        write("emcee.yaml", "schedule: {files: [s.yaml]}\nquestions:\n  rate-limt-per-minute: 5\n");
        Cli.Result r = ask();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown setting 'questions.rate-limt-per-minute'", "rate-limit-per-minute");
    }

    @Test
    void aWrongTypeNamesTheSettingAndTheExpectedType() throws IOException {
        write("emcee.yaml", "schedule: {files: [s.yaml]}\nhttp:\n  port: eighty\n");
        assertThat(ask().err()).contains("setting 'http.port' must be a whole number, not 'eighty'");
    }

    @Test
    void anImpossibleValueIsRefused() throws IOException {
        write("emcee.yaml", "schedule: {files: [s.yaml]}\nclock: {speed: -3}\n");
        assertThat(ask().err()).contains("clock.speed must be a positive number");
    }

    @Test
    void aBrokenScheduleListsItsErrorsWithFileAndLine() throws IOException {
        write("emcee.yaml", "schedule: {files: [s.yaml]}\n");
        write("s.yaml", """
                conference: {name: X, zone: Europe/Berlin}
                rooms: [{id: r1, name: R}]
                sessions:
                  - {id: a, start: 2024-05-01T10:00, end: 2024-05-01T09:00, room: r1}
                """);
        Cli.Result r = ask();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("The schedule could not be loaded",
                config.resolve("s.yaml") + ":4: sessions[0].end: ends before it starts");
    }

    @Test
    void noScheduleConfiguredSaysWhereToConfigureIt() throws IOException {
        write("emcee.yaml", "questions: {rate-limit-per-minute: 5}\n");
        assertThat(ask().err()).contains("No schedule is configured", "schedule.files", "--schedule FILE");
    }

    @Test
    void environmentOverridesAndSecretFilesApply() throws IOException {
        write("emcee.yaml", "schedule: {files: [nothing-here.yaml]}\n");
        Path real = Path.of(dev.emcee.core.testing.BundledConference.configDirectory().toString(),
                dev.emcee.core.testing.BundledConference.FILE);
        Path secret = write("files.txt", real.toString());
        Cli.Result r = new Cli().environment(Map.of("EMCEE_SCHEDULE_FILES_FILE", secret.toString(),
                        "EMCEE_CLOCK_SIMULATED_START", "2018-06-14T15:00"))
                .runRaw("--config", config.toString(), "ask", "what's next");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kyle Kingsbury", "in 40 minutes");
    }

    private Cli.Result ask() {
        return new Cli().runRaw("--config", config.toString(), "ask", "rooms");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(config.resolve(name), text);
    }
}
