package dev.emcee.app.platform;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.app.settings.Environment;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.platform.Platform;
import java.util.List;
import java.util.Optional;

/**
 * One chat platform as {@code emcee run} sees it: configured by one token in the environment, started from the
 * runtime's settings into a {@link PlatformConnection}. {@link Platforms#ALL} lists them.
 */
public interface ChatPlatform {
    /** Which platform this is. */
    Platform platform();

    /** The environment variable whose presence means the operator wants this platform. */
    String tokenVariable();

    /** Whether the operator configured this platform (its token is set, or its {@code _FILE}). */
    default boolean configured(Environment environment) {
        return environment.get(tokenVariable()).isPresent();
    }

    /**
     * Starts the platform, answering through the runtime's Emcee.
     *
     * @param http Emcee's HTTP endpoint, where a platform may mount its handler and add its readiness
     * @return the connection to close on shutdown, or empty when the platform is not configured or refused to
     *     start (the log says why)
     */
    Optional<PlatformConnection> start(EmceeRuntime runtime, Optional<HttpEndpoint> http);

    /**
     * What {@code emcee doctor} says about this platform: that it is not configured (and what to set), or what the
     * platform said of its token, each problem with its fix.
     */
    List<Finding> examine(DoctorContext context);

    /** Personal agendas as the settings have them: on, with the runtime's Emcee handling bookmark buttons. */
    static Agendas agendas(EmceeRuntime runtime) {
        return runtime.settings().agenda().enabled() ? Agendas.on(runtime.emcee()) : Agendas.off();
    }
}
