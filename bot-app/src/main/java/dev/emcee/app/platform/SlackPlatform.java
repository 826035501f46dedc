package dev.emcee.app.platform;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.BookmarkHandler;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackEventsHttpHandler;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackStart;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Slack in {@code emcee run} when {@code SLACK_BOT_TOKEN} is set. A refusal (missing or rejected token, no
 * port for HTTP mode) is one log line naming what to set, and the other platforms keep running.
 */
public final class SlackPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPlatform.class);

    private SlackPlatform() {
    }

    /**
     * Connects to Slack, answering through the runtime's Emcee.
     *
     * @param http Emcee's HTTP endpoint on {@code http.port}, where HTTP mode mounts {@code /slack/events}
     * @return the connection to close on shutdown, or empty when Slack is not configured or refused to start
     */
    public static Optional<SlackConnection> start(EmceeRuntime runtime, Optional<HttpEndpoint> http) {
        Environment environment = runtime.environment();
        Map<String, String> tokens = new HashMap<>();
        for (String name : List.of(SlackLauncher.BOT_TOKEN, SlackLauncher.APP_TOKEN, SlackLauncher.SIGNING_SECRET)) {
            environment.get(name).ifPresent(value -> tokens.put(name, value)); // NAME_FILE secrets too
        }
        if (!tokens.containsKey(SlackLauncher.BOT_TOKEN)) {
            return Optional.empty();
        }
        if (!tokens.containsKey(SlackLauncher.APP_TOKEN) && http.isEmpty()) {
            LOG.warn("Slack is off: HTTP mode needs a port: set http.port (EMCEE_HTTP_PORT) for Slack to reach {}, "
                    + "or set {} for Socket Mode", SlackEventsHttpHandler.PATH, SlackLauncher.APP_TOKEN);
            return Optional.empty();
        }
        Optional<BookmarkHandler> bookmarks = runtime.settings().agenda().enabled()
                ? Optional.of(runtime.emcee()) : Optional.empty();
        SlackStart start = SlackLauncher.start(runtime.settings().slack(), tokens, runtime.emcee(), bookmarks,
                runtime.inboundClaims());
        if (start instanceof SlackStart.Refused refused) {
            LOG.warn("{}", refused.reason());
            return Optional.empty();
        }
        SlackConnection connection = ((SlackStart.Started) start).connection();
        connection.httpHandler().ifPresent(handler -> http.orElseThrow().mount(SlackEventsHttpHandler.PATH, handler));
        LOG.info("Slack: {}{}", connection.description(),
                connection.httpHandler().isPresent() ? " (port " + http.orElseThrow().port() + ")" : "");
        return Optional.of(connection);
    }
}
