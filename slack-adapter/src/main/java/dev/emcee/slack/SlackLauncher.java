package dev.emcee.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.emcee.core.NetworkFailure;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackHomeRenderer;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Slack from the settings and the environment, or explains in one message why it did not.
 *
 * <p>{@code SLACK_BOT_TOKEN} is required and checked with {@code auth.test}. With {@code SLACK_APP_TOKEN} Emcee
 * connects over Socket Mode; otherwise it answers over HTTP at {@code /slack/events}, which needs
 * {@code SLACK_SIGNING_SECRET}. Nothing here throws: a refusal is a value the launcher prints.
 */
public final class SlackLauncher {
    /** The bot token (xoxb-…), required. */
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    /** The app-level token (xapp-…) with {@code connections:write}: Socket Mode when set. */
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    /** The signing secret that HTTP mode checks requests against. */
    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";

    private static final Logger LOG = LoggerFactory.getLogger(SlackLauncher.class);

    /** Slack's {@code auth.test} errors that mean the token itself is wrong (not Slack or the network). */
    private static final Set<String> TOKEN_ERRORS = Set.of("invalid_auth", "not_authed",
            "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type", "no_permission");

    private SlackLauncher() {
    }

    /**
     * Starts Slack answering through the parts' question handler, with bookmark buttons on session cards when
     * personal agendas are on.
     */
    public static PlatformStart<SlackConnection> start(SlackParts parts) {
        Map<String, String> environment = parts.environment();
        SlackSettings settings = parts.settings();
        String botToken = value(environment, BOT_TOKEN);
        String appToken = value(environment, APP_TOKEN);
        String signingSecret = value(environment, SIGNING_SECRET);
        if (botToken == null) {
            return new PlatformStart.Refused<>("Slack is off: set " + BOT_TOKEN
                    + " to your Slack app's bot token (xoxb-…) to answer on Slack.");
        }
        if (appToken == null && signingSecret == null) {
            return new PlatformStart.Refused<>("Slack is off: set " + APP_TOKEN
                    + " (Socket Mode, no public URL needed) or " + SIGNING_SECRET + " (HTTP mode at " + SlackEventsHttpHandler.PATH + ").");
        }
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // The SDK's own metrics call auth.test again for every token and log stack traces when Slack is away.
        config.setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        ScheduledExecutorService posting = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slack-posting");
            t.setDaemon(true);
            return t;
        });
        try {
            AuthTestResponse auth = checkBotToken(slack, botToken, settings.apiUrl());
            App app = new App(AppConfig.builder()
                    .singleTeamBotToken(botToken)
                    .signingSecret(signingSecret)
                    .requestVerificationEnabled(appToken == null || signingSecret != null)
                    .allEventsApiAutoAckEnabled(true)
                    .subtypedMessageEventsAutoAckEnabled(true)
                    .slack(slack)
                    .build());
            SlackPoster poster = new SlackPoster(slack.methods(botToken), RetryPolicy.defaults(), Delays.on(posting),
                    Clock.systemUTC()); // Slack's timestamps are real time, whatever Emcee's clock shows
            Optional<SlackHome> home = parts.home().map(pages -> new SlackHome(pages, new SlackHomeRenderer(
                    new SlackAnswerRenderer(settings.command(), parts.agendas().enabled())), slack.methods(botToken),
                    Delays.on(posting), Ticker.systemTicker()));
            new SlackListeners(parts.questions(), parts.agendas(), settings, poster, parts.claims(),
                    new SlackUserGroups(slack.methods(botToken), parts.organizerGroups()), home).register(app);
            SlackOutbound outbound = new SlackOutbound(poster, parts.agendas());
            String who = "Slack workspace " + auth.getTeam() + " as @" + auth.getUser() + ", command "
                    + settings.command();
            if (appToken != null) {
                SocketModeApp socketMode = connectSocketMode(slack, appToken, app);
                return new PlatformStart.Started<>(new SlackConnection(slack, app, socketMode, null, outbound,
                        posting, who + ", over Socket Mode"));
            }
            app.start();
            return new PlatformStart.Started<>(new SlackConnection(slack, app, null, new SlackEventsHttpHandler(app),
                    outbound, posting, who + ", over HTTP at " + SlackEventsHttpHandler.PATH));
        } catch (Refusal refusal) {
            stop(slack, posting);
            return new PlatformStart.Refused<>(refusal.getMessage());
        } catch (Exception e) {
            LOG.debug("Slack failed to start", e);
            stop(slack, posting);
            return new PlatformStart.Refused<>("Slack could not start: " + e);
        }
    }

    /**
     * Checks a bot token with {@code auth.test} without starting anything (for {@code emcee doctor}).
     *
     * @return accepted (with who it is), refused by Slack, Slack unreachable, or an unexpected answer; each with a
     *     message for the operator
     */
    @SuppressWarnings("try") // Slack's close() may throw InterruptedException; the catch below reports any failure
    public static TokenCheck checkToken(SlackSettings settings, String botToken) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        try (Slack slack = Slack.getInstance(config)) {
            return authTest(slack, botToken, settings.apiUrl());
        } catch (Exception e) {
            return new TokenCheck(TokenCheck.Verdict.UNEXPECTED, null,
                    "Could not check " + BOT_TOKEN + " with Slack at " + settings.apiUrl() + ": " + e);
        }
    }

    /**
     * The outcome of {@link #checkToken}.
     *
     * @param auth Slack's answer when it accepted the token, else null
     */
    public record TokenCheck(Verdict verdict, AuthTestResponse auth, String message) {
        /** Whether Slack said yes, said no, could not be reached, or answered something else. */
        public enum Verdict { ACCEPTED, REFUSED, UNREACHABLE, UNEXPECTED }

        /** Whether Slack accepted the token. */
        public boolean accepted() {
            return verdict == Verdict.ACCEPTED;
        }
    }

    private static TokenCheck authTest(Slack slack, String botToken, String apiUrl) {
        try {
            AuthTestResponse auth = slack.methods(botToken).authTest(r -> r);
            if (auth.isOk()) {
                return new TokenCheck(TokenCheck.Verdict.ACCEPTED, auth, "workspace " + auth.getTeam() + " as @"
                        + auth.getUser());
            }
            if (TOKEN_ERRORS.contains(auth.getError())) {
                return new TokenCheck(TokenCheck.Verdict.REFUSED, null, "Slack rejected " + BOT_TOKEN
                        + " (auth.test: " + auth.getError() + "). Copy the Bot User OAuth Token (xoxb-…) from your "
                        + "app's OAuth & Permissions page.");
            }
            return new TokenCheck(TokenCheck.Verdict.UNEXPECTED, null, "Slack at " + apiUrl + " answered auth.test "
                    + "with " + auth.getError() + "; " + BOT_TOKEN + " could not be checked");
        } catch (IOException | SlackApiException e) {
            return NetworkFailure.reason(e)
                    .map(reason -> new TokenCheck(TokenCheck.Verdict.UNREACHABLE, null, "Could not reach Slack at "
                            + apiUrl + ": " + reason + "; " + BOT_TOKEN + " was not checked"))
                    .orElseGet(() -> new TokenCheck(TokenCheck.Verdict.UNEXPECTED, null, "Could not check "
                            + BOT_TOKEN + " with Slack at " + apiUrl + ": " + e.getMessage()));
        }
    }

    private static AuthTestResponse checkBotToken(Slack slack, String botToken, String apiUrl) throws Refusal {
        TokenCheck check = authTest(slack, botToken, apiUrl);
        if (!check.accepted()) {
            throw new Refusal(check.message());
        }
        return check.auth();
    }

    private static SocketModeApp connectSocketMode(Slack slack, String appToken, App app) throws Refusal {
        String problem;
        try {
            AppsConnectionsOpenResponse open = slack.methods(appToken).appsConnectionsOpen(r -> r);
            problem = open.isOk() ? null : "apps.connections.open: " + open.getError();
        } catch (IOException | SlackApiException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            try {
                // This constructor (unlike the one taking a ready client) wires Bolt to the socket's messages.
                SocketModeApp socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
                socketMode.startAsync();
                return socketMode;
            } catch (Exception e) {
                problem = e.toString();
            }
        }
        throw new Refusal("Could not connect over Socket Mode with " + APP_TOKEN + " (" + problem + "). It must be an"
                + " app-level token (xapp-…) with the connections:write scope, and Socket Mode must be on.");
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void stop(Slack slack, ScheduledExecutorService posting) {
        posting.shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Closing the Slack client failed", e);
        }
    }

    /** A reason not to start, already worded for the operator. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }
}
