package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.Scope;
import dev.emcee.core.question.TimeRef;
import dev.emcee.core.question.TimeRef.PartOfDay;
import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.SessionTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers the questions about time: what's next, what's on now, at a time, on a day. */
final class WhenAnswers {
    private static final Duration SOON_AFTER = Duration.ofHours(1);

    private final Schedule schedule;
    private final Scopes scopes;
    private final Days days;
    private final CardIndex cards;

    WhenAnswers(Schedule schedule, CardIndex cards) {
        this.schedule = schedule;
        this.cards = cards;
        this.scopes = new Scopes(schedule);
        this.days = new Days(schedule);
    }

    Answer next(Question.Next q, Instant now) {
        List<Session> inScope = scopes.sessions(q.scope());
        return new UpNext(scopes.label(q.scope()), cards(nextGroup(inScope, q.scope(), now)),
                cards(running(inScope, q.scope(), now)), now);
    }

    Answer now(Question.Now q, Instant now) {
        List<Session> inScope = scopes.sessions(q.scope());
        return new OnNow(scopes.label(q.scope()), cards(running(inScope, q.scope(), now)),
                cards(nextGroup(inScope, q.scope(), now)), now);
    }

    Answer at(Question.At q, Instant now) {
        List<Session> inScope = scopes.sessions(q.scope());
        Optional<LocalDate> day = days.resolve(q.day(), now, inScope);
        if (day.isEmpty()) {
            return noSuchDay();
        }
        if (q.time() instanceof TimeRef.During during) {
            PartOfDay part = during.part();
            Instant from = part == PartOfDay.AFTER_LUNCH ? afterLunch(day.get()) : at(day.get(), part.from());
            Instant to = part.to().equals(LocalTime.MAX) ? at(day.get().plusDays(1), LocalTime.of(5, 0))
                    : at(day.get(), part.to());
            String heading = days.name(day.get()) + ", " + part.phrase().replaceFirst("^in the ", "")
                    + scopes.suffix(q.scope());
            return listing(heading, SessionTimeline.startingBetween(inScope, from, to), Optional.empty(),
                    () -> "Nothing starts " + part.phrase() + (part == PartOfDay.AFTER_LUNCH ? " on " : " of ")
                            + days.name(day.get())
                            + scopes.suffix(q.scope()) + "." + daysHint(inScope), now);
        }
        TimeRef.AtClock clock = (TimeRef.AtClock) q.time();
        Instant moment = chooseReading(day.get(), clock, inScope);
        List<Session> running = SessionTimeline.runningAt(inScope, moment, schedule.longestSession());
        String when = TimeTexts.clock(moment, schedule.zone()) + ", " + days.name(days.dayOf(moment));
        if (!running.isEmpty()) {
            return new SessionListing("On at " + when + scopes.suffix(q.scope()), cards(running), Optional.empty(),
                    "", now);
        }
        List<Session> soonAfter = SessionTimeline.startingBetween(inScope, moment, moment.plus(SOON_AFTER));
        Optional<String> note = soonAfter.isEmpty() ? Optional.empty()
                : Optional.of("Nothing is on at " + TimeTexts.clock(moment, schedule.zone()) + "; starting soon after:");
        return listing("On at " + when + scopes.suffix(q.scope()), soonAfter, note,
                () -> "Nothing is on at " + when + scopes.suffix(q.scope()) + "." + daysHint(inScope), now);
    }

    Answer agenda(Question.Agenda q, Instant now) {
        List<Session> inScope = scopes.sessions(q.scope());
        Optional<LocalDate> day = days.resolve(q.day(), now, inScope);
        if (day.isEmpty()) {
            return noSuchDay();
        }
        String heading = days.name(day.get()) + scopes.suffix(q.scope());
        return listing(heading, days.on(day.get(), inScope), Optional.empty(), () -> "Nothing is scheduled on "
                + days.name(day.get()) + scopes.suffix(q.scope()) + "." + daysHint(inScope), now);
    }

    /** A listing whose text for "none" (which names the days with sessions) is only worked out when it is empty. */
    private SessionListing listing(String heading, List<Session> sessions, Optional<String> note,
            Supplier<String> emptyText, Instant now) {
        return new SessionListing(heading, cards(sessions), note, sessions.isEmpty() ? emptyText.get() : "", now);
    }

    /** The sessions that start next after {@code now} (all of those starting in the same minute). */
    private List<Session> nextGroup(List<Session> inScope, Scope scope, Instant now) {
        boolean breaks = scopes.includesIntermissions(scope);
        List<Session> group = new ArrayList<>();
        Instant minute = null;
        for (int i = SessionTimeline.firstStartingAtOrAfter(inScope, now.plusNanos(1)); i < inScope.size(); i++) {
            Session s = inScope.get(i);
            if (!breaks && s.kind().isIntermission()) {
                continue;
            }
            Instant m = s.start().truncatedTo(ChronoUnit.MINUTES);
            if (minute == null) {
                minute = m;
            } else if (!m.equals(minute)) {
                break;
            }
            group.add(s);
        }
        return group;
    }

    private List<Session> running(List<Session> inScope, Scope scope, Instant now) {
        boolean breaks = scopes.includesIntermissions(scope);
        return SessionTimeline.runningAt(inScope, now, schedule.longestSession()).stream()
                .filter(s -> breaks || !s.kind().isIntermission())
                .toList();
    }

    /** "2:30" is 2:30pm at a conference that runs in the afternoon, and 2:30am at one that runs all night. */
    private Instant chooseReading(LocalDate day, TimeRef.AtClock clock, List<Session> inScope) {
        Instant first = at(day, clock.time());
        if (clock.alternative().isEmpty() || busy(first, inScope)) {
            return first;
        }
        Instant second = at(day, clock.alternative().get());
        return busy(second, inScope) ? second : first;
    }

    private boolean busy(Instant moment, List<Session> inScope) {
        return !SessionTimeline.runningAt(inScope, moment, schedule.longestSession()).isEmpty()
                || !SessionTimeline.startingBetween(inScope, moment, moment.plus(SOON_AFTER)).isEmpty();
    }

    /** When the day's lunch on the schedule ends (the latest, if several rooms have one); else 1:30pm. */
    private Instant afterLunch(LocalDate day) {
        return days.on(day, schedule.sessions()).stream()
                .filter(s -> s.kind() == SessionKind.MEAL && s.title().map(Words::fold).filter(t -> t.contains("lunch"))
                        .isPresent())
                .map(Session::end)
                .max(Instant::compareTo)
                .orElse(at(day, PartOfDay.AFTER_LUNCH.from()));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(schedule.zone()).toInstant();
    }

    private String daysHint(List<Session> inScope) {
        List<LocalDate> withSessions = days.withSessions(inScope);
        if (withSessions.isEmpty()) {
            return "";
        }
        List<String> names = withSessions.stream().limit(7).map(days::name).toList();
        return " Sessions are on " + String.join("; ", names) + (withSessions.size() > 7 ? "; …" : "") + ".";
    }

    private Answer noSuchDay() {
        return new NoMatch("The conference has " + days.all().size() + " days with sessions.",
                days.all().stream().map(days::name).toList());
    }

    private List<dev.emcee.core.answer.SessionCard> cards(List<Session> sessions) {
        return cards.of(sessions);
    }
}
