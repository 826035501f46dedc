package dev.emcee.bench.chaos;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counts of the server's Scheduled Events in a chaos run. Each session of the final schedule should have had
 * its event made before it started ({@code missing} otherwise), never a second one while the first was live
 * ({@code duplicated}, counted by the stand-in at each create), and the moved session an update; a session the
 * edit deleted should have no event left at the end ({@code stale}).
 */
record EventsTally(int sessions, int listedBeforeStart, int missing, int duplicated, int movedUpdated, int deleted,
                   int stale, List<String> problems) {
    EventsTally {
        problems = List.copyOf(problems);
    }

    static EventsTally count(ChaosPlan plan, Observations seen) {
        List<String> problems = new ArrayList<>();
        int listed = 0;
        for (PlannedSession session : plan.editedSessions()) {
            List<Long> created = seen.eventsCreatedFor(session.id());
            if (created.stream().anyMatch(t -> t < session.startMs())) {
                listed++;
            } else {
                problems.add("event of " + session.id() + (created.isEmpty() ? " never made"
                        : " made only after the session started"));
            }
        }
        Set<String> kept = plan.editedSessions().stream().map(PlannedSession::id).collect(Collectors.toSet());
        int stale = 0;
        int moved = 0;
        for (PlannedSession session : plan.sessions()) {
            if (!kept.contains(session.id()) && seen.eventsLiveFor(session.id()) > 0) {
                stale++;
                problems.add("event of deleted session " + session.id() + " still listed");
            }
            if (plan.finalSession(session.id()).filter(s -> s.startMs() != session.startMs()).isPresent()) {
                moved += seen.eventsUpdatedFor(session.id()) > 0 ? 1 : 0;
                if (seen.eventsUpdatedFor(session.id()) == 0) {
                    problems.add("event of moved session " + session.id() + " never updated");
                }
            }
        }
        int sessions = plan.editedSessions().size();
        return new EventsTally(sessions, listed, sessions - listed, seen.eventsDuplicated(), moved,
                seen.eventsDeleted(), stale, problems);
    }

    /** Whether an event was duplicated, missing or left behind (the run then exits with 1). */
    boolean failed() {
        return duplicated > 0 || missing > 0 || stale > 0 || !problems.isEmpty();
    }

    /** The events line, printed before the run's last line. */
    String line() {
        return String.format(Locale.ROOT, "chaos events: sessions %d listed before their start %d missing %d "
                + "duplicated %d; moved and updated %d; deleted %d; stale %d", sessions, listedBeforeStart, missing,
                duplicated, movedUpdated, deleted, stale);
    }
}
