package dev.emcee.app.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.app.Launch;
import dev.emcee.app.cli.Main;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.testing.BundledConference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code organizers.morning-agenda: "09:00"}: {@code emcee run} from 8:59:50 on a clock running ten times as fast
 * prints the day's agenda once, at 9:00, as an {@code [announcement]} broadcast line.
 */
@Timeout(90)
class MorningAgendaRunTest {
    @TempDir
    Path dir;

    @Test
    void theDaysAgendaIsPostedOnceAtTheSetTime() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("emcee.yaml"), "schedule: {files: ["
                + BundledConference.configDirectory().resolve(BundledConference.FILE) + "]}\n"
                + "organizers: {morning-agenda: \"09:00\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        Launch launch = new Launch(new Environment(Map.of()), Clock.systemUTC(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, stop);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.execute(launch, "run", "--config",
                config.toString(), "--data", dir.resolve("data").toString(), "--now", "2018-06-14T08:59:50",
                "--speed", "10"));
        try {
            await().atMost(Duration.ofSeconds(40)).until(() -> !agendaLines(out).isEmpty());
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> agendaLines(out).size() == 1);
        } finally {
            stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(agendaLines(out)).singleElement().asString()
                .startsWith("[announcement] 2018-06-14 09:0")
                .contains("| broadcast | Today at O'Reilly Velocity Conference San Jose 2018, Thursday, June 14 "
                        + "(5 sessions) | 11:25am–12:05pm · LL21 A/B · Sean Allen on Distributed State; 1:15pm");
    }

    private static List<String> agendaLines(ByteArrayOutputStream out) {
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(l -> l.startsWith("[announcement]") && l.contains("| broadcast |")).toList();
    }
}
