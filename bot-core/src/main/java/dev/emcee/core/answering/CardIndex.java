package dev.emcee.core.answering;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every session's card, built once per schedule, and each session's place in the schedule's time order.
 *
 * <p>A card depends only on the session and the schedule, never on the clock, so answers share them: a listing of
 * a thousand search results costs a thousand lookups, not a thousand cards.
 */
final class CardIndex {
    private record Entry(SessionCard card, int position) {
    }

    private final Map<SessionId, Entry> entries;

    CardIndex(Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        entries = new HashMap<>(sessions.size() * 4 / 3 + 1);
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            entries.put(session.id(), new Entry(SessionCards.of(session, schedule), i));
        }
    }

    /** The cards of {@code sessions} (sessions of this schedule), in the given order. */
    List<SessionCard> of(List<Session> sessions) {
        SessionCard[] cards = new SessionCard[sessions.size()];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = entries.get(sessions.get(i).id()).card();
        }
        return List.of(cards);
    }

    /** The session's index in {@link Schedule#sessions()}. */
    int position(Session session) {
        return entries.get(session.id()).position();
    }
}
