package dev.emcee.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API on 127.0.0.1 as Emcee's instances use it, at {@code /INSTANCE/api/METHOD} so that it knows
 * which instance calls: {@code auth.test}, {@code chat.postMessage} (keeping {@code metadata}, holding some
 * announcements' responses open after the message exists), {@code conversations.history} (with
 * {@code oldest} and {@code include_all_metadata}) and {@code conversations.open}; any other method answers
 * {@code ok} and is logged once.
 */
final class SlackStandIn implements AutoCloseable {
    static final String BOT_USER = "UEMCEECHAOS";
    static final String BOT_TOKEN = "xoxb-0000000001-0000000002-chaosrunlocalstandin";
    static final String SIGNING_SECRET = "chaos-run-signing-secret";

    private final StandInHttp http;
    private final Observations seen;
    private final HeldPosts held;
    private final Clock clock;
    private final Map<String, List<ObjectNode>> channels = new ConcurrentHashMap<>();
    private final Map<String, Integer> questionsByTs = new ConcurrentHashMap<>();
    private final Set<String> unknownMethods = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastMicros = new AtomicLong();
    private final AtomicInteger historyLooks = new AtomicInteger();

    /** @param clock what the stand-in stamps messages and signs events with, as Slack stamps with its own */
    SlackStandIn(Observations seen, HeldPosts held, Clock clock) throws IOException {
        this.seen = seen;
        this.held = held;
        this.clock = clock;
        this.http = new StandInHttp(this::handle);
    }

    /** The Web API address one instance is given ({@code EMCEE_SLACK_API_URL}). */
    String apiUrl(String instance) {
        return "http://127.0.0.1:" + http.port() + "/" + instance + "/api/";
    }

    /** The stand-in's clock, for what it sends as Slack would (event times, request timestamps). */
    Clock clock() {
        return clock;
    }

    /** A fresh message timestamp, as Slack gives ({@code SECONDS.MICROS}, increasing). */
    String nextTs() {
        long micros = lastMicros.accumulateAndGet(clock.millis() * 1000, (last, now) -> Math.max(last + 1, now));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    /** How many times an instance looked at a channel's history (before re-posting a taken-over claim). */
    int historyLooks() {
        return historyLooks.get();
    }

    /** Replies in the thread of {@code ts} are counted as answers to question {@code number}. */
    void expectReplies(String ts, int number) {
        questionsByTs.put(ts, number);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String instance = path.length > 1 ? path[1] : "?";
        String method = path.length > 3 ? path[3] : "";
        String body = StandInHttp.body(exchange);
        JsonNode params = params(exchange, body);
        switch (method) {
            case "auth.test" -> StandInHttp.respond(exchange, 200, Map.of("ok", true, "url", "https://chaos.slack.com/",
                    "team", "Chaos", "user", "emcee", "team_id", "T0CHAOS", "user_id", BOT_USER, "bot_id", "B0CHAOS"));
            case "chat.postMessage" -> post(exchange, instance, params);
            case "conversations.history" -> {
                historyLooks.incrementAndGet();
                StandInHttp.respond(exchange, 200, history(params));
            }
            case "conversations.open" -> StandInHttp.respond(exchange, 200, Map.of("ok", true,
                    "channel", Map.of("id", "D" + params.path("users").asText("U0").substring(1))));
            default -> {
                if (unknownMethods.add(method)) {
                    System.err.println("chaos: the Slack stand-in answers ok to " + method + " (not simulated)");
                }
                StandInHttp.respond(exchange, 200, Map.of("ok", true));
            }
        }
    }

    private void post(HttpExchange exchange, String instance, JsonNode params) {
        String channel = params.path("channel").asText();
        String ts = nextTs();
        ObjectNode message = StandInHttp.JSON.createObjectNode().put("type", "message").put("user", BOT_USER)
                .put("bot_id", "B0CHAOS").put("text", params.path("text").asText("")).put("ts", ts);
        JsonNode metadata = metadata(params.get("metadata"));
        if (metadata != null) {
            message.set("metadata", metadata);
        }
        String threadTs = params.path("thread_ts").asText(null);
        String session = threadTs == null ? HeldPosts.sessionIn(params.toString()) : null;
        channels.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(message);
        if (threadTs != null && questionsByTs.containsKey(threadTs)) {
            seen.replied(questionsByTs.get(threadTs));
        } else if (session != null) {
            seen.announced("slack", session);
            held.maybeHold(instance);
        } else {
            seen.otherPost();
        }
        StandInHttp.respond(exchange, 200, Map.of("ok", true, "channel", channel, "ts", ts, "message", message));
    }

    private Map<String, Object> history(JsonNode params) {
        double oldest = params.path("oldest").asDouble(0);
        boolean withMetadata = isSet(params.path("include_all_metadata").asText(""));
        List<ObjectNode> messages = new ArrayList<>();
        for (ObjectNode message : channels.getOrDefault(params.path("channel").asText(), List.of())) {
            if (Double.parseDouble(message.path("ts").asText()) > oldest) {
                ObjectNode copy = message.deepCopy();
                if (!withMetadata) {
                    copy.remove("metadata");
                }
                messages.add(copy);
            }
        }
        messages.sort(Comparator.comparing((ObjectNode m) -> m.path("ts").asText()).reversed());
        return Map.of("ok", true, "messages", messages, "has_more", false);
    }

    /**
     * Whether a Slack boolean argument is on: Slack takes {@code true} or {@code 1}, and the Java SDK sends {@code 1}
     * for {@code include_all_metadata} (read as false here once, the stand-in hid every message's metadata and the
     * run counted Emcee's history look as failing).
     */
    static boolean isSet(String flag) {
        return "1".equals(flag) || "true".equalsIgnoreCase(flag);
    }

    /** Form parameters (as the Slack SDK sends most methods), a JSON body, or the query of a GET. */
    private static JsonNode params(HttpExchange exchange, String body) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("json")) {
            return StandInHttp.JSON.readTree(body);
        }
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> values = StandInHttp.form(body);
        values.putAll(StandInHttp.form(query));
        return StandInHttp.JSON.valueToTree(values);
    }

    /** {@code metadata} as an object, whether it came as a JSON string (form) or an object (JSON body). */
    private static JsonNode metadata(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isTextual() ? StandInHttp.JSON.readTree(value.asText()) : value;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
