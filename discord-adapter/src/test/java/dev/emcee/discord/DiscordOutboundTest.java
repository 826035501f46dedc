package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Posting notices to a Discord channel through the real JDA and a fake Discord. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordOutboundTest {
    private static final SessionsStarting STARTING = new SessionsStarting(List.of(DiscordSamples.seanAllen()),
            DiscordSamples.seanAllen().start().minusSeconds(180));
    private static final DeliveryKey KEY = DeliveryKey.of("announcement of sean");

    private DiscordTestRig rig;
    private Outbound sink;

    @BeforeEach
    void connect() throws Exception {
        rig = new DiscordTestRig();
        sink = rig.connect();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void postsTheNoticeAsAnEmbedToTheChannel() throws Exception {
        sink.post(CHANNEL_ID, STARTING, KEY).get(10, TimeUnit.SECONDS);

        RecordedRequest post = rig.discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        assertThat(post.json().getArray("embeds").getObject(0).getString("title"))
                .isEqualTo("Starting in 3 minutes: Sean Allen on Distributed State");
        assertThat(post.json().getObject("allowed_mentions").getArray("parse").toList()).containsExactly("users");
        assertThat(sink.platform()).isEqualTo(Platform.DISCORD);
    }

    @Test
    void aRefusedPostFailsTheFutureAndIsLoggedWithTheFix() {
        rig.discord.refusePostsTo(CHANNEL_ID, 403);
        try (LogCapture log = LogCapture.of(DiscordFailures.class)) {
            CompletableFuture<Void> posted = sink.post(CHANNEL_ID, STARTING, KEY);

            assertThat(posted).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class);
            assertThat(log.messages()).singleElement().asString()
                    .contains("channel " + CHANNEL_ID).contains("Missing Permissions").contains("Embed Links");
        }
    }

    @Test
    void anUnknownChannelFailsWithoutCallingDiscord() {
        try (LogCapture log = LogCapture.of(DiscordFailures.class)) {
            CompletableFuture<Void> posted = sink.post("999", STARTING, KEY);

            assertThat(posted).isCompletedExceptionally();
            assertThat(log.messages()).singleElement().asString().contains("'999'");
            assertThat(rig.discord.requests(r -> r.is("POST", "channels/999/messages"))).isEmpty();
        }
    }

    @Test
    void theMessageGoesWithItsDeliveryKeyAsAnEnforcedNonce() throws Exception {
        sink.post(CHANNEL_ID, STARTING, KEY).get(10, TimeUnit.SECONDS);

        RecordedRequest post = rig.discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        assertThat(post.json().getString("nonce")).isEqualTo(KEY.value()).hasSizeLessThanOrEqualTo(25);
        assertThat(post.json().getBoolean("enforce_nonce")).isTrue();
    }

    @Test
    void aRepeatedPostOfOneKeyIsAnsweredWithTheMessageAlreadyThere() throws Exception {
        sink.post(CHANNEL_ID, STARTING, KEY).get(10, TimeUnit.SECONDS);
        sink.post(CHANNEL_ID, STARTING, KEY.after(STARTING.postedAt())).get(10, TimeUnit.SECONDS);

        assertThat(rig.discord.requests(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"))).hasSize(2);
        assertThat(rig.discord.messagesCreatedIn(CHANNEL_ID)).hasSize(1);
    }

    @Test
    void postsOfTwoKeysAreTwoMessages() throws Exception {
        sink.post(CHANNEL_ID, STARTING, KEY).get(10, TimeUnit.SECONDS);
        sink.post(CHANNEL_ID, STARTING, DeliveryKey.of("another announcement")).get(10, TimeUnit.SECONDS);

        assertThat(rig.discord.messagesCreatedIn(CHANNEL_ID)).hasSize(2);
    }

    @Test
    void aPostCancelledWhileWaitingInJdasQueueIsNeverSent() throws Exception {
        rig.discord.heldAnswers().holdNext(1);
        CompletableFuture<Void> first = sink.post(CHANNEL_ID, STARTING, KEY);
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.discord.heldAnswers().heldNow() == 1);
        CompletableFuture<Void> queued = sink.post(CHANNEL_ID, STARTING, DeliveryKey.of("queued behind it"));

        queued.cancel(true); // the pipeline gave up waiting: no request may start after this
        rig.discord.heldAnswers().release();
        first.get(10, TimeUnit.SECONDS);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                rig.discord.requests(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages")).size() == 1);
        assertThat(rig.discord.messagesCreatedIn(CHANNEL_ID)).hasSize(1);
    }
}
