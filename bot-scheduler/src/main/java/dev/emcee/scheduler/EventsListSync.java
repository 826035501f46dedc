package dev.emcee.scheduler;

import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventCalendar;
import dev.emcee.core.events.EventWindow;
import dev.emcee.core.events.EventsPlan;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
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
 * Runs the standing job of an events list: lists it, plans ({@link EventsPlan}) and makes the changes, then says
 * when to look next (the window's next change, or sooner to retry what failed).
 *
 * <p>Never twice at once (the job stands), and every list begins with a look at the platform, so a second run
 * changes nothing a first one did. Creating is claimed in the ledger as well, once per session and list: a run
 * that crashed after the platform made the event leaves its claim, which only the recovery of that run takes over,
 * and the recovery looks at the list again before it creates; an event Emcee deletes gives its claim up.
 */
final class EventsListSync {
    private static final Logger LOG = LoggerFactory.getLogger(EventsListSync.class);
    /** How long one request to the platform is waited for (its own retries and rate limits included). */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** After this many failures in a row a run stops: the platform refuses them all (a missing permission). */
    static final int FAILURES_IN_A_ROW = 3;
    /** How much longer than the usual retry a run waits when nothing it tried worked. */
    static final int NOTHING_WORKED_FACTOR = 4;

    private final CurrentSchedule schedule;
    private final EventWindow window;
    private final Recipient.EventsList list;
    private final EventCalendar calendar;
    private final Ledger ledger;
    private final Clock clock;
    private final FireTimes fireTimes;
    private final String instanceId;
    private final Duration retryAfter;

    EventsListSync(CurrentSchedule schedule, KeptEvents kept, Ledger ledger, Clock clock, String instanceId,
            Duration retryAfter) {
        this.schedule = schedule;
        this.window = kept.window();
        this.list = new Recipient.EventsList(kept.platform(), kept.calendar().place());
        this.calendar = kept.calendar();
        this.ledger = ledger;
        this.clock = clock;
        this.fireTimes = new FireTimes(clock);
        this.instanceId = instanceId;
        this.retryAfter = retryAfter;
    }

    /** The look at the list kept here, from {@code now} on. */
    PlannedJob.EventsSync jobAt(Instant now) {
        return new PlannedJob.EventsSync(list, now);
    }

    /** Whether the job looks at the list kept here. */
    boolean keeps(PlannedJob job) {
        return job instanceof PlannedJob.EventsSync sync && sync.list().equals(list);
    }

    /** Brings the job's list in step; returns the real moment of its next look. */
    Optional<Instant> run(PlannedJob.EventsSync job, boolean recovering) {
        Instant retry = fireTimes.realNow().plus(retryAfter);
        EventCalendar.Listing listing;
        try {
            listing = await(calendar.list());
        } catch (Failure e) {
            LOG.warn("Could not look at the events list of {} ({}); looking again in {} s", calendar.place(),
                    e.getMessage(), retryAfter.toSeconds());
            return Optional.of(retry);
        }
        Instant now = clock.instant();
        EventsPlan.Plan plan = EventsPlan.plan(schedule.get(), now, window, listing);
        String owner = instanceId + "/" + UUID.randomUUID();
        Tally tally = new Tally();
        int inARow = 0;
        for (EventsPlan.Step step : plan.steps()) {
            if (inARow == FAILURES_IN_A_ROW) {
                tally.notTried++;
                continue;
            }
            try {
                apply(job, step, owner, recovering, now, tally);
                inARow = 0;
            } catch (Failure e) {
                tally.failed++;
                inARow++;
                LOG.warn("Could not {} in the events list of {}: {}", describe(step), calendar.place(),
                        e.getMessage());
            }
        }
        Instant next = fireTimes.realInstantOf(plan.lookAgainAt());
        if (!plan.steps().isEmpty() || recovering) {
            LOG.info("Events list of {}: {} created, {} updated, {} deleted, {} in step{}{}{} ({} sessions listed, "
                    + "{} places, {} events of others)", calendar.place(), tally.created, tally.updated,
                    tally.deleted, plan.inStep(), tally.failed == 0 ? "" : ", " + tally.failed + " failed",
                    tally.notTried == 0 ? "" : ", " + tally.notTried + " not tried after " + FAILURES_IN_A_ROW
                            + " failures in a row",
                    tally.leftToOthers == 0 ? "" : ", " + tally.leftToOthers + " being created elsewhere",
                    plan.listed(), plan.places(), listing.others());
        }
        if (tally.failed == 0) {
            return Optional.of(next);
        }
        boolean nothingWorked = tally.created + tally.updated + tally.deleted == 0;
        Instant again = nothingWorked ? fireTimes.realNow().plus(retryAfter.multipliedBy(NOTHING_WORKED_FACTOR))
                : retry;
        return Optional.of(again.isBefore(next) ? again : next);
    }

    private void apply(PlannedJob.EventsSync job, EventsPlan.Step step, String owner, boolean recovering,
            Instant now, Tally tally) throws Failure {
        if (step instanceof EventsPlan.Delete delete) {
            await(calendar.delete(delete.eventId()));
            ledger.forget(job.claimOf(delete.session()));
            tally.deleted++;
        } else if (step instanceof EventsPlan.Update update) {
            await(calendar.update(update.eventId(), update.event()));
            tally.updated++;
        } else if (step instanceof EventsPlan.Create create) {
            create(job, create.event(), owner, recovering, now, tally);
        }
    }

    private void create(PlannedJob.EventsSync job, CalendarEvent event, String owner, boolean recovering,
            Instant now, Tally tally) throws Failure {
        ClaimKey claim = job.claimOf(event.session());
        Ledger.Claimed claimed = ledger.claim(List.of(claim), owner, recovering, now,
                Map.of(event.session(), event.name()));
        if (claimed.keys().isEmpty()) {
            if (ledger.state(claim) != Ledger.State.SENT) {
                tally.leftToOthers++; // another run is creating it (a crashed one's recovery will finish it)
            }
            return;
        }
        if (claimed.earlierAttempt() != null && listed(event.session())) {
            ledger.markSent(claimed.keys(), owner, clock.instant()); // the earlier attempt made it after all
            return;
        }
        try {
            await(calendar.create(event));
        } catch (Failure e) {
            ledger.release(claimed.keys(), owner);
            throw e;
        }
        ledger.markSent(claimed.keys(), owner, clock.instant());
        tally.created++;
    }

    private boolean listed(SessionId session) throws Failure {
        return await(calendar.list()).ours().stream().anyMatch(e -> e.session().equals(session));
    }

    private static String describe(EventsPlan.Step step) {
        if (step instanceof EventsPlan.Create c) {
            return "create the event of " + c.event().name();
        }
        if (step instanceof EventsPlan.Update u) {
            return "update the event of " + u.event().name();
        }
        return "delete the event of session " + step.session().value();
    }

    /** Waits for the platform at most {@link #PATIENCE}, cancelling the request when that runs out. */
    private static <T> T await(CompletableFuture<T> answer) throws Failure {
        try {
            return answer.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Failure(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Failure("no answer within " + PATIENCE.toSeconds() + " s; the request was cancelled");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("interrupted; the request was cancelled");
        }
    }

    /** The platform refused or did not answer; the message says why. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** What one run did. */
    private static final class Tally {
        private int created;
        private int updated;
        private int deleted;
        private int failed;
        private int leftToOthers;
        private int notTried;
    }
}
