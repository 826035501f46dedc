package dev.emcee.app.announce;

import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.unanswered.UnansweredCounting;
import dev.emcee.core.UnansweredQuestions;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.JdbcOverrideStore;
import java.io.PrintStream;

/**
 * The announcement database for {@code emcee chat}: the organizers' changes made in the chat are kept there, as
 * {@code emcee run} keeps them (so that they outlast the chat and reach the running instances), and the questions
 * nobody answered are counted there. When it cannot be opened (an {@code emcee run} holds the embedded file), the
 * chat goes on, says that its changes last only until it ends, and counts nothing.
 */
public final class ChatDatabase {
    private ChatDatabase() {
    }

    /**
     * Opens the database for the chat of {@code runtime}; with schedules named by {@code --schedule} the organizers'
     * changes (which were made to the configured schedule) are left out.
     *
     * @return stops keeping and counting, and closes the database
     */
    public static AutoCloseable open(EmceeRuntime runtime, PrintStream err) {
        boolean overlay = runtime.options().schedules().isEmpty();
        boolean counting = runtime.settings().questions().countsUnanswered();
        if (!overlay && !counting) {
            return () -> { };
        }
        AnnouncementDatabase database;
        try {
            database = AnnouncementDatabase.open(runtime.settings().database(), runtime.dataDirectory());
        } catch (AnnouncementDatabaseException e) {
            err.println("(Organizers' changes made in this chat last only until it ends, and unanswered questions"
                    + " are not counted: " + e.getMessage() + ")");
            return () -> { };
        }
        if (overlay) {
            runtime.overlay().keepIn(new JdbcOverrideStore(database));
        }
        UnansweredCounting.countIn(runtime, database);
        return () -> {
            runtime.emcee().countUnansweredIn(UnansweredQuestions.NONE);
            database.close();
        };
    }
}
