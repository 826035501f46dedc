package dev.emcee.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.emcee.core.testing.HeldAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Slack on 127.0.0.1: the Web API methods Emcee calls ({@code auth.test}, {@code chat.postMessage} with
 * message metadata, {@code conversations.history} with {@code include_all_metadata}, {@code conversations.open},
 * {@code apps.connections.open}, {@code views.publish}) over HTTP, the {@code response_url}s of interactions, and a
 * Socket Mode WebSocket
 * server that sends envelopes and records the acknowledgements. A post's answer can be held after Slack accepted it (an
 * instance that dies mid-post), and the history can be refused as Slack does without its scope.
 */
@SuppressWarnings("try") // close() stops servers, which may be interrupted: tests let that fail them
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_USER = "UEMCEEBOT";
    public static final String BOT_TOKEN = "xoxb-0000000001-0000000002-fakebottokenforlocaltests";
    public static final String APP_TOKEN = "xapp-1-A0APP-0000000003-fakeapptokenforlocaltests";

    /** One scripted HTTP answer to {@code chat.postMessage}. */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply ok() {
            return new Reply(200, Map.of(), "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
        }
    }

    private final HttpServer http;
    private final SocketMode socket;
    private final List<Map<String, String>> posts = new CopyOnWriteArrayList<>();
    private final List<String> methodCalls = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> views = new CopyOnWriteArrayList<>();
    private final List<JsonObject> responses = new CopyOnWriteArrayList<>();
    private final Deque<Reply> postReplies = new ArrayDeque<>();
    private final AtomicInteger postAttempts = new AtomicInteger();
    private volatile boolean rejectBotToken;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private volatile String historyRefusal;
    private final HeldAnswers held = new HeldAnswers();
    private final AtomicLong lastTs = new AtomicLong();
    private final Map<String, String> userGroups = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeSlack() throws Exception {
        socket = new SocketMode();
        socket.setReuseAddr(true);
        socket.start();
        socket.awaitStarted();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/", this::api);
        http.createContext("/respond/", this::respondUrl);
        http.setExecutor(handlers); // a held post holds one thread, not the whole fake
        http.start();
    }

    /** The Web API base address to put in {@code slack.api-url}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
    }

    /** Makes {@code usergroups.users.list} answer that {@code group} has these members. */
    public void userGroup(String group, String... members) {
        userGroups.put(group, String.join(",", java.util.Arrays.stream(members).map(m -> "\"" + m + "\"").toList()));
    }

    /** Makes {@code auth.test} answer {@code invalid_auth}. */
    void rejectBotToken() {
        rejectBotToken = true;
    }

    /** Queues answers for the next {@code chat.postMessage} calls; after them every call succeeds. */
    synchronized void scriptPostReplies(Reply... replies) {
        postReplies.addAll(List.of(replies));
    }

    /**
     * The answers to the next accepted posts: hold them ({@link HeldAnswers#holdNext}) and the posts are in the
     * channel while the poster still waits, as if Slack were slow to answer or the poster's instance had died.
     */
    public HeldAnswers heldPosts() {
        return held;
    }

    /** Makes {@code conversations.history} answer this error, such as {@code missing_scope}. */
    public void refuseHistory(String error) {
        historyRefusal = error;
    }

    /** The accepted {@code chat.postMessage} calls, as their form parameters (with the {@code ts} Slack gave). */
    public List<Map<String, String>> posts() {
        return posts;
    }

    /** Every {@code chat.postMessage} call, accepted or not. */
    int postAttempts() {
        return postAttempts.get();
    }

    /** The {@code views.publish} calls, as their form parameters ({@code user_id}, {@code view} as JSON). */
    public List<Map<String, String>> publishedViews() {
        return views;
    }

    /** The views published to one person's Home, oldest first, as JSON. */
    public List<JsonObject> homeViewsOf(String userId) {
        return views.stream().filter(v -> userId.equals(v.get("user_id")))
                .map(v -> JsonParser.parseString(v.get("view")).getAsJsonObject()).toList();
    }

    public List<String> methodCalls() {
        return methodCalls;
    }

    /** A {@code response_url} on this fake, for an interaction or a command. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/respond/" + id;
    }

    /** The JSON bodies posted to {@link #responseUrl} addresses, each with the {@code _url} it was posted to. */
    public List<JsonObject> responses() {
        return responses;
    }

    /** The DM channel id {@code conversations.open} gives for a user: "D" and the user id without its "U". */
    public static String dmChannelOf(String userId) {
        return "D" + userId.substring(1);
    }

    /** The accepted posts to one person's DM channel. */
    public List<Map<String, String>> directMessagesTo(String userId) {
        return posts.stream().filter(p -> dmChannelOf(userId).equals(p.get("channel"))).toList();
    }

    /** The Socket Mode side. */
    public SocketMode socketMode() {
        return socket;
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            methodCalls.add(method);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            switch (method) {
                case "auth.test" -> respond(exchange, 200, rejectBotToken || !(("Bearer " + BOT_TOKEN).equals(auth) || ("Bearer " + APP_TOKEN).equals(auth))
                        ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                        : "{\"ok\":true,\"url\":\"https://velocity.example/\",\"team\":\"Velocity\",\"user\":\"emcee\","
                                + "\"team_id\":\"T0TEAM\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOT\"}");
                case "apps.connections.open" -> respond(exchange, 200, ("Bearer " + APP_TOKEN).equals(auth)
                        ? "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}");
                case "chat.postMessage" -> chatPostMessage(exchange, body);
                case "views.publish" -> {
                    Map<String, String> publish = form(body);
                    views.add(publish);
                    boolean valid = publish.containsKey("view")
                            && publish.getOrDefault("user_id", "").matches("U[A-Z0-9]+");
                    respond(exchange, 200, valid ? "{\"ok\":true}" : "{\"ok\":false,\"error\":\"invalid_arguments\"}");
                }
                case "conversations.history" -> conversationsHistory(exchange, form(body));
                case "conversations.open" -> {
                    String users = form(body).getOrDefault("users", "");
                    respond(exchange, 200, users.matches("U[A-Z0-9]+")
                            ? "{\"ok\":true,\"channel\":{\"id\":\"" + dmChannelOf(users) + "\"}}"
                            : "{\"ok\":false,\"error\":\"user_not_found\"}");
                }
                case "usergroups.users.list" -> {
                    String members = userGroups.get(form(body).getOrDefault("usergroup", ""));
                    respond(exchange, 200, members == null ? "{\"ok\":false,\"error\":\"no_such_subteam\"}"
                            : "{\"ok\":true,\"users\":[" + members + "]}");
                }
                default -> respond(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
            }
        }
    }

    private void respondUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            body.addProperty("_url", exchange.getRequestURI().getPath());
            responses.add(body);
            respond(exchange, 200, "ok");
        }
    }

    private void chatPostMessage(HttpExchange exchange, String body) throws IOException {
        postAttempts.incrementAndGet();
        Reply reply;
        synchronized (this) {
            reply = postReplies.isEmpty() ? Reply.ok() : postReplies.poll();
        }
        if (reply.status() == 200 && reply.body().contains("\"ok\":true")) {
            Map<String, String> post = form(body);
            String ts = nextTs();
            post.put("ts", ts);
            posts.add(post);
            reply = new Reply(200, reply.headers(), "{\"ok\":true,\"channel\":\"" + post.get("channel")
                    + "\",\"ts\":\"" + ts + "\"}");
            held.holdIfAsked();
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        respond(exchange, reply.status(), reply.body());
    }

    /** A message timestamp as Slack writes them (seconds and microseconds), rising with every post. */
    private String nextTs() {
        long micros = lastTs.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    /** The channel's accepted messages since {@code oldest}, newest first, with their metadata when asked for. */
    private void conversationsHistory(HttpExchange exchange, Map<String, String> request) throws IOException {
        if (historyRefusal != null) {
            respond(exchange, 200, "{\"ok\":false,\"error\":\"" + historyRefusal + "\"}");
            return;
        }
        double oldest = Double.parseDouble(request.getOrDefault("oldest", "0"));
        boolean metadata = "true".equals(request.get("include_all_metadata")) || "1".equals(
                request.get("include_all_metadata"));
        JsonArray messages = new JsonArray();
        List<Map<String, String>> newestFirst = new ArrayList<>(posts);
        Collections.reverse(newestFirst);
        for (Map<String, String> post : newestFirst) {
            if (post.get("channel").equals(request.get("channel")) && Double.parseDouble(post.get("ts")) >= oldest) {
                JsonObject message = new JsonObject();
                message.addProperty("type", "message");
                message.addProperty("user", BOT_USER);
                message.addProperty("text", post.getOrDefault("text", ""));
                message.addProperty("ts", post.get("ts"));
                if (metadata && post.containsKey("metadata")) {
                    message.add("metadata", JsonParser.parseString(post.get("metadata")));
                }
                messages.add(message);
            }
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("messages", messages);
        answer.addProperty("has_more", false);
        respond(exchange, 200, answer.toString());
    }

    /** The accepted posts carrying metadata of this event type and key. */
    public List<Map<String, String>> postsMarked(String eventType, String key) {
        return posts.stream().filter(p -> p.containsKey("metadata")).filter(p -> {
            JsonObject metadata = JsonParser.parseString(p.get("metadata")).getAsJsonObject();
            return eventType.equals(metadata.get("event_type").getAsString())
                    && key.equals(metadata.getAsJsonObject("event_payload").get("key").getAsString());
        }).toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws Exception {
        held.release();
        http.stop(0);
        handlers.shutdownNow();
        socket.stop(1000);
    }

    /** The Socket Mode WebSocket server: says hello to each client, sends envelopes, records acks. */
    public static final class SocketMode extends WebSocketServer {
        private final List<JsonObject> acks = new CopyOnWriteArrayList<>();
        private final List<WebSocket> clients = new CopyOnWriteArrayList<>();
        private final CountDownLatch started = new CountDownLatch(1);

        SocketMode() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        void awaitStarted() throws InterruptedException {
            started.await(10, TimeUnit.SECONDS);
        }

        public boolean hasClient() {
            return !clients.isEmpty();
        }

        /** Sends an envelope to every connected client. */
        public void send(String envelopeJson) {
            clients.forEach(c -> c.send(envelopeJson));
        }

        /** The acknowledgements received so far, by envelope id. */
        public java.util.Optional<JsonObject> ack(String envelopeId) {
            return acks.stream().filter(a -> a.has("envelope_id")
                    && envelopeId.equals(a.get("envelope_id").getAsString())).findFirst();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            clients.add(conn);
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            clients.remove(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            acks.add(JsonParser.parseString(message).getAsJsonObject());
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
