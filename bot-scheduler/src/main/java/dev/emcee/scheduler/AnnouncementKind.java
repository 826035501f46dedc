package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.AnnouncementRoutes;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.ChangeNotices;
import dev.emcee.core.announce.PlannedMessage;
import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Announcements: a message per channel and minute, posted a lead before its sessions start, and a digest of
 * schedule changes to the digest channels after a reload.
 */
final class AnnouncementKind implements DeliveryKind {
    private final AnnouncementPlanner planner;
    private final PostingPolicy policy;
    private final ChangeNotices notices;
    private final Ledger ledger;
    private final AnnouncementObserver observer;
    private final List<Platform> platforms;

    AnnouncementKind(AnnouncementSettings settings, List<Platform> platforms, Ledger ledger,
            AnnouncementObserver observer) {
        this.planner = planner(settings, withConfigured(settings, platforms));
        this.platforms = List.copyOf(platforms);
        this.policy = new PostingPolicy(planner.settings().graceWindow());
        this.notices = new ChangeNotices(planner);
        this.ledger = ledger;
        this.observer = observer;
    }

    /**
     * The platforms served here and those the settings name channels for: the jobs of the latter are planned too,
     * only to be left to the instances that serve them (and counted in the log), never to be removed.
     */
    private static List<Platform> withConfigured(AnnouncementSettings settings, List<Platform> served) {
        Set<Platform> all = EnumSet.noneOf(Platform.class);
        all.addAll(served);
        settings.byPlatform().forEach((platform, channels) -> {
            if (platform != Platform.CONSOLE && !channels.isEmpty()) {
                all.add(platform);
            }
        });
        return List.copyOf(all);
    }

    /** The planner for these settings and connected platforms (also what the operator view lists). */
    static AnnouncementPlanner planner(AnnouncementSettings settings, List<Platform> platforms) {
        return new AnnouncementPlanner(settings, new AnnouncementRoutes(settings.byPlatform(), Set.copyOf(platforms)));
    }

    @Override
    public JobKind kind() {
        return JobKind.ANNOUNCEMENT;
    }

    @Override
    public String started() {
        return "Announcing to " + platforms;
    }

    @Override
    public PostingPolicy policy() {
        return policy;
    }

    @Override
    public Duration graceWindow() {
        return planner.settings().graceWindow();
    }

    @Override
    public List<PlannedJob> due(Schedule schedule, Instant now) {
        Set<ClaimKey> sent = ledger.sent(JobKind.ANNOUNCEMENT, null);
        List<PlannedJob> due = new ArrayList<>();
        for (AnnouncementKey key : planner.plan(schedule)) {
            Session session = schedule.session(key.session()).orElseThrow();
            boolean tooLate = key.fireAt().plus(graceWindow()).isBefore(now)
                    || !now.isBefore(session.start().plus(PostingPolicy.STARTING_NOW))
                    || !now.isBefore(session.end());
            PlannedJob job = new PlannedJob.Announcement(key);
            if (!tooLate && !sent.contains(job.claim())) {
                due.add(job);
            }
        }
        return due;
    }

    @Override
    public Optional<Delivery> prepare(PlannedJob job, Schedule schedule) {
        AnnouncementKey key = ((PlannedJob.Announcement) job).key();
        return planner.messageContaining(schedule, key).map(message -> {
            Map<SessionId, String> labels = message.sessions().stream()
                    .collect(Collectors.toMap(Session::id, s -> SessionCards.of(s, schedule).label()));
            return new Delivery(new Recipient.Channel(key.route()), schedule.session(key.session()).orElseThrow(),
                    message.keys().stream().map(PlannedJob.Announcement::claimOf).toList(), labels,
                    (mine, now) -> new SessionsStarting(SessionCards.of(claimed(message, mine), schedule), now));
        });
    }

    private static List<Session> claimed(PlannedMessage message, List<ClaimKey> mine) {
        return message.sessions().stream().filter(s -> mine.stream().anyMatch(k -> k.session().equals(s.id())))
                .toList();
    }

    @Override
    public String describe(PlannedJob job) {
        AnnouncementKey key = ((PlannedJob.Announcement) job).key();
        return "the announcement of " + key.session() + " on " + key.route();
    }

    @Override
    public String noLongerPlanned() {
        return "the schedule no longer plans it (moved, cancelled or not announced)";
    }

    @Override
    public void observed(Platform platform, AnnouncementObserver.Outcome outcome) {
        observer.observed(platform, outcome);
    }

    @Override
    public List<ChangeNotice> changes(Schedule previous, Schedule current, Instant now) {
        ScheduleDiff diff = ScheduleDiff.between(previous, current);
        List<SessionChange> relevant = notices.relevant(diff, now);
        if (relevant.isEmpty() || notices.notice(diff, previous, current, now).isEmpty()) {
            return List.of();
        }
        return planner.routes().digestRoutes().stream()
                .map(route -> new ChangeNotice(new Recipient.Channel(route), relevant,
                        mine -> notices.notice(new ScheduleDiff(mine), previous, current, now).map(n -> n)))
                .toList();
    }
}
