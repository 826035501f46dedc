package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.LogCapture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Slack's outbound port posting through the real Slack SDK to a local Slack that rate-limits and fails on cue. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlackOutboundTest {
    private static final Notice ANNOUNCEMENT = SlackSamples.seanAllenStartingSoon();
    private static final DeliveryKey KEY = DeliveryKey.of("announcement of sean");
    /** The poster's clock: a fixed moment before any message the local Slack (on the real clock) stamps. */
    private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");

    private FakeSlack slack;
    private Slack client;
    private final ManualDelays delays = new ManualDelays();
    private LogCapture log;
    private SlackOutbound sink;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        client = Slack.getInstance(config);
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(1));
        sink = new SlackOutbound(new SlackPoster(client.methods(FakeSlack.BOT_TOKEN), policy, delays,
                Clock.fixed(NOW, ZoneOffset.UTC)), Agendas.off());
        log = LogCapture.of(SlackPoster.class);
    }

    @AfterEach
    void stop() throws Exception {
        log.close();
        client.close();
        slack.close();
    }

    @Test
    void postsBlocksToTheChannelWithoutBlockingTheCaller() throws Exception {
        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);

        assertThat(posted).as("nothing is sent on the caller's thread").isNotDone();
        assertThat(slack.postAttempts()).isZero();
        delays.runAll();

        assertThat(posted).isCompleted();
        assertThat(slack.posts()).singleElement().satisfies(post -> {
            assertThat(post).containsEntry("channel", "C0ANNOUNCE").containsEntry("link_names", "0");
            assertThat(post.get("text")).startsWith("Starting in 3 minutes: Sean Allen");
            assertThat(JsonParser.parseString(post.get("blocks")).toString()).contains("Sean Allen (Wallaroo Labs)", "<!date^1529000700^");
        });
        assertThat(sink.platform()).isEqualTo(Platform.SLACK);
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void aRateLimitLongerThanThirtySecondsIsWaitedOutAsSlackAsksAndThePostGoesOutOnce() throws Exception {
        slack.scriptPostReplies(new FakeSlack.Reply(429, Map.of("Retry-After", "40"),
                "{\"ok\":false,\"error\":\"ratelimited\"}"));

        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        assertThat(posted).isCompleted();
        assertThat(delays.waits()).containsExactly(Duration.ZERO, Duration.ofSeconds(40));
        assertThat(slack.postAttempts()).isEqualTo(2);
        assertThat(slack.posts()).hasSize(1);
        assertThat(slack.methodCalls()).as("a 429 posted nothing: nothing to look for").doesNotContain(
                "conversations.history");
        assertThat(log.problems()).as("a rate limit waited out is no problem").isEmpty();
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimesThenLogged() throws Exception {
        FakeSlack.Reply down = new FakeSlack.Reply(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");
        slack.scriptPostReplies(down, down, down, down, down, down);

        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        assertThat(posted).isCompletedExceptionally();
        assertThat(slack.postAttempts()).isEqualTo(4);
        assertThat(delays.waits()).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        assertThat(slack.posts()).isEmpty();
        assertThat(log.events()).filteredOn(e -> e.getLevel() == Level.ERROR).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("Could not post to Slack channel C0ANNOUNCE after 4 attempts", "HTTP 503");
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                posted::get);
        assertThat(failure.getCause()).isInstanceOf(SlackPostException.class);
    }

    @Test
    void aRefusalIsNotRetriedAndSaysWhatToDo() {
        slack.scriptPostReplies(new FakeSlack.Reply(200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}"));

        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        assertThat(posted).isCompletedExceptionally();
        assertThat(slack.postAttempts()).isEqualTo(1);
        assertThat(log.events()).filteredOn(e -> e.getLevel() == Level.ERROR).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("not_in_channel", "/invite"));
    }

    @Test
    void theMessageCarriesItsDeliveryKeyAsMetadata() {
        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        assertThat(posted).isCompleted();
        assertThat(slack.postsMarked("emcee_announcement", KEY.value())).hasSize(1);
        assertThat(slack.methodCalls()).as("a first attempt has nothing to look for").doesNotContain(
                "conversations.history");
    }

    @Test
    void aRetryAfterAnAttemptThatReachedSlackFindsItsMessageAndPostsNothing() {
        sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        CompletableFuture<Void> again = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY.after(NOW.minusSeconds(30)));
        delays.runAll();

        assertThat(again).isCompleted();
        assertThat(slack.postAttempts()).isEqualTo(1);
        assertThat(slack.posts()).hasSize(1);
        assertThat(slack.methodCalls()).contains("conversations.history");
    }

    @Test
    void aRetryWhoseEarlierAttemptNeverReachedSlackPostsOnce() {
        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY.after(NOW.minusSeconds(30)));
        delays.runAll();

        assertThat(posted).isCompleted();
        assertThat(slack.postsMarked("emcee_announcement", KEY.value())).hasSize(1);
    }

    @Test
    void anotherDeliverysMessageInTheChannelDoesNotStopThePost() {
        sink.post("C0ANNOUNCE", ANNOUNCEMENT, DeliveryKey.of("announcement of someone else"));
        delays.runAll();

        sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY.after(NOW.minusSeconds(30)));
        delays.runAll();

        assertThat(slack.posts()).hasSize(2);
    }

    @Test
    void withoutTheHistoryScopeItWarnsAndPostsRatherThanLoseThePost() {
        slack.refuseHistory("missing_scope");
        try (LogCapture earlier = LogCapture.of(EarlierPosts.class)) {
            CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY.after(NOW.minusSeconds(30)));
            delays.runAll();

            assertThat(posted).isCompleted();
            assertThat(slack.posts()).hasSize(1);
            assertThat(earlier.problems()).singleElement().asString().contains("C0ANNOUNCE", "missing_scope",
                    "channels:history", "may appear twice");
        }
    }

    @Test
    void aRetryAfterAServerErrorLooksFirstSinceTheFailedAttemptBegan() {
        slack.scriptPostReplies(new FakeSlack.Reply(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}"));

        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runAll();

        assertThat(posted).isCompleted();
        assertThat(slack.methodCalls()).containsSubsequence("chat.postMessage", "conversations.history",
                "chat.postMessage");
        assertThat(slack.posts()).hasSize(1);
    }

    @Test
    void aPostCancelledWhileItWaitsOutARateLimitMakesNoFurtherAttempt() {
        slack.scriptPostReplies(new FakeSlack.Reply(429, Map.of("Retry-After", "40"),
                "{\"ok\":false,\"error\":\"ratelimited\"}"));
        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);
        delays.runNext(); // the first attempt, answered 429; the retry now waits 40 s

        posted.cancel(true); // the caller gave up waiting
        delays.runAll();

        assertThat(slack.postAttempts()).isEqualTo(1);
        assertThat(slack.posts()).isEmpty();
    }

    @Test
    void aPostCancelledBeforeItsTurnIsNeverMade() {
        CompletableFuture<Void> posted = sink.post("C0ANNOUNCE", ANNOUNCEMENT, KEY);

        posted.cancel(true);
        delays.runAll();

        assertThat(slack.postAttempts()).isZero();
    }

    /** Delays that run nothing until asked, and remember how long each wait would have been. */
    private static final class ManualDelays implements Delays {
        private final Deque<Runnable> pending = new ArrayDeque<>();
        private final List<Duration> waits = new ArrayList<>();

        @Override
        public synchronized void after(Duration delay, Runnable task) {
            waits.add(delay);
            pending.add(task);
        }

        void runNext() {
            Runnable next;
            synchronized (this) {
                next = pending.poll();
            }
            next.run();
        }

        void runAll() {
            for (int i = 0; i < 100; i++) {
                Runnable next;
                synchronized (this) {
                    next = pending.poll();
                }
                if (next == null) {
                    return;
                }
                next.run();
            }
            throw new AssertionError("retries did not stop");
        }

        synchronized List<Duration> waits() {
            return List.copyOf(waits);
        }
    }
}
