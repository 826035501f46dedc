package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.app.settings.Environment;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.sources.FaqFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A running Emcee follows its FAQ file with the schedule's; a broken edit leaves the last good FAQ answering. */
@Timeout(60)
class FaqRefreshTest {
    @TempDir
    Path dir;

    private Path faq(String answer, String modified) throws Exception {
        Path file = Files.writeString(dir.resolve("faq.yaml"), answer == null ? "faq:\n  - id: wifi\n"
                : "faq:\n  - id: wifi\n    questions: [wifi]\n    answer: " + answer + "\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }

    @Test
    @SuppressWarnings("try") // the refresh runs on its own; the try keeps it going for the test, then stops it
    void aRunningEmceeAnswersFromTheEditedFaqAndKeepsTheLastGoodOne() throws Exception {
        faq("Demo one.", "2030-01-01T00:00:00Z");
        Files.writeString(dir.resolve("emcee.yaml"), "schedule: {files: ["
                + BundledConference.configDirectory().resolve(BundledConference.FILE) + "]}\nfaq: {file: faq.yaml}\n");
        GlobalOptions options = new GlobalOptions();
        options.config = dir;
        options.data = dir.resolve("data");
        EmceeRuntime runtime = EmceeRuntime.start(options, new Environment(Map.of()), Cli.WALL);

        try (AutoCloseable refresh = runtime.refreshSchedule(); LogCapture log = LogCapture.of(FaqFile.class)) {
            assertThat(ask(runtime)).isEqualTo("Demo one.");

            faq(null, "2030-01-01T00:01:00Z");
            await().atMost(Duration.ofSeconds(20)).until(() -> !log.problems().isEmpty());
            assertThat(log.problems()).singleElement().asString().contains("faq[0].questions: missing");
            assertThat(ask(runtime)).as("the last good FAQ").isEqualTo("Demo one.");

            faq("Demo two.", "2030-01-01T00:02:00Z");
            await().atMost(Duration.ofSeconds(20)).until(() -> ask(runtime).equals("Demo two."));
        }
    }

    private static String ask(EmceeRuntime runtime) {
        return runtime.emcee().answer(new Inquiry(Platform.CONSOLE, "tester", "wifi?"))
                .map(PlainTextRenderer::render).orElse("");
    }
}
