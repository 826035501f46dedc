package dev.emcee.bench;

import dev.emcee.core.schedule.Schedule;
import java.nio.file.Path;

/** The real schedule exports in {@code shared/schedules}, read with Emcee's importers. */
public final class RealSchedules {
    private RealSchedules() {
    }

    /** A file of the shared schedules. */
    public static Path file(String name) {
        return BenchConferences.sharedSchedules().resolve(name);
    }

    /** The schedule in {@code file}, imported as Emcee imports it. */
    public static Schedule load(Path file) {
        throw new UnsupportedOperationException("Importing " + file.getFileName()
                + " needs the schedule importers (issue 6), not on this branch yet.");
    }
}
