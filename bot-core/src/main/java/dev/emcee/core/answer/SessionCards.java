package dev.emcee.core.answer;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import java.util.List;
import java.util.Optional;

/** Builds the self-contained {@link SessionCard} of a session, resolving its room, speakers and track. */
public final class SessionCards {
    private static final int SUMMARY_LIMIT = 300;

    private SessionCards() {
    }

    /** The card of one session of {@code schedule}. */
    public static SessionCard of(Session session, Schedule schedule) {
        List<Speaker> speakers = schedule.speakersOf(session);
        List<PersonRef> people = speakers.stream()
                .map(s -> new PersonRef(s.name(), s.affiliation(), List.of()))
                .toList();
        Optional<String> track = session.track().flatMap(schedule::track).map(Track::name);
        return new SessionCard(session.id().value(), SessionLabels.label(session, schedule), session.title().isPresent(),
                session.start(), session.end(), schedule.zone(), schedule.roomName(session.room()), people, track,
                session.level(), session.topics(), session.rating(), summary(session.abstractText()), session.url(),
                session.kind());
    }

    /** The cards of several sessions, in the given order. */
    public static List<SessionCard> of(List<Session> sessions, Schedule schedule) {
        return sessions.stream().map(s -> of(s, schedule)).toList();
    }

    /** The abstract cut at a sentence end before {@value #SUMMARY_LIMIT} characters, or at a word with "…". */
    static String summary(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= SUMMARY_LIMIT) {
            return clean;
        }
        String head = clean.substring(0, SUMMARY_LIMIT);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("? "), head.lastIndexOf("! ")));
        if (sentence > SUMMARY_LIMIT / 3) {
            return head.substring(0, sentence + 1);
        }
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space) : head) + "…";
    }
}
