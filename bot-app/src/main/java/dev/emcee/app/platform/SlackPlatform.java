package dev.emcee.app.platform;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.platform.Platform;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackEventsHttpHandler;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackParts;
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
public final class SlackPlatform implements ChatPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPlatform.class);

    SlackPlatform() {
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String tokenVariable() {
        return SlackLauncher.BOT_TOKEN;
    }

    /**
     * Connects to Slack, answering through the runtime's Emcee.
     *
     * @param http Emcee's HTTP endpoint on {@code http.port}, where HTTP mode mounts {@code /slack/events}
     * @return the connection to close on shutdown, or empty when Slack is not configured or refused to start
     */
    @Override
    public Optional<PlatformConnection> start(EmceeRuntime runtime, Optional<HttpEndpoint> http) {
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
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(runtime.settings().slack(), tokens,
                runtime.emcee(), ChatPlatform.agendas(runtime), runtime.inboundClaims(),
                runtime.settings().organizers().organizers().groupsOn(Platform.SLACK), Optional.of(runtime.emcee())));
        if (start instanceof PlatformStart.Refused<SlackConnection> refused) {
            LOG.warn("{}", refused.reason());
            return Optional.empty();
        }
        SlackConnection connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        connection.httpHandler().ifPresent(handler -> http.orElseThrow().mount(SlackEventsHttpHandler.PATH, handler));
        LOG.info("Slack: {}{}", connection.description(),
                connection.httpHandler().isPresent() ? " (port " + http.orElseThrow().port() + ")" : "");
        return Optional.of(connection);
    }

    @Override
    public List<Finding> examine(DoctorContext context) {
        return SlackDoctor.examine(context);
    }
}
