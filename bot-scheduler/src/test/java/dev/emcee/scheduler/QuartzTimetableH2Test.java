package dev.emcee.scheduler;

/** The timetable contract on Quartz and the embedded H2 file. */
class QuartzTimetableH2Test extends QuartzTimetableContract {
    @Override
    DatabaseSettings settings() {
        return DatabaseSettings.embedded();
    }
}
