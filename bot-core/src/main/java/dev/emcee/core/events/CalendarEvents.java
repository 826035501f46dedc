package dev.emcee.core.events;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.List;

/** What a session says as an event: its label, its room, its times, and a description of who, what and where. */
public final class CalendarEvents {
    /** How much of a session's abstract opens the description (platforms shorten the rest anyway). */
    static final int ABSTRACT_CHARS = 400;

    private CalendarEvents() {
    }

    /**
     * The event of a session: named by its label ("Kyle Kingsbury on Jepsen" when the schedule gives no title), at
     * its room, from its start to its end; described by the start of its abstract, its speakers, its track and its
     * link (the session's own, else none).
     */
    public static CalendarEvent of(Session session, Schedule schedule) {
        List<String> lines = new ArrayList<>();
        String text = session.abstractText().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            lines.add(text.length() <= ABSTRACT_CHARS ? text : text.substring(0, ABSTRACT_CHARS - 1).strip() + "…");
        }
        List<String> speakers = schedule.speakersOf(session).stream().map(CalendarEvents::speaker).toList();
        if (!speakers.isEmpty()) {
            lines.add((speakers.size() == 1 ? "Speaker: " : "Speakers: ") + String.join(", ", speakers));
        }
        session.track().flatMap(schedule::track).ifPresent(track -> lines.add("Track: " + track.name()));
        session.url().ifPresent(lines::add);
        return new CalendarEvent(session.id(), SessionLabels.label(session, schedule),
                schedule.roomName(session.room()), session.start(), session.end(), String.join("\n", lines));
    }

    private static String speaker(Speaker speaker) {
        return speaker.affiliation().map(a -> speaker.name() + " (" + a + ")").orElse(speaker.name());
    }
}
