package dev.emcee.core.connection;

import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.notice.Outbound;
import java.util.Optional;

/**
 * A running connection to one chat platform: it answers people, posts to channels and sends to people (as its
 * {@link Outbound}), says whether it is connected, describes itself, and closes.
 */
public interface PlatformConnection extends Outbound, AutoCloseable {
    /** Whether the platform can be reached now (a connection may reconnect in the background). */
    boolean isConnected();

    /** One line for the log: who Emcee is on the platform, and how it is connected. */
    String description();

    /** The platform's events list Emcee keeps in step with the schedule, when it is set to (Discord's). */
    default Optional<KeptEvents> keptEvents() {
        return Optional.empty();
    }

    /** Disconnects and stops the connection's threads, waiting briefly for messages in flight. */
    @Override
    void close();
}
