package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementPlanner;
import dev.emcee.core.announce.DurationText;
import dev.emcee.core.announce.PlannedMessage;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's view of announcements: what will be posted when and where, and what the ledger holds.
 *
 * <p>Lines, fixed-width first columns, times in the conference's zone:
 * <pre>
 * 2018-06-14 11:20 PDT  console:console    5m before  11:25am  LL21 A/B  Distributed State with Sean Allen
 * </pre>
 */
public final class AnnouncementView {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US);

    private final AnnouncementPlanner planner;

    public AnnouncementView(AnnouncementPlanner planner) {
        this.planner = planner;
    }

    /**
     * The messages planned to post in {@code [from, to)}, one line per session, marked "(sent)" or "(claimed)"
     * when the ledger says so.
     */
    public List<String> upcoming(Schedule schedule, Instant from, Instant to, Map<AnnouncementKey, Ledger.State> ledger) {
        ZoneId zone = schedule.zone();
        List<String> lines = new ArrayList<>();
        for (PlannedMessage message : planner.messages(schedule)) {
            if (message.fireAt().isBefore(from) || !message.fireAt().isBefore(to)) {
                continue;
            }
            for (int i = 0; i < message.sessions().size(); i++) {
                Session session = message.sessions().get(i);
                AnnouncementKey key = message.keys().get(i);
                Ledger.State state = ledger.get(key);
                lines.add(String.format(Locale.ROOT, "%s  %-18s %4s before  %-8s %-12s %s%s",
                        MINUTE.format(message.fireAt().atZone(zone)), message.route(),
                        DurationText.format(message.lead()), TimeTexts.clock(session.start(), zone),
                        schedule.roomName(session.room()), SessionCards.of(session, schedule).label(),
                        state == null ? "" : "  (" + state.name().toLowerCase(Locale.ROOT) + ")"));
            }
        }
        return lines;
    }

    /** The ledger, one line per row: state, when sent (or claimed), route, lead, session. */
    public static List<String> ledger(List<Ledger.Entry> entries, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (Ledger.Entry e : entries) {
            Instant when = e.sentAt() != null ? e.sentAt() : e.claimedAt();
            AnnouncementKey key = e.key();
            lines.add(String.format(Locale.ROOT, "%-7s %s  %-18s %4s before  %s (starts %s)%s",
                    e.state(), SECOND.format(when.atZone(zone)), key.route(), DurationText.format(key.lead()),
                    key.session(), TimeTexts.clock(key.start(), zone) + " " + TimeTexts.shortDay(key.start(), zone),
                    e.label() == null ? "" : "  " + e.label()));
        }
        return lines;
    }
}
