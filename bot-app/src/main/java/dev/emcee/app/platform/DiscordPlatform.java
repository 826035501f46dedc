package dev.emcee.app.platform;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.http.HttpEndpoint;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.platform.Platform;
import dev.emcee.discord.DiscordConnection;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordParts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Discord in {@code emcee run} when {@code DISCORD_TOKEN} (or {@code DISCORD_TOKEN_FILE}) is set. A refusal
 * (rejected token, unreachable API) is one log line saying what to fix, and the other platforms keep running.
 */
public final class DiscordPlatform implements ChatPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);

    DiscordPlatform() {
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public String tokenVariable() {
        return DiscordConnector.TOKEN_VARIABLE;
    }

    /**
     * Logs in to Discord, answering through the runtime's Emcee and suggesting names from its schedule.
     *
     * @param http Emcee's HTTP endpoint (Discord mounts nothing on it; {@code PlatformStates} adds its readiness)
     * @return the bot to close on shutdown, or empty when Discord is not configured or refused to start
     */
    @Override
    public Optional<PlatformConnection> start(EmceeRuntime runtime, Optional<HttpEndpoint> http) {
        Optional<String> token = runtime.environment().get(DiscordConnector.TOKEN_VARIABLE);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        PlatformStart<DiscordConnection> start = DiscordConnector.start(DiscordParts.of(runtime.settings().discord(),
                Map.of(DiscordConnector.TOKEN_VARIABLE, token.get()), runtime.emcee(), runtime.schedule(),
                ChatPlatform.agendas(runtime), runtime.inboundClaims()));
        if (start instanceof PlatformStart.Refused<DiscordConnection> refused) {
            LOG.warn("{}", refused.reason());
            return Optional.empty();
        }
        return Optional.of(((PlatformStart.Started<DiscordConnection>) start).connection());
    }

    @Override
    public List<Finding> examine(DoctorContext context) {
        return DiscordDoctor.examine(context);
    }
}
