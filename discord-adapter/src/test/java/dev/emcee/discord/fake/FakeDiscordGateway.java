package dev.emcee.discord.fake;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on {@code ws://127.0.0.1:PORT}: HELLO, IDENTIFY, READY and GUILD_CREATE, heartbeat ACKs, and
 * dispatches a test sends. Like Discord, it closes with 4014 when the bot asks for the Message Content intent
 * without having it.
 */
final class FakeDiscordGateway extends WebSocketServer {
    static final int MESSAGE_CONTENT_INTENT = 1 << 15;
    static final int DISALLOWED_INTENTS = 4014;

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<Integer> identifiedIntents = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean messageContentGranted = true;
    private volatile long botPermissions;
    private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();

    FakeDiscordGateway() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Gives Emcee's role these permissions in the server, from the next IDENTIFY on. */
    void grantBotRole(long permissions) {
        botPermissions = permissions;
    }

    void denyMessageContent() {
        messageContentGranted = false;
    }

    /** The intents of every IDENTIFY received, in order. */
    List<Integer> identifiedIntents() {
        return identifiedIntents;
    }

    /**
     * Sends a dispatch (op 0) to every connected session, as Discord sends every event to each session of a bot
     * (several Emcee instances with one token).
     */
    void dispatch(String type, DataObject data) {
        sessions.removeIf(session -> !session.isOpen());
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no bot is connected to the fake gateway");
        }
        sessions.forEach(session -> send(session, type, data));
    }

    /** How many sessions are connected and identified now. */
    int openSessions() {
        return (int) sessions.stream().filter(WebSocket::isOpen).count();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send(DataObject.empty().put("op", 10)
                .put("d", DataObject.empty().put("heartbeat_interval", 41_250)).toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (!conn.isOpen()) {
            return; // closed by identify() while the client's next frame was already on its way, as Discord ignores it
        }
        DataObject payload = DataObject.fromJson(message);
        switch (payload.getInt("op")) {
            case 1 -> conn.send(DataObject.empty().put("op", 11).toString());
            case 2 -> identify(conn, payload.getObject("d"));
            default -> { }
        }
    }

    private void identify(WebSocket conn, DataObject identify) {
        int intents = identify.getInt("intents");
        identifiedIntents.add(intents);
        if ((intents & MESSAGE_CONTENT_INTENT) != 0 && !messageContentGranted) {
            conn.close(DISALLOWED_INTENTS, "Disallowed intent(s).");
            return;
        }
        sessions.add(conn);
        send(conn, "READY", Payloads.ready(url()));
        send(conn, "GUILD_CREATE", Payloads.guildCreate(botPermissions));
    }

    private void send(WebSocket conn, String type, DataObject data) {
        conn.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", data).toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }
}
