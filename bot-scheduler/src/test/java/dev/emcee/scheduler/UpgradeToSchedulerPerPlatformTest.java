package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.announce.Route;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the version with one scheduler for every platform ("emcee-jobs"), holding a Slack announcement
 * waiting with a retry trigger, a console one whose execution was left unfinished by a crash, and a job of a platform
 * this version does not know, upgraded by V7 to V7.2: each job moves, with its triggers and its unfinished
 * execution, to its platform's scheduler, the unknown one stays; and the Slack job then fires, once, on an instance
 * serving Slack.
 */
@Timeout(90)
class UpgradeToSchedulerPerPlatformTest {
    private static final String OLD = QuartzSchedulers.SINGLE_SCHEDULER_NAME;

    @TempDir
    Path data;
    private final OldDatabases.Opened open = new OldDatabases.Opened();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        open.close();
    }

    @Test
    void anEmbeddedDatabaseMovesEachJobToItsPlatformsScheduler() throws Exception {
        OldDatabases.embedded(data, this::upgrade);
    }

    @Test
    void aSharedPostgresDatabaseMovesEachJobToItsPlatformsScheduler() throws Exception {
        OldDatabases.postgres(open, this::upgrade);
    }

    private void upgrade(DataSource old, boolean postgres, DatabaseSettings settings) throws Exception {
        AnnouncementDatabase.migrations(old, postgres).target("5").load().migrate();
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:22:58", 10); // "sean" is too late to announce, "next" due
        PlannedJob slack = announcement("next", "2018-06-14T11:28", new Route(Platform.SLACK, "C-DIGEST"));
        PlannedJob console = announcement("sean", "2018-06-14T11:25", Route.console());
        try (Connection c = old.getConnection()) {
            job(c, slack.name(), slack.data(), clock.realInstantOf(slack.fireAt()).toEpochMilli());
            trigger(c, slack.name() + "#1", QuartzTimetable.retryGroup(JobKind.ANNOUNCEMENT), slack.name(), 1L);
            job(c, console.name(), console.data(), clock.realInstantOf(console.fireAt()).toEpochMilli());
            fired(c, console.name());
            job(c, "from-the-future", Map.of("platform", "matrix"), 1L);
        }

        AnnouncementDatabase database = AnnouncementDatabase.open(settings, data);
        open.add(database);
        assertThat(rows(database, "SELECT SCHED_NAME, JOB_NAME FROM QRTZ_JOB_DETAILS")).containsExactlyInAnyOrder(
                "emcee-jobs-slack " + slack.name(), "emcee-jobs-console " + console.name(),
                OLD + " from-the-future");
        assertThat(rows(database, "SELECT SCHED_NAME, TRIGGER_NAME FROM QRTZ_TRIGGERS")).containsExactlyInAnyOrder(
                "emcee-jobs-slack " + slack.name(), "emcee-jobs-slack " + slack.name() + "#1",
                "emcee-jobs-console " + console.name(), OLD + " from-the-future");
        assertThat(rows(database, "SELECT SCHED_NAME, TRIGGER_NAME FROM QRTZ_SIMPLE_TRIGGERS"))
                .containsExactlyInAnyOrder("emcee-jobs-slack " + slack.name(),
                        "emcee-jobs-slack " + slack.name() + "#1", "emcee-jobs-console " + console.name(),
                        OLD + " from-the-future");
        assertThat(rows(database, "SELECT SCHED_NAME, JOB_NAME FROM QRTZ_FIRED_TRIGGERS"))
                .containsExactly("emcee-jobs-console " + console.name());

        AnnouncementSettings toSlack = new AnnouncementSettings(null, null, null, null, null,
                Map.of("slack", new PlatformChannels("C-DIGEST", null, null)));
        JobPipeline pipeline = JobPipeline.on(database, new CurrentSchedule(Rehearsals.TWO_TALKS), clock)
                .tuning(Rehearsals.FAST)
                .announcing(toSlack, List.of(new RecordingSink(Platform.SLACK, "new", posts)),
                        AnnouncementObserver.NONE)
                .start();
        open.add(pipeline);
        await().atMost(Duration.ofSeconds(30)).until(() -> !posts.isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> posts.size() == 1);
        assertThat(((SessionsStarting) posts.get(0).notice()).sessions()).extracting(s -> s.id())
                .containsExactly("next");
    }

    private static PlannedJob announcement(String session, String start, Route route) {
        return new PlannedJob.Announcement(new AnnouncementKey(new SessionId(session), Rehearsals.instant(start),
                Duration.ofMinutes(5), route));
    }

    /** A job and its trigger as the version before V7 wrote them. */
    private static void job(Connection c, String name, Map<String, String> data, long fireAt) throws Exception {
        try (PreparedStatement detail = c.prepareStatement("INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, "
                + "JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, "
                + "JOB_DATA) VALUES ('" + OLD + "', ?, 'emcee-announcements', 'dev.emcee.scheduler.PipelineJob', "
                + "FALSE, FALSE, FALSE, TRUE, ?)")) {
            StringBuilder properties = new StringBuilder("#written by Quartz\n");
            data.forEach((k, v) -> properties.append(k).append('=').append(v.replace(":", "\\:")).append('\n'));
            detail.setString(1, name);
            detail.setBytes(2, properties.toString().getBytes(StandardCharsets.ISO_8859_1));
            detail.executeUpdate();
        }
        trigger(c, name, "emcee-announcements", name, fireAt);
    }

    private static void trigger(Connection c, String name, String group, String job, long fireAt) throws Exception {
        try (PreparedStatement trigger = c.prepareStatement("INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, "
                + "TRIGGER_GROUP, JOB_NAME, JOB_GROUP, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, "
                + "TRIGGER_TYPE, START_TIME, END_TIME, MISFIRE_INSTR, JOB_DATA) VALUES ('" + OLD + "', ?, ?, ?, "
                + "'emcee-announcements', ?, -1, 5, 'WAITING', 'SIMPLE', ?, 0, 1, ?)");
                PreparedStatement simple = c.prepareStatement("INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, "
                        + "TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES ('"
                        + OLD + "', ?, ?, 0, 0, 0)")) {
            trigger.setString(1, name);
            trigger.setString(2, group);
            trigger.setString(3, job);
            trigger.setLong(4, fireAt);
            trigger.setLong(5, fireAt);
            trigger.setBytes(6, ("plannedRealMillis=" + fireAt + "\n").getBytes(StandardCharsets.ISO_8859_1));
            trigger.executeUpdate();
            simple.setString(1, name);
            simple.setString(2, group);
            simple.executeUpdate();
        }
    }

    /** An execution of the job that a crash left unfinished. */
    private static void fired(Connection c, String job) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO QRTZ_FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, "
                + "TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE, JOB_NAME, "
                + "JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY) VALUES ('" + OLD + "', 'e1', ?, "
                + "'emcee-announcements', 'dead-instance', 1, 1, 5, 'EXECUTING', ?, 'emcee-announcements', FALSE, "
                + "TRUE)")) {
            s.setString(1, job);
            s.setString(2, job);
            s.executeUpdate();
        }
    }

    private static List<String> rows(AnnouncementDatabase database, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }
}
