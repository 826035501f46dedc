package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.question.ListEndPhrases;
import dev.emcee.core.question.Question;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "the first talk tomorrow", "the last session today in LL21 A/B" and "the keynote" with the one session
 * meant. Talks are what people mean by "the first talk": when the day has any talks, workshops, panels and the like,
 * an all-day info desk or a social is not the first; breaks and meals never are.
 */
final class ListEnds {
    private static final Set<SessionKind> CONTENT = EnumSet.of(SessionKind.TALK, SessionKind.KEYNOTE,
            SessionKind.WORKSHOP, SessionKind.TUTORIAL, SessionKind.PANEL, SessionKind.LIGHTNING);

    private final Scopes scopes;
    private final Days days;
    private final CardIndex cards;

    ListEnds(Schedule schedule, CardIndex cards) {
        this.scopes = new Scopes(schedule);
        this.days = new Days(schedule);
        this.cards = cards;
    }

    Answer pick(Question.Pick q, Instant now) {
        List<Session> candidates = candidates(q);
        String what = q.keynotes() ? "keynote" : "session";
        if (q.end() == Question.Pick.End.COMING && q.day().isEmpty()) {
            Optional<Session> coming = candidates.stream().filter(s -> s.end().isAfter(now)).findFirst()
                    .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(last(candidates)));
            String heading = coming.filter(s -> s.end().isAfter(now)).isPresent() ? "The next " + what
                    : "The last " + what;
            return listing(heading + scopes.suffix(q.scope()), coming, "No " + what + " is on the schedule"
                    + scopes.suffix(q.scope()) + ".", now);
        }
        if (q.keynotes() && q.day().isEmpty()) {
            // Keynotes are few: "the last keynote" is the conference's, not today's only one.
            Optional<Session> end = candidates.isEmpty() ? Optional.empty()
                    : Optional.of(q.end() == Question.Pick.End.LAST ? last(candidates) : candidates.get(0));
            return listing((q.end() == Question.Pick.End.LAST ? "The last " : "The first ") + what
                    + scopes.suffix(q.scope()), end, "No " + what + " is on the schedule" + scopes.suffix(q.scope())
                    + ".", now);
        }
        Optional<LocalDate> day = days.resolve(q.day(), now, candidates);
        if (day.isEmpty()) {
            return listing("", Optional.empty(), "The conference has no such day.", now);
        }
        List<Session> onDay = days.on(day.get(), candidates);
        Optional<Session> picked = onDay.isEmpty() ? Optional.empty()
                : Optional.of(q.end() == Question.Pick.End.LAST ? last(onDay) : onDay.get(0));
        String end = q.end() == Question.Pick.End.LAST ? "The last " : q.end() == Question.Pick.End.FIRST
                ? "The first " : "The ";
        String where = " on " + days.name(day.get()) + scopes.suffix(q.scope());
        return listing(end + what + where, picked, "No " + what + " is scheduled" + where + ".", now);
    }

    /** The sessions of the scope that can be meant, in time order. */
    private List<Session> candidates(Question.Pick q) {
        List<Session> inScope = scopes.sessions(q.scope());
        if (q.keynotes()) {
            return inScope.stream().filter(ListEndPhrases::isKeynote).toList();
        }
        List<Session> content = inScope.stream().filter(s -> CONTENT.contains(s.kind())).toList();
        return !content.isEmpty() ? content : inScope.stream().filter(s -> !s.kind().isIntermission()).toList();
    }

    /** The one that starts last (of those starting together, the last listed). */
    private static Session last(List<Session> timeOrdered) {
        return timeOrdered.get(timeOrdered.size() - 1);
    }

    private SessionListing listing(String heading, Optional<Session> session, String empty, Instant now) {
        return new SessionListing(heading, cards.of(session.stream().toList()), Optional.empty(),
                session.isPresent() ? "" : empty, now);
    }
}
