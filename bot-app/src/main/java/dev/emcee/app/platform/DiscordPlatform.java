package dev.emcee.app.platform;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.discord.DiscordBot;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordStart;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Discord in {@code emcee run} when {@code DISCORD_TOKEN} (or {@code DISCORD_TOKEN_FILE}) is set. A refusal
 * (rejected token, unreachable API) is one log line saying what to fix, and the other platforms keep running.
 */
public final class DiscordPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);

    private DiscordPlatform() {
    }

    /**
     * Logs in to Discord, answering through the runtime's Emcee and suggesting names from its schedule.
     *
     * @return the bot to close on shutdown, or empty when Discord is not configured or refused to start
     */
    public static Optional<DiscordBot> start(EmceeRuntime runtime) {
        Optional<String> token = runtime.environment().get(DiscordConnector.TOKEN_VARIABLE);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        DiscordStart start = new DiscordConnector(runtime.settings().discord(), runtime.emcee(), runtime.schedule())
                .start(Map.of(DiscordConnector.TOKEN_VARIABLE, token.get()));
        if (start instanceof DiscordStart.Refused refused) {
            LOG.warn("{}", refused.reason());
            return Optional.empty();
        }
        return Optional.of(((DiscordStart.Started) start).bot());
    }
}
