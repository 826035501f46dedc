package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.announce.PostingDecision;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one due reminder: checks it against the schedule and the person's agenda as they are now (the session still
 * starts then, it is still bookmarked, the lead is still theirs), decides with the posting policy, claims it in the
 * ledger, sends the direct message and marks it sent.
 */
final class ReminderDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderDelivery.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    /** What became of a due reminder. */
    enum Outcome { SENT, ALREADY_CLAIMED, SKIPPED, FAILED }

    private final CurrentSchedule current;
    private final AgendaStore store;
    private final ReminderPlan plan;
    private final ReminderLedger ledger;
    private final Map<Platform, Outbound> sinks;
    private final Clock clock;
    private final String instanceId;

    ReminderDelivery(CurrentSchedule current, AgendaStore store, ReminderPlan plan, ReminderLedger ledger,
            Map<Platform, Outbound> sinks, Clock clock, String instanceId) {
        this.current = current;
        this.store = store;
        this.plan = plan;
        this.ledger = ledger;
        this.sinks = Map.copyOf(sinks);
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** Sends the reminder; {@code recovering} when this re-runs an execution that crashed. */
    Outcome deliver(ReminderKey key, boolean recovering) {
        Schedule schedule = current.get();
        Optional<Session> session = schedule.session(key.session()).filter(s -> s.start().equals(key.start()));
        if (session.isEmpty() || !store.bookmarks(key.user()).contains(key.session())
                || !plan.lead(store.lead(key.user())).equals(key.lead())) {
            LOG.info("Not sending a reminder for {}: the session moved or the person changed their agenda",
                    key.session());
            return Outcome.SKIPPED;
        }
        PostingDecision decision = plan.policy().decide(key.fireAt(), key.start(), session.get().end(),
                clock.instant());
        if (decision instanceof PostingDecision.Skip skip) {
            if (ledger.state(key) == ReminderLedger.State.SENT) {
                return Outcome.ALREADY_CLAIMED;
            }
            LOG.warn("Skipped a reminder for {}: {}", key.session(), skip.reason());
            return Outcome.SKIPPED;
        }
        Outbound sink = sinks.get(key.user().platform());
        if (sink == null) {
            LOG.warn("Not sending a reminder for {}: no {} connection is running", key.session(),
                    key.user().platformName());
            return Outcome.SKIPPED;
        }
        String owner = instanceId + "/" + UUID.randomUUID();
        if (!ledger.claim(key, owner, recovering, clock.instant())) {
            return Outcome.ALREADY_CLAIMED;
        }
        SessionReminder reminder = new SessionReminder(SessionCards.of(session.get(), schedule), clock.instant(),
                key.lead());
        try {
            sink.send(key.user().userId(), reminder).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            ledger.release(key, owner);
            LOG.warn("Sending a reminder for {} on {} failed ({}); it will be retried within the grace window",
                    key.session(), sink.platform().key(), e.getCause() == null ? e.toString() : e.getCause().toString());
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.release(key, owner);
            return Outcome.FAILED;
        }
        ledger.markSent(key, owner, clock.instant());
        LOG.info("Sent a reminder for {} on {} ({})", key.session(), sink.platform().key(),
                ((PostingDecision.Post) decision).wording());
        return Outcome.SENT;
    }

    /** Whether a failed reminder is still worth retrying now. */
    boolean worthRetrying(ReminderKey key) {
        return Duration.between(key.fireAt(), clock.instant()).compareTo(plan.settings().graceWindow()) < 0;
    }
}
