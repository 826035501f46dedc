package dev.emcee.core.connection;

import java.util.Objects;

/** The outcome of starting a platform: running, or refused with one message for the operator. */
public sealed interface PlatformStart<C extends PlatformConnection> {
    /** The platform is connected (or connecting) and answering. */
    record Started<C extends PlatformConnection>(C connection) implements PlatformStart<C> {
        public Started {
            Objects.requireNonNull(connection, "connection");
        }
    }

    /**
     * The platform did not start; {@code reason} says why and names the environment variable or setting to fix.
     * The rest of Emcee keeps running.
     */
    record Refused<C extends PlatformConnection>(String reason) implements PlatformStart<C> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
