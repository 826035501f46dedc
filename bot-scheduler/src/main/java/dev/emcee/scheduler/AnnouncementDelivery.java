package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.PlannedMessage;
import dev.emcee.core.announce.PostingDecision;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one due announcement: checks it against the schedule in service now, decides with the posting policy,
 * claims it in the ledger, posts it through the platform's sink and marks it sent.
 *
 * <p>Nothing about the announcement is taken from the moment it was scheduled: a session that moved, was
 * cancelled or is no longer announced is skipped, and the content is the current schedule's.
 */
final class AnnouncementDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementDelivery.class);
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(30);

    /** Posted more than this after its planned moment, an announcement counts as late. */
    private static final Duration LATE = Duration.ofSeconds(5);

    /** What became of a due announcement. */
    enum Outcome { POSTED, ALREADY_CLAIMED, SKIPPED, FAILED }

    private final CurrentSchedule current;
    private final AnnouncementPlanner planner;
    private final PostingPolicy policy;
    private final Ledger ledger;
    private final Map<Platform, Outbound> sinks;
    private final Clock clock;
    private final String instanceId;
    private final AnnouncementObserver observer;

    AnnouncementDelivery(CurrentSchedule current, AnnouncementPlanner planner, Ledger ledger,
            Map<Platform, Outbound> sinks, Clock clock, String instanceId, AnnouncementObserver observer) {
        this.current = current;
        this.planner = planner;
        this.policy = new PostingPolicy(planner.settings().graceWindow());
        this.ledger = ledger;
        this.sinks = Map.copyOf(sinks);
        this.clock = clock;
        this.instanceId = instanceId;
        this.observer = observer;
    }

    /**
     * Delivers the announcement {@code key} (and the others of its message).
     *
     * @param recovering whether this re-runs an execution that crashed, which may take over its claims
     */
    Outcome deliver(AnnouncementKey key, boolean recovering) {
        Schedule schedule = current.get();
        Optional<PlannedMessage> message = planner.messageContaining(schedule, key);
        if (message.isEmpty()) {
            LOG.info("Not announcing {} on {}: the schedule no longer plans it (moved, cancelled or not announced)",
                    key.session(), key.route());
            return Outcome.SKIPPED;
        }
        Session session = schedule.session(key.session()).orElseThrow();
        Instant now = clock.instant();
        PostingDecision decision = policy.decide(key.fireAt(), session.start(), session.end(), now);
        if (decision instanceof PostingDecision.Skip skip) {
            if (ledger.state(key) == Ledger.State.SENT) {
                return Outcome.ALREADY_CLAIMED; // it went out with another session of its minute
            }
            LOG.warn("Skipped the announcement of {} on {}: {}", key.session(), key.route(), skip.reason());
            observe(key, AnnouncementObserver.Outcome.SKIPPED);
            return Outcome.SKIPPED;
        }
        Outbound sink = sinks.get(key.route().platform());
        if (sink == null) {
            LOG.warn("Not announcing {}: no {} connection is running", key.session(), key.route().platform().key());
            observe(key, AnnouncementObserver.Outcome.SKIPPED);
            return Outcome.SKIPPED;
        }
        Map<SessionId, String> labels = message.get().sessions().stream()
                .collect(Collectors.toMap(Session::id, s -> SessionCards.of(s, schedule).label()));
        String owner = instanceId + "/" + UUID.randomUUID();
        List<AnnouncementKey> mine = ledger.claim(message.get().keys(), owner, recovering, now, labels);
        if (mine.isEmpty()) {
            return Outcome.ALREADY_CLAIMED;
        }
        List<Session> sessions = message.get().sessions().stream()
                .filter(s -> mine.stream().anyMatch(k -> k.session().equals(s.id())))
                .toList();
        SessionsStarting notice = new SessionsStarting(SessionCards.of(sessions, schedule), now);
        try {
            sink.post(key.route().channel(), notice).get(POST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            ledger.release(mine, owner);
            LOG.warn("Posting the announcement of {} to {} failed ({}); it will be retried within the grace window",
                    key.session(), key.route(), e.getCause() == null ? e.toString() : e.getCause().toString());
            observe(key, AnnouncementObserver.Outcome.FAILED);
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.release(mine, owner);
            observe(key, AnnouncementObserver.Outcome.FAILED);
            return Outcome.FAILED;
        }
        ledger.markSent(mine, owner, clock.instant());
        LOG.info("Announced {} on {} ({})", sessions.stream().map(s -> s.id().value()).toList(), key.route(),
                ((PostingDecision.Post) decision).wording());
        boolean late = ((PostingDecision.Post) decision).late().compareTo(LATE) > 0;
        observe(key, late ? AnnouncementObserver.Outcome.LATE : AnnouncementObserver.Outcome.POSTED);
        return Outcome.POSTED;
    }

    private void observe(AnnouncementKey key, AnnouncementObserver.Outcome outcome) {
        try {
            observer.observed(key.route().platform(), outcome);
        } catch (RuntimeException e) {
            LOG.warn("An announcement observer failed: {}", e.toString());
        }
    }

    /** Whether a failed announcement planned for {@code fireAt} is still worth retrying now. */
    boolean worthRetrying(AnnouncementKey key) {
        return Duration.between(key.fireAt(), clock.instant()).compareTo(planner.settings().graceWindow()) < 0;
    }
}
