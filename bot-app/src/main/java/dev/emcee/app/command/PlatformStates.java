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
 * token is set but that did not start (refused token, unreachable API): configured means expected.
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
        if (connection.isEmpty()) {
            http.ifPresent(h -> h.require(new NotStarted(name, platform.tokenVariable())));
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
