package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every timetable does, the same cases for each: in memory ({@link InMemoryTimetableTest}) and Quartz on H2
 * and on PostgreSQL ({@link QuartzTimetableH2Test}, {@link QuartzTimetablePostgresTest}).
 */
@Timeout(60)
abstract class JobTimetableContract {
    private static final AgendaUser ALICE = new AgendaUser(Platform.CONSOLE, "alice");
    private static final AgendaUser BOB = new AgendaUser(Platform.SLACK, "U0BOB");

    private final List<PlannedJob> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger runsAgain = new AtomicInteger();
    private JobTimetable timetable;

    /** A timetable in standby, running jobs with {@code runner}. */
    abstract JobTimetable create(JobRunner runner);

    /** Emcee's moment now, as the timetable's clock shows it. */
    abstract Instant now();

    /** Gives the timetable a chance to run what is due (memory runs it here; Quartz by itself). */
    abstract void letDueJobsRun(JobTimetable timetable);

    @AfterEach
    void stopTimetable() {
        if (timetable != null) {
            timetable.stop(true);
            timetable = null;
        }
    }

    private JobTimetable timetable() {
        timetable = create((job, recovering) -> {
            runs.add(job);
            return runsAgain.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? Optional.of(now()) : Optional.empty();
        });
        return timetable;
    }

    /** Jobs are planned to the second, as sessions start. */
    private static PlannedJob announcement(Instant moment) {
        Instant fireAt = moment.truncatedTo(ChronoUnit.SECONDS);
        return new PlannedJob.Announcement(new AnnouncementKey(new SessionId("sean"),
                fireAt.plus(Duration.ofMinutes(5)), Duration.ofMinutes(5), new Route(Platform.CONSOLE, "console")));
    }

    private static PlannedJob reminder(AgendaUser user, Instant moment) {
        Instant fireAt = moment.truncatedTo(ChronoUnit.SECONDS);
        return new PlannedJob.Reminder(new ReminderKey(user, new SessionId("sean"),
                fireAt.plus(Duration.ofMinutes(10)), Duration.ofMinutes(10)));
    }

    private void awaitRuns(int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            letDueJobsRun(timetable);
            return runs.size() >= n;
        });
    }

    @Test
    void aJobIsAddedOnceAndListedUnderItsKind() {
        JobTimetable jobs = timetable();
        Instant later = now().plus(Duration.ofHours(1));
        PlannedJob announcement = announcement(later);
        PlannedJob reminder = reminder(ALICE, later);

        assertThat(jobs.schedule(announcement)).isEqualTo(JobTimetable.Change.ADDED);
        assertThat(jobs.schedule(reminder)).isEqualTo(JobTimetable.Change.ADDED);
        assertThat(jobs.schedule(announcement)).isEqualTo(JobTimetable.Change.UNCHANGED);

        assertThat(jobs.list(JobKind.ANNOUNCEMENT, "")).containsExactly(announcement.name());
        assertThat(jobs.list(JobKind.REMINDER, "")).containsExactly(reminder.name());
    }

    @Test
    void onePersonsJobsAreListedByTheirPrefix() {
        JobTimetable jobs = timetable();
        Instant later = now().plus(Duration.ofHours(1));
        PlannedJob alices = reminder(ALICE, later);
        jobs.schedule(alices);
        jobs.schedule(reminder(BOB, later));

        assertThat(jobs.list(JobKind.REMINDER, PlannedJob.Reminder.prefixOf(ALICE))).containsExactly(alices.name());
    }

    @Test
    void anUnscheduledJobIsGoneAndNeverRuns() {
        JobTimetable jobs = timetable();
        PlannedJob past = announcement(now().minus(Duration.ofSeconds(30)));
        PlannedJob marker = reminder(ALICE, now().minus(Duration.ofSeconds(30)));
        jobs.schedule(past);
        jobs.schedule(marker);

        assertThat(jobs.unschedule(JobKind.ANNOUNCEMENT, past.name())).isTrue();
        assertThat(jobs.unschedule(JobKind.ANNOUNCEMENT, past.name())).isFalse();
        jobs.start();
        awaitRuns(1);

        assertThat(runs).containsExactly(marker);
        assertThat(jobs.list(JobKind.ANNOUNCEMENT, "")).isEmpty();
    }

    @Test
    void aJobWhoseMomentHasComeRunsOnceWithWhatItWasPlannedWith() {
        JobTimetable jobs = timetable();
        PlannedJob due = reminder(BOB, now().minus(Duration.ofSeconds(5)));
        jobs.schedule(due);
        jobs.schedule(announcement(now().plus(Duration.ofHours(1))));
        jobs.start();

        awaitRuns(1);

        assertThat(runs).containsExactly(due);
        // Quartz deletes a one-shot job just after its run returns, not before the runner has seen it.
        await().atMost(Duration.ofSeconds(5)).until(() -> jobs.list(JobKind.REMINDER, "").isEmpty());
        assertThat(jobs.list(JobKind.ANNOUNCEMENT, "")).hasSize(1);
        assertThat(jobs.isRunning()).isTrue();
    }

    @Test
    void aJobTheRunnerWantsAgainRunsAgainAtTheMomentItAsked() {
        JobTimetable jobs = timetable();
        runsAgain.set(1);
        PlannedJob due = announcement(now().minus(Duration.ofSeconds(5)));
        jobs.schedule(due);
        jobs.start();

        awaitRuns(2);

        assertThat(runs).containsExactly(due, due);
    }
}
