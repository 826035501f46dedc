package dev.emcee.discord;

import java.util.Objects;

/** The outcome of starting Discord: running, or refused with one message for the operator. */
public sealed interface DiscordStart {

    /** Discord is connecting (or connected); the bot answers and can post notices. */
    record Started(DiscordBot bot) implements DiscordStart {
        public Started {
            Objects.requireNonNull(bot, "bot");
        }
    }

    /** Discord is off, for the reason given (a missing or rejected token, an unreachable API). */
    record Refused(String reason) implements DiscordStart {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
