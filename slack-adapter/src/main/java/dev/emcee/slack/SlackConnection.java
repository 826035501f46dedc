package dev.emcee.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.sun.net.httpserver.HttpHandler;
import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.NoticeSink;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Slack connection: answering over Socket Mode or over HTTP, and posting notices. Close it to
 * disconnect and stop its threads.
 */
public final class SlackConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackConnection.class);

    private final Slack slack;
    private final App app;
    private final SocketModeApp socketMode;
    private final SlackEventsHttpHandler httpHandler;
    private final SlackNoticeSink noticeSink;
    private final SlackDirectMessages directMessages;
    private final ScheduledExecutorService posting;
    private final String description;

    SlackConnection(Slack slack, App app, SocketModeApp socketMode, SlackEventsHttpHandler httpHandler,
            SlackNoticeSink noticeSink, SlackDirectMessages directMessages, ScheduledExecutorService posting,
            String description) {
        this.slack = slack;
        this.app = app;
        this.socketMode = socketMode;
        this.httpHandler = httpHandler;
        this.noticeSink = noticeSink;
        this.directMessages = directMessages;
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

    /** The sink that posts notices to Slack channels. */
    public NoticeSink noticeSink() {
        return noticeSink;
    }

    /** The sink that sends reminders and agenda changes to people in their DM with Emcee. */
    public DirectMessageSink directMessages() {
        return directMessages;
    }

    /** One line for the log: workspace, bot and transport. */
    public String description() {
        return description;
    }

    /** Disconnects, stops posting (waiting briefly for posts in flight) and releases the HTTP client. */
    @Override
    public void close() {
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
