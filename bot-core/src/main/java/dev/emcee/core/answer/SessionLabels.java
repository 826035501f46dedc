package dev.emcee.core.answer;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.util.List;
import java.util.Locale;

/**
 * The display label of a session: its title, or, when the schedule gives none, a label built from what is known.
 *
 * <p>Listings such as the bundled conference's give no titles. A label like "Sean Allen on Distributed State"
 * tells people which session is meant without inventing a title.
 */
public final class SessionLabels {
    private SessionLabels() {
    }

    /** The title, or "Speaker on Topic", "Talk by Speaker", "Topic", or "Kind in Room". */
    public static String label(Session session, Schedule schedule) {
        if (session.title().isPresent()) {
            return session.title().get();
        }
        List<String> names = schedule.speakersOf(session).stream().map(Speaker::name).toList();
        String topic = session.topics().isEmpty() ? "" : session.topics().get(0);
        if (!names.isEmpty()) {
            String who = joinNames(names);
            return topic.isEmpty() ? kindWord(session) + " by " + who : who + " on " + topic;
        }
        if (!topic.isEmpty()) {
            return topic;
        }
        return kindWord(session) + " in " + schedule.roomName(session.room());
    }

    /** "A", "A & B", "A, B & C". */
    static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }

    private static String kindWord(Session session) {
        String key = session.kind().key();
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
