package dev.emcee.core.question;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A day as a person names it; resolved against the clock and the conference's days when answering. */
public sealed interface DayRef {
    /** "today", "tonight". */
    record Today() implements DayRef {
    }

    /** "tomorrow". */
    record Tomorrow() implements DayRef {
    }

    /** "June 14", "2018-06-14", "6/14". */
    record OnDate(LocalDate date) implements DayRef {
    }

    /** "Thursday": the conference day with that weekday, or the next one. */
    record OnWeekday(DayOfWeek weekday) implements DayRef {
    }

    /** "day 2", "the first day", "the last day" (1-based; -1 is the last): the Nth day with sessions. */
    record NthDay(int n) implements DayRef {
    }
}
