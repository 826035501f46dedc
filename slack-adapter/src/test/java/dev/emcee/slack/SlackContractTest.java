package dev.emcee.slack;

import static org.awaitility.Awaitility.await;

import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformContract;
import dev.emcee.core.connection.PlatformStart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Slack passes the platform contract: the real Bolt app and SDK, over Socket Mode, against the local Slack. */
class SlackContractTest extends PlatformContract {
    private FakeSlack slack;

    SlackContractTest() {
        super(Platform.SLACK, "C0ANNOUNCE", "U0ALICE");
    }

    @Override
    protected PlatformConnection connect() throws Exception {
        slack = new FakeSlack();
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(
                new SlackSettings("/emcee", null, slack.apiUrl()),
                Map.of(SlackLauncher.BOT_TOKEN, FakeSlack.BOT_TOKEN, SlackLauncher.APP_TOKEN, FakeSlack.APP_TOKEN),
                inquiry -> Optional.empty(), Agendas.off()));
        SlackConnection connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);
        return connection;
    }

    @Override
    protected void stopFake() throws Exception {
        slack.close();
    }

    @Override
    protected List<String> postedIn(String channel) {
        return slack.posts().stream().filter(post -> channel.equals(post.get("channel")))
                .map(post -> post.get("text") + " " + post.get("blocks")).toList();
    }

    @Override
    protected List<String> sentTo(String person) {
        return slack.directMessagesTo(person).stream().map(post -> post.get("text") + " " + post.get("blocks"))
                .toList();
    }

    @Override
    protected Refused refusedDelivery() {
        slack.scriptPostReplies(new FakeSlack.Reply(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}"));
        return Refused.postTo("C0GONE");
    }

    @Override
    protected String failureLogger() {
        return SlackPoster.class.getName();
    }
}
