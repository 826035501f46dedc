package dev.emcee.scheduler;

import dev.emcee.core.Platform;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.ChangeNotices;
import dev.emcee.core.announce.Route;
import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts "schedule changed" notices to the digest channels after a reload, each change once per channel even when
 * several instances reload the same change (the ledger's change table decides who posts).
 */
final class ChangeNoticePoster {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNoticePoster.class);

    private final AnnouncementPlanner planner;
    private final ChangeNotices notices;
    private final Ledger ledger;
    private final Map<Platform, Outbound> sinks;
    private final Clock clock;
    private final String instanceId;

    ChangeNoticePoster(AnnouncementPlanner planner, Ledger ledger, Map<Platform, Outbound> sinks, Clock clock,
            String instanceId) {
        this.planner = planner;
        this.notices = new ChangeNotices(planner);
        this.ledger = ledger;
        this.sinks = Map.copyOf(sinks);
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** Tells the digest channels what changed from {@code previous} to {@code current}. */
    void post(Schedule previous, Schedule current) {
        Instant now = clock.instant();
        ScheduleDiff diff = ScheduleDiff.between(previous, current);
        List<SessionChange> relevant = notices.relevant(diff, now);
        if (relevant.isEmpty() || notices.notice(diff, previous, current, now).isEmpty()) {
            return;
        }
        String owner = instanceId + "/" + UUID.randomUUID();
        for (Route route : planner.routes().digestRoutes()) {
            Outbound sink = sinks.get(route.platform());
            if (sink == null) {
                continue;
            }
            List<SessionChange> mine = relevant.stream()
                    .filter(c -> ledger.claimChange(changeKey(c), route, owner, now))
                    .toList();
            Optional<ScheduleChanged> notice = notices.notice(new ScheduleDiff(mine), previous, current, now);
            notice.ifPresent(n -> sink.post(route.channel(), n).whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.warn("Could not post the schedule change to {}: {}", route, failure.toString());
                }
            }));
        }
    }

    /** Identifies a change itself, so that the same reload seen by two instances is one change. */
    static String changeKey(SessionChange change) {
        String after = change.after().map(s -> s.start().getEpochSecond() + "/" + s.end().getEpochSecond() + "/"
                + s.room().value()).orElse("-");
        String key = change.kind() + "|" + change.id().value() + "|" + change.before().start().getEpochSecond() + "|"
                + after;
        return key.length() <= 400 ? key : key.substring(0, 400);
    }
}
