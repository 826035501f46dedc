package dev.emcee.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The timetable in memory, on an injected clock: {@link #runDue()} runs the jobs whose moment the clock has
 * reached, as Quartz would at that moment. For delivery tests that move a clock by hand instead of waiting.
 */
final class InMemoryTimetable implements JobTimetable {
    private record Waiting(PlannedJob job, Instant at, boolean again) {
    }

    private final Clock clock;
    private final JobRunner runner;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private boolean running;

    InMemoryTimetable(Clock clock, JobRunner runner) {
        this.clock = clock;
        this.runner = runner;
    }

    @Override
    public synchronized Change schedule(PlannedJob job) {
        Waiting old = waiting.get(key(job.kind(), job.name()));
        if (old != null && (old.again() || old.at().equals(job.fireAt()))) {
            return Change.UNCHANGED;
        }
        waiting.put(key(job.kind(), job.name()), new Waiting(job, job.fireAt(), false));
        return old == null ? Change.ADDED : Change.RETIMED;
    }

    @Override
    public synchronized boolean unschedule(JobKind kind, String name) {
        return waiting.remove(key(kind, name)) != null;
    }

    @Override
    public synchronized Set<String> list(JobKind kind, String namePrefix) {
        return waiting.values().stream().map(Waiting::job).filter(j -> j.kind() == kind)
                .map(PlannedJob::name).filter(n -> n.startsWith(namePrefix)).collect(Collectors.toSet());
    }

    /** Runs, once each, the jobs due at the clock's moment; returns how many ran. */
    int runDue() {
        int ran = 0;
        while (running) {
            Optional<Waiting> next;
            synchronized (this) {
                Instant now = clock.instant();
                next = waiting.values().stream().filter(w -> !w.at().isAfter(now)).findFirst();
                next.ifPresent(w -> waiting.remove(key(w.job().kind(), w.job().name())));
            }
            if (next.isEmpty()) {
                return ran;
            }
            PlannedJob job = next.get().job();
            ran++;
            runner.run(job, false).ifPresent(at -> {
                synchronized (this) {
                    waiting.put(key(job.kind(), job.name()), new Waiting(job, at, true));
                }
            });
        }
        return ran;
    }

    @Override
    public synchronized void start() {
        running = true;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public synchronized void stop(boolean waitForJobs) {
        running = false;
    }

    private static String key(JobKind kind, String name) {
        return kind + "/" + name;
    }
}
