package dev.emcee.bench.chaos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on {@code ws://127.0.0.1:PORT/INSTANCE}: HELLO, IDENTIFY, READY and GUILD_CREATE, heartbeat
 * ACKs, and MESSAGE_CREATE dispatched to every identified session, as Discord sends every event to each session
 * of a bot.
 */
final class DiscordGateway extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<WebSocket, String> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    DiscordGateway() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the Discord stand-in's gateway did not start");
        }
    }

    /** The gateway address one instance is given ({@code EMCEE_DISCORD_GATEWAY_URL}). */
    String url(String instance) {
        return "ws://127.0.0.1:" + getPort() + "/" + instance;
    }

    /** Whether {@code instance} has an identified session now. */
    boolean connected(String instance) {
        return sessions.entrySet().stream().anyMatch(e -> e.getValue().equals(instance) && e.getKey().isOpen());
    }

    /** Sends a dispatch to every identified session; how many received it. */
    int dispatch(String type, Object data) {
        sessions.keySet().removeIf(session -> !session.isOpen());
        sessions.keySet().forEach(session -> send(session, type, data));
        return sessions.size();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send(json(DiscordPayloads.object("op", 10, "d", DiscordPayloads.object("heartbeat_interval", 41_250))));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode payload = StandInHttp.JSON.readTree(message);
            switch (payload.path("op").asInt()) {
                case 1 -> conn.send(json(DiscordPayloads.object("op", 11)));
                case 2 -> identify(conn);
                default -> { }
            }
        } catch (JsonProcessingException e) {
            conn.close(4002, "Decode error");
        }
    }

    private void identify(WebSocket conn) {
        String path = conn.getResourceDescriptor();
        String instance = path.replaceFirst("^/", "").replaceFirst("[/?].*$", "");
        send(conn, "READY", DiscordPayloads.ready("chaos-" + instance + "-" + sequence.get(), url(instance)));
        send(conn, "GUILD_CREATE", DiscordPayloads.guildCreate());
        sessions.put(conn, instance);
    }

    private void send(WebSocket conn, String type, Object data) {
        if (conn.isOpen()) {
            conn.send(json(DiscordPayloads.object("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data)));
        }
    }

    private static String json(Object value) {
        try {
            return StandInHttp.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }
}
