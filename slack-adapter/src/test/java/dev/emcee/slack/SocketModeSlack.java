package dev.emcee.slack;

import static org.awaitility.Awaitility.await;

import dev.emcee.core.connection.PlatformStart;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/** A local Slack and Emcee's Slack connected to it over Socket Mode, closed together. */
record SocketModeSlack(FakeSlack slack, SlackConnection connection) implements AutoCloseable {
    /** The tokens of the local Slack, as the environment holds them. */
    static final Map<String, String> TOKENS = Map.of(SlackLauncher.BOT_TOKEN, FakeSlack.BOT_TOKEN,
            SlackLauncher.APP_TOKEN, FakeSlack.APP_TOKEN);

    /** Starts a local Slack, then Emcee's Slack with the parts made for it, and waits for the socket. */
    static SocketModeSlack start(Function<FakeSlack, SlackParts> parts) throws Exception {
        FakeSlack slack = new FakeSlack();
        PlatformStart<SlackConnection> start = SlackLauncher.start(parts.apply(slack));
        if (!(start instanceof PlatformStart.Started<SlackConnection> started)) {
            slack.close();
            throw new AssertionError("Slack did not start: " + start);
        }
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);
        return new SocketModeSlack(slack, started.connection());
    }

    @Override
    public void close() throws Exception {
        connection.close();
        slack.close();
    }
}
