package dev.emcee.app.unanswered;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.core.UnansweredQuestions;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.JdbcUnansweredQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the runtime's Emcee count the questions nobody answered in the announcement database, unless
 * {@code questions.unanswered-limit} is 0: in {@code emcee run} on the database it already has open, in
 * {@code emcee chat} on one opened for the chat.
 */
public final class UnansweredCounting {
    private static final Logger LOG = LoggerFactory.getLogger(UnansweredCounting.class);

    private UnansweredCounting() {
    }

    /** Counts in {@code database} from now on, when counting is on. */
    public static void countIn(EmceeRuntime runtime, AnnouncementDatabase database) {
        if (runtime.settings().questions().countsUnanswered()) {
            runtime.emcee().countUnansweredIn(new JdbcUnansweredQuestions(database,
                    runtime.settings().questions().unansweredLimit()));
        }
    }

    /**
     * Opens the database for a chat and counts in it; when it cannot be opened (another Emcee holds the embedded
     * file), says so and counts nothing.
     *
     * @return stops counting and closes the database
     */
    public static AutoCloseable openFor(EmceeRuntime runtime) {
        if (!runtime.settings().questions().countsUnanswered()) {
            return () -> { };
        }
        AnnouncementDatabase database;
        try {
            database = AnnouncementDatabase.open(runtime.settings().database(), runtime.dataDirectory());
        } catch (AnnouncementDatabaseException e) {
            LOG.warn("Unanswered questions are not counted in this chat: {}", e.getMessage());
            return () -> { };
        }
        countIn(runtime, database);
        return () -> {
            runtime.emcee().countUnansweredIn(UnansweredQuestions.NONE);
            database.close();
        };
    }
}
