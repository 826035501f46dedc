package dev.emcee.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.sun.net.httpserver.HttpHandler;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformConnection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Slack connection: answering over Socket Mode or over HTTP, posting notices to channels and sending
 * them to people. Close it to disconnect and stop its threads.
 */
public final class SlackConnection implements PlatformConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConnection.class);

    private final Slack slack;
    private final App app;
    private final SocketModeApp socketMode;
    private final SlackEventsHttpHandler httpHandler;
    private final SlackOutbound outbound;
    private final ScheduledExecutorService posting;
    private final String description;
    private final AtomicBoolean open = new AtomicBoolean(true);

    SlackConnection(Slack slack, App app, SocketModeApp socketMode, SlackEventsHttpHandler httpHandler,
            SlackOutbound outbound, ScheduledExecutorService posting, String description) {
        this.slack = slack;
        this.app = app;
        this.socketMode = socketMode;
        this.httpHandler = httpHandler;
        this.outbound = outbound;
        this.posting = posting;
        this.description = description;
    }

    /**
     * The handler to mount at {@link SlackEventsHttpHandler#PATH} on Emcee's HTTP server; present in HTTP mode
     * (no {@code SLACK_APP_TOKEN}), empty in Socket Mode.
     */
    public Optional<HttpHandler> httpHandler() {
        return Optional.ofNullable(httpHandler);
    }

    /** Whether this connection receives over Socket Mode (no public URL needed). */
    public boolean socketMode() {
        return socketMode != null;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    /** Posts the notice to a Slack channel id such as {@code C0123456789}, as Block Kit. */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return open.get() ? outbound.post(channelId, notice, key) : closed();
    }

    /** Sends the notice to a Slack user (such as {@code U0123456789}) in their DM with Emcee. */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return open.get() ? outbound.send(userId, notice, key) : closed();
    }

    private static CompletableFuture<Void> closed() {
        return CompletableFuture.failedFuture(new IllegalStateException("the Slack connection is closed"));
    }

    /**
     * Whether this connection runs: Slack was reached at start, and Bolt (or its Socket Mode client, which
     * reconnects by itself) answers until {@link #close()}.
     */
    @Override
    public boolean isConnected() {
        return open.get();
    }

    /** One line for the log: workspace, bot and transport. */
    @Override
    public String description() {
        return description;
    }

    /** Disconnects, stops posting (waiting briefly for posts in flight) and releases the HTTP client. */
    @Override
    public void close() {
        if (!open.getAndSet(false)) {
            return;
        }
        try {
            if (socketMode != null) {
                socketMode.close();
            } else {
                app.stop();
            }
        } catch (Exception e) {
            LOG.warn("Stopping Slack did not go cleanly: {}", e.toString());
        }
        posting.shutdown();
        try {
            if (!posting.awaitTermination(5, TimeUnit.SECONDS)) {
                posting.shutdownNow();
            }
        } catch (InterruptedException e) {
            posting.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Closing the Slack client failed", e);
        }
    }
}
