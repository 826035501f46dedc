package dev.emcee.scheduler;

import dev.emcee.core.platform.Platform;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes each timetable this instance runs (one per platform it serves) hold exactly the jobs due for that platform:
 * adds the missing ones, moves the retimed, removes the others; the jobs of a platform it does not serve are left
 * untouched, to the instances that serve it.
 *
 * <p>Run at start and after every reload, on every instance: the names are deterministic, so instances converge
 * on the same jobs, and the plan in the database is the union of what the instances serve. The jobs waiting are
 * listed before the due ones are computed, so a job planned meanwhile by another instance (a bookmark made there)
 * is never removed.
 */
final class JobReconciler {
    /**
     * What a reconciliation did, over the platforms served here; {@code leftToOthers} counts the due jobs of each
     * platform not served here, which were neither planned nor removed.
     */
    record Counts(int due, int added, int retimed, int removed, Map<Platform, Integer> leftToOthers) {
        Counts {
            leftToOthers = Map.copyOf(leftToOthers);
        }
    }

    private final Map<Platform, JobTimetable> timetables;

    /** Reconciles in {@code timetables}: the timetable of each platform served here. */
    JobReconciler(Map<Platform, JobTimetable> timetables) {
        this.timetables = Map.copyOf(timetables);
    }

    /** Reconciles the jobs of a kind whose names start with {@code prefix} ("" for all) with {@code due}. */
    synchronized Counts reconcile(JobKind kind, String prefix, Supplier<List<PlannedJob>> due) {
        Map<Platform, Set<String>> existing = new EnumMap<>(Platform.class);
        timetables.forEach((platform, timetable) -> existing.put(platform, timetable.list(kind, prefix)));
        Map<Platform, Map<String, PlannedJob>> byPlatform = new EnumMap<>(Platform.class);
        due.get().forEach(job -> byPlatform.computeIfAbsent(job.recipient().platform(),
                p -> new LinkedHashMap<>()).put(job.name(), job));
        Tally tally = new Tally();
        Map<Platform, Integer> leftToOthers = new EnumMap<>(Platform.class);
        byPlatform.forEach((platform, jobs) -> {
            if (!timetables.containsKey(platform)) {
                leftToOthers.put(platform, jobs.size());
            }
        });
        timetables.forEach((platform, timetable) -> reconcileOne(timetable, kind, existing.get(platform),
                byPlatform.getOrDefault(platform, Map.of()), tally));
        return new Counts(tally.due, tally.added, tally.retimed, tally.removed, leftToOthers);
    }

    private static void reconcileOne(JobTimetable timetable, JobKind kind, Set<String> existing,
            Map<String, PlannedJob> due, Tally tally) {
        for (String name : existing) {
            if (!due.containsKey(name) && timetable.unschedule(kind, name)) {
                tally.removed++;
            }
        }
        for (PlannedJob job : due.values()) {
            switch (timetable.schedule(job)) {
                case ADDED -> tally.added++;
                case RETIMED -> tally.retimed++;
                case UNCHANGED -> { }
            }
        }
        tally.due += due.size();
    }

    /** The counts so far, over the platforms reconciled. */
    private static final class Tally {
        private int due;
        private int added;
        private int retimed;
        private int removed;
    }
}
