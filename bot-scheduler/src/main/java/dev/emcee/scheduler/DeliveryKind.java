package dev.emcee.scheduler;

import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between the kinds of job the pipeline runs (announcements to channels, reminders to people): which
 * jobs are due, what a due job delivers to whom, and who hears of a schedule change. The rest (claiming, sending,
 * retrying, scheduling) is the pipeline's, the same for every kind.
 */
interface DeliveryKind {
    JobKind kind();

    /** "Announcing to [console]", for the start line. */
    String started();

    /** Decides whether a due job is still delivered, with the grace window below. */
    PostingPolicy policy();

    /** How late a job may still be delivered (and a failed one retried). */
    java.time.Duration graceWindow();

    /** Every job of this kind still to deliver at {@code now} (not sent, not too late). */
    List<PlannedJob> due(Schedule schedule, Instant now);

    /** What delivering the job means on this schedule; empty when it no longer plans it. */
    Optional<Delivery> prepare(PlannedJob job, Schedule schedule);

    /** "the announcement of sean on console:console", for logs. */
    String describe(PlannedJob job);

    /** Why a job that {@link #prepare} found no longer planned is not delivered, for the log. */
    String noLongerPlanned();

    /** Told what became of a due job (metrics); must not throw. */
    void observed(Platform platform, AnnouncementObserver.Outcome outcome);

    /** Who to tell about the changes from {@code previous} to {@code current}, and what. */
    List<ChangeNotice> changes(Schedule previous, Schedule current, Instant now);

    /** Renders a notice of the claims this instance holds, at the moment of sending. */
    @FunctionalInterface
    interface Renderer {
        Notice render(List<ClaimKey> mine, Instant now);
    }

    /**
     * One delivery: to whom, about which session (for the posting policy), the claims of one message (taken
     * together) with their sessions' labels, and how it is rendered.
     */
    record Delivery(Recipient to, Session session, List<ClaimKey> claims, Map<SessionId, String> labels,
            Renderer renderer) {
    }

    /** Changes to tell one recipient, each claimed in the change ledger; the notice of those claimed. */
    record ChangeNotice(Recipient to, List<SessionChange> changes,
            java.util.function.Function<List<SessionChange>, Optional<Notice>> notice) {
    }
}
