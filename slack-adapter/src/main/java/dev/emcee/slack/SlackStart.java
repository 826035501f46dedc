package dev.emcee.slack;

import java.util.Objects;

/** The outcome of starting Slack: running, or refused with one message for the operator. */
public sealed interface SlackStart {
    /** Slack is connected and answering. */
    record Started(SlackConnection connection) implements SlackStart {
        public Started {
            Objects.requireNonNull(connection, "connection");
        }
    }

    /**
     * Slack did not start; {@code reason} says why and names the environment variable or setting to fix. The
     * rest of Emcee keeps running.
     */
    record Refused(String reason) implements SlackStart {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
