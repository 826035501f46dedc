package dev.emcee.app.command;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.http.ReadinessCheck;
import dev.emcee.app.metrics.EmceeMetrics;
import dev.emcee.app.platform.ChatPlatform;
import dev.emcee.core.connection.PlatformConnection;
import java.util.Optional;

/**
 * Reports each configured platform's connection as a metric, and makes {@code /readyz} fail for a platform whose
 * token is set but that did not start (refused token, unreachable API), or that started but is not connected (yet, or
 * any more: Discord's gateway while it connects or reconnects): configured means expected.
 */
final class PlatformStates {
    private PlatformStates() {
    }

    static void watch(ChatPlatform platform, Optional<PlatformConnection> connection, EmceeRuntime runtime,
            EmceeMetrics metrics, Optional<HttpEndpoint> http) {
        if (!platform.configured(runtime.environment())) {
            return;
        }
        String name = platform.platform().key();
        metrics.platform(name, () -> connection.map(PlatformConnection::isConnected).orElse(false));
        http.ifPresent(h -> h.require(connection.<ReadinessCheck>map(c -> new Connected(name, c))
                .orElseGet(() -> new NotStarted(name, platform.tokenVariable()))));
    }

    /** A platform that started: ready while it is connected (Slack once {@code auth.test} passed, Discord's gateway). */
    private record Connected(String platform, PlatformConnection connection) implements ReadinessCheck {
        @Override
        public String name() {
            return platform;
        }

        @Override
        public Optional<String> problem() {
            return connection.isConnected() ? Optional.empty() : Optional.of("not connected (connecting, or "
                    + "reconnecting; the log says why when it gives up)");
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
