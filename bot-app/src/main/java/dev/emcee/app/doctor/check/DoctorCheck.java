package dev.emcee.app.doctor.check;

import java.util.List;

/** One area {@code emcee doctor} examines: configuration, schedule, data folder, a platform, the database. */
@FunctionalInterface
public interface DoctorCheck {
    /** Examines and reports; never throws for a problem it can describe. */
    List<Finding> examine(DoctorContext context);
}
