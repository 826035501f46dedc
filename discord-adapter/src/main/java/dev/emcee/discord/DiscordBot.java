package dev.emcee.discord;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.NoticeSink;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;

/**
 * Emcee running on Discord: the connection (replaced once if Discord refuses the message-content intent), a notice
 * sink that posts through it, and a way to stop.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final AtomicReference<JDA> jda;
    private final DiscordNoticeSink noticeSink;
    private final DiscordDirectMessages directMessages;

    DiscordBot(JDA initial) {
        this(initial, false);
    }

    /** @param bookmarkButtons whether announced sessions carry bookmark buttons (personal agendas are on) */
    DiscordBot(JDA initial, boolean bookmarkButtons) {
        this.jda = new AtomicReference<>(initial);
        this.noticeSink = new DiscordNoticeSink(this::jda, new DiscordNoticeRenderer(), bookmarkButtons);
        this.directMessages = new DiscordDirectMessages(this::jda, new DiscordNoticeRenderer());
    }

    /** The connection in use now. */
    JDA jda() {
        return jda.get();
    }

    /** Replaces the connection (after reconnecting without the message-content intent). */
    void replace(JDA next) {
        jda.set(next);
    }

    /** Posts notices (announcements, schedule changes) to Discord channels by id. */
    public NoticeSink noticeSink() {
        return noticeSink;
    }

    /** Sends reminders and agenda changes to people by direct message. */
    public DirectMessageSink directMessages() {
        return directMessages;
    }

    /** Whether the bot is connected to the gateway and has received its servers. */
    public boolean isConnected() {
        return jda().getStatus() == JDA.Status.CONNECTED;
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
