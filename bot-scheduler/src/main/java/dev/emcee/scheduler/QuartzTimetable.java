package dev.emcee.scheduler;

import dev.emcee.core.platform.Platform;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timetable of one platform's jobs on Quartz's JDBC store (the scheduler {@code emcee-jobs-<platform>}): one
 * job and one-shot trigger per planned job, in its kind's group, fired by {@link PipelineJob}; clustered on a shared
 * database among the instances that serve the platform, so that each job runs on exactly one of them.
 */
final class QuartzTimetable implements JobTimetable {
    /** The trigger data key of the planned real moment (epoch milliseconds); stored in the database: keep it. */
    static final String PLANNED = "plannedRealMillis";
    private static final Logger LOG = LoggerFactory.getLogger(QuartzTimetable.class);

    private final Scheduler scheduler;
    private final AnnouncementDatabase database;
    private final FireTimes fireTimes;

    private QuartzTimetable(Scheduler scheduler, AnnouncementDatabase database, Clock clock) {
        this.scheduler = scheduler;
        this.database = database;
        this.fireTimes = new FireTimes(clock);
    }

    /**
     * The timetable of one platform's jobs on the database, in standby until {@link #start}, running them with
     * {@code runner}.
     */
    static QuartzTimetable create(AnnouncementDatabase database, QuartzTuning tuning, Clock clock, String instanceId,
            Platform platform, JobRunner runner) {
        try {
            return new QuartzTimetable(QuartzSchedulers.create(database, tuning,
                    (bundle, s) -> bundle.getJobDetail().getJobClass() == StandingPipelineJob.class
                            ? new StandingPipelineJob(runner) : new PipelineJob(runner), instanceId, platform),
                    database, clock);
        } catch (SchedulerException e) {
            throw failed("create the job scheduler", e);
        }
    }

    /** The job group of a kind: its planned jobs; and where their retries go. Stored in databases: keep them. */
    static String group(JobKind kind) {
        return switch (kind) {
            case ANNOUNCEMENT -> "emcee-announcements";
            case REMINDER -> "emcee-reminders";
            case SPEAKER_REMINDER -> "emcee-speaker-reminders";
            case EVENTS -> "emcee-events";
        };
    }

    static String retryGroup(JobKind kind) {
        return switch (kind) {
            case ANNOUNCEMENT -> "emcee-announcement-retries";
            case REMINDER -> "emcee-reminder-retries";
            case SPEAKER_REMINDER -> "emcee-speaker-reminder-retries";
            case EVENTS -> "emcee-events-next";
        };
    }

    /** The kind of a job group; null for a group this version does not know. */
    static JobKind kindOf(String group) {
        for (JobKind kind : JobKind.values()) {
            if (group(kind).equals(group)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public Change schedule(PlannedJob job) {
        JobKey key = new JobKey(job.name(), group(job.kind()));
        Instant planned = fireTimes.realInstantOf(job.fireAt());
        try {
            if (!scheduler.checkExists(key)) {
                JobDataMap data = new JobDataMap();
                job.data().forEach(data::put);
                JobDetail detail = JobBuilder.newJob(job.kind().stands() ? StandingPipelineJob.class
                        : PipelineJob.class).withIdentity(key).usingJobData(data)
                        .requestRecovery(true).build();
                try {
                    scheduler.scheduleJob(detail, trigger(job, planned));
                    return Change.ADDED;
                } catch (ObjectAlreadyExistsException e) {
                    return Change.UNCHANGED; // another instance scheduled it a moment ago
                }
            }
            Trigger trigger = scheduler.getTrigger(new TriggerKey(job.name(), group(job.kind())));
            if (trigger == null && job.kind().stands()) {
                scheduler.scheduleJob(trigger(job, planned)); // it ran, and waits for its next look
                return Change.RETIMED;
            }
            if (trigger != null && !isPlannedAt(trigger, planned)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger(job, planned));
                return Change.RETIMED;
            }
            return Change.UNCHANGED;
        } catch (SchedulerException e) {
            throw failed("schedule " + job.name(), e);
        }
    }

    /**
     * Deletes a job no longer due; false when another instance is firing or deleting it at this moment (it is
     * finishing with it anyway), which must not stop this instance from starting or reconciling.
     */
    @Override
    public boolean unschedule(JobKind kind, String name) {
        try {
            return scheduler.deleteJob(new JobKey(name, group(kind)));
        } catch (SchedulerException e) {
            LOG.info("Left the {} job {} to the instance working on it: {}",
                    kind.name().toLowerCase(java.util.Locale.ROOT), name, e.getMessage());
            return false;
        }
    }

    @Override
    public Set<String> list(JobKind kind, String namePrefix) {
        try {
            return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group(kind))).stream().map(JobKey::getName)
                    .filter(n -> n.startsWith(namePrefix)).collect(Collectors.toSet());
        } catch (SchedulerException e) {
            throw failed("list the planned jobs", e);
        }
    }

    @Override
    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw failed("start the job scheduler", e);
        }
    }

    @Override
    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Stops, handing back the triggers acquired but not fired ({@link QuartzSchedulers#shutdown}). */
    @Override
    public void stop(boolean waitForJobs) {
        QuartzSchedulers.shutdown(scheduler, database, waitForJobs);
    }

    /**
     * The trigger that runs a standing job next, at {@code realInstant}: one per job, so each run replaces the
     * next look the run before planned.
     */
    static Trigger next(JobKey job, JobKind kind, Instant realInstant) {
        return oneOff(new TriggerKey(job.getName(), retryGroup(kind)), job, realInstant);
    }

    /** The trigger that runs the job again at {@code realInstant} (a retry, or its moment after an early fire). */
    static Trigger again(JobKey job, JobKind kind, Instant realInstant) {
        return oneOff(new TriggerKey(job.getName() + "#" + realInstant.toEpochMilli(), retryGroup(kind)), job,
                realInstant);
    }

    /** A trigger named {@code key} firing {@code job} once at {@code realInstant} (at once when that has passed). */
    private static Trigger oneOff(TriggerKey key, JobKey job, Instant realInstant) {
        return TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(job)
                .startAt(Date.from(realInstant))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /** A trigger firing once at {@code planned} (at once if that has passed), remembering it. */
    private Trigger trigger(PlannedJob job, Instant planned) {
        Instant realNow = fireTimes.realNow();
        return TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey(job.name(), group(job.kind())))
                .forJob(new JobKey(job.name(), group(job.kind())))
                .usingJobData(PLANNED, Long.toString(planned.toEpochMilli()))
                .startAt(Date.from(planned.isBefore(realNow) ? realNow : planned))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /** Whether the trigger was planned for {@code planned} (to the second). */
    private static boolean isPlannedAt(Trigger trigger, Instant planned) {
        String value = trigger.getJobDataMap().getString(PLANNED);
        return value != null && Math.abs(Long.parseLong(value) - planned.toEpochMilli()) < 1000;
    }

    private static TimetableException failed(String what, SchedulerException e) {
        return new TimetableException("Could not " + what + ": " + e.getMessage(), e);
    }
}
