package dev.emcee.sources.read;

import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks every importer runs on a schedule it built: legal but suspicious data becomes warnings.
 *
 * <p>Overlapping sessions in one room and sessions of zero minutes are usually mistakes in the source, but real
 * conferences have both (parallel sessions sharing a stage, placeholder slots), so they do not stop a load.
 */
public final class ScheduleChecks {
    private ScheduleChecks() {
    }

    /**
     * Warnings for a built schedule.
     *
     * @param line where each session is in the source (0 when unknown)
     * @param field the field path of each session in the source
     */
    public static List<Problem> warnings(Schedule schedule, String source, Function<SessionId, Integer> line,
            Function<SessionId, String> field) {
        List<Problem> warnings = new ArrayList<>();
        Map<RoomId, List<Session>> byRoom = new LinkedHashMap<>();
        for (Session session : schedule.sessions()) {
            byRoom.computeIfAbsent(session.room(), r -> new ArrayList<>()).add(session);
            if (session.start().equals(session.end())) {
                warnings.add(Problem.warning(source, line.apply(session.id()), field.apply(session.id()),
                        "session '" + session.id() + "' lasts 0 minutes"));
            }
        }
        for (List<Session> inRoom : byRoom.values()) {
            Session latest = null;
            for (Session session : inRoom) {
                if (latest != null && session.start().isBefore(latest.end())) {
                    warnings.add(Problem.warning(source, line.apply(session.id()), field.apply(session.id()),
                            "session '" + session.id() + "' (" + TimeTexts.dayAndRange(session.start(), session.end(),
                                    schedule.zone()) + ") overlaps '" + latest.id() + "' in "
                                    + schedule.roomName(session.room())));
                }
                if (latest == null || session.end().isAfter(latest.end())) {
                    latest = session;
                }
            }
        }
        return warnings;
    }
}
