package dev.emcee.announce;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
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

/**
 * Builds a Quartz scheduler on the announcement database's pool: JDBC job store, job data as strings, clustered
 * on a shared (PostgreSQL) database.
 *
 * <p>The pool is handed to Quartz directly, so Quartz never builds one of its own (its default would look for
 * c3p0). Each scheduler gets its own instance id and is removed from Quartz's JVM-wide registry, so two cluster
 * members can run in one JVM (the tests do).
 */
final class QuartzSchedulers {
    /** The scheduler name, the same on every instance: cluster members find each other by it. */
    static final String SCHEDULER_NAME = "emcee-announcements";
    /** How many due announcements are acquired from the database, and posted, at once. */
    static final int TRIGGERS_AT_ONCE = 10;

    private QuartzSchedulers() {
    }

    /** A new announcement scheduler, in standby, with the given job factory. */
    static Scheduler create(AnnouncementDatabase database, QuartzTuning tuning, JobFactory jobs, String instanceId)
            throws SchedulerException {
        return create(SCHEDULER_NAME, database, tuning, jobs, instanceId);
    }

    /**
     * A new scheduler named {@code name}, in standby: schedulers of different names share Quartz's tables without
     * seeing each other's jobs (announcements and reminders).
     */
    static Scheduler create(String name, AnnouncementDatabase database, QuartzTuning tuning, JobFactory jobs,
            String instanceId) throws SchedulerException {
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
