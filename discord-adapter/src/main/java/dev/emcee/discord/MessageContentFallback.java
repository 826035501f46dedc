package dev.emcee.discord;

import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Discord refuses the privileged message-content intent (not enabled in the Developer Portal), reconnects
 * without it and says once in the log what that means: prefix questions go unread, while mentions, direct messages
 * and slash commands keep working.
 */
final class MessageContentFallback extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(MessageContentFallback.class);

    /** Builds a connection: token, whether to ask for message content, and this fallback as a listener. */
    @FunctionalInterface
    interface Connect {
        JDA connect(String token, boolean messageContent, MessageContentFallback fallback);
    }

    private final Connect connect;
    private final AtomicBoolean fellBack = new AtomicBoolean();
    private volatile DiscordConnection bot;
    private volatile String token;

    MessageContentFallback(Connect connect) {
        this.connect = connect;
    }

    /** Tells the fallback which bot to reconnect, once the first connection is built. */
    void attach(DiscordConnection bot, String token) {
        this.bot = bot;
        this.token = token;
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        boolean refusedIntent = event.getCloseCode() == CloseCode.DISALLOWED_INTENTS;
        if (!refusedIntent || bot == null || !fellBack.compareAndSet(false, true)) {
            return;
        }
        LOG.warn("Discord: the Message Content intent is not enabled for this bot, so Emcee cannot read "
                + "prefix questions such as '!emcee what's next'. It still answers mentions (@Emcee …), direct "
                + "messages and slash commands. To enable prefix questions: Developer Portal → your application → "
                + "Bot → Privileged Gateway Intents → Message Content Intent, then restart Emcee.");
        Thread reconnect = new Thread(() -> {
            try {
                bot.replace(connect.connect(token, false, this));
            } catch (RuntimeException e) {
                LOG.error("Discord: could not reconnect without the Message Content intent: {}",
                        DiscordFailures.explain(e));
            }
        }, "emcee-discord-reconnect");
        reconnect.setDaemon(true);
        reconnect.start();
    }
}
