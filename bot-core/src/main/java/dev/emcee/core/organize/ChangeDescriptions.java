package dev.emcee.core.organize;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The words of organizers' changes: previews, confirmations and the overlay's listing. */
public final class ChangeDescriptions {
    private ChangeDescriptions() {
    }

    /** "Thu Jun 14, 3:40–4:20pm PDT · LL21 A/B". */
    public static String slot(Instant start, Instant end, String room, ZoneId zone) {
        return TimeTexts.dayAndRange(start, end, zone) + " · " + room;
    }

    /** The session's label and, for a move or a delay, where it was and where it goes. */
    public static List<String> lines(SessionChange change, Session before, Schedule schedule) {
        List<String> out = new ArrayList<>();
        out.add(SessionLabels.label(before, schedule));
        String was = slot(before.start(), before.end(), schedule.roomName(before.room()), schedule.zone());
        if (change.kind() == SessionChange.Kind.CANCEL) {
            out.add("was: " + was);
            out.add("now: cancelled");
        } else {
            out.add("was: " + was);
            out.add("now: " + slot(change.start(), change.end(), schedule.roomName(change.room()), schedule.zone()));
        }
        return out;
    }

    /** "#3 move \"Kyle Kingsbury on ...\" to Thu Jun 14, 4:00–4:40pm PDT · LL21 A/B, by console:operator at ...". */
    public static String entry(ScheduleOverride entry, Schedule source) {
        SessionChange change = entry.change();
        String label = source.session(change.session()).map(s -> SessionLabels.label(s, source))
                .orElse("session " + change.session().value() + " (no longer on the schedule)");
        String what = change.kind() == SessionChange.Kind.CANCEL ? "cancel " + label
                : change.kind().word() + " " + label + " to "
                        + slot(change.start(), change.end(), source.roomName(change.room()), source.zone());
        String by = "by " + entry.madeBy() + " at " + stamp(entry.madeAt(), source.zone());
        String undone = entry.undoneAt().map(at -> "; undone by " + entry.undoneBy().orElse("?") + " at "
                + stamp(at, source.zone())).orElse("");
        return "#" + entry.id() + " " + what + ", " + by + undone;
    }

    /** The listing of the overlay, one entry a line, or a sentence when it is empty. */
    public static List<String> listing(List<ScheduleOverride> entries, Schedule source) {
        if (entries.isEmpty()) {
            return List.of("No changes by organizers: the schedule is served as its sources give it.");
        }
        return entries.stream().map(e -> entry(e, source)).toList();
    }

    private static String stamp(Instant at, ZoneId zone) {
        return TimeTexts.shortDay(at, zone) + " " + TimeTexts.clock(at, zone);
    }
}
