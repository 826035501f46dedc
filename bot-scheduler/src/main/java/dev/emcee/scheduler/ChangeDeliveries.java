package dev.emcee.scheduler;

import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells recipients of every kind about a reload's schedule changes, each change once per recipient even when
 * several instances reload the same change (the change ledger decides who tells). Not retried after a crash.
 */
final class ChangeDeliveries {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeDeliveries.class);

    private final Ledger ledger;
    private final Outbounds outbound;
    private final Clock clock;
    private final String instanceId;

    ChangeDeliveries(Ledger ledger, Outbounds outbound, Clock clock, String instanceId) {
        this.ledger = ledger;
        this.outbound = outbound;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** Tells those concerned, of this kind, what changed from {@code previous} to {@code current}. */
    void send(DeliveryKind kind, Schedule previous, Schedule current) {
        Instant now = clock.instant();
        String owner = instanceId + "/" + UUID.randomUUID();
        for (DeliveryKind.ChangeNotice notice : kind.changes(previous, current, now)) {
            if (!outbound.reaches(notice.to())) {
                continue;
            }
            List<SessionChange> mine = notice.changes().stream()
                    .filter(c -> ledger.claimChange(kind.kind(), changeKey(c), notice.to(), owner, now))
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            DeliveryKey key = deliveryKey(kind.kind(), notice.to(), mine);
            notice.notice().apply(mine).ifPresent(n -> outbound.deliver(notice.to(), n, key)
                    .whenComplete((ok, failure) -> {
                        if (failure != null) {
                            LOG.warn("Could not tell {} on {} about a schedule change: {}",
                                    notice.to() instanceof Recipient.Channel ? notice.to().id() : "a person",
                                    notice.to().platform(), failure.toString());
                        }
                    }));
        }
    }

    /** The key of one change notice: its kind, recipient and changes, as the change ledger claimed them. */
    private static DeliveryKey deliveryKey(JobKind kind, Recipient to, List<SessionChange> changes) {
        return DeliveryKey.of("CHANGE|" + kind.name() + "|" + to.platform().key() + "|" + to.id() + "|"
                + String.join("\n", changes.stream().map(ChangeDeliveries::changeKey).sorted().toList()));
    }

    /** Identifies a change itself, so that the same reload seen by two instances is one change. */
    static String changeKey(SessionChange change) {
        String after = change.after().map(s -> s.start().getEpochSecond() + "/" + s.end().getEpochSecond() + "/"
                + s.room().value()).orElse("-");
        String key = change.kind() + "|" + change.id().value() + "|" + change.before().start().getEpochSecond() + "|"
                + after;
        return key.length() <= 400 ? key : key.substring(0, 400);
    }
}
