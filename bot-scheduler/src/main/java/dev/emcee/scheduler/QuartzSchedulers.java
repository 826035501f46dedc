package dev.emcee.scheduler;

import dev.emcee.core.platform.Platform;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a Quartz scheduler on the announcement database's pool: JDBC job store, job data as strings, clustered
 * on a shared (PostgreSQL) database.
 *
 * <p>The pool is handed to Quartz directly, so Quartz never builds one of its own (its default would look for
 * c3p0). Each scheduler gets its own instance id and is removed from Quartz's JVM-wide registry, so two cluster
 * members can run in one JVM (the tests do).
 */
final class QuartzSchedulers {
    /**
     * The scheduler name before migration V7, when one scheduler ran every job of every platform (V4 had moved the
     * jobs of "emcee-announcements" and "emcee-reminders" here); V7 to V7.2 move them to {@link #schedulerName}.
     */
    static final String SINGLE_SCHEDULER_NAME = "emcee-jobs";
    private static final Logger LOG = LoggerFactory.getLogger(QuartzSchedulers.class);
    /** How many due announcements are acquired from the database, and posted, at once. */
    static final int TRIGGERS_AT_ONCE = 10;

    private QuartzSchedulers() {
    }

    /**
     * The name of the scheduler of one platform's jobs ("emcee-jobs-slack"), the same on every instance: the
     * members of a platform's cluster are the instances that serve the platform, and only they fire its jobs.
     * Stored in every row of Quartz's tables: keep it.
     */
    static String schedulerName(Platform platform) {
        return SINGLE_SCHEDULER_NAME + "-" + platform.key();
    }

    /** The scheduler of {@code platform}'s jobs, in standby, with the given job factory. */
    static Scheduler create(AnnouncementDatabase database, QuartzTuning tuning, JobFactory jobs, String instanceId,
            Platform platform) throws SchedulerException {
        String name = schedulerName(platform);
        String dataSourceName = "emcee-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolProvider(database.dataSource()));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(tuning.idleWait().toMillis()));
        // A large venue starts hundreds of sessions in the same minute, and a room channel makes each one its own
        // announcement. Fired one trigger per database round trip, the last of 100 due at once went out 0.4 s
        // late; acquired and fired ten at a time, on ten threads, all go out on the second.
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(TRIGGERS_AT_ONCE));
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(TRIGGERS_AT_ONCE));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", database.isPostgres()
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(tuning.misfireThreshold().toMillis()));
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(database.isShared()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(tuning.clusterCheckin().toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        SchedulerRepository.getInstance().remove(name);
        scheduler.setJobFactory(jobs);
        return scheduler;
    }

    /**
     * Stops a scheduler and hands back the triggers it had acquired but not fired. Quartz acquires triggers up to its
     * idle wait ahead of their time, and when it is halted right after acquiring some it leaves them acquired; on a
     * shared database another instance would then only take them over when it declares this one failed (7.5 s and
     * more after its last check-in), and the announcements would go out late. Releasing them here is what Quartz's
     * own recovery does: the trigger waits again and its acquisition record goes.
     */
    static void shutdown(Scheduler scheduler, AnnouncementDatabase database, boolean waitForJobs) {
        String name = "?";
        try {
            name = scheduler.getSchedulerName();
            String instanceId = scheduler.getSchedulerInstanceId();
            scheduler.shutdown(waitForJobs);
            if (database.isShared()) {
                int released = releaseAcquired(database.dataSource(), name, instanceId);
                if (released > 0) {
                    LOG.info("Handed back {} trigger(s) of {} acquired before stopping", released, name);
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("The scheduler {} did not stop cleanly: {}", name, e.toString());
        }
    }

    /** Puts the triggers this instance acquired back to waiting; how many. */
    static int releaseAcquired(DataSource dataSource, String schedulerName, String instanceId)
            throws SchedulerException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement waiting = connection.prepareStatement("UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = "
                    + "'WAITING' WHERE SCHED_NAME = ? AND TRIGGER_STATE = 'ACQUIRED' AND EXISTS (SELECT 1 FROM "
                    + "QRTZ_FIRED_TRIGGERS F WHERE F.SCHED_NAME = QRTZ_TRIGGERS.SCHED_NAME AND F.TRIGGER_NAME = "
                    + "QRTZ_TRIGGERS.TRIGGER_NAME AND F.TRIGGER_GROUP = QRTZ_TRIGGERS.TRIGGER_GROUP AND "
                    + "F.INSTANCE_NAME = ? AND F.STATE = 'ACQUIRED')");
                    PreparedStatement forget = connection.prepareStatement("DELETE FROM QRTZ_FIRED_TRIGGERS WHERE "
                            + "SCHED_NAME = ? AND INSTANCE_NAME = ? AND STATE = 'ACQUIRED'")) {
                waiting.setString(1, schedulerName);
                waiting.setString(2, instanceId);
                int released = waiting.executeUpdate();
                forget.setString(1, schedulerName);
                forget.setString(2, instanceId);
                forget.executeUpdate();
                connection.commit();
                return released;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SchedulerException("Could not hand back acquired triggers: " + e.getMessage(), e);
        }
    }

    /**
     * An instance id unique across the cluster: host name plus a random suffix. A non-clustered (embedded) store
     * keeps Quartz's fixed id, so that a restart recovers the executions the previous run left unfinished.
     */
    static String instanceId(boolean clustered) {
        if (!clustered) {
            return "NON_CLUSTERED";
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "emcee";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record PoolProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to AnnouncementDatabase, which closes it after the scheduler.
        }

        @Override
        public void initialize() {
            // Nothing to prepare: the pool is open.
        }
    }
}
