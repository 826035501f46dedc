package dev.emcee.app.command;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.http.ReadinessCheck;
import dev.emcee.app.metrics.EmceeMetrics;
import dev.emcee.app.platform.ChatPlatform;
import dev.emcee.core.connection.PlatformConnection;
import java.util.Optional;
import java.util.function.Supplier;

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
        http.ifPresent(h -> h.require(new PlatformReadiness(name, () -> problem(connection, platform))));
    }

    /**
     * What keeps a configured platform from being ready: that it refused to start (never ready until restarted with
     * a good configuration), or that it is not connected (Slack before {@code auth.test} passed, Discord's gateway
     * while it connects or reconnects).
     */
    private static Optional<String> problem(Optional<PlatformConnection> connection, ChatPlatform platform) {
        if (connection.isEmpty()) {
            return Optional.of("not started although " + platform.tokenVariable() + " is set; the log says why");
        }
        return connection.get().isConnected() ? Optional.empty()
                : Optional.of("not connected (connecting, or reconnecting; the log says why when it gives up)");
    }

    /** A platform's readiness, by its name. */
    private record PlatformReadiness(String name, Supplier<Optional<String>> check) implements ReadinessCheck {
        @Override
        public Optional<String> problem() {
            return check.get();
        }
    }
}
