package dev.emcee.app.command;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.http.ReadinessCheck;
import dev.emcee.app.metrics.EmceeMetrics;
import dev.emcee.discord.DiscordBot;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackLauncher;
import java.util.Optional;

/**
 * Reports each configured platform's connection as a metric, and makes {@code /readyz} fail for a platform whose
 * token is set but that did not start (refused token, unreachable API): configured means expected.
 */
final class PlatformStates {
    private PlatformStates() {
    }

    static void watch(EmceeRuntime runtime, EmceeMetrics metrics, Optional<HttpEndpoint> http,
            Optional<SlackConnection> slack, Optional<DiscordBot> discord) {
        if (runtime.environment().get(SlackLauncher.BOT_TOKEN).isPresent()) {
            metrics.platform("slack", slack::isPresent);
            if (slack.isEmpty()) {
                http.ifPresent(h -> h.require(new NotStarted("slack", SlackLauncher.BOT_TOKEN)));
            }
        }
        if (runtime.environment().get(DiscordConnector.TOKEN_VARIABLE).isPresent()) {
            metrics.platform("discord", () -> discord.map(DiscordBot::isConnected).orElse(false));
            if (discord.isEmpty()) {
                http.ifPresent(h -> h.require(new NotStarted("discord", DiscordConnector.TOKEN_VARIABLE)));
            }
        }
    }

    /** A configured platform that refused to start: never ready until restarted with a good configuration. */
    private record NotStarted(String platform, String variable) implements ReadinessCheck {
        @Override
        public String name() {
            return platform;
        }

        @Override
        public Optional<String> problem() {
            return Optional.of("not started although " + variable + " is set; the log says why");
        }
    }
}
