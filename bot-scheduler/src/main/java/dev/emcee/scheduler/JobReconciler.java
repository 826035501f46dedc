package dev.emcee.scheduler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes the timetable hold exactly the jobs due: adds the missing ones, moves the retimed, removes the others.
 *
 * <p>Run at start and after every reload, on every instance: the names are deterministic, so instances converge
 * on the same jobs. The jobs waiting are listed before the due ones are computed, so a job planned meanwhile by
 * another instance (a bookmark made there) is never removed.
 */
final class JobReconciler {
    /** What a reconciliation did. */
    record Counts(int due, int added, int retimed, int removed) {
    }

    private final JobTimetable timetable;

    JobReconciler(JobTimetable timetable) {
        this.timetable = timetable;
    }

    /** Reconciles the jobs of a kind whose names start with {@code prefix} ("" for all) with {@code due}. */
    synchronized Counts reconcile(JobKind kind, String prefix, Supplier<List<PlannedJob>> due) {
        Set<String> existing = timetable.list(kind, prefix);
        Map<String, PlannedJob> byName = new LinkedHashMap<>();
        due.get().forEach(job -> byName.put(job.name(), job));
        int removed = 0;
        int added = 0;
        int retimed = 0;
        for (String name : existing) {
            if (!byName.containsKey(name) && timetable.unschedule(kind, name)) {
                removed++;
            }
        }
        for (PlannedJob job : byName.values()) {
            switch (timetable.schedule(job)) {
                case ADDED -> added++;
                case RETIMED -> retimed++;
                case UNCHANGED -> { }
            }
        }
        return new Counts(byName.size(), added, retimed, removed);
    }
}
