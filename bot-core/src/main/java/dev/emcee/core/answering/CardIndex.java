package dev.emcee.core.answering;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every session's card, built once per schedule, and each session's place in the schedule's time order.
 *
 * <p>A card depends only on the session and the schedule, never on the clock, so answers share them: a listing of
 * a thousand search results costs a thousand array reads, not a thousand cards.
 */
final class CardIndex {
    private final List<Session> sessions;
    private final SessionCard[] byPosition;
    /** Each session's place in {@link Schedule#sessions()}, by identity: lists of a schedule share its sessions. */
    private final Map<Session, Integer> positions;

    CardIndex(Schedule schedule) {
        sessions = schedule.sessions();
        byPosition = new SessionCard[sessions.size()];
        positions = new IdentityHashMap<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            byPosition[i] = SessionCards.of(session, schedule);
            positions.put(session, i);
        }
    }

    /**
     * The cards of {@code sessions} (sessions of this schedule), in the given order. Runs of consecutive sessions,
     * as time-ordered listings mostly are, are found without a lookup.
     */
    List<SessionCard> of(List<Session> listed) {
        SessionCard[] cards = new SessionCard[listed.size()];
        int guess = 0;
        for (int i = 0; i < cards.length; i++) {
            Session session = listed.get(i);
            int position = guess < sessions.size() && sessions.get(guess) == session ? guess : position(session);
            cards[i] = byPosition[position];
            guess = position + 1;
        }
        return List.of(cards);
    }

    /** The cards of the sessions at {@code positions} in the schedule's time order, in the given order. */
    List<SessionCard> atPositions(int[] positions) {
        SessionCard[] cards = new SessionCard[positions.length];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = byPosition[positions[i]];
        }
        return List.of(cards);
    }

    /** The session's index in {@link Schedule#sessions()}. */
    int position(Session session) {
        Integer position = positions.get(session);
        if (position == null) {
            throw new IllegalArgumentException("session " + session.id() + " is not one of this schedule's");
        }
        return position;
    }
}
