package dev.emcee.core.agenda;

import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.announce.ScheduleDiff.SessionChange;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.ScheduleChanged.Change;
import dev.emcee.core.notice.ScheduleChanged.Kind;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who must hear about a reload: each person with a bookmarked session that moved or was cancelled (and has not
 * ended), with those changes.
 */
public final class BookmarkedChanges {
    private BookmarkedChanges() {
    }

    /** The moves and cancellations of bookmarked sessions, per person, in the diff's order. */
    public static Map<AgendaUser, List<SessionChange>> of(ScheduleDiff diff, List<Bookmark> bookmarks, Instant now) {
        Map<SessionId, List<AgendaUser>> byId = new LinkedHashMap<>();
        for (Bookmark bookmark : bookmarks) {
            byId.computeIfAbsent(bookmark.session(), id -> new ArrayList<>()).add(bookmark.user());
        }
        Map<AgendaUser, List<SessionChange>> changes = new LinkedHashMap<>();
        for (SessionChange change : diff.changes()) {
            if (change.kind() == Kind.ADDED || !change.now().end().isAfter(now)) {
                continue;
            }
            for (AgendaUser user : byId.getOrDefault(change.id(), List.of())) {
                changes.computeIfAbsent(user, u -> new ArrayList<>()).add(change);
            }
        }
        return changes;
    }

    /** The direct message telling one person about their changes. */
    public static ScheduleChanged notice(List<SessionChange> changes, Schedule previous, Schedule current) {
        return new ScheduleChanged(changes.stream().map(c -> new Change(c.kind(), SessionCards.of(c.before(), previous),
                c.after().map(s -> SessionCards.of(s, current)).or(Optional::empty))).toList());
    }
}
