package dev.emcee.scheduler;

import dev.emcee.core.announce.PostingDecision;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one due job of any kind: checks it against the schedule in service now (through its kind), decides
 * with the posting policy, claims it in the ledger, sends it and marks it sent; runs it again after a failure
 * while the grace window lasts, or at its planned moment when it came early (a stale trigger after a restart).
 *
 * <p>Nothing is taken from the moment the job was scheduled: a session that moved, was cancelled or is no longer
 * planned is skipped, and the content is the current schedule's.
 */
final class JobDelivery implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobDelivery.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EARLY_TOLERANCE = Duration.ofSeconds(1);
    /** Delivered more than this after its planned moment, a job counts as late. */
    private static final Duration LATE = Duration.ofSeconds(5);

    /** What became of a due job. */
    enum Outcome { DELIVERED, ALREADY_CLAIMED, SKIPPED, FAILED }

    private final CurrentSchedule current;
    private final Map<JobKind, DeliveryKind> kinds;
    private final Ledger ledger;
    private final Outbounds outbound;
    private final Clock clock;
    private final FireTimes fireTimes;
    private final String instanceId;
    private final Duration retryAfter;

    JobDelivery(CurrentSchedule current, Map<JobKind, DeliveryKind> kinds, Ledger ledger, Outbounds outbound,
            Clock clock, String instanceId, Duration retryAfter) {
        this.current = current;
        this.kinds = Map.copyOf(kinds);
        this.ledger = ledger;
        this.outbound = outbound;
        this.clock = clock;
        this.fireTimes = new FireTimes(clock);
        this.instanceId = instanceId;
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Instant> run(PlannedJob job, boolean recovering) {
        DeliveryKind kind = kinds.get(job.kind());
        if (kind == null) {
            return Optional.empty(); // a kind this instance does not run (agendas turned off)
        }
        Instant plannedReal = fireTimes.realInstantOf(job.fireAt());
        if (fireTimes.realNow().plus(EARLY_TOLERANCE).isBefore(plannedReal)) {
            return Optional.of(plannedReal);
        }
        Outcome outcome = deliver(kind, job, recovering);
        boolean worthRetrying = Duration.between(job.fireAt(), clock.instant())
                .compareTo(kind.graceWindow()) < 0;
        return outcome == Outcome.FAILED && worthRetrying ? Optional.of(fireTimes.realNow().plus(retryAfter))
                : Optional.empty();
    }

    private Outcome deliver(DeliveryKind kind, PlannedJob job, boolean recovering) {
        Schedule schedule = current.get();
        String what = kind.describe(job);
        Optional<DeliveryKind.Delivery> prepared = kind.prepare(job, schedule);
        if (prepared.isEmpty()) {
            LOG.info("Not delivering {}: {}", what, kind.noLongerPlanned());
            return Outcome.SKIPPED;
        }
        DeliveryKind.Delivery delivery = prepared.get();
        Instant now = clock.instant();
        PostingDecision decision = kind.policy().decide(job.fireAt(), delivery.session().start(),
                delivery.session().end(), now);
        if (decision instanceof PostingDecision.Skip skip) {
            if (ledger.state(job.claim()) == Ledger.State.SENT) {
                return Outcome.ALREADY_CLAIMED; // it went out with another session of its message
            }
            LOG.warn("Skipped {}: {}", what, skip.reason());
            kind.observed(delivery.to().platform(), AnnouncementObserver.Outcome.SKIPPED);
            return Outcome.SKIPPED;
        }
        if (!outbound.reaches(delivery.to())) {
            LOG.warn("Not delivering {}: no {} connection is running", what, delivery.to().platform().key());
            kind.observed(delivery.to().platform(), AnnouncementObserver.Outcome.SKIPPED);
            return Outcome.SKIPPED;
        }
        String owner = instanceId + "/" + UUID.randomUUID();
        List<ClaimKey> mine = ledger.claim(delivery.claims(), owner, recovering, now, delivery.labels());
        if (mine.isEmpty()) {
            return Outcome.ALREADY_CLAIMED;
        }
        Notice notice = delivery.renderer().render(mine, now);
        try {
            outbound.deliver(delivery.to(), notice).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            ledger.release(mine, owner);
            LOG.warn("Delivering {} failed ({}); it will be retried within the grace window", what,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            kind.observed(delivery.to().platform(), AnnouncementObserver.Outcome.FAILED);
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.release(mine, owner);
            kind.observed(delivery.to().platform(), AnnouncementObserver.Outcome.FAILED);
            return Outcome.FAILED;
        }
        ledger.markSent(mine, owner, clock.instant());
        PostingDecision.Post post = (PostingDecision.Post) decision;
        LOG.info("Delivered {} ({}; {} of {} sessions claimed here)", what, post.wording(), mine.size(),
                delivery.claims().size());
        boolean late = post.late().compareTo(LATE) > 0;
        kind.observed(delivery.to().platform(), late ? AnnouncementObserver.Outcome.LATE
                : AnnouncementObserver.Outcome.POSTED);
        return Outcome.DELIVERED;
    }
}
