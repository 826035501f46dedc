package dev.emcee.scheduler;

import dev.emcee.core.announce.PostingDecision;
import dev.emcee.core.notice.DeliveryKey;
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
import java.util.concurrent.CompletableFuture;
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
 *
 * <p>One post per delivery: the platform is waited for as long as the grace window lasts, however long its queue,
 * retries and rate limits take, and then the attempt is cancelled (no later request starts), so a retry never runs
 * beside a late first attempt. Every attempt carries the same {@link DeliveryKey}, and one that follows an attempt
 * which may have reached the platform (a crashed instance's claim taken over, a failed attempt retried) says since
 * when, so that the platform's port can recognise or look for the earlier post.
 */
final class JobDelivery implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobDelivery.class);
    /**
     * The shortest wait for the platform: a job posted at the very end of its grace window still gets this long
     * before it is cancelled. Otherwise the wait lasts as long as the grace window (see {@link #patience}).
     */
    private static final Duration LEAST_PATIENCE = Duration.ofSeconds(30);
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
        return outcome == Outcome.FAILED && withinGrace(kind, job)
                ? Optional.of(fireTimes.realNow().plus(retryAfter)) : Optional.empty();
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
        Ledger.Claimed claimed = ledger.claim(delivery.claims(), owner, recovering, now, delivery.labels());
        List<ClaimKey> mine = claimed.keys();
        if (mine.isEmpty()) {
            return Outcome.ALREADY_CLAIMED;
        }
        Notice notice = delivery.renderer().render(mine, now);
        Optional<String> failure = send(delivery.to(), notice, keyOf(claimed), patience(kind, job));
        if (failure.isPresent()) {
            ledger.release(mine, owner);
            LOG.warn("Delivering {} failed ({}); {}", what, failure.get(), withinGrace(kind, job)
                    ? "it will be retried within the grace window" : "the grace window is over, so it is not retried");
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

    private boolean withinGrace(DeliveryKind kind, PlannedJob job) {
        return Duration.between(job.fireAt(), clock.instant()).compareTo(kind.graceWindow()) < 0;
    }

    /**
     * Hands the notice to the platform and waits for it, at most {@code patience} (real time), cancelling the attempt
     * when that runs out or this thread is interrupted.
     *
     * @return why it failed, or empty when the platform accepted it
     */
    private Optional<String> send(Recipient to, Notice notice, DeliveryKey key, Duration patience) {
        CompletableFuture<Void> sent = outbound.deliver(to, notice, key);
        try {
            sent.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause() == null ? e.toString() : e.getCause().toString());
        } catch (TimeoutException e) {
            sent.cancel(true);
            return Optional.of("no answer from " + to.platform().key() + " within " + patience.toSeconds()
                    + " s, as long as the grace window lasts; the attempt was cancelled");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.of("interrupted, the attempt was cancelled");
        }
    }

    /**
     * How long (real time) the platform is waited for: until the job's grace window ends, at least
     * {@link #LEAST_PATIENCE}. Posts waiting in a slow platform's queue or for a rate limit thus go out late and in
     * order rather than time out and be claimed again; after the grace window nothing would retry them anyway.
     */
    private Duration patience(DeliveryKind kind, PlannedJob job) {
        Duration left = Duration.between(fireTimes.realNow(),
                fireTimes.realInstantOf(job.fireAt().plus(kind.graceWindow())));
        return left.compareTo(LEAST_PATIENCE) < 0 ? LEAST_PATIENCE : left;
    }

    /** The delivery's key, from the claims it covers; since when an earlier attempt may have posted it, if one did. */
    private DeliveryKey keyOf(Ledger.Claimed claimed) {
        DeliveryKey key = DeliveryKey.of(String.join("\n", claimed.keys().stream().map(ClaimKey::identity)
                .sorted().toList()));
        return claimed.earlierAttempt() == null ? key : key.after(fireTimes.realInstantOf(claimed.earlierAttempt()));
    }
}
