package dev.emcee.core.question;

import java.time.LocalTime;
import java.util.Optional;

/** A time of day as a person names it: a clock time, or a part of the day. */
public sealed interface TimeRef {
    /**
     * "2:30", "14:30", "2pm", "noon".
     *
     * @param time the time as read
     * @param alternative the other reading when am/pm was not said ("2:30" may be 2:30am or 2:30pm); the answerer
     *     picks the one during the conference's sessions
     */
    record AtClock(LocalTime time, Optional<LocalTime> alternative) implements TimeRef {
    }

    /** "this morning", "afternoon", "tonight". */
    record During(PartOfDay part) implements TimeRef {
    }

    /**
     * Parts of a day with their conventional hours. "After lunch" starts when the day's lunch on the schedule ends;
     * its hours here are for a schedule that lists no lunch.
     */
    enum PartOfDay {
        MORNING(LocalTime.of(5, 0), LocalTime.NOON, "in the morning"),
        AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0), "in the afternoon"),
        EVENING(LocalTime.of(17, 0), LocalTime.MAX, "in the evening"),
        AFTER_LUNCH(LocalTime.of(13, 30), LocalTime.of(18, 0), "after lunch");

        private final LocalTime from;
        private final LocalTime to;
        private final String phrase;

        PartOfDay(LocalTime from, LocalTime to, String phrase) {
            this.from = from;
            this.to = to;
            this.phrase = phrase;
        }

        /** How an answer says it: "in the morning", "after lunch". */
        public String phrase() {
            return phrase;
        }

        public LocalTime from() {
            return from;
        }

        public LocalTime to() {
            return to;
        }
    }
}
