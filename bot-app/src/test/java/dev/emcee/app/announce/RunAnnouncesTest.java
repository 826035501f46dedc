package dev.emcee.app.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.app.Launch;
import dev.emcee.app.cli.Main;
import dev.emcee.app.settings.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

/** {@code emcee run --data DIR --now 2018-06-14T11:19:52}, twice: the 11:25 session is announced once. */
@Timeout(90)
class RunAnnouncesTest {
    private static final Path CONFIG = Path.of("..", "config");

    @TempDir
    Path data;

    /** A non-interactive {@code emcee} process in this JVM: its stdout, and the latch that stops it. */
    private record Running(ByteArrayOutputStream out, CountDownLatch latch, CompletableFuture<Integer> exit) {
        List<String> announcementLines() {
            return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\\R"))
                    .filter(l -> l.startsWith("[announcement]")).toList();
        }

        int stop() throws Exception {
            latch.countDown();
            return exit.get(30, TimeUnit.SECONDS);
        }
    }

    private Running start(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        Launch launch = new Launch(new Environment(Map.of()), Clock.systemUTC(),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, stop);
        return new Running(out, stop, CompletableFuture.supplyAsync(() -> Main.execute(launch, args)));
    }

    @Test
    void announcesSeanAllensSessionAtTwentyPastOnceAcrossTwoRuns() throws Exception {
        String[] args = {"run", "--config", CONFIG.toString(), "--data", data.toString(), "--now",
            "2018-06-14T11:19:52"};

        Running first = start(args);
        await().atMost(Duration.ofSeconds(30)).until(() -> !first.announcementLines().isEmpty());
        assertThat(first.stop()).isZero();
        assertThat(first.announcementLines()).containsExactly("[announcement] 2018-06-14 11:20 PDT"
                + " | starting in 5 minutes | Sean Allen on Distributed State | Sean Allen (Wallaroo Labs)"
                + " | LL21 A/B | 11:25am–12:05pm | -");

        Running second = start(args);
        // Past simulated 11:20:00 and a little more: nothing is printed again.
        await().during(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(15))
                .until(() -> second.announcementLines().isEmpty());
        assertThat(second.stop()).isZero();
    }
}
