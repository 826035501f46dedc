package dev.emcee.app.unanswered;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.JdbcUnansweredQuestions;

/**
 * Makes the runtime's Emcee count the questions nobody answered in the announcement database, unless
 * {@code questions.unanswered-limit} is 0: in {@code emcee run} on the database it already has open, in
 * {@code emcee chat} on the one it opens ({@code ChatDatabase}).
 */
public final class UnansweredCounting {
    private UnansweredCounting() {
    }

    /** Counts in {@code database} from now on, when counting is on. */
    public static void countIn(EmceeRuntime runtime, AnnouncementDatabase database) {
        if (runtime.settings().questions().countsUnanswered()) {
            runtime.emcee().countUnansweredIn(new JdbcUnansweredQuestions(database,
                    runtime.settings().questions().unansweredLimit()));
        }
    }
}
