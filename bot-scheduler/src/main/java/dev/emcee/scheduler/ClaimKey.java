package dev.emcee.scheduler;

import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;

/**
 * The identity the ledger keeps unique: one delivery of a kind about a session starting at an instant, a lead
 * before, to one recipient (a channel or a person) on one platform.
 */
record ClaimKey(JobKind kind, String platform, String recipient, SessionId session, Instant start, Duration lead) {
    /** The key as one line of text, the same on every instance: what a {@code DeliveryKey} is digested from. */
    String identity() {
        return String.join("|", kind.name(), platform, recipient, session.value(),
                Long.toString(start.getEpochSecond()), Long.toString(lead.getSeconds()));
    }
}
