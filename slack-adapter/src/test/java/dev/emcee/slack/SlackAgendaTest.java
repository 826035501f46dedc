package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.JsonObject;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.InMemoryAgendaStore;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.slack.render.BookmarkButtons;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Personal agendas on Slack through the real Bolt over Socket Mode against a local Slack: answers about an agenda
 * stay private, and bookmark buttons change the clicker's agenda and update their card.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackAgendaTest {
    /**
     * The start of the demo's label for Kyle Kingsbury's untitled session, "Kyle Kingsbury on Resilient, Performant &
     * Secure Distributed Systems" (the ampersand reaches Slack escaped, and the JSON may escape it again).
     */
    static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant ";
    static final String KYLE = "velocity-sj-2018-ds-1540";
    static final AgendaUser ALICE = new AgendaUser(Platform.SLACK, "U0ALICE");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final InMemoryAgendaStore store = new InMemoryAgendaStore();
    private FakeSlack slack;
    private SlackConnection connection;

    @BeforeEach
    void connect() throws Exception {
        slack = new FakeSlack();
        Emcee emcee = new Emcee(new CurrentSchedule(BundledSchedule.load()),
                BundledConference.clockAt("2018-06-14T15:20"), AnsweringOptions.defaults(), Ticker.systemTicker());
        emcee.keepAgendas(store, AgendaSettings.defaults());
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings("/emcee", null, slack.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN), emcee, Agendas.on(emcee)));
        connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        await().atMost(WAIT).until(slack.socketMode()::hasClient);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        slack.close();
    }

    private JsonObject ack(String envelopeId) {
        return await().atMost(WAIT).until(() -> slack.socketMode().ack(envelopeId), Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void aBookmarkAskedPubliclyIsStillAnsweredOnlyToTheAsker() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("a1", "/emcee",
                "public remind me about Kyle Kingsbury's talk"));

        JsonObject payload = ack("a1").getAsJsonObject("payload");
        assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(payload.getAsJsonArray("blocks").toString()).contains("Added to your agenda",
                KYLE_TALK, "I'll send you a reminder at 3:30pm PDT", BookmarkButtons.ON_CONFIRMATION,
                "remove:" + KYLE);
        assertThat(store.bookmarks(ALICE)).containsExactly(new SessionId(KYLE));
    }

    @Test
    void anAgendaAskedInAChannelGoesToTheAskersDirectMessage() {
        store.add(ALICE, new SessionId(KYLE));
        slack.socketMode().send(SlackPayloads.eventEnvelope("a2", SlackPayloads.mention("C0GENERAL",
                "<@" + FakeSlack.BOT_USER + "> my agenda", "1528999200.000100")));

        Map<String, String> post = await().atMost(WAIT).until(slack::posts, posts -> !posts.isEmpty()).get(0);
        assertThat(post).containsEntry("channel", FakeSlack.dmChannelOf("U0ALICE")).doesNotContainKey("thread_ts");
        assertThat(post.get("blocks")).contains("Your agenda (1 session", KYLE_TALK);
        assertThat(slack.methodCalls()).contains("conversations.open");
        assertThat(slack.posts()).noneMatch(p -> "C0GENERAL".equals(p.get("channel")));
    }

    @Test
    void sessionCardsCarryABookmarkButtonWhoseClickAddsTheSessionAndTogglesTheCardInPlace() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("b1", "/emcee", "public what's next"));
        String blocks = ack("b1").getAsJsonObject("payload").getAsJsonArray("blocks").toString();
        assertThat(blocks).contains("\"action_id\":\"" + BookmarkButtons.ON_CARD + "\"", "add:" + KYLE);

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("b2", "U0ALICE", BookmarkButtons.ON_CARD,
                "add:" + KYLE, slack.responseUrl("b2"), false));
        JsonObject added = await().atMost(WAIT).until(() -> response("b2"), Optional::isPresent).orElseThrow();
        assertThat(added.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(added.get("replace_original").getAsBoolean()).isFalse();
        assertThat(added.getAsJsonArray("blocks").toString()).contains("Added to your agenda", "remove:" + KYLE);
        assertThat(store.bookmarks(ALICE)).containsExactly(new SessionId(KYLE));
        ack("b2");

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("b3", "U0ALICE", BookmarkButtons.ON_CONFIRMATION,
                "remove:" + KYLE, slack.responseUrl("b3"), true));
        JsonObject removed = await().atMost(WAIT).until(() -> response("b3"), Optional::isPresent).orElseThrow();
        assertThat(removed.get("replace_original").getAsBoolean()).isTrue();
        assertThat(removed.getAsJsonArray("blocks").toString()).contains("Removed from your agenda", "add:" + KYLE);
        assertThat(store.bookmarks(ALICE)).isEmpty();
    }

    @Test
    void aClickIsForTheClickerOnly() {
        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("c1", "U0BOB", BookmarkButtons.ON_CARD,
                "add:" + KYLE, slack.responseUrl("c1"), false));

        await().atMost(WAIT).until(() -> response("c1"), Optional::isPresent);
        assertThat(store.bookmarks(new AgendaUser(Platform.SLACK, "U0BOB"))).isEqualTo(Set.of(new SessionId(KYLE)));
        assertThat(store.bookmarks(ALICE)).isEmpty();
    }

    @Test
    void sendingToAPersonOpensTheDmAndPostsTheReminder() throws Exception {
        var reminder = new dev.emcee.core.notice.SessionReminder(SlackSamples.seanAllen(),
                SlackSamples.seanAllen().start().minusSeconds(600), Duration.ofMinutes(10));

        connection.send("U0ALICE", reminder, DeliveryKey.of("alice reminder")).get(20, TimeUnit.SECONDS);

        assertThat(slack.directMessagesTo("U0ALICE")).singleElement().satisfies(post -> {
            assertThat(post.get("text")).isEqualTo("Reminder: starting in 10 minutes: Sean Allen: Distributed State, "
                    + "11:25am PDT, LL21 A/B");
            assertThat(post.get("blocks")).contains("Reminder: starting in 10 minutes", "Sean Allen (Wallaroo Labs)");
        });
    }

    private Optional<JsonObject> response(String id) {
        return slack.responses().stream().filter(r -> r.get("_url").getAsString().endsWith("/" + id)).findFirst();
    }
}
