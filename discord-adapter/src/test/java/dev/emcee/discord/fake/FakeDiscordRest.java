package dev.emcee.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.testing.HeldAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's REST API at {@code http://127.0.0.1:PORT/api/v10/}, as far as Emcee uses it: it checks the bot token,
 * records every request and answers like Discord does.
 *
 * <p>A message created with {@code enforce_nonce: true} is created once per nonce within {@link #NONCE_WINDOW}, as
 * Discord documents: a second create with the same nonce in the same channel returns the first message. A created
 * message's answer can be held (the poster waits as if Discord were slow, or its instance died mid-post).
 */
final class FakeDiscordRest implements AutoCloseable {
    private static final String BASE = "/api/v10/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private final String token;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusedChannels = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(600_000_000_000_000_000L);
    /** How long Discord remembers a nonce: "the past few minutes", per its documentation. */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(2);
    private final Map<String, Created> byNonce = new ConcurrentHashMap<>();
    private final List<DataObject> created = new CopyOnWriteArrayList<>();
    private final HeldAnswers held = new HeldAnswers();
    private final FakeScheduledEvents scheduledEvents = new FakeScheduledEvents();

    /** A message created with a nonce, and when (the fake's real time). */
    private record Created(DataObject message, Instant at) {
    }

    FakeDiscordRest(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    List<RecordedRequest> requests() {
        return requests;
    }

    /** The messages created, in order (a create answered from its nonce creates none). */
    List<DataObject> created() {
        return List.copyOf(created);
    }

    /** The answers to created messages, which can be held while the messages exist. */
    HeldAnswers heldAnswers() {
        return held;
    }

    /** The server's Scheduled Events. */
    FakeScheduledEvents scheduledEvents() {
        return scheduledEvents;
    }

    /** Makes posts to a channel fail with this HTTP status (403 Missing Permissions, 404 Unknown Channel). */
    void refusePostsTo(String channelId, int status) {
        refusedChannels.put(channelId, status);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!path.startsWith(BASE)) {
                respond(exchange, 404, error(0, "404: Not Found"));
                return;
            }
            String route = path.substring(BASE.length());
            if (!("Bot " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && !route.startsWith("interactions/") && !route.startsWith("webhooks/")) {
                respond(exchange, 401, error(0, "401: Unauthorized"));
                return;
            }
            RecordedRequest request = new RecordedRequest(method, route, exchange.getRequestURI().getQuery(), body);
            requests.add(request);
            answer(exchange, request);
        }
    }

    private void answer(HttpExchange exchange, RecordedRequest request) throws IOException {
        if (request.is("GET", "users/@me")) {
            respond(exchange, 200, Payloads.self().toString());
        } else if (request.is("POST", "channels/\\d+/messages")) {
            String channelId = request.path().split("/")[1];
            Integer refusal = refusedChannels.get(channelId);
            if (refusal != null) {
                respond(exchange, refusal, refusal == 403 ? error(50013, "Missing Permissions")
                        : error(10003, "Unknown Channel"));
                return;
            }
            respond(exchange, 200, createMessage(channelId, request.json()).toString());
        } else if (request.is("POST", "users/@me/channels")) {
            String recipient = request.json().getString("recipient_id");
            respond(exchange, 200, DataObject.empty().put("id", Payloads.dmChannelOf(recipient)).put("type", 1)
                    .put("last_message_id", null).put("flags", 0)
                    .put("recipients", DataArray.empty().add(Payloads.user(recipient, "Ada", false))).toString());
        } else if (request.is("POST", "webhooks/\\d+/[^/]+")) {
            respond(exchange, 200, sentMessage(Payloads.CHANNEL_ID, request.json()).put("flags",
                    request.json().getInt("flags", 0)).toString());
        } else if (FakeScheduledEvents.handles(request.path())) {
            FakeScheduledEvents.Answer answer = scheduledEvents.answer(request);
            respond(exchange, answer.status(), answer.json());
        } else if (request.is("PUT", "applications/\\d+(/guilds/\\d+)?/commands")) {
            respond(exchange, 200, registeredCommands(request).toString());
        } else if (request.is("POST", "interactions/\\d+/[^/]+/callback")) {
            respond(exchange, 204, null);
        } else if (request.is("PATCH", "webhooks/\\d+/[^/]+/messages/@original")) {
            respond(exchange, 200, sentMessage(Payloads.CHANNEL_ID, request.json()).toString());
        } else if (request.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original")) {
            respond(exchange, 204, null);
        } else {
            respond(exchange, 404, error(0, "The fake Discord does not know " + request.method() + " "
                    + request.path()));
        }
    }

    /** Creates the message, or returns the one its nonce created within the window when the nonce is enforced. */
    private DataObject createMessage(String channelId, DataObject sent) {
        String nonce = sent.getBoolean("enforce_nonce", false) ? sent.getString("nonce", null) : null;
        if (nonce == null) {
            return created(sentMessage(channelId, sent));
        }
        Instant now = Instant.now();
        boolean[] isNew = {false};
        Created first = byNonce.compute(channelId + "/" + nonce, (k, earlier) -> {
            if (earlier != null && earlier.at().plus(NONCE_WINDOW).isAfter(now)) {
                return earlier;
            }
            isNew[0] = true;
            return new Created(sentMessage(channelId, sent).put("nonce", nonce), now);
        });
        return isNew[0] ? created(first.message()) : first.message();
    }

    private DataObject created(DataObject message) {
        created.add(message);
        held.holdIfAsked();
        return message;
    }

    private DataObject sentMessage(String channelId, DataObject sent) {
        DataArray embeds = DataArray.empty();
        sent.optArray("embeds").ifPresent(sentEmbeds -> sentEmbeds.stream(DataArray::getObject)
                .forEach(embed -> embeds.add(embed.put("type", "rich"))));
        return Payloads.message(String.valueOf(ids.incrementAndGet()), channelId, Payloads.self(),
                        sent.getString("content", ""))
                .put("embeds", embeds)
                .put("components", sent.optArray("components").orElse(DataArray.empty()))
                .put("type", sent.hasKey("message_reference") ? 19 : 0);
    }

    private DataArray registeredCommands(RecordedRequest request) {
        DataArray sent = DataArray.fromJson(request.body());
        DataArray registered = DataArray.empty();
        for (int i = 0; i < sent.length(); i++) {
            registered.add(sent.getObject(i).put("id", String.valueOf(ids.incrementAndGet()))
                    .put("application_id", Payloads.BOT_ID).put("version", "1")
                    .put("type", sent.getObject(i).getInt("type", 1)));
        }
        return registered;
    }

    private static String error(int code, String message) {
        return DataObject.empty().put("code", code).put("message", message).toString();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        held.release();
        server.stop(0);
        executor.shutdownNow();
    }
}
