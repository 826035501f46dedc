package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.BookmarkedChanges;
import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a reload, tells each person whose bookmarked sessions moved or were cancelled, in one direct message,
 * each change once even when several instances reload the same change (the change ledger decides who sends).
 */
final class AgendaChangeMessages {
    private static final Logger LOG = LoggerFactory.getLogger(AgendaChangeMessages.class);

    private final AgendaStore store;
    private final ReminderLedger ledger;
    private final Map<Platform, Outbound> sinks;
    private final Clock clock;
    private final String instanceId;

    AgendaChangeMessages(AgendaStore store, ReminderLedger ledger, Map<Platform, Outbound> sinks, Clock clock,
            String instanceId) {
        this.store = store;
        this.ledger = ledger;
        this.sinks = Map.copyOf(sinks);
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** Tells everyone concerned what changed from {@code previous} to {@code current}. */
    void send(Schedule previous, Schedule current) {
        ScheduleDiff diff = ScheduleDiff.between(previous, current);
        if (diff.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String owner = instanceId + "/" + UUID.randomUUID();
        for (Map.Entry<AgendaUser, List<SessionChange>> entry : BookmarkedChanges.of(diff, store.all(), now)
                .entrySet()) {
            AgendaUser user = entry.getKey();
            Outbound sink = sinks.get(user.platform());
            if (sink == null) {
                continue;
            }
            List<SessionChange> mine = entry.getValue().stream()
                    .filter(c -> ledger.claimChange(ChangeNoticePoster.changeKey(c), user, owner, now))
                    .toList();
            if (!mine.isEmpty()) {
                sink.send(user.userId(), BookmarkedChanges.notice(mine, previous, current))
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                LOG.warn("Could not tell a person on {} that a bookmarked session changed: {}",
                                        sink.platform().key(), failure.toString());
                            }
                        });
            }
        }
    }
}
