package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.google.gson.JsonObject;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.testing.LogCapture;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real Bolt over Socket Mode against a local Slack: commands, mentions, DMs and messages from bots. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackSocketModeTest {
    private FakeSlack slack;
    private SlackConnection connection;
    private final ScriptedQuestions questions = new ScriptedQuestions();

    @BeforeEach
    void connect() throws Exception {
        slack = new FakeSlack();
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings("/emcee", null, slack.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN), questions, Agendas.off()));
        assertThat(start).isInstanceOf(PlatformStart.Started.class);
        connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        assertThat(connection.socketMode()).isTrue();
        assertThat(connection.httpHandler()).isEmpty();
        assertThat(connection.description()).contains("Velocity", "@emcee", "Socket Mode");
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        slack.close();
    }

    @Test
    void aSlashCommandIsAnsweredInItsAcknowledgementWithBlocksNamingTheSession() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("e1", "/emcee", "what's next in LL21 A/B"));

        JsonObject ack = await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack("e1"),
                java.util.Optional::isPresent).orElseThrow();
        JsonObject payload = ack.getAsJsonObject("payload");
        assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(payload.getAsJsonArray("blocks").toString()).contains("Sean Allen (Wallaroo Labs)",
                "Up next in LL21 A/B");
        assertThat(payload.get("text").getAsString()).contains("Sean Allen");
        assertThat(questions.received()).singleElement().satisfies(inquiry -> {
            assertThat(inquiry.platform()).isEqualTo(Platform.SLACK);
            assertThat(inquiry.userId()).isEqualTo("U0ALICE");
            assertThat(inquiry.text()).isEqualTo("what's next in LL21 A/B");
        });
    }

    @Test
    void aLeadingPublicSharesTheAnswerInTheChannel() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("e2", "/emcee", "public what's next in LL21 A/B"));

        JsonObject ack = await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack("e2"),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(ack.getAsJsonObject("payload").get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(questions.texts()).containsExactly("what's next in LL21 A/B");
    }

    @Test
    void aFailureInsideBecomesAnApologyNotAnError() {
        try (LogCapture log = LogCapture.of(SlackListeners.class)) {
            slack.socketMode().send(SlackPayloads.slashCommandEnvelope("e3", "/emcee", "boom"));

            JsonObject ack = await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack("e3"),
                    java.util.Optional::isPresent).orElseThrow();
            assertThat(ack.getAsJsonObject("payload").get("text").getAsString()).isEqualTo(NoMatch.FAILURE);
            assertThat(log.events()).as("the operator still learns of the failure").singleElement()
                    .satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                        assertThat(e.getFormattedMessage()).isEqualTo("Answering a Slack question failed: boom");
                        assertThat(e.getThrowableProxy().getMessage()).isEqualTo("a bug in the core");
                    });
        }
    }

    @Test
    void aMentionIsAnsweredInTheThreadOfTheMessage() {
        slack.socketMode().send(SlackPayloads.eventEnvelope("e4", SlackPayloads.mention("C0GENERAL",
                "<@" + FakeSlack.BOT_USER + "> what's next in LL21 A/B?", "1528999200.000100")));

        Map<String, String> post = await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts(),
                posts -> !posts.isEmpty()).get(0);
        assertThat(post).containsEntry("channel", "C0GENERAL").containsEntry("thread_ts", "1528999200.000100")
                .containsEntry("link_names", "0");
        assertThat(post.get("blocks")).contains("Sean Allen (Wallaroo Labs)");
        assertThat(questions.texts()).containsExactly("what's next in LL21 A/B?");
    }

    @Test
    void aDirectMessageIsAnsweredInTheDirectMessage() {
        slack.socketMode().send(SlackPayloads.eventEnvelope("e5",
                SlackPayloads.directMessage("D0ALICE", "U0ALICE", null, "what's next in LL21 A/B")));

        Map<String, String> post = await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts(),
                posts -> !posts.isEmpty()).get(0);
        assertThat(post).containsEntry("channel", "D0ALICE").doesNotContainKey("thread_ts");
        assertThat(post.get("blocks")).contains("Sean Allen");
    }

    @Test
    void messagesFromBotsAreIgnored() {
        slack.socketMode().send(SlackPayloads.eventEnvelope("e6",
                SlackPayloads.directMessage("D0ALICE", "U0OTHERBOT", "B0OTHER", "what's next in LL21 A/B")));
        slack.socketMode().send(SlackPayloads.eventEnvelope("e7",
                SlackPayloads.directMessage("D0ALICE", FakeSlack.BOT_USER, null, "Up next in LL21 A/B")));
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack("e6").isPresent()
                && slack.socketMode().ack("e7").isPresent());

        slack.socketMode().send(SlackPayloads.eventEnvelope("e8",
                SlackPayloads.directMessage("D0ALICE", "U0ALICE", null, "help")));
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.posts(), posts -> !posts.isEmpty());

        assertThat(questions.texts()).containsExactly("help");
        assertThat(slack.posts()).hasSize(1);
    }
}
