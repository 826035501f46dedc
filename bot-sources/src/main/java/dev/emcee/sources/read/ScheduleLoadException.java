package dev.emcee.sources.read;

import java.util.List;
import java.util.stream.Collectors;

/** A schedule source was refused as a whole; every problem found is listed, errors first. */
public final class ScheduleLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScheduleLoadException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** A refusal with a single error. */
    public static ScheduleLoadException of(String source, int line, String field, String message) {
        return new ScheduleLoadException(List.of(Problem.error(source, line, field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors + (errors == 1 ? " error" : " errors") + " in the schedule:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
