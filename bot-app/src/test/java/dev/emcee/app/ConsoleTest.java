package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code emcee chat} and {@code emcee run} in the console. */
class ConsoleTest {
    @Test
    void chatAnswersEachPipedLineAndExitsAtTheEnd() {
        Cli.Result r = new Cli().stdin("what's next in LL21 A/B\nwho is kyle kingsbury\n").run("chat");
        assertThat(r.exitCode()).isZero();
        String[] answers = r.out().split("\n\n");
        assertThat(answers).hasSize(2);
        assertThat(answers[0]).contains("Sean Allen");
        assertThat(answers[1]).contains("Jepsen");
        assertThat(r.err()).contains("Time is simulated: it is now Thu Jun 14, 11am PDT");
    }

    @Test
    void interactiveChatPromptsAndStopsOnQuit() {
        Cli.Result r = new Cli().interactive().stdin("rooms\nquit\nwho is kyle\n").run("chat");
        assertThat(r.out()).contains("you> ", "emcee> Rooms (1):", "LL21 A/B").doesNotContain("Jepsen");
    }

    @Test
    void runWithATerminalIsTheConsole() {
        Cli.Result r = new Cli().interactive().stdin("what's next in ll21\n").run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Emcee for O'Reilly Velocity Conference San Jose 2018", "Sean Allen");
    }

    @Test
    @Timeout(20)
    void runWithoutATerminalKeepsRunningUntilStopped() throws Exception {
        Cli cli = new Cli();
        CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(() -> cli.run("run"));
        assertThat(running).isNotCompleted();
        cli.stopSignal().countDown();
        assertThat(running.get(15, TimeUnit.SECONDS).exitCode()).isZero();
    }
}
