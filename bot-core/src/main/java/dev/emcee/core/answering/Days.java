package dev.emcee.core.answering;

import dev.emcee.core.question.DayRef;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** Resolves the day a question means, in the conference's zone, against the clock and the days with sessions. */
final class Days {
    private final Schedule schedule;

    Days(Schedule schedule) {
        this.schedule = schedule;
    }

    LocalDate today(Instant now) {
        return now.atZone(schedule.zone()).toLocalDate();
    }

    LocalDate dayOf(Session session) {
        return session.start().atZone(schedule.zone()).toLocalDate();
    }

    /**
     * The day named, or, when none is named, the day that matters now for these sessions: today if they have
     * sessions today, else their next day, else their last. Empty when an "Nth day" is out of range.
     */
    Optional<LocalDate> resolve(Optional<DayRef> ref, Instant now, List<Session> inScope) {
        LocalDate today = today(now);
        List<LocalDate> days = inScope.stream().map(this::dayOf).distinct().sorted().toList();
        if (ref.isEmpty()) {
            if (days.isEmpty() || days.contains(today)) {
                return Optional.of(today);
            }
            return Optional.of(days.stream().filter(d -> d.isAfter(today)).findFirst().orElse(days.get(days.size() - 1)));
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
            List<LocalDate> all = schedule.sessionDays();
            return Optional.of(all.stream().filter(d -> d.getDayOfWeek() == on.weekday() && !d.isBefore(today))
                    .findFirst()
                    .or(() -> all.stream().filter(d -> d.getDayOfWeek() == on.weekday()).findFirst())
                    .orElse(today.with(TemporalAdjusters.nextOrSame(on.weekday()))));
        }
        DayRef.NthDay nth = (DayRef.NthDay) day;
        List<LocalDate> all = schedule.sessionDays();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int index = nth.n() < 0 ? all.size() + nth.n() : nth.n() - 1;
        return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
    }
}
