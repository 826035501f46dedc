package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.SessionLabels;
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
                            + scopes.suffix(q.scope()) + "." + daysHint(day.get(), inScope), now);
        }
        TimeRef.AtClock clock = (TimeRef.AtClock) q.time();
        Instant moment = chooseReading(day.get(), clock, inScope);
        List<Session> running = SessionTimeline.runningAt(inScope, moment, schedule.longestSession());
        String when = TimeTexts.clock(moment, schedule.zone()) + ", " + days.name(days.dayOf(moment))
                + scopes.suffix(q.scope());
        if (!running.isEmpty()) {
            return new SessionListing("On at " + when, cards(running), Optional.empty(), "", now);
        }
        return listing("Nothing is on at " + when + "; next after that", nextGroup(inScope, q.scope(), moment),
                Optional.empty(), () -> "Nothing is on at " + when + lastEnded(inScope, moment), now);
    }

    /** What starts next once the session ends (sessions starting as it ends included). */
    Answer after(Question.After q, Instant now) {
        Optional<Session> session = schedule.session(q.session());
        if (session.isEmpty()) {
            return new NoMatch("That session is no longer on the schedule.", List.of("what's next?"));
        }
        Session s = session.get();
        String heading = "Next after " + SessionLabels.label(s, schedule) + " (ends "
                + TimeTexts.clock(s.end(), schedule.zone()) + ")";
        List<Session> next = nextGroup(schedule.sessions(), Scope.everywhere(), s.end().minusNanos(1)).stream()
                .filter(other -> !other.id().equals(s.id())).toList();
        return listing(heading, next, Optional.empty(),
                () -> "Nothing is scheduled after " + SessionLabels.label(s, schedule) + ".", now);
    }

    Answer agenda(Question.Agenda q, Instant now) {
        List<Session> inScope = scopes.sessions(q.scope());
        Optional<LocalDate> day = days.resolve(q.day(), now, inScope);
        if (day.isEmpty()) {
            return noSuchDay();
        }
        String heading = days.name(day.get()) + scopes.suffix(q.scope());
        return listing(heading, days.on(day.get(), inScope), Optional.empty(), () -> "Nothing is scheduled on "
                + days.name(day.get()) + scopes.suffix(q.scope()) + "." + daysHint(day.get(), inScope), now);
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
        return SessionTimeline.anyRunningAt(inScope, moment, schedule.longestSession())
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

    /** ": the last session ended at 5:15pm, and nothing more is scheduled." (nothing runs at or after moment). */
    private String lastEnded(List<Session> inScope, Instant moment) {
        Optional<Instant> lastEnd = inScope.stream().map(Session::end).filter(e -> !e.isAfter(moment))
                .max(Instant::compareTo);
        if (lastEnd.isEmpty()) {
            return ". Nothing is scheduled.";
        }
        LocalDate endDay = days.dayOf(lastEnd.get());
        String at = TimeTexts.clock(lastEnd.get(), schedule.zone())
                + (endDay.equals(days.dayOf(moment)) ? "" : " on " + days.name(endDay));
        return ": the last session ended at " + at + ", and nothing more is scheduled.";
    }

    /**
     * For an empty answer about {@code day}: when that day's sessions run, or, when it has none, the days that
     * have some (never "sessions are on" the very day that was just said to be empty).
     */
    private String daysHint(LocalDate day, List<Session> inScope) {
        List<Session> thatDay = days.on(day, inScope);
        if (!thatDay.isEmpty()) {
            Instant end = thatDay.stream().map(Session::end).max(Instant::compareTo).orElseThrow();
            return " Sessions that day run from " + TimeTexts.clock(thatDay.get(0).start(), schedule.zone()) + " to "
                    + TimeTexts.clock(end, schedule.zone()) + ".";
        }
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
