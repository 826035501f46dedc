package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.agenda.BookmarkedChanges;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal reminders: a direct message a lead before each bookmarked session, and one message to each person whose
 * bookmarked sessions moved or were cancelled by a reload.
 */
final class ReminderKind implements DeliveryKind {
    private final ReminderPlan plan;
    private final AgendaStore store;
    private final Ledger ledger;
    private final List<Platform> platforms;

    ReminderKind(ReminderPlan plan, AgendaStore store, Ledger ledger, List<Platform> platforms) {
        this.plan = plan;
        this.store = store;
        this.ledger = ledger;
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public JobKind kind() {
        return JobKind.REMINDER;
    }

    @Override
    public String started() {
        return "Personal reminders by direct message on " + platforms;
    }

    @Override
    public PostingPolicy policy() {
        return plan.policy();
    }

    @Override
    public Duration graceWindow() {
        return plan.settings().graceWindow();
    }

    /** Everyone's reminders, with late ones still sent within the grace window (after a restart). */
    @Override
    public List<PlannedJob> due(Schedule schedule, Instant now) {
        return due(store.all(), schedule, now, ledger.sent(JobKind.REMINDER, null), false);
    }

    /** One person's reminders, after they changed their agenda; a reminder whose moment has passed is not sent. */
    List<PlannedJob> due(AgendaUser user, Schedule schedule, Instant now) {
        Optional<Duration> lead = store.lead(user);
        List<Bookmark> bookmarks = store.bookmarks(user).stream().map(id -> new Bookmark(user, id, lead)).toList();
        return due(bookmarks, schedule, now, ledger.sent(JobKind.REMINDER, new Recipient.Person(user)), true);
    }

    private List<PlannedJob> due(List<Bookmark> bookmarks, Schedule schedule, Instant now, Set<ClaimKey> sent,
            boolean strict) {
        return plan.due(bookmarks, schedule, now).stream()
                .filter(key -> !strict || key.fireAt().isAfter(now))
                .<PlannedJob>map(PlannedJob.Reminder::new)
                .filter(job -> !sent.contains(job.claim()))
                .toList();
    }

    @Override
    public Optional<Delivery> prepare(PlannedJob job, Schedule schedule) {
        ReminderKey key = ((PlannedJob.Reminder) job).key();
        if (!store.bookmarks(key.user()).contains(key.session())
                || !plan.lead(store.lead(key.user())).equals(key.lead())) {
            return Optional.empty();
        }
        return schedule.session(key.session()).filter(s -> s.start().equals(key.start()))
                .map(session -> delivery((PlannedJob.Personal) job, session, schedule,
                        SessionReminder.Reason.BOOKMARKED));
    }

    /** The direct message of a personal job about {@code session}, rendered at the moment of sending. */
    static Delivery delivery(PlannedJob.Personal job, Session session, Schedule schedule,
            SessionReminder.Reason reason) {
        return new Delivery(job.recipient(), session, List.of(job.claim()), Map.of(),
                (mine, now) -> new SessionReminder(SessionCards.of(session, schedule), now, job.key().lead(), reason));
    }

    @Override
    public String describe(PlannedJob job) {
        ReminderKey key = ((PlannedJob.Reminder) job).key();
        return "a reminder for " + key.session() + " on " + key.user().platformName();
    }

    @Override
    public String noLongerPlanned() {
        return "the session moved or the person changed their agenda";
    }

    @Override
    public void observed(Platform platform, AnnouncementObserver.Outcome outcome) {
        // Reminders are not counted in the announcement metrics.
    }

    @Override
    public List<ChangeNotice> changes(Schedule previous, Schedule current, Instant now) {
        ScheduleDiff diff = ScheduleDiff.between(previous, current);
        if (diff.isEmpty()) {
            return List.of();
        }
        return BookmarkedChanges.of(diff, store.all(), now).entrySet().stream()
                .map(e -> new ChangeNotice(new Recipient.Person(e.getKey()), e.getValue(),
                        mine -> Optional.of(BookmarkedChanges.notice(mine, previous, current))))
                .toList();
    }
}
