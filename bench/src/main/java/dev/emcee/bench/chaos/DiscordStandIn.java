package dev.emcee.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord's REST API on 127.0.0.1 at {@code /INSTANCE/api/v10/}, as Emcee's instances use it: the bot user,
 * slash command registration, DM channels, the server's Scheduled Events ({@link DiscordEventsStandIn}), and
 * {@code POST channels/ID/messages}, which honours {@code nonce} with
 * {@code enforce_nonce: true} as Discord does (the same nonce within five minutes returns the message created
 * first instead of creating another) and holds some announcements' responses open after creating the message.
 */
final class DiscordStandIn implements AutoCloseable {
    private static final String BASE = "/api/v10/";
    private static final long NONCE_WINDOW_MS = 5 * 60_000;

    private record Created(Map<String, Object> message, long atMs) {
    }

    private final StandInHttp http;
    private final DiscordGateway gateway = new DiscordGateway();
    private final Observations seen;
    private final HeldPosts held;
    private final DiscordEventsStandIn events;
    private final Map<String, Created> byNonce = new ConcurrentHashMap<>();
    private final Map<String, Integer> questionsById = new ConcurrentHashMap<>();
    private final Set<String> unknownRoutes = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong(600_000_000_000_000_000L);
    private final AtomicLong questionIds = new AtomicLong(700_000_000_000_000_000L);

    DiscordStandIn(Observations seen, HeldPosts held) throws IOException, InterruptedException {
        this.seen = seen;
        this.held = held;
        this.events = new DiscordEventsStandIn(seen);
        this.http = new StandInHttp(this::handle);
        gateway.startAndWait();
    }

    String apiUrl(String instance) {
        return "http://127.0.0.1:" + http.port() + "/" + instance + BASE;
    }

    String gatewayUrl(String instance) {
        return gateway.url(instance);
    }

    boolean connected(String instance) {
        return gateway.connected(instance);
    }

    /** Sends question {@code number} as a MESSAGE_CREATE to every session; how many sessions received it. */
    int ask(int number) {
        String id = Long.toString(questionIds.incrementAndGet());
        questionsById.put(id, number);
        return gateway.dispatch("MESSAGE_CREATE", DiscordPayloads.question(id, "!emcee what's next"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int base = path.indexOf(BASE);
        String instance = base > 1 ? path.substring(1, base) : "?";
        String route = base >= 0 ? path.substring(base + BASE.length()) : path;
        String method = exchange.getRequestMethod();
        String body = StandInHttp.body(exchange);
        if (method.equals("GET") && route.equals("users/@me")) {
            StandInHttp.respond(exchange, 200, DiscordPayloads.self());
        } else if (method.equals("POST") && route.matches("channels/\\d+/messages")) {
            post(exchange, instance, route.split("/")[1], body);
        } else if (method.equals("POST") && route.equals("users/@me/channels")) {
            String recipient = StandInHttp.JSON.readTree(body).path("recipient_id").asText();
            StandInHttp.respond(exchange, 200, DiscordPayloads.object("id", "32" + recipient.substring(2), "type", 1,
                    "last_message_id", null, "flags", 0,
                    "recipients", List.of(DiscordPayloads.user(recipient, "Ada", false))));
        } else if (DiscordEventsStandIn.handles(route)) {
            events.handle(exchange, method, route, body);
        } else if (method.equals("PUT") && route.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            StandInHttp.respond(exchange, 200, registered(body));
        } else {
            if (unknownRoutes.add(method + " " + route)) {
                System.err.println("chaos: the Discord stand-in does not know " + method + " " + route);
            }
            StandInHttp.respond(exchange, 404, DiscordPayloads.object("code", 0, "message", "404: Not Found"));
        }
    }

    private void post(HttpExchange exchange, String instance, String channel, String body) throws IOException {
        JsonNode sent = StandInHttp.JSON.readTree(body);
        String nonce = sent.path("nonce").asText(null);
        boolean enforce = nonce != null && sent.path("enforce_nonce").asBoolean(false);
        Created created;
        boolean fresh;
        synchronized (byNonce) {
            Created earlier = enforce ? byNonce.get(nonce) : null;
            fresh = earlier == null || seen.elapsedMs() - earlier.atMs() > NONCE_WINDOW_MS;
            created = fresh ? new Created(create(channel, sent), seen.elapsedMs()) : earlier;
            if (fresh && enforce) {
                byNonce.put(nonce, created);
            }
        }
        if (fresh) {
            count(instance, sent, body);
        }
        StandInHttp.respond(exchange, 200, created.message());
    }

    private void count(String instance, JsonNode sent, String body) {
        String repliedTo = sent.path("message_reference").path("message_id").asText(null);
        String session = repliedTo == null ? HeldPosts.sessionIn(body) : null;
        if (repliedTo != null && questionsById.containsKey(repliedTo)) {
            seen.replied(questionsById.get(repliedTo));
        } else if (session != null) {
            seen.announced("discord", session);
            held.maybeHold(instance);
        } else {
            seen.otherPost();
        }
    }

    private Map<String, Object> create(String channel, JsonNode sent) {
        Map<String, Object> message = DiscordPayloads.message(Long.toString(ids.incrementAndGet()), channel,
                DiscordPayloads.self(), sent.path("content").asText(""));
        List<Object> embeds = new ArrayList<>();
        sent.path("embeds").forEach(embed -> {
            Map<String, Object> copy = StandInHttp.JSON.convertValue(embed, Map.class);
            copy.put("type", "rich");
            embeds.add(copy);
        });
        message.put("embeds", embeds);
        message.put("components", StandInHttp.JSON.convertValue(sent.path("components").isMissingNode()
                ? List.of() : sent.path("components"), List.class));
        message.put("type", sent.has("message_reference") ? 19 : 0);
        if (sent.has("nonce")) {
            message.put("nonce", sent.path("nonce").asText());
        }
        return message;
    }

    private List<Object> registered(String body) throws IOException {
        List<Object> commands = new ArrayList<>();
        for (JsonNode command : StandInHttp.JSON.readTree(body)) {
            Map<String, Object> copy = StandInHttp.JSON.convertValue(command, Map.class);
            copy.put("id", Long.toString(ids.incrementAndGet()));
            copy.put("application_id", DiscordPayloads.BOT_ID);
            copy.put("version", "1");
            copy.putIfAbsent("type", 1);
            commands.add(copy);
        }
        return commands;
    }

    @Override
    public void close() throws InterruptedException {
        gateway.stop(1000);
        http.close();
    }
}
