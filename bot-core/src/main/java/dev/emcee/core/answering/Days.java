package dev.emcee.core.answering;

import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.question.DayRef;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves the day a question means, in the conference's zone, against the clock and the days with sessions. */
final class Days {
    private final Schedule schedule;
    private final List<LocalDate> all;
    /** The first instant of each day with sessions and of the day after it: asked for in nearly every answer. */
    private final Map<LocalDate, Instant> starts = new HashMap<>();
    /** "Thursday, June 14" for each day with sessions. */
    private final Map<LocalDate, String> names = new HashMap<>();

    Days(Schedule schedule) {
        this.schedule = schedule;
        this.all = schedule.sessionDays();
        for (LocalDate day : all) {
            starts.put(day, day.atStartOfDay(schedule.zone()).toInstant());
            starts.put(day.plusDays(1), day.plusDays(1).atStartOfDay(schedule.zone()).toInstant());
            names.put(day, TimeTexts.day(day));
        }
    }

    /** "Thursday, June 14". */
    String name(LocalDate day) {
        String name = names.get(day);
        return name != null ? name : TimeTexts.day(day);
    }

    /** The days with sessions ({@link Schedule#sessionDays()}), computed once. */
    List<LocalDate> all() {
        return all;
    }

    LocalDate today(Instant now) {
        return dayOf(now);
    }

    LocalDate dayOf(Session session) {
        return dayOf(session.start());
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(schedule.zone()).toLocalDate();
    }

    /** The first instant of a day in the conference's zone. */
    Instant startOf(LocalDate day) {
        Instant start = starts.get(day);
        return start != null ? start : day.atStartOfDay(schedule.zone()).toInstant();
    }

    /** The sessions (of a time-ordered list) that start on {@code day}. */
    List<Session> on(LocalDate day, List<Session> timeOrdered) {
        return SessionTimeline.startingBetween(timeOrdered, startOf(day), startOf(day.plusDays(1)));
    }

    /** The days on which sessions of the list start, found by jumping from day to day. */
    List<LocalDate> withSessions(List<Session> timeOrdered) {
        List<LocalDate> days = new ArrayList<>();
        int i = 0;
        while (i < timeOrdered.size()) {
            LocalDate day = dayOf(timeOrdered.get(i));
            days.add(day);
            i = SessionTimeline.firstStartingAtOrAfter(timeOrdered, startOf(day.plusDays(1)));
        }
        return days;
    }

    /**
     * The day named, or, when none is named, the day that matters now for these sessions: today if they have
     * sessions today, else their next day, else their last. Empty when an "Nth day" is out of range.
     */
    Optional<LocalDate> resolve(Optional<DayRef> ref, Instant now, List<Session> inScope) {
        LocalDate today = today(now);
        if (ref.isEmpty()) {
            if (inScope.isEmpty() || !on(today, inScope).isEmpty()) {
                return Optional.of(today);
            }
            int next = SessionTimeline.firstStartingAtOrAfter(inScope, startOf(today.plusDays(1)));
            return Optional.of(dayOf(inScope.get(next < inScope.size() ? next : inScope.size() - 1)));
        }
        DayRef day = ref.get();
        if (day instanceof DayRef.Today) {
            return Optional.of(today);
        }
        if (day instanceof DayRef.Tomorrow) {
            return Optional.of(today.plusDays(1));
        }
        if (day instanceof DayRef.OnDate on) {
            return Optional.of(on.date());
        }
        if (day instanceof DayRef.OnWeekday on) {
            return Optional.of(weekday(all, on, today)
                    .or(() -> weekday(conferenceDays(), on, today))
                    .orElse(today.with(TemporalAdjusters.nextOrSame(on.weekday()))));
        }
        DayRef.NthDay nth = (DayRef.NthDay) day;
        int index = nth.n() < 0 ? all.size() + nth.n() : nth.n() - 1;
        return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
    }

    /** The day of {@code days} with that weekday, from today on if there is one, else the first. */
    private static Optional<LocalDate> weekday(List<LocalDate> days, DayRef.OnWeekday on, LocalDate today) {
        return days.stream().filter(d -> d.getDayOfWeek() == on.weekday() && !d.isBefore(today)).findFirst()
                .or(() -> days.stream().filter(d -> d.getDayOfWeek() == on.weekday()).findFirst());
    }

    /** Every day within the conference's dates, with sessions or not ("Wednesday" inside them means that day). */
    private List<LocalDate> conferenceDays() {
        return schedule.conference().dates().stream()
                .flatMap(d -> d.from().datesUntil(d.to().plusDays(1)))
                .distinct().sorted().toList();
    }
}
