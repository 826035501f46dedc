package dev.emcee.core.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.AnswerSamples;
import dev.emcee.core.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every platform's connection does, whatever the platform: it posts to a channel, sends to a person, turns a
 * delivery the platform refuses into a failed future, describes itself, and closes. Each platform runs these same
 * cases with a subclass that starts its real connection against the platform's local fake (Slack's with Bolt and
 * the SDK, Discord's with JDA) or on the console.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class PlatformContract {
    /** The label of the session every notice here is about; each platform's message must show it. */
    protected static final String LABEL = "Session contract";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final SessionCard CARD = AnswerSamples.card("contract", 5);
    private static final Notice ANNOUNCEMENT = new SessionsStarting(List.of(CARD), AnswerSamples.NOW);
    private static final Notice REMINDER = new SessionReminder(CARD, AnswerSamples.NOW, Duration.ofMinutes(5));
    private static final DeliveryKey KEY = DeliveryKey.of("contract announcement");
    private static final DeliveryKey PERSONAL_KEY = DeliveryKey.of("contract reminder");

    /** A delivery the platform will refuse: a post to {@code target} as a channel, or a send to it as a person. */
    public record Refused(boolean toChannel, String target) {
        /** A post to this channel. */
        public static Refused postTo(String channel) {
            return new Refused(true, channel);
        }

        /** A direct message to this person. */
        public static Refused sendTo(String person) {
            return new Refused(false, person);
        }
    }

    private final Platform platform;
    private final String channel;
    private final String person;
    private PlatformConnection connection;

    /**
     * @param platform the platform under test
     * @param channel a channel the platform accepts posts in
     * @param person a person the platform accepts direct messages for
     */
    protected PlatformContract(Platform platform, String channel, String person) {
        this.platform = platform;
        this.channel = channel;
        this.person = person;
    }

    /** Starts the platform's local fake (if any) and the real connection to it. */
    protected abstract PlatformConnection connect() throws Exception;

    /** Stops the platform's local fake, after the connection was closed. */
    protected abstract void stopFake() throws Exception;

    /** The messages the platform received in {@code channel}, as text, in order. */
    protected abstract List<String> postedIn(String channel);

    /** The direct messages the platform received for {@code person}, as text, in order. */
    protected abstract List<String> sentTo(String person);

    /** Prepares the platform to refuse a delivery, and says which one. */
    protected abstract Refused refusedDelivery();

    /** The logger the connection reports a failed delivery on (kept off the console while refusing). */
    protected abstract String failureLogger();

    /**
     * Whether a second post of one {@link DeliveryKey}, marked as following an attempt that may have reached the
     * platform, is recognised and shown once (a chat platform's must be; the console, whose print cannot be half
     * done, prints it again).
     */
    protected boolean recognisesRepeatedPosts() {
        return true;
    }

    @BeforeEach
    void connectToThePlatform() throws Exception {
        connection = connect();
    }

    @AfterEach
    void closeAndStop() throws Exception {
        connection.close();
        stopFake();
    }

    @Test
    void postsANoticeToAChannel() throws Exception {
        delivered(connection.post(channel, ANNOUNCEMENT, KEY), () -> postedIn(channel), () -> sentTo(person));
    }

    @Test
    void sendsANoticeToAPersonPrivately() throws Exception {
        delivered(connection.send(person, REMINDER, PERSONAL_KEY), () -> sentTo(person), () -> postedIn(channel));
    }

    @Test
    void aRepeatedPostOfOneKeyAfterAnAttemptThatReachedThePlatformShowsOneMessage() throws Exception {
        connection.post(channel, ANNOUNCEMENT, KEY).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(WAIT).until(() -> postedIn(channel).size() == 1);

        connection.post(channel, ANNOUNCEMENT, KEY.after(AnswerSamples.NOW.minusSeconds(60)))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(postedIn(channel)).as("a repeated post of one delivery key").hasSize(recognisesRepeatedPosts()
                ? 1 : 2);
    }

    @Test
    @SuppressWarnings("try") // the capture only keeps the platform's own failure line off the console
    void aDeliveryThePlatformRefusesIsAFailedFuture() {
        Refused refused = refusedDelivery();
        try (LogCapture failures = LogCapture.of(failureLogger())) {
            CompletableFuture<Void> delivery = refused.toChannel() ? connection.post(refused.target(), ANNOUNCEMENT, KEY)
                    : connection.send(refused.target(), REMINDER, PERSONAL_KEY);

            assertThat(delivery).failsWithin(WAIT).withThrowableOfType(ExecutionException.class);
        }
    }

    @Test
    void describesItselfAsItsPlatform() {
        assertThat(connection.platform()).isEqualTo(platform);
        assertThat(connection.description().toLowerCase(Locale.ROOT)).contains(platform.key());
    }

    @Test
    @SuppressWarnings("try") // the capture only keeps the platform's own failure line off the console
    void isConnectedUntilClosedAndThenDeliversNothing() {
        await().atMost(WAIT).until(connection::isConnected);

        connection.close();

        assertThat(connection.isConnected()).isFalse();
        try (LogCapture failures = LogCapture.of(failureLogger())) {
            assertThat(connection.post(channel, ANNOUNCEMENT, KEY)).failsWithin(WAIT)
                    .withThrowableOfType(ExecutionException.class);
        }
        assertThat(postedIn(channel)).isEmpty();
    }

    /** The delivery completes, the message arrives where it was sent (showing the session) and nowhere else. */
    private static void delivered(CompletableFuture<Void> delivery, Supplier<List<String>> there,
            Supplier<List<String>> elsewhere) throws Exception {
        delivery.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> !there.get().isEmpty());
        assertThat(there.get()).singleElement().asString().contains(LABEL);
        assertThat(elsewhere.get()).isEmpty();
    }
}
