package dev.emcee.app.organize;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", in process: at the console (whose operator is an organizer) of {@code emcee run} at
 * 3:45pm, "move Kyle Kingsbury's talk to 4:00pm" and "confirm"; "what's next" shows 4pm, {@code emcee announcements}
 * the 3:55pm announcement; "announce: ..." and "confirm" print one broadcast line; after a restart the move still
 * shows, and "undo" restores the original.
 */
@Timeout(120)
class ConsoleOrganizerTest {
    private static final String KYLE = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";

    @TempDir
    Path data;

    @Test
    void moveKyleKingsburysTalkThenRestartThenUndo() throws Exception {
        String first = console("move Kyle Kingsbury's talk to 4:00pm", "Move this session?", "confirm", "Moved.",
                "what's next", "Up next", "announce: Lunch is served in the atrium", "Post this announcement?",
                "confirm", "[announcement]");
        assertThat(first).contains("to: console:console", "Announced.",
                "[announcement] 2018-06-14 15:45 PDT | broadcast | Lunch is served in the atrium");
        assertThat(first).contains("was: Thu Jun 14, 3:40pm–4:20pm PDT · LL21 A/B",
                "now: Thu Jun 14, 4pm–4:40pm PDT · LL21 A/B", "This is change #1");
        String next = first.substring(first.lastIndexOf("Up next"), first.indexOf("Post this announcement?"));
        assertThat(next).contains(KYLE, "4pm–4:40pm PDT");
        assertThat(announcements()).contains("2018-06-14 15:55").doesNotContain("2018-06-14 15:35");
        assertThat(run("overrides")).contains("#1 move " + KYLE + " to Thu Jun 14, 4pm–4:40pm PDT · LL21 A/B, by "
                + "console:operator");

        String restarted = console("what's next", "Up next", "undo", "Undone: change #1.", "what's next", "Up next");
        String beforeUndo = restarted.substring(restarted.indexOf("Up next"), restarted.indexOf("Undone"));
        assertThat(beforeUndo).contains(KYLE, "4pm–4:40pm PDT");
        String afterUndo = restarted.substring(restarted.lastIndexOf("Up next"));
        assertThat(afterUndo.substring(0, afterUndo.indexOf("On now"))).doesNotContain(KYLE);
        assertThat(afterUndo.substring(afterUndo.indexOf("On now"))).contains(KYLE, "3:40pm–4:20pm PDT");
        assertThat(announcements()).doesNotContain("2018-06-14 15:55");
        assertThat(run("overrides")).contains("undone by console:operator");
    }

    @Test
    void anAnnouncementInARoomIsPreviewedWithItsRoomAndPrintedOnce() throws Exception {
        String out = console("announce in the ballroom: Doors close", "There is no room",
                "announce in LL21 A/B: Doors close in 5 minutes", "Post this announcement in LL21 A/B?",
                "confirm", "[announcement]");
        assertThat(out).contains("There is no room \"the ballroom\".", "to: console:console", "Announced.",
                "[announcement] 2018-06-14 15:45 PDT | broadcast | Doors close in 5 minutes");
        assertThat(count(out, "[announcement]")).isEqualTo(1);
    }

    /** Runs {@code emcee run} at 3:45pm with an interactive console; types each line and waits for its reply. */
    private String console(String... linesAndReplies) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PipedOutputStream typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed);
        CountDownLatch stop = new CountDownLatch(1);
        Launch launch = new Launch(new Environment(Map.of()), Clock.systemUTC(), in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true, stop);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.execute(launch, "run", "--config",
                Path.of("..", "config").toString(), "--data", data.toString(), "--now", "2018-06-14T15:45"));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> out.toString(StandardCharsets.UTF_8).contains("you> "));
            for (int i = 0; i < linesAndReplies.length; i += 2) {
                String reply = linesAndReplies[i + 1];
                int seen = count(out.toString(StandardCharsets.UTF_8), reply);
                type(typed, linesAndReplies[i]);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> count(out.toString(StandardCharsets.UTF_8), reply) > seen);
            }
        } finally {
            type(typed, "quit");
            stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private String announcements() {
        return run("announcements", "--now", "2018-06-14T15:45");
    }

    private String run(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Launch launch = new Launch(new Environment(Map.of()), Clock.systemUTC(), new java.io.ByteArrayInputStream(
                new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false,
                new CountDownLatch(1));
        String[] args = new String[command.length + 4];
        args[0] = "--config";
        args[1] = Path.of("..", "config").toString();
        args[2] = "--data";
        args[3] = data.toString();
        System.arraycopy(command, 0, args, 4, command.length);
        assertThat(Main.execute(launch, args)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void type(PipedOutputStream typed, String line) throws IOException {
        typed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        typed.flush();
    }
}
