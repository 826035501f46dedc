package dev.emcee.app.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.app.Launch;
import dev.emcee.app.cli.Main;
import dev.emcee.app.settings.Environment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
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

/**
 * The issue's "done when", in process: {@code emcee run --now 2018-06-14T15:20} in an interactive console; "remind
 * me about Kyle Kingsbury's talk" confirms the 3:40pm session, at 15:30 one {@code [reminder]} line appears, and
 * "my agenda" lists it. The simulated clock runs 60 times faster, so 15:30 comes ten seconds after the start.
 */
@Timeout(90)
class ConsoleRemindersTest {
    /** The demo's label for Kyle Kingsbury's untitled session: speaker and topic. */
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";
    private static final String REMINDER = "[reminder] 2018-06-14 15:30 PDT | starting in 10 minutes"
            + " | " + KYLE_TALK + " | Kyle Kingsbury (Jepsen) | LL21 A/B | 3:40pm–4:20pm | -";

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> reminderLines() {
        return Arrays.stream(printed().split("\\R")).filter(l -> l.startsWith("[reminder]")).toList();
    }

    @Test
    void remindMeAboutKyleKingsburysTalkAtTwentyPastThree() throws Exception {
        PipedOutputStream typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed);
        CountDownLatch stop = new CountDownLatch(1);
        Launch launch = new Launch(new Environment(Map.of()), Clock.systemUTC(), in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true, stop);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.execute(launch, "run", "--config",
                Path.of("..", "config").toString(), "--data", data.toString(), "--now", "2018-06-14T15:20",
                "--speed", "60"));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> printed().contains("you> "));
            type(typed, "remind me about Kyle Kingsbury's talk");
            await().atMost(Duration.ofSeconds(10)).until(() -> printed().contains("Added to your agenda"));
            assertThat(printed()).contains(KYLE_TALK, "Thu Jun 14, 3:40pm–4:20pm PDT",
                    "I'll send you a reminder at 3:30pm PDT (10 minutes before).");
            assertThat(reminderLines()).isEmpty();

            await().atMost(Duration.ofSeconds(30)).until(() -> !reminderLines().isEmpty());
            assertThat(reminderLines()).containsExactly(REMINDER);

            type(typed, "my agenda");
            await().atMost(Duration.ofSeconds(10)).until(() -> printed().contains("Your agenda (1 session"));
            assertThat(printed().substring(printed().indexOf("Your agenda"))).contains(KYLE_TALK);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> reminderLines().size() == 1);
        } finally {
            type(typed, "quit");
            stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    private static void type(PipedOutputStream typed, String line) throws IOException {
        typed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        typed.flush();
    }
}
