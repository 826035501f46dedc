package dev.emcee.app.unanswered;

import dev.emcee.app.CommandContext;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementDatabaseException;
import dev.emcee.scheduler.JdbcUnansweredQuestions;
import dev.emcee.scheduler.UnansweredCount;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code emcee unanswered}: the questions nothing answered, most asked first, for the organizers. */
@Command(name = "unanswered", description = {"List the questions Emcee could not answer (their normalized text, "
        + "never who asked), most asked first, with how often and when last they were asked: what to add to the FAQ "
        + "or fix in the schedule.", "Kept in the announcement database, shared by every instance on it."})
public final class UnansweredCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Option(names = "--top", paramLabel = "N", defaultValue = "50", description = "List at most N (default 50).")
    int top;

    @Override
    public Integer call() {
        PrintStream out = main.launch().out();
        PrintStream err = main.launch().err();
        if (top < 1) {
            err.println("emcee unanswered: --top must be 1 or more, not " + top);
            return 2;
        }
        EmceeRuntime runtime = main.runtime();
        if (!runtime.settings().questions().countsUnanswered()) {
            out.println("Unanswered questions are not counted: questions.unanswered-limit is 0 in emcee.yaml "
                    + "(or EMCEE_QUESTIONS_UNANSWERED_LIMIT).");
        }
        List<UnansweredCount> counts;
        try (AnnouncementDatabase database = AnnouncementDatabase.open(runtime.settings().database(),
                runtime.dataDirectory())) {
            counts = new JdbcUnansweredQuestions(database, 1).mostAsked(top);
        } catch (AnnouncementDatabaseException e) {
            err.println("emcee unanswered: " + e.getMessage());
            return 1;
        }
        if (counts.isEmpty()) {
            out.println("No unanswered questions counted yet (in " + runtime.dataDirectory() + ", or the shared "
                    + "database).");
            return 0;
        }
        UnansweredTable.lines(counts, runtime.schedule().get().zone()).forEach(out::println);
        return 0;
    }
}
