package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.Bookmark;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.agenda.ReminderPlan;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.platform.PlatformUser;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Speakers' reminders: a direct message a lead before each session, to every platform user the schedule links to
 * one of its speakers ({@code slack:}, {@code discord:} in Emcee's YAML). They follow the schedule in service, the
 * organizers' overlay included: a moved session is reminded at its new time, a cancelled one not at all. Planned
 * like personal reminders, as if each linked speaker had bookmarked their own sessions.
 */
final class SpeakerReminderKind implements DeliveryKind {
    private final ReminderPlan plan;
    private final Ledger ledger;
    private final List<Platform> platforms;

    /** @param lead how long before each session; @param graceWindow how late one may still go out */
    SpeakerReminderKind(Duration lead, Duration graceWindow, Ledger ledger, List<Platform> platforms) {
        this.plan = new ReminderPlan(new AgendaSettings(true, lead, graceWindow));
        this.ledger = ledger;
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public JobKind kind() {
        return JobKind.SPEAKER_REMINDER;
    }

    @Override
    public String started() {
        return "Speakers reminded " + plan.settings().defaultReminderLead().toMinutes()
                + " minutes before their sessions by direct message on " + platforms;
    }

    @Override
    public PostingPolicy policy() {
        return plan.policy();
    }

    @Override
    public Duration graceWindow() {
        return plan.settings().graceWindow();
    }

    @Override
    public List<PlannedJob> due(Schedule schedule, Instant now) {
        Set<ClaimKey> sent = ledger.sent(JobKind.SPEAKER_REMINDER, null);
        return plan.due(speakersOwnSessions(schedule), schedule, now).stream()
                .<PlannedJob>map(PlannedJob.SpeakerReminder::new)
                .filter(job -> !sent.contains(job.claim()))
                .toList();
    }

    /** One "bookmark" per session and platform user linked to one of its speakers. */
    private static List<Bookmark> speakersOwnSessions(Schedule schedule) {
        List<Bookmark> own = new ArrayList<>();
        for (Session session : schedule.sessions()) {
            for (AgendaUser user : linkedUsers(session, schedule)) {
                own.add(new Bookmark(user, session.id(), Optional.empty()));
            }
        }
        return own;
    }

    private static List<AgendaUser> linkedUsers(Session session, Schedule schedule) {
        return schedule.speakersOf(session).stream().flatMap(s -> s.contacts().stream()).distinct()
                .map(SpeakerReminderKind::user).toList();
    }

    private static AgendaUser user(PlatformUser contact) {
        return new AgendaUser(contact.platform(), contact.userId());
    }

    @Override
    public Optional<Delivery> prepare(PlannedJob job, Schedule schedule) {
        ReminderKey key = ((PlannedJob.SpeakerReminder) job).key();
        if (!key.lead().equals(plan.settings().defaultReminderLead())) {
            return Optional.empty();
        }
        return schedule.session(key.session())
                .filter(s -> s.start().equals(key.start()) && linkedUsers(s, schedule).contains(key.user()))
                .map(session -> ReminderKind.delivery((PlannedJob.Personal) job, session, schedule,
                        SessionReminder.Reason.SPEAKING));
    }

    @Override
    public String describe(PlannedJob job) {
        ReminderKey key = ((PlannedJob.SpeakerReminder) job).key();
        return "a speaker's reminder for " + key.session() + " on " + key.user().platformName();
    }

    @Override
    public String noLongerPlanned() {
        return "the session moved or was cancelled, or the speaker is no longer on it";
    }

    @Override
    public void observed(Platform platform, AnnouncementObserver.Outcome outcome) {
        // Speakers' reminders are not counted in the announcement metrics.
    }

    /** Speakers hear of changes to their sessions from the organizers; only the reminders follow them. */
    @Override
    public List<ChangeNotice> changes(Schedule previous, Schedule current, Instant now) {
        return List.of();
    }
}
