package dev.emcee.scheduler;

import dev.emcee.core.platform.Platform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V7: the jobs of the one scheduler "emcee-jobs" move to the scheduler of their platform
 * ("emcee-jobs-slack", ...), with their triggers (retries included) and their unfinished executions, so that a job
 * planned or left half-done before the upgrade still runs, once, on an instance that serves its platform.
 *
 * <p>In Java because the platform is only in each job's data (Quartz's properties text in a BLOB; reminder names are
 * hashes). Rows are copied and the old ones deleted, as the foreign keys require. A job whose platform this version
 * does not know stays where it was, and nothing runs it.
 */
final class SchedulerPerPlatformMigration implements JavaMigration {
    private static final String OLD = QuartzSchedulers.SINGLE_SCHEDULER_NAME;
    private static final String OF_JOB = " WHERE SCHED_NAME = '" + OLD + "' AND JOB_NAME = ? AND JOB_GROUP = ?";
    private static final String TRIGGERS_OF_JOB = " WHERE SCHED_NAME = '" + OLD + "' AND EXISTS (SELECT 1 FROM "
            + "QRTZ_TRIGGERS T WHERE T.SCHED_NAME = '" + OLD + "' AND T.TRIGGER_NAME = %1$s.TRIGGER_NAME AND "
            + "T.TRIGGER_GROUP = %1$s.TRIGGER_GROUP AND T.JOB_NAME = ? AND T.JOB_GROUP = ?)";

    private record Job(String name, String group, Platform platform) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "scheduler per platform";
    }

    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        for (Job job : jobs(c)) {
            move(c, job);
        }
        // Check-ins and lock rows are made again by the new schedulers as they need them.
        for (String table : List.of("QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_PAUSED_TRIGGER_GRPS")) {
            update(c, "DELETE FROM " + table + " WHERE SCHED_NAME = '" + OLD + "'");
        }
    }

    private static List<Job> jobs(Connection c) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT JOB_NAME, JOB_GROUP, JOB_DATA FROM QRTZ_JOB_DETAILS "
                + "WHERE SCHED_NAME = '" + OLD + "'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String name = r.getString(1);
                String group = r.getString(2);
                platformOf(r.getBytes(3)).ifPresent(p -> jobs.add(new Job(name, group, p)));
            }
        }
        return jobs;
    }

    /** The platform in a job's data: Quartz stores it as properties text ({@code useProperties}). */
    static Optional<Platform> platformOf(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(data));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Platform.fromKey(properties.getProperty("platform"));
    }

    private static void move(Connection c, Job job) throws SQLException {
        String to = "'" + QuartzSchedulers.schedulerName(job.platform()) + "'";
        update(c, "INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, "
                + "IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA) SELECT " + to
                + ", JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, "
                + "REQUESTS_RECOVERY, JOB_DATA FROM QRTZ_JOB_DETAILS" + OF_JOB, job);
        update(c, "INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                + "DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, "
                + "END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA) SELECT " + to + ", TRIGGER_NAME, TRIGGER_GROUP, "
                + "JOB_NAME, JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, "
                + "TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA FROM QRTZ_TRIGGERS"
                + OF_JOB, job);
        update(c, "INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, "
                + "REPEAT_INTERVAL, TIMES_TRIGGERED) SELECT " + to + ", TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, "
                + "REPEAT_INTERVAL, TIMES_TRIGGERED FROM QRTZ_SIMPLE_TRIGGERS S"
                + String.format(TRIGGERS_OF_JOB, "S"), job);
        update(c, "UPDATE QRTZ_FIRED_TRIGGERS SET SCHED_NAME = " + to + OF_JOB, job);
        for (String table : List.of("QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS",
                "QRTZ_BLOB_TRIGGERS")) {
            update(c, "DELETE FROM " + table + " X" + String.format(TRIGGERS_OF_JOB, "X"), job);
        }
        update(c, "DELETE FROM QRTZ_TRIGGERS" + OF_JOB, job);
        update(c, "DELETE FROM QRTZ_JOB_DETAILS" + OF_JOB, job);
    }

    private static void update(Connection c, String sql, Job job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, job.name());
            s.setString(2, job.group());
            s.executeUpdate();
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
