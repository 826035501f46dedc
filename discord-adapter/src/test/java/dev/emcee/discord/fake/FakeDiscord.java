package dev.emcee.discord.fake;

import static org.awaitility.Awaitility.await;

import dev.emcee.core.testing.HeldAnswers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord on 127.0.0.1 (REST and gateway) for running the real JDA end to end without the internet.
 */
@SuppressWarnings("try") // close() stops servers, which may be interrupted: tests let that fail them
public final class FakeDiscord implements AutoCloseable {
    /** The token the fake accepts. */
    public static final String TOKEN = "fake-bot-token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeDiscordRest rest;
    private final FakeDiscordGateway gateway;
    private final AtomicBoolean closed = new AtomicBoolean();

    public FakeDiscord() throws IOException, InterruptedException {
        this.rest = new FakeDiscordRest(TOKEN);
        this.gateway = new FakeDiscordGateway();
        gateway.startAndWait();
    }

    /** The REST base URL, for {@code discord.api-url}. */
    public String apiUrl() {
        return rest.apiUrl();
    }

    /** The gateway URL, for {@code discord.gateway-url}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    /** An environment holding the token the fake accepts. */
    public Map<String, String> environment() {
        return Map.of("DISCORD_TOKEN", TOKEN);
    }

    /** From now on, IDENTIFY with the Message Content intent is closed with 4014, as for an app without it. */
    public void denyMessageContent() {
        gateway.denyMessageContent();
    }

    /** The intents of every IDENTIFY so far. */
    public List<Integer> identifiedIntents() {
        return gateway.identifiedIntents();
    }

    /** The messages Discord created in a channel (a repeated post answered from its nonce creates none). */
    public List<DataObject> messagesCreatedIn(String channelId) {
        return rest.created().stream().filter(m -> channelId.equals(m.getString("channel_id"))).toList();
    }

    /**
     * Discord's answers to created messages: hold them ({@link HeldAnswers#holdNext}) and the messages exist while
     * the poster still waits, as if Discord were slow to answer or the poster's instance had died.
     */
    public HeldAnswers heldAnswers() {
        return rest.heldAnswers();
    }

    /** Gives Emcee's role Manage Events in the server (for the sessions that connect from now on). */
    public void grantManageEvents() {
        gateway.grantBotRole(Payloads.MANAGE_EVENTS);
    }

    /** The server's Scheduled Events held now, in order of creation. */
    public List<DataObject> scheduledEvents() {
        return rest.scheduledEvents().held();
    }

    /** Adds a scheduled event made by someone else ({@code creatorId}), returning its id. */
    public String seedScheduledEvent(String creatorId, String name, String description, java.time.Instant start) {
        return rest.scheduledEvents().seed(creatorId, name, description, start);
    }

    /** From now on, creating, changing and deleting scheduled events fails with this status (403). */
    public void refuseScheduledEventChanges(int status) {
        rest.scheduledEvents().refuseChanges(status);
    }

    /** The requests to the server's Scheduled Events with this method ("POST", "PATCH", "DELETE", "GET"). */
    public List<RecordedRequest> scheduledEventRequests(String method) {
        return requests(r -> r.method().equals(method) && FakeScheduledEvents.handles(r.path()));
    }

    /** Makes posts to a channel fail with an HTTP status (403 or 404). */
    public void refusePostsTo(String channelId, int status) {
        rest.refusePostsTo(channelId, status);
    }

    /** Sends a gateway dispatch such as MESSAGE_CREATE to the connected bot. */
    public void dispatch(String type, DataObject data) {
        gateway.dispatch(type, data);
    }

    /** How many bot sessions are connected to the gateway (one per Emcee instance). */
    public int openSessions() {
        return gateway.openSessions();
    }

    /** Every REST request so far. */
    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    /** The requests so far that match. */
    public List<RecordedRequest> requests(Predicate<RecordedRequest> matching) {
        return rest.requests().stream().filter(matching).toList();
    }

    /** Waits (bounded) for a request that matches and returns the first. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching) {
        await().atMost(WAIT).until(() -> !requests(matching).isEmpty());
        return requests(matching).get(0);
    }

    /** Waits (bounded) for the callback answering an interaction. */
    public RecordedRequest awaitCallback(String interactionId) {
        return awaitRequest(r -> r.is("POST", "interactions/" + interactionId + "/token-" + interactionId
                + "/callback"));
    }

    /** Waits (bounded) for a PATCH or DELETE of the original response to an interaction. */
    public RecordedRequest awaitOriginal(String method, String interactionId) {
        return awaitRequest(r -> r.is(method, "webhooks/" + Payloads.BOT_ID + "/token-" + interactionId
                + "/messages/@original"));
    }

    /** Stops both servers, as when Discord goes away; closing twice is harmless. */
    @Override
    public void close() throws InterruptedException {
        if (closed.compareAndSet(false, true)) {
            gateway.stop(1000);
            rest.close();
        }
    }
}
