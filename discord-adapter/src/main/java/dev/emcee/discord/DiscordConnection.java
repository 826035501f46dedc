package dev.emcee.discord;

import dev.emcee.core.events.EventCalendar;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;

/**
 * Emcee running on Discord: the gateway connection (replaced once if Discord refuses the message-content intent),
 * posting notices to channels and sending them to people through it, and a way to stop.
 */
public final class DiscordConnection implements PlatformConnection {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final AtomicReference<JDA> jda;
    private final DiscordOutbound outbound;
    private final String description;
    private final KeptEvents kept;

    /**
     * @param agendas when on, announced sessions carry bookmark buttons
     * @param settings whose {@code scheduled-events} say whether this connection keeps the server's Events list
     */
    DiscordConnection(JDA initial, Agendas agendas, String description, DiscordSettings settings) {
        this.jda = new AtomicReference<>(initial);
        this.outbound = new DiscordOutbound(this::jda, agendas);
        this.description = description;
        this.kept = settings.scheduledEvents().enabled() ? new KeptEvents(Platform.DISCORD,
                events(settings.guild().orElseThrow()), settings.scheduledEvents().window()) : null;
    }

    /** The Scheduled Events of the server {@code guildId}, as far as Emcee keeps them. */
    public EventCalendar events(String guildId) {
        return new DiscordEvents(this::jda, guildId);
    }

    /** The server's Events list, when {@code discord.scheduled-events} is on. */
    @Override
    public Optional<KeptEvents> keptEvents() {
        return Optional.ofNullable(kept);
    }

    /** The connection in use now. */
    JDA jda() {
        return jda.get();
    }

    /** Replaces the connection (after reconnecting without the message-content intent). */
    void replace(JDA next) {
        jda.set(next);
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    /** Posts the notice to a Discord channel by id, as an embed. */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return outbound.post(channelId, notice, key);
    }

    /** Sends the notice to a Discord user by id, as a direct message. */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return outbound.send(userId, notice, key);
    }

    /** Whether the bot is connected to the gateway and has received its servers. */
    @Override
    public boolean isConnected() {
        return jda().getStatus() == JDA.Status.CONNECTED;
    }

    /** One line for the log: the bot's name and the REST API it uses. */
    @Override
    public String description() {
        return description;
    }

    /** Disconnects, waiting a few seconds for queued replies to be sent. */
    @Override
    public void close() {
        JDA current = jda();
        current.shutdown();
        try {
            if (!current.awaitShutdown(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.shutdownNow();
        }
    }
}
