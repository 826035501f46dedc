package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.app.settings.Environment;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.testing.BundledConference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running Emcee follows its schedule file (the wiring of the core's sources; that a broken edit keeps the last good
 * schedule is shown deterministically, on a fake ticker, in bot-core's ScheduleSourcesTest).
 */
@Timeout(60)
class ScheduleRefreshTest {
    private static String schedule(String... titles) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            events.append("<event id=\"").append(100 + i).append("\"><date>2025-12-28T1").append(4 + i)
                    .append(":45:00+01:00</date><duration>00:40</duration><room>Fuse</room><title>").append(titles[i])
                    .append("</title></event>");
        }
        return "<schedule><conference><title>Test Congress</title><time_zone_name>Europe/Berlin</time_zone_name>"
                + "</conference><day date=\"2025-12-28\"><room name=\"Fuse\">" + events + "</room></day></schedule>";
    }

    @Test
    @SuppressWarnings("try") // the refresh runs on its own; the try keeps it going for the test, then stops it
    void aRunningEmceeServesTheEditedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schedule.xml");
        Files.writeString(file, schedule("First talk"));
        GlobalOptions options = new GlobalOptions();
        options.config = BundledConference.configDirectory();
        options.schedules = List.of(file.toString());
        options.data = dir.resolve("data");
        options.now = "2025-12-28T14:05:00+01:00";
        EmceeRuntime runtime = EmceeRuntime.start(options, new Environment(Map.of()), Cli.WALL);

        try (AutoCloseable refresh = runtime.refreshSchedule()) {
            assertThat(ask(runtime)).contains("First talk");

            Files.writeString(file, schedule("Renamed talk", "Added talk"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:01:00Z")));

            await().atMost(Duration.ofSeconds(20)).until(() -> runtime.schedule().get().sessions().stream()
                    .map(Session::title).flatMap(Optional::stream).toList().contains("Added talk"));
            // The schedule is visible before every listener has run; Emcee answers from it once its own has.
            await().atMost(Duration.ofSeconds(5)).until(() -> ask(runtime).contains("Renamed talk"));
        }
    }

    private static String ask(EmceeRuntime runtime) {
        return runtime.emcee().answer(new Inquiry(Platform.CONSOLE, "tester", "what's next in Fuse"))
                .map(PlainTextRenderer::render).orElse("");
    }
}
